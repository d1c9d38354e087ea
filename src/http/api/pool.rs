//! `GET /api/v1/pool`: the common pool's public report; no token needed.
use axum::extract::State;
use axum::Json;

use crate::http::error::ApiError;
use crate::http::AppState;
use crate::store::pool::{report, PoolReport};

/// The common pool: balance per currency, inflows by month, fees and their split, and every
/// approved payout run and spending. Public: no token needed.
#[utoipa::path(get, path = "/api/v1/pool", operation_id = "get_pool", tag = "pool", security(()),
    responses((status = 200, body = PoolReport)))]
pub async fn get(State(state): State<AppState>) -> Result<Json<PoolReport>, ApiError> {
    Ok(Json(report(&state.db).await?))
}
