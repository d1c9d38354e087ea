//! The HTTP surface: web pages for people, `/api/v1` for integrations, health and metrics.
pub mod api;
pub mod api_language;
pub mod clean_input;
pub mod cookies;
pub mod error;
pub mod extract;
pub mod form_once;
pub mod hot_cache;
pub mod local_input;
pub mod local_text;
pub mod locale;
pub mod login_throttle;
pub mod metrics;
pub mod page_cache;
pub mod security;
pub mod uploads;
pub mod viewer;
pub mod views;
pub mod web;
pub mod webhooks;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, Request};
use axum::Router;
use sea_orm::DatabaseConnection;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::config::Config;

/// Largest request body accepted (forms and JSON); CSV uploads get their own limit.
pub const BODY_LIMIT: usize = 64 * 1024;

/// Everything a handler can reach, behind one `Arc`: axum clones the state for every extractor
/// and middleware of every request, and cloning the parts one by one (a reference count each,
/// shared by all cores) took a third of the server's time on cached pages.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What `AppState` shares.
pub struct Shared {
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub metrics: Arc<metrics::Metrics>,
    /// How buyers pay and sellers are paid: manual (bank) or Stripe.
    pub gateway: Arc<dyn crate::payments::Gateway>,
    /// Anonymous public pages, and the generation every change bumps.
    pub pages: Arc<page_cache::PageCache>,
    /// The co-ops behind API tokens and the fee rate, for a second at most.
    pub hot: Arc<hot_cache::HotCache>,
    /// Where the order paths' write transactions go (group commit on SQLite).
    pub writes: crate::group_commit::Writes<crate::store::order_batch::OrderJob>,
    /// Failed logins per account and per client address.
    pub login_throttle: Arc<login_throttle::LoginThrottle>,
    /// Where product photos' files are (a folder or an S3 bucket).
    pub photos: Arc<dyn crate::photos::PhotoStore>,
}

/// The whole application router.
pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let https = state.config.secure_cookies();
    let app = Router::new()
        .merge(web::routes())
        .nest("/api/v1", api::routes())
        .merge(metrics::routes())
        .merge(webhooks::routes())
        .fallback(web::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            hot_cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::error_pages,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            viewer::web_cookies,
        ))
        // Outside the session's read, so a signed-in page served again costs no statement.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::private_layer,
        ))
        .layer(axum::middleware::from_fn(clean_input::query))
        .layer(axum::middleware::from_fn(security::no_store))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // Outside the page cache, so cached pages are compressed too; images are left alone.
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(4)),
        );
    security::headers(app, https)
        .layer(axum::middleware::map_response(close_after_too_large))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), uri = %req.uri(), request_id = %id)
            }),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// A request refused for its size was not read to its end, so its connection cannot carry
/// another one and the server closes it: saying so keeps a client from sending its next request
/// down that connection (which it then sees cut: "IncompleteMessage" in a test after a 413).
async fn close_after_too_large(mut response: axum::response::Response) -> axum::response::Response {
    if response.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        response.headers_mut().insert(
            axum::http::header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    response
}

/// Serves until the process is asked to stop.
pub async fn serve(state: AppState, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
