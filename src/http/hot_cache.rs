//! Short-lived copies of what every API write reads before its transaction: the co-op behind a
//! bearer token, and the fee rate in force. An order end to end is five API calls; without this
//! each of them would read the token and co-op first, and a placement the fee rate too.
//!
//! Correctness rests on a generation counter, as in the page cache: every request that could
//! change a token, a co-op or the fee rate bumps it after its handler has returned (after its
//! commit), and an entry is only used while the generation it was read under is current; one read
//! concurrently with a change carries the generation from before it and is never used. Only the
//! API's order and checkout writes leave the counter alone (`bumps`): they change none of these.
//! Changes made by other processes (the CLI) are seen once an entry is `TTL` old.
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use entity::{api_token, coop};
use sea_orm::ConnectionTrait;

use super::AppState;
use crate::domain::money::FeeRate;
use crate::error::AppError;
use crate::store;

/// How long an entry may be used at most.
pub const TTL: Duration = Duration::from_secs(1);
/// Tokens remembered at most; past this the map starts again empty.
const MAX_TOKENS: usize = 10_000;

struct Entry<T> {
    generation: u64,
    at: Instant,
    value: T,
}

impl<T: Clone> Entry<T> {
    fn fresh(&self, generation: u64) -> Option<T> {
        (self.generation == generation && self.at.elapsed() < TTL).then(|| self.value.clone())
    }
}

type TokenAndCoop = (api_token::Model, coop::Model);

/// The cache, one per server.
#[derive(Default)]
pub struct HotCache {
    generation: AtomicU64,
    /// By the token's SHA-256 (the plain token is never kept).
    tokens: Mutex<HashMap<String, Entry<TokenAndCoop>>>,
    fee_rate: Mutex<Option<Entry<FeeRate>>>,
}

impl HotCache {
    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Forgets everything: called after every request that may have changed a token, a co-op or
    /// the fee rate.
    pub fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The live token `plain` and its co-op, as `store::tokens::authenticate` finds them.
    pub async fn authenticate(
        &self,
        db: &impl ConnectionTrait,
        plain: &str,
    ) -> Result<Option<TokenAndCoop>, AppError> {
        let key = crate::auth::sha256_hex(plain);
        let generation = self.generation();
        let cached = lock(&self.tokens)
            .get(&key)
            .and_then(|e| e.fresh(generation));
        if cached.is_some() {
            return Ok(cached);
        }
        let found = store::tokens::authenticate(db, plain).await?;
        if let Some(value) = &found {
            let mut tokens = lock(&self.tokens);
            if tokens.len() >= MAX_TOKENS {
                tokens.clear();
            }
            let at = Instant::now();
            let value = value.clone();
            tokens.insert(
                key,
                Entry {
                    generation,
                    at,
                    value,
                },
            );
        }
        Ok(found)
    }

    /// The fee rate in force, as `store::market::fee_rate` reads it.
    pub async fn fee_rate(
        &self,
        db: &impl ConnectionTrait,
        default: rust_decimal::Decimal,
    ) -> Result<FeeRate, AppError> {
        let generation = self.generation();
        if let Some(rate) = lock(&self.fee_rate)
            .as_ref()
            .and_then(|e| e.fresh(generation))
        {
            return Ok(rate);
        }
        let value = store::market::fee_rate(db, default).await?;
        let at = Instant::now();
        *lock(&self.fee_rate) = Some(Entry {
            generation,
            at,
            value,
        });
        Ok(value)
    }
}

impl store::market::FeeRates for HotCache {
    async fn fee_rate_in_force(
        &self,
        db: &sea_orm::DatabaseConnection,
        default: rust_decimal::Decimal,
    ) -> Result<FeeRate, AppError> {
        self.fee_rate(db, default).await
    }
}

/// A poisoned lock only means another request panicked mid-update of a cache: use it anyway.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Whether a request may change a token, a co-op or the fee rate: every method but GET and HEAD,
/// except the API's order and checkout writes.
fn bumps(method: &Method, path: &str) -> bool {
    let reads = method == Method::GET || method == Method::HEAD;
    let order_write = ["/api/v1/orders", "/api/v1/checkouts"]
        .iter()
        .any(|p| path == *p || path.strip_prefix(p).is_some_and(|r| r.starts_with('/')));
    !reads && !order_write
}

/// The middleware that bumps the generation after a request that may have changed something.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !bumps(req.method(), req.uri().path()) {
        return next.run(req).await;
    }
    let resp = next.run(req).await;
    state.hot.bump();
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_order_writes_keep_the_generation() {
        for (m, p) in [
            (Method::POST, "/api/v1/orders"),
            (Method::POST, "/api/v1/orders/12/actions/accept"),
            (Method::POST, "/api/v1/checkouts/3/payment"),
            (Method::GET, "/coops/3"),
            (Method::HEAD, "/api/v1/listings"),
        ] {
            assert!(!bumps(&m, p), "{m} {p}");
        }
        for (m, p) in [
            (Method::POST, "/coops/3/tokens/4/revoke"),
            (Method::POST, "/committee/fee-rate"),
            (Method::PATCH, "/api/v1/coops/me"),
            (Method::POST, "/api/v1/ordersx"),
            (Method::DELETE, "/api/v1/listings/3"),
        ] {
            assert!(bumps(&m, p), "{m} {p}");
        }
    }
}
