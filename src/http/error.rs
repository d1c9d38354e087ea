//! Errors as responses: an HTML page for people, a JSON body under `/api/v1`.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;

use crate::error::AppError;

fn status(e: &AppError) -> StatusCode {
    StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

fn log(e: &AppError) {
    if e.status() >= 500 {
        tracing::error!(error = %e, "request failed");
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        log(&self);
        if let AppError::Unauthorized(_) = self {
            return Redirect::to("/login").into_response();
        }
        let layout = templates::Layout::default();
        let body = templates::errors::error_page(&layout, self.status(), &self.public_message());
        (status(&self), body).into_response()
    }
}

/// An error answered as `{"error":{"code","message"}}`.
#[derive(Debug)]
pub struct ApiError(pub AppError);

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        ApiError(e)
    }
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(e: sea_orm::DbErr) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let e = self.0;
        log(&e);
        let mut body = serde_json::json!({
            "error": { "code": e.code(), "message": e.public_message() }
        });
        if let AppError::Invalid(fields) = &e {
            body["error"]["fields"] = fields
                .0
                .iter()
                .map(|(k, m)| serde_json::json!({ "field": k, "message": m }))
                .collect();
        }
        let mut resp = (status(&e), Json(body)).into_response();
        if matches!(e, AppError::Unauthorized(_)) {
            resp.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}
