//! A co-op admin keeps the co-op's bank details, shown to buyers paying by bank transfer.
use axum::extract::State;
use axum::response::Response;
use templates::components::FormData;
use templates::payout_details::{PayoutSection, StripeView};

use super::{form_data, invalid, unprocessable};
use crate::domain::bank::{BankDetails, Iban};
use crate::domain::coop::CoopRole;
use crate::error::AppError;
use crate::http::extract::{CoopAdmin, CoopMember, CsrfForm};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store;
use crate::store::connect::StripeState;

/// What is on file, and for admins the form (prefilled, or `form` when shown again with errors).
pub async fn section(
    state: &AppState,
    m: &CoopMember,
    form: Option<FormData>,
) -> Result<PayoutSection, AppError> {
    let details = store::payments::details(&state.db, m.coop.id).await?;
    let bank = details.and_then(|d| Some((d.account_holder?, d.iban?, d.bic?)));
    let on_file = bank.as_ref().map(|(h, i, b)| {
        let iban = Iban::parse(i).map_or(i.clone(), |i| i.to_string());
        format!("{h} · {iban} · {b}")
    });
    let prefilled = || {
        let (h, i, b) = bank.clone().unwrap_or_default();
        form_data(
            [("account_holder", h.as_str()), ("iban", &i), ("bic", &b)],
            &Default::default(),
        )
    };
    let is_admin = m.role == CoopRole::Admin;
    let form = is_admin.then(|| form.unwrap_or_else(prefilled));
    let stripe = if state.gateway.connects_accounts() {
        Some(match store::connect::state(&state.db, m.coop.id).await? {
            StripeState::NotConnected => StripeView::NotConnected,
            StripeState::Incomplete {
                account,
                charges_enabled,
                payouts_enabled,
            } => StripeView::Incomplete {
                account,
                charges_enabled,
                payouts_enabled,
            },
            StripeState::Ready { account } => StripeView::Ready { account },
        })
    } else {
        None
    };
    Ok(PayoutSection {
        coop_id: m.coop.id,
        on_file,
        form,
        stripe,
        is_admin,
    })
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct BankForm {
    account_holder: String,
    iban: String,
    bic: String,
}

pub async fn save(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    CsrfForm(form): CsrfForm<BankForm>,
) -> Result<Response, AppError> {
    let parsed = BankDetails::parse(&form.account_holder, &form.iban, &form.bic);
    let saved = match parsed {
        Ok(bank) => store::payments::set_bank_details(&state.db, m.coop.id, &bank).await,
        Err(errs) => Err(AppError::Invalid(errs)),
    };
    match invalid(saved)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/coops/{}/manage", m.coop.id),
            "success",
            &m.signed_in.viewer.tr.t("flash-bank-details-saved"),
        )),
        Err(errs) => {
            let values = [
                ("account_holder", form.account_holder.as_str()),
                ("iban", &form.iban),
                ("bic", &form.bic),
            ];
            let errs = errs.said(&m.signed_in.viewer.tr);
            let v = section(&state, &m, Some(form_data(values, &errs))).await?;
            let layout = m.signed_in.viewer.layout();
            Ok(unprocessable(templates::payout_details::payout_page(
                &layout,
                &m.coop.name,
                &v,
            )))
        }
    }
}
