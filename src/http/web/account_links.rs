//! The pages behind mailed links and the forms that send them: "check your mail" after
//! registering, following a verification link, sending it again, and resetting a password.
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use templates::components::FormData;

use super::{form_data, invalid, unprocessable};
use crate::domain::account_token::{TokenProblem, TokenPurpose};
use crate::error::AppError;
use crate::http::cookies;
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store::accounts::{self, reset, tokens};

/// A spent, expired or unknown link: 404 or 410 with what to do.
fn link_problem(viewer: &Viewer, p: TokenProblem) -> Response {
    let status = StatusCode::from_u16(p.status()).unwrap_or(StatusCode::NOT_FOUND);
    let body = templates::errors::error_page(&viewer.layout(), p.status(), p.message(), None);
    (status, body).into_response()
}

pub async fn check_mail(viewer: Viewer) -> maud::Markup {
    templates::account::check_mail(&viewer.layout())
}

pub async fn verify(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match accounts::verify_email(&state.db, &token).await? {
        Ok(u) => {
            let email = [("email", u.email.clone().into())];
            let signed_in_here = viewer.user.as_ref().is_some_and(|v| v.id == u.id);
            if signed_in_here {
                let message = viewer.tr.t_args("account-flash-confirmed", &email);
                Ok(redirect_with_flash("/account", "success", &message))
            } else {
                let message = viewer.tr.t_args("account-flash-confirmed-log-in", &email);
                Ok(redirect_with_flash("/login", "success", &message))
            }
        }
        Err(p) => Ok(link_problem(&viewer, p)),
    }
}

pub async fn resend(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    accounts::resend_verification(&state.db, &state.config.base_url, &s.user).await?;
    let message = if accounts::is_verified(&s.user) {
        s.viewer.tr.t("account-flash-already-confirmed")
    } else {
        let email = [("email", s.user.email.clone().into())];
        s.viewer.tr.t_args("account-flash-link-sent", &email)
    };
    Ok(redirect_with_flash("/account", "info", &message))
}

pub async fn forgot_page(viewer: Viewer) -> maud::Markup {
    templates::auth::forgot(&viewer.layout(), &FormData::default())
}

#[derive(serde::Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn forgot(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ForgotForm>,
) -> Result<Response, AppError> {
    let base = &state.config.base_url;
    let sent = reset::request(&state.db, base, &form.email, viewer.tr.lang).await;
    match invalid(sent)? {
        Ok(()) => Ok(templates::auth::forgot_sent(&viewer.layout()).into_response()),
        Err(errs) => {
            let f = form_data([("email", form.email.as_str())], &errs.said(&viewer.tr));
            Ok(unprocessable(templates::auth::forgot(&viewer.layout(), &f)))
        }
    }
}

pub async fn reset_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match tokens::peek(&state.db, &token, TokenPurpose::ResetPassword).await? {
        Ok(_) => {
            let page = templates::auth::reset(&viewer.layout(), &token, &FormData::default());
            Ok(page.into_response())
        }
        Err(p) => Ok(link_problem(&viewer, p)),
    }
}

#[derive(serde::Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
}

pub async fn reset(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> Result<Response, AppError> {
    let keep = cookies::get(&headers, cookies::SESSION);
    let done = reset::complete(&state.db, &token, &form.password, keep.as_deref()).await;
    match invalid(done)? {
        Ok(Ok(_)) => {
            let to = if viewer.user.is_some() {
                "/account"
            } else {
                "/login"
            };
            let message = viewer.tr.t("flash-password-set");
            Ok(redirect_with_flash(to, "success", &message))
        }
        Ok(Err(p)) => Ok(link_problem(&viewer, p)),
        Err(errs) => {
            let f = form_data([], &errs.said(&viewer.tr));
            let page = templates::auth::reset(&viewer.layout(), &token, &f);
            Ok(unprocessable(page))
        }
    }
}
