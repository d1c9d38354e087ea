//! `/checkouts/{id}/payment`: the buyer starts paying a checkout's accepted orders at once.
use axum::extract::{Path, State};
use axum::Json;

use crate::error::AppError;
use crate::http::error::ApiError;
use crate::http::extract::ApiCoop;
use crate::http::AppState;
use crate::payments::CheckoutPayment;

/// Starts (or, retried, returns) the card payment of a checkout; 409 with the manual gateway.
#[utoipa::path(post, path = "/api/v1/checkouts/{id}/payment", operation_id = "pay_checkout", params(("id" = i32, Path)), responses(
    (status = 200, body = CheckoutPayment),
    (status = 404, body = super::ErrorBody, description = "not this co-op's checkout"),
    (status = 409, body = super::ErrorBody, description = "not every order accepted, already paid, or paid by bank transfer")
))]
pub async fn pay(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<CheckoutPayment>, ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("checkout"))?;
    let payment = state
        .gateway
        .start_checkout_payment(&state.db, auth.coop.id, id)
        .await?;
    Ok(Json(payment))
}
