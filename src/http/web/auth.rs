//! Register, log in, log out.
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::{form_data, invalid, unprocessable};
use crate::error::AppError;
use crate::http::cookies;
use crate::http::extract::CsrfForm;
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
    CsrfForm(form): CsrfForm<Registration>,
) -> Result<Response, AppError> {
    // A new address and one that has an account already get the same answer (and mail).
    let signed_up = store::accounts::sign_up(&state.db, &state.config.base_url, &form).await;
    match invalid(signed_up)? {
        Ok(()) => Ok(axum::response::Redirect::to("/register/sent").into_response()),
        Err(errs) => {
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

pub async fn login(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Result<Response, AppError> {
    match invalid(store::users::authenticate(&state.db, &form.email, &form.password).await)? {
        Ok(user) => start_session(&state, user.id, &format!("Welcome back, {}.", user.name)).await,
        Err(errs) => {
            let f = form_data([("email", form.email.as_str())], &errs);
            Ok(unprocessable(templates::auth::login(&viewer.layout(), &f)))
        }
    }
}

async fn start_session(
    state: &AppState,
    user_id: i32,
    welcome: &str,
) -> Result<Response, AppError> {
    let token = store::sessions::create(&state.db, user_id).await?;
    let mut resp = redirect_with_flash("/", "success", welcome);
    let max_age = store::sessions::LIFETIME_DAYS * 86_400;
    let cookie = cookies::set(
        cookies::SESSION,
        &token,
        Some(max_age),
        state.config.secure_cookies(),
    );
    if let Ok(v) = cookie.parse() {
        resp.headers_mut().append(SET_COOKIE, v);
    }
    Ok(resp)
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    if let Some(token) = cookies::get(&headers, cookies::SESSION) {
        store::sessions::delete(&state.db, &token).await?;
    }
    let mut resp = redirect_with_flash("/", "info", "You have logged out.");
    if let Ok(v) = cookies::clear(cookies::SESSION).parse() {
        resp.headers_mut().append(SET_COOKIE, v);
    }
    Ok(resp.into_response())
}
