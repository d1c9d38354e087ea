//! Register, log in, log out.
use axum::extract::State;
use axum::http::header::{RETRY_AFTER, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{form_data, invalid, unprocessable};
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::cookies;
use crate::http::extract::{ClientAddr, CsrfForm};
use crate::http::locale::{self, lang_cookie, Locale};
use crate::http::login_throttle::account_key;
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store;
use crate::store::users::Registration;
use templates::components::FormData;

pub async fn register_page(viewer: Viewer) -> maud::Markup {
    templates::auth::register(&viewer.layout(), &FormData::default())
}

pub async fn register(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<Registration>,
) -> Result<Response, AppError> {
    let spoken = locale::spoken(&headers);
    // A new address and one that has an account already get the same answer (and mail).
    let signed_up =
        store::accounts::sign_up(&state.db, &state.config.base_url, &form, spoken).await;
    match invalid(signed_up)? {
        Ok(()) => Ok(axum::response::Redirect::to("/register/sent").into_response()),
        Err(errs) => {
            let errs = errs.said(&viewer.tr);
            let f = form_data(
                [("name", form.name.as_str()), ("email", form.email.as_str())],
                &errs,
            );
            Ok(unprocessable(templates::auth::register(
                &viewer.layout(),
                &f,
            )))
        }
    }
}

pub async fn login_page(viewer: Viewer) -> maud::Markup {
    templates::auth::login(&viewer.layout(), &FormData::default())
}

#[derive(serde::Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// Logs in, unless the account or the client's address is locked after repeated failures:
/// then even the right password gets a 429 with `Retry-After`.
pub async fn login(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ClientAddr(client): ClientAddr,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<Response, AppError> {
    let account = account_key(&form.email);
    let throttle = &state.login_throttle;
    if let Some(wait) = throttle.locked_for(&account, client) {
        return Ok(too_many(&viewer, &form.email, wait));
    }
    match invalid(store::users::authenticate(&state.db, &form.email, &form.password).await)? {
        Ok(user) => {
            // The member's saved language greets them, and this browser remembers it.
            let lang = locale::negotiate(&headers, user.locale.as_deref());
            let tr = i18n::Tr::new(lang, viewer.tr.zone);
            let welcome = tr.t_args("flash-welcome-back", &[("name", user.name.clone().into())]);
            let mut resp = start_session(&state, &headers, user.id, &welcome).await?;
            if user.locale.is_some() {
                append_cookie(&mut resp, &lang_cookie(lang, state.config.secure_cookies()));
            }
            Ok(resp)
        }
        Err(errs) => {
            let failure = throttle.failed(&account, client);
            if failure.account_newly_locked {
                let minutes = failure.locked_for.map_or(1, |w| w.as_secs().div_ceil(60));
                store::users::warn_of_lockout(&state.db, &form.email, minutes).await?;
            }
            if let Some(wait) = failure.locked_for {
                return Ok(too_many(&viewer, &form.email, wait));
            }
            let f = form_data([("email", form.email.as_str())], &errs.said(&viewer.tr));
            Ok(unprocessable(templates::auth::login(&viewer.layout(), &f)))
        }
    }
}

/// The login page again with a plain message, as a 429 that says when to come back.
fn too_many(viewer: &Viewer, email: &str, wait: std::time::Duration) -> Response {
    let minutes = wait.as_secs().div_ceil(60).max(1);
    let minutes = i64::try_from(minutes).unwrap_or(i64::MAX);
    let message = viewer
        .tr
        .t_args("error-too-many-logins", &[("minutes", minutes.into())]);
    let errs = FieldErrors(vec![("email", Msg::Said(message))]);
    let f = form_data([("email", email)], &errs);
    let mut resp = (
        StatusCode::TOO_MANY_REQUESTS,
        templates::auth::login(&viewer.layout(), &f),
    )
        .into_response();
    resp.headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(wait.as_secs().max(1)));
    resp
}

/// A new session id and a new CSRF token; the browser's old session, if any, ends.
async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user_id: i32,
    welcome: &str,
) -> Result<Response, AppError> {
    let resp = redirect_with_flash("/", "success", welcome);
    rotate_session(state, headers, user_id, resp).await
}

/// Gives the browser a new session (the old one ends) and a new CSRF token with `resp`: at
/// login, and when the person's own request changed what they may do (joining or leaving a co-op).
pub(super) async fn rotate_session(
    state: &AppState,
    headers: &HeaderMap,
    user_id: i32,
    mut resp: Response,
) -> Result<Response, AppError> {
    if let Some(old) = cookies::get(headers, cookies::SESSION) {
        store::sessions::delete(&state.db, &old).await?;
    }
    let life = store::sessions::Lifetimes::of(&state.config.security);
    let token = store::sessions::create(&state.db, user_id, life).await?;
    let max_age = i64::try_from(state.config.security.session_max_age.as_secs()).unwrap_or(0);
    let secure = state.config.secure_cookies();
    let session = cookies::set(cookies::SESSION, &token, Some(max_age), secure);
    append_cookie(&mut resp, &session);
    append_cookie(&mut resp, &new_csrf(secure));
    Ok(resp)
}

fn new_csrf(secure: bool) -> String {
    cookies::set(cookies::CSRF, &crate::auth::random_token(), None, secure)
}

fn append_cookie(resp: &mut Response, cookie: &str) {
    if let Ok(v) = cookie.parse() {
        resp.headers_mut().append(SET_COOKIE, v);
    }
}

/// Ends the session (a form with the CSRF token, so no other site can log anyone out) and gives
/// the browser a new CSRF token.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    Locale(tr): Locale,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    if let Some(token) = cookies::get(&headers, cookies::SESSION) {
        store::sessions::delete(&state.db, &token).await?;
    }
    let mut resp = redirect_with_flash("/", "info", &tr.t("flash-logged-out"));
    append_cookie(&mut resp, &cookies::clear(cookies::SESSION));
    append_cookie(&mut resp, &new_csrf(state.config.secure_cookies()));
    Ok(resp)
}
