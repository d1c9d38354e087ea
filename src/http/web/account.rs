//! The account page: name, address, password, sessions and co-ops of the signed-in person.
use axum::extract::{Path, State};
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use templates::account::{AccountView, MembershipRow, SessionRow};
use templates::components::FormData;

use super::{account_links, form_data, invalid, unprocessable};
use crate::auth;
use crate::error::AppError;
use crate::http::cookies;
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store::accounts::{self, profile, sessions};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/register/sent", get(account_links::check_mail))
        .route("/account", get(show))
        .route("/account/name", post(rename))
        .route("/account/email", post(change_email))
        .route("/account/password", post(change_password))
        .route(
            "/account/time-zone",
            post(super::account_zone::set_time_zone),
        )
        .route("/account/sessions/end", post(end_session))
        .route("/account/mail", post(super::notifications::save_mail))
        .route("/account/coops/{id}/leave", post(leave_coop))
        .route("/account/verify/resend", post(account_links::resend))
        .route("/account/verify/{token}", get(account_links::verify))
        .route(
            "/password/forgot",
            get(account_links::forgot_page).post(account_links::forgot),
        )
        .route(
            "/password/reset/{token}",
            get(account_links::reset_page).post(account_links::reset),
        )
}

/// Which form on the page is shown again with its input and errors.
pub(super) enum Retry {
    None,
    Name(FormData),
    Email(FormData),
    Password(FormData),
    /// The refused zone's message.
    TimeZone(String),
}

pub(super) async fn page(
    state: &AppState,
    s: &SignedIn,
    headers: &HeaderMap,
    retry: Retry,
) -> Result<maud::Markup, AppError> {
    let current = cookies::get(headers, cookies::SESSION).map(|t| auth::sha256_hex(&t));
    let tr = s.viewer.tr;
    let fmt = |t: chrono::DateTime<chrono::Utc>| tr.date_time(t);
    let sessions = sessions::list(&state.db, s.user.id)
        .await?
        .into_iter()
        .map(|x| SessionRow {
            current: current.as_deref() == Some(x.id.as_str()),
            created: fmt(x.created_at),
            expires: fmt(x.expires_at),
            id: x.id,
        })
        .collect();
    let coops = s
        .viewer
        .coops
        .iter()
        .map(|(c, role)| MembershipRow {
            coop_id: c.id,
            coop_name: c.name.clone(),
            role: role.as_str(),
        })
        .collect();
    let mut v = AccountView {
        name: s.user.name.clone(),
        email: s.user.email.clone(),
        verified: accounts::is_verified(&s.user),
        sessions,
        coops,
        name_form: FormData::default(),
        email_form: FormData::default(),
        password_form: FormData::default(),
        mail: super::notifications::mail_choices(state, s.user.id).await?,
        time_zone: super::account_zone::view(s),
    };
    match retry {
        Retry::None => {}
        Retry::Name(f) => v.name_form = f,
        Retry::Email(f) => v.email_form = f,
        Retry::Password(f) => v.password_form = f,
        Retry::TimeZone(e) => v.time_zone.error = Some(e),
    }
    Ok(templates::account::account(&s.viewer.layout(), &v))
}

pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
) -> Result<maud::Markup, AppError> {
    page(&state, &s, &headers, Retry::None).await
}

#[derive(serde::Deserialize)]
pub struct NameForm {
    #[serde(default)]
    name: String,
}

pub async fn rename(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<NameForm>,
) -> Result<Response, AppError> {
    match invalid(profile::rename(&state.db, s.user.id, &form.name).await)? {
        Ok(u) => Ok(redirect_with_flash(
            "/account",
            "success",
            &s.viewer
                .tr
                .t_args("account-flash-renamed", &[("name", u.name.into())]),
        )),
        Err(errs) => {
            let f = form_data([("name", form.name.as_str())], &errs.said(&s.viewer.tr));
            Ok(unprocessable(
                page(&state, &s, &headers, Retry::Name(f)).await?,
            ))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    current_password: String,
}

pub async fn change_email(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Result<Response, AppError> {
    let base = &state.config.base_url;
    let asked = profile::request_email_change(
        &state.db,
        base,
        &s.user,
        &form.email,
        &form.current_password,
    )
    .await;
    match invalid(asked)? {
        Ok(()) => Ok(redirect_with_flash(
            "/account",
            "info",
            &s.viewer.tr.t_args(
                "account-flash-email-link",
                &[("email", form.email.trim().to_owned().into())],
            ),
        )),
        Err(errs) => {
            let f = form_data([("email", form.email.as_str())], &errs.said(&s.viewer.tr));
            Ok(unprocessable(
                page(&state, &s, &headers, Retry::Email(f)).await?,
            ))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    let keep = cookies::get(&headers, cookies::SESSION);
    let changed = profile::change_password(
        &state.db,
        &s.user,
        &form.current_password,
        &form.new_password,
        keep.as_deref(),
    )
    .await;
    match invalid(changed)? {
        Ok(()) => Ok(redirect_with_flash(
            "/account",
            "success",
            &s.viewer.tr.t("account-flash-password"),
        )),
        Err(errs) => {
            let f = form_data([], &errs.said(&s.viewer.tr));
            Ok(unprocessable(
                page(&state, &s, &headers, Retry::Password(f)).await?,
            ))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct EndSessionForm {
    #[serde(default)]
    session: String,
}

pub async fn end_session(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<EndSessionForm>,
) -> Result<Response, AppError> {
    if !sessions::end(&state.db, s.user.id, &form.session).await? {
        return Err(AppError::not_found("session"));
    }
    let current = cookies::get(&headers, cookies::SESSION).map(|t| auth::sha256_hex(&t));
    if current.as_deref() == Some(form.session.as_str()) {
        let mut resp = redirect_with_flash("/", "info", &s.viewer.tr.t("flash-logged-out"));
        if let Ok(v) = cookies::clear(cookies::SESSION).parse() {
            resp.headers_mut().append(SET_COOKIE, v);
        }
        return Ok(resp.into_response());
    }
    Ok(redirect_with_flash(
        "/account",
        "success",
        &s.viewer.tr.t("account-flash-session-ended"),
    ))
}

pub async fn leave_coop(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    s: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("co-op"))?;
    let name = s
        .viewer
        .coops
        .iter()
        .find(|(c, _)| c.id == id)
        .map(|(c, _)| c.name.clone())
        .ok_or_else(|| AppError::not_found("co-op"))?;
    profile::leave_coop(&state.db, s.user.id, id).await?;
    let left = s
        .viewer
        .tr
        .t_args("account-flash-left", &[("coop", name.into())]);
    let done = redirect_with_flash("/account", "success", &left);
    super::auth::rotate_session(&state, &headers, s.user.id, done).await
}
