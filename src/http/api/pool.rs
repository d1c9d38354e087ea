//! `GET /api/v1/pool`: the common pool's public report; no token needed.
use axum::extract::State;
use axum::Json;

use crate::domain::page::PageRequest;
use crate::error::{AppError, FieldErrors};
use crate::http::error::{page_refused, ApiError};
use crate::http::extract::ApiQuery;
use crate::http::AppState;
use crate::store::pool::{report, PoolPages, PoolReport};

#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PoolQuery {
    /// Runs and spending per page, 1 to 100 (default 25).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    pub per_page: String,
    /// Where the runs start: a previous report's `runs_next`.
    #[param(pattern = "^(|c[0-9]{1,18})$")]
    pub runs_cursor: String,
    /// Where the spending starts: a previous report's `spending_next`.
    #[param(pattern = "^(|c[0-9]{1,18})$")]
    pub spending_cursor: String,
}

impl PoolQuery {
    /// The pages asked for, or the parameter at fault.
    pub fn pages(&self) -> Result<PoolPages, AppError> {
        let parse = |cursor: &str, name: &'static str| {
            PageRequest::parse(&self.per_page, cursor).map_err(|e| {
                let field = if e.field() == "cursor" {
                    name
                } else {
                    e.field()
                };
                FieldErrors::single(field, page_refused(&e))
            })
        };
        Ok(PoolPages {
            runs: parse(&self.runs_cursor, "runs_cursor")?,
            spending: parse(&self.spending_cursor, "spending_cursor")?,
        })
    }
}

/// The common pool: balance per currency, inflows by month, fees and their split, and the
/// approved payout runs and spending, newest first, a page of each at a time. Public: no
/// token needed.
#[utoipa::path(get, path = "/api/v1/pool", operation_id = "get_pool", tag = "pool", security(()),
    params(PoolQuery),
    responses((status = 200, body = PoolReport),
    (status = 422, body = super::ErrorBody, description = "a bad per_page or cursor")))]
pub async fn get(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<PoolQuery>,
) -> Result<Json<PoolReport>, ApiError> {
    let pages = q.pages()?;
    Ok(Json(report(&state.db, &pages).await?))
}
