//! The JSON API under `/api/v1`, authenticated by per-co-op bearer tokens and described by OpenAPI.
mod checkouts;
mod contract;
mod coops;
mod listings;
mod orders;
mod photos;
pub(crate) mod pool;
mod statements;
mod whole_number;

use axum::routing::get;
use axum::{Json, Router};
use utoipa::OpenApi;

use contract::{ErrorAnswers, KnownValues, NewListing};

use super::error::ApiError;
use super::AppState;
use crate::error::{AppError, Msg};

#[derive(OpenApi)]
#[openapi(
    info(title = "cooptrade API", version = "1", description = "Trade between co-operatives. Authenticate with `Authorization: Bearer <co-op token>`; errors are `{\"error\":{\"code\",\"message\"}}`."),
    paths(coops::me, coops::list, coops::get, coops::patch, listings::search, listings::get, listings::create, listings::update, listings::archive, photos::list, photos::upload, photos::reorder, photos::delete, orders::place, orders::list, orders::get, orders::act, orders::refund, pool::get, statements::get, checkouts::pay),
    components(schemas(coops::CoopJson, coops::MeJson, coops::CoopPatch, listings::ListingJson, listings::ListingPage, listings::ListingInput, photos::PhotoJson, photos::PhotoSizeJson, photos::PhotoUpload, photos::PhotoOrder, orders::OrderJson, orders::OrderLineJson, orders::FeeSplitJson, orders::PlaceOrder, orders::OrderLineInput, orders::CheckoutJson, orders::ActionInput, orders::RefundInput, orders::RefundJson, crate::payments::CheckoutPayment, ErrorBody, ErrorDetail, FieldError, crate::store::pool::PoolReport, crate::store::pool::Amount, crate::store::pool::MonthlyInflow, crate::store::pool::FeeTotals, crate::store::pool::RunSummary, crate::store::pool::Recipient, crate::store::pool::SpendingSummary, statements::StatementJson, statements::StatementLineJson)),
    modifiers(&BearerAuth, &KnownValues, &NewListing, &ErrorAnswers),
    security(("bearer" = []))
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The error envelope every API error uses.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable code: invalid, unauthorized, forbidden, not_found, conflict, unsupported_media_type, payload_too_large, ...
    pub code: String,
    pub message: String,
    /// With `invalid`: each field's problem, beside the field.
    #[schema(nullable = false)]
    pub fields: Option<Vec<FieldError>>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(coops::me))
        .route("/coops", get(coops::list))
        .route("/coops/{id}", get(coops::get).patch(coops::patch))
        .route("/listings", get(listings::search).post(listings::create))
        .route("/listings/{id}", get(listings::get).patch(listings::update))
        .route(
            "/listings/{id}/archive",
            axum::routing::post(listings::archive),
        )
        .route(
            "/listings/{id}/photos",
            get(photos::list)
                .post(photos::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::http::uploads::UPLOAD_LIMIT,
                )),
        )
        .route(
            "/listings/{id}/photos/order",
            axum::routing::put(photos::reorder),
        )
        .route(
            "/listings/{id}/photos/{photo_id}",
            axum::routing::delete(photos::delete),
        )
        .route("/pool", get(pool::get))
        .route("/statement", get(statements::get))
        .route("/orders", get(orders::list).post(orders::place))
        .route("/orders/{id}", get(orders::get))
        .route(
            "/orders/{id}/actions/{action}",
            axum::routing::post(orders::act),
        )
        .route("/orders/{id}/refunds", axum::routing::post(orders::refund))
        .route(
            "/checkouts/{id}/payment",
            axum::routing::post(checkouts::pay),
        )
        .fallback(api_not_found)
        .layer(axum::middleware::from_fn(super::api_language::layer))
}

async fn openapi() -> Json<serde_json::Value> {
    Json(contract::document(&ApiDoc::openapi()))
}

async fn api_not_found() -> ApiError {
    ApiError(AppError::NotFound(Msg::code("api-no-endpoint")))
}
