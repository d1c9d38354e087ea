//! `POST /webhooks/stripe`: Stripe's signed events. The `StripeEvent` extractor refuses a
//! missing endpoint secret (404), a bad or stale signature or a malformed body (400).
use axum::body::Bytes;
use axum::extract::{FromRequest, Request, State};
use axum::routing::post;
use axum::{Json, Router};

use super::error::ApiError;
use super::AppState;
use crate::error::{AppError, Msg};
use crate::payments::{signature, webhook};

/// Stripe events carry more than a form; this is the most a webhook body may be.
const WEBHOOK_LIMIT: usize = 256 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/webhooks/stripe",
        post(stripe).layer(axum::extract::DefaultBodyLimit::max(WEBHOOK_LIMIT)),
    )
}

/// An event whose `Stripe-Signature` verified against the raw body, parsed.
pub struct StripeEvent(pub webhook::Event);

impl FromRequest<AppState> for StripeEvent {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let secret = state
            .config
            .stripe_webhook_secret
            .clone()
            .ok_or_else(|| AppError::not_found("webhook endpoint"))?;
        let header = req
            .headers()
            .get("stripe-signature")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = Bytes::from_request(req, state).await.map_err(|e| {
            AppError::BadRequest(Msg::code("api-body-unreadable").arg("detail", e.body_text()))
        })?;
        let now = chrono::Utc::now().timestamp();
        signature::verify(&secret, &header, &body, now).map_err(|e| {
            AppError::BadRequest(Msg::code("api-webhook-signature").arg("detail", e.to_string()))
        })?;
        Ok(StripeEvent(webhook::parse(&body)?))
    }
}

async fn stripe(
    State(state): State<AppState>,
    StripeEvent(event): StripeEvent,
) -> Result<Json<serde_json::Value>, ApiError> {
    let outcome = webhook::handle(&state.db, &event).await?;
    let outcome = format!("{outcome:?}").to_lowercase();
    Ok(Json(
        serde_json::json!({ "received": true, "outcome": outcome }),
    ))
}
