//! Stripe Connect onboarding from the co-op's page: an admin connects a Stripe account (Express),
//! Stripe's onboarding form takes over, and sends the admin back here; what Stripe then says of
//! the account (charges and payouts enabled) decides whether the co-op is paid through Stripe.
use axum::extract::State;
use axum::response::IntoResponse;
use axum::response::{Redirect, Response};

use super::payouts::NoFields;
use crate::error::AppError;
use crate::http::extract::{CoopAdmin, CsrfForm};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::payments::NewAccount;
use crate::store;

fn manage(coop_id: i32) -> String {
    format!("/coops/{coop_id}/manage")
}

/// A fresh onboarding link for `account`, Stripe coming back to this site's absolute URLs.
async fn onboarding(state: &AppState, coop_id: i32, account: &str) -> Result<Response, AppError> {
    let refresh = state
        .config
        .url(&format!("/coops/{coop_id}/stripe/refresh"));
    let back = state.config.url(&format!("/coops/{coop_id}/stripe/return"));
    let url = state
        .gateway
        .onboarding_link(account, &refresh, &back)
        .await?;
    Ok(Redirect::to(&url).into_response())
}

/// "Connect a Stripe account": creates the co-op's account (once: a double click reuses it)
/// and sends the admin to Stripe's onboarding.
pub async fn connect(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    if !state.gateway.connects_accounts() {
        let why = crate::error::Msg::code("payments-error-coop-no-connect")
            .arg("gateway", state.gateway.name())
            .arg("coop", m.coop.name.clone());
        return Err(AppError::Conflict(why));
    }
    let account = match store::connect::linked_account(&state.db, m.coop.id).await? {
        Some(account) => account,
        None => {
            let new = NewAccount {
                coop_id: m.coop.id,
                country: m.coop.country.clone(),
                email: Some(m.signed_in.user.email.clone()),
            };
            let account = state.gateway.create_account(&new).await?;
            store::connect::link(&state.db, m.coop.id, &account).await?;
            account
        }
    };
    onboarding(&state, m.coop.id, &account).await
}

/// Stripe's `refresh_url`: the link expired or was used; a new one is made.
pub async fn refresh(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
) -> Result<Response, AppError> {
    match store::connect::linked_account(&state.db, m.coop.id).await? {
        Some(account) if state.gateway.connects_accounts() => {
            onboarding(&state, m.coop.id, &account).await
        }
        _ => Ok(redirect_with_flash(
            &manage(m.coop.id),
            "info",
            "No Stripe account is being connected.",
        )),
    }
}

/// Stripe's `return_url`: reads the account again and records what Stripe now allows.
pub async fn back(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
) -> Result<Response, AppError> {
    let Some(account) = store::connect::linked_account(&state.db, m.coop.id).await? else {
        return Ok(redirect_with_flash(
            &manage(m.coop.id),
            "info",
            "No Stripe account is connected.",
        ));
    };
    if !state.gateway.connects_accounts() {
        return Ok(redirect_with_flash(
            &manage(m.coop.id),
            "info",
            "Payments do not go through Stripe.",
        ));
    }
    let status = state.gateway.account_status(&account).await?;
    store::connect::sync(
        &state.db,
        &account,
        status.charges_enabled,
        status.payouts_enabled,
    )
    .await?;
    let (kind, msg) = if status.charges_enabled && status.payouts_enabled {
        (
            "success",
            "Your Stripe account is ready: payouts now go to it.",
        )
    } else {
        (
            "info",
            "Stripe onboarding is not complete yet: the co-op is paid by bank transfer until Stripe enables charges and payouts.",
        )
    };
    Ok(redirect_with_flash(&manage(m.coop.id), kind, msg))
}
