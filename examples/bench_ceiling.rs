//! The HTTP ceiling for `make bench`: a bare axum handler returning a fixed short HTML page,
//! built with the same release profile, so every page figure can be read as a share of it.
//! Usage: BIND=127.0.0.1:4000 cargo run --release --example bench_ceiling
use axum::response::Html;
use axum::routing::get;

const PAGE: &str = "<!doctype html><html><head><title>ceiling</title></head>\
<body><h1>cooptrade</h1><p>A fixed page for the benchmark ceiling.</p></body></html>";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:4000".into());
    let app = axum::Router::new().route("/", get(|| async { Html(PAGE) }));
    let listener = tokio::net::TcpListener::bind(&bind).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
