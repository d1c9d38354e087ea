//! Extractors that authorize: a handler that takes one of these only runs for the right person.
use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::request::Parts;
use entity::{api_token, coop, user};
use serde::de::DeserializeOwned;

use super::error::ApiError;
use super::viewer::{CsrfToken, Viewer};
use super::AppState;
use crate::auth::constant_time_eq;
use crate::domain::coop::CoopRole;
use crate::domain::trading::{may_sell, Trader};
use crate::error::{AppError, Msg};
use crate::store;

/// A signed-in person.
pub struct SignedIn {
    pub viewer: Viewer,
    pub user: user::Model,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let user = viewer
            .user
            .clone()
            .ok_or_else(|| AppError::Unauthorized(Msg::code("error-log-in-first")))?;
        Ok(SignedIn { viewer, user })
    }
}

/// A signed-in person whose e-mail address is confirmed: needed to apply for or join a co-op.
/// Anyone else gets a 403 page that says why and offers to send the link again.
pub struct VerifiedUser(pub SignedIn);

impl FromRequestParts<AppState> for VerifiedUser {
    type Rejection = axum::response::Response;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        let s = SignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match store::accounts::ensure_verified(&s.user) {
            Ok(()) => Ok(VerifiedUser(s)),
            Err(_) => {
                let page = templates::account::unverified(
                    &s.viewer.layout(),
                    &s.user.email,
                    &s.viewer.tr.t("account-unverified-body"),
                );
                Err((axum::http::StatusCode::FORBIDDEN, page).into_response())
            }
        }
    }
}

/// A member of the common-pool committee.
pub struct CommitteeMember(pub SignedIn);

impl FromRequestParts<AppState> for CommitteeMember {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let s = SignedIn::from_request_parts(parts, state).await?;
        if !s.viewer.committee {
            return Err(AppError::Forbidden(Msg::code("error-committee-only")));
        }
        Ok(CommitteeMember(s))
    }
}

/// A member (any role) of the co-op named by the `{id}` path segment.
pub struct CoopMember {
    pub signed_in: SignedIn,
    pub coop: coop::Model,
    pub role: CoopRole,
}

async fn path_id(
    parts: &mut Parts,
    state: &AppState,
    key: &str,
    what: &str,
) -> Result<i32, AppError> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::not_found(what))?;
    params
        .get(key)
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| AppError::not_found(what))
}

/// Co-op `id` as the viewer's memberships read it with their session, else from the database.
async fn own_or_get(state: &AppState, s: &SignedIn, id: i32) -> Result<coop::Model, AppError> {
    match s.viewer.coops.iter().find(|(c, _)| c.id == id) {
        Some((c, _)) => Ok(c.clone()),
        None => store::coops::get(&state.db, id).await,
    }
}

impl FromRequestParts<AppState> for CoopMember {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state, "id", "co-op").await?;
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        let coop = own_or_get(state, &signed_in, id).await?;
        let role = signed_in
            .viewer
            .role_in(id)
            .ok_or_else(|| not_member(&coop))?;
        Ok(CoopMember {
            signed_in,
            coop,
            role,
        })
    }
}

/// Someone who may read the books of the co-op named by the `{id}` path segment: one of its
/// members, or a committee member (who reads every co-op's, and changes nothing through it).
pub struct CoopReader {
    pub signed_in: SignedIn,
    pub coop: coop::Model,
}

impl FromRequestParts<AppState> for CoopReader {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let id = path_id(parts, state, "id", "co-op").await?;
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        let coop = own_or_get(state, &signed_in, id).await?;
        if signed_in.viewer.role_in(id).is_none() && !signed_in.viewer.committee {
            return Err(not_member(&coop));
        }
        Ok(CoopReader { signed_in, coop })
    }
}

/// An admin of the co-op named by the `{id}` path segment.
pub struct CoopAdmin(pub CoopMember);

impl FromRequestParts<AppState> for CoopAdmin {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let m = CoopMember::from_request_parts(parts, state).await?;
        if m.role != CoopRole::Admin {
            return Err(AppError::Forbidden(
                Msg::code("error-admin-only").arg("coop", m.coop.name.clone()),
            ));
        }
        Ok(CoopAdmin(m))
    }
}

/// A URL-encoded form whose `csrf_token` field matches the browser's CSRF cookie.
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct CsrfField {
    csrf_token: Option<String>,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let body = csrf_body(req, state).await?;
        if let Some(field) = super::clean_input::dirty_field(&body) {
            return Err(super::clean_input::refused(field));
        }
        serde_urlencoded::from_bytes(&body)
            .map(CsrfForm)
            .map_err(malformed_form)
    }
}

/// A `CsrfForm` whose handler refuses control characters in the fields people type
/// (`AS_TYPED`) itself, beside the field and with the text kept (the order forms); the other
/// fields are refused at the edge as by `CsrfForm`.
pub struct CsrfFormAsTyped<T>(pub T);

/// The typed fields of the order forms, checked by `domain::order_input` in their handlers.
const AS_TYPED: &[&str] = &[
    "quantity",
    "amount",
    "reason",
    "note",
    "statement",
    "delivery_address",
];

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfFormAsTyped<T> {
    type Rejection = AppError;
    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let body = csrf_body(req, state).await?;
        if let Some(field) = super::clean_input::dirty_field_except(&body, AS_TYPED) {
            return Err(super::clean_input::refused(field));
        }
        serde_urlencoded::from_bytes(&body)
            .map(CsrfFormAsTyped)
            .map_err(malformed_form)
    }
}

/// The body of a URL-encoded form whose `csrf_token` matches the browser's CSRF cookie.
async fn csrf_body(req: Request, state: &AppState) -> Result<Bytes, AppError> {
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(AppError::UnsupportedMediaType(Msg::code("error-form-type")));
    }
    let expected = req.extensions().get::<CsrfToken>().map(|t| t.0.clone());
    let body = Bytes::from_request(req, state).await.map_err(|e| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge
        } else {
            AppError::BadRequest(Msg::code("error-form-unreadable").arg("detail", e.to_string()))
        }
    })?;
    let sent: CsrfField = serde_urlencoded::from_bytes(&body).map_err(malformed_form)?;
    let valid = match (sent.csrf_token, expected) {
        (Some(s), Some(e)) => constant_time_eq(&s, &e),
        _ => false,
    };
    if !valid {
        return Err(bad_token());
    }
    Ok(body)
}

/// The co-op behind the request's bearer token.
pub struct ApiCoop {
    pub token: api_token::Model,
    pub coop: coop::Model,
}

impl FromRequestParts<AppState> for ApiCoop {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let Some(token) = header.and_then(|h| h.strip_prefix("Bearer ")) else {
            return Err(AppError::Unauthorized(Msg::code("api-token-missing")).into());
        };
        match state.hot.authenticate(&state.db, token.trim()).await? {
            Some((token, coop)) => Ok(ApiCoop { token, coop }),
            None => Err(AppError::Unauthorized(Msg::code("api-token-unknown")).into()),
        }
    }
}

/// A JSON body whose problems become JSON errors (413, 415, 422) with a message.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        use crate::error::FieldErrors;
        if !is_json(req.headers()) {
            return Err(AppError::UnsupportedMediaType(Msg::code("api-body-type")).into());
        }
        let body = Bytes::from_request(req, state).await.map_err(|e| {
            ApiError(if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge
            } else {
                AppError::BadRequest(Msg::code("api-body-unreadable").arg("detail", e.to_string()))
            })
        })?;
        if super::clean_input::json_has_control(&body) {
            return Err(super::clean_input::refused("body").into());
        }
        // Unparseable JSON is a body to fix, as JSON of the wrong shape is: 422.
        let value: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| ApiError(FieldErrors::single("body", malformed_json(&e))))?;
        // serde would read a struct from an array too; every body of this API is an object.
        if !value.is_object() {
            return Err(FieldErrors::single("body", Msg::code("api-body-object")).into());
        }
        serde_json::from_value(value).map(ApiJson).map_err(|e| {
            let m = Msg::code("api-body-shape").arg("detail", e.to_string());
            FieldErrors::single("body", m).into()
        })
    }
}

/// A query string whose problems become a JSON 422 naming the query.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(v)| ApiQuery(v))
            .map_err(|rej| {
                let m = Msg::code("api-query").arg("detail", rej.body_text());
                ApiError(crate::error::FieldErrors::single("query", m))
            })
    }
}

/// `application/json` or any `application/*+json`, as axum's `Json` accepts.
fn is_json(headers: &axum::http::HeaderMap) -> bool {
    let Some(ct) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence
            .strip_prefix("application/")
            .is_some_and(|sub| sub.ends_with("+json"))
}

/// The client's address, when the server was started with connection info (`serve` is).
pub struct ClientAddr(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// A member of an admitted co-op that sells (producer or both), named by `{id}`.
pub struct CoopSeller(pub CoopMember);

impl FromRequestParts<AppState> for CoopSeller {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let m = CoopMember::from_request_parts(parts, state).await?;
        ensure_seller(&m.coop)?;
        Ok(CoopSeller(m))
    }
}

/// Only admitted producer co-ops (or co-ops that are both) may list goods (`trading::may_sell`).
pub fn ensure_seller(c: &coop::Model) -> Result<(), AppError> {
    Ok(may_sell(&Trader::stored(&c.name, c.status, c.kind))?)
}

/// Checks a CSRF token sent in a body the `CsrfForm` extractor cannot read (multipart).
pub fn check_csrf(parts_token: Option<&CsrfToken>, sent: &str) -> Result<(), AppError> {
    match parts_token {
        Some(t) if constant_time_eq(&t.0, sent) => Ok(()),
        _ => Err(bad_token()),
    }
}

fn not_member(coop: &coop::Model) -> AppError {
    AppError::Forbidden(Msg::code("error-not-member").arg("coop", coop.name.clone()))
}

/// A form's missing or wrong CSRF token.
fn bad_token() -> AppError {
    AppError::Forbidden(Msg::code("error-csrf"))
}

fn malformed_form(e: serde_urlencoded::de::Error) -> AppError {
    AppError::BadRequest(Msg::code("error-form-malformed").arg("detail", e.to_string()))
}

/// A body that is not JSON; `serde_json`'s detail stays English.
pub fn malformed_json(e: &serde_json::Error) -> Msg {
    Msg::code("api-body-json").arg("detail", e.to_string())
}
