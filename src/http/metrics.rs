//! Prometheus metrics: requests by route and status, a latency histogram, and the SQL statements
//! the server ran; `/healthz`.
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use super::AppState;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Default)]
struct Series {
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// Counters kept in memory since start.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Series>>,
    statements: AtomicU64,
    statement_micros: AtomicU64,
}

impl Metrics {
    /// Counts one SQL statement (sea-orm's metric callback; BEGIN and COMMIT are not seen).
    pub fn statement(&self, took: Duration) {
        self.statements.fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        self.statement_micros.fetch_add(micros, Ordering::Relaxed);
    }

    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        if let Ok(mut r) = self.requests.lock() {
            *r.entry((method.to_owned(), route.to_owned(), status))
                .or_default() += 1;
        }
        if let Ok(mut l) = self.latency.lock() {
            let s = l.entry(route.to_owned()).or_default();
            s.count += 1;
            s.sum += seconds;
            for (i, le) in BUCKETS.iter().enumerate() {
                if seconds <= *le {
                    s.buckets[i] += 1;
                }
            }
        }
    }

    /// The Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# HELP http_requests_total HTTP requests by method, route and status.\n# TYPE http_requests_total counter\n",
        );
        if let Ok(r) = self.requests.lock() {
            for ((m, route, status), n) in r.iter() {
                out.push_str(&format!(
                    "http_requests_total{{method=\"{m}\",route=\"{route}\",status=\"{status}\"}} {n}\n"
                ));
            }
        }
        out.push_str("# HELP http_request_duration_seconds Request latency by route.\n# TYPE http_request_duration_seconds histogram\n");
        if let Ok(l) = self.latency.lock() {
            for (route, s) in l.iter() {
                for (i, le) in BUCKETS.iter().enumerate() {
                    out.push_str(&format!(
                        "http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {}\n",
                        s.buckets[i]
                    ));
                }
                out.push_str(&format!(
                    "http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {c}\nhttp_request_duration_seconds_sum{{route=\"{route}\"}} {}\nhttp_request_duration_seconds_count{{route=\"{route}\"}} {c}\n",
                    s.sum,
                    c = s.count
                ));
            }
        }
        out.push_str(&format!(
            "# HELP db_statements_total SQL statements run (BEGIN and COMMIT not counted).\n\
             # TYPE db_statements_total counter\ndb_statements_total {}\n\
             # HELP db_statement_seconds_total Time spent waiting for those statements.\n\
             # TYPE db_statement_seconds_total counter\ndb_statement_seconds_total {}\n",
            self.statements.load(Ordering::Relaxed),
            self.statement_micros.load(Ordering::Relaxed) as f64 / 1e6
        ));
        out
    }
}

/// Middleware recording each request under its route template (never the raw path).
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let start = Instant::now();
    let resp = next.run(req).await;
    state.metrics.observe(
        &method,
        &route,
        resp.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    resp
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
}

/// Only a loopback client that came through no proxy, or one with `METRICS_TOKEN` as bearer,
/// may read the counters.
fn may_read(
    state: &AppState,
    client: Option<std::net::IpAddr>,
    headers: &axum::http::HeaderMap,
) -> bool {
    use axum::http::header::{AUTHORIZATION, FORWARDED};
    let proxied = headers.contains_key(FORWARDED) || headers.contains_key("x-forwarded-for");
    if client.is_some_and(|ip| ip.is_loopback()) && !proxied {
        return true;
    }
    let sent = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    match (&state.config.security.metrics_token, sent) {
        (Some(expected), Some(sent)) => crate::auth::constant_time_eq(expected, sent.trim()),
        _ => false,
    }
}

async fn metrics(
    State(state): State<AppState>,
    super::extract::ClientAddr(client): super::extract::ClientAddr,
    headers: axum::http::HeaderMap,
) -> Response {
    if !may_read(&state, client, &headers) {
        return (
            StatusCode::UNAUTHORIZED,
            [(axum::http::header::WWW_AUTHENTICATE, "Bearer")],
            "the metrics are served to loopback clients and to 'Authorization: Bearer <METRICS_TOKEN>'\n",
        )
            .into_response();
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        state.metrics.render(),
    )
        .into_response()
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}
