//! A response cache for the public pages anonymous visitors read most (the catalog, listing pages,
//! seller profiles), so a page that has not changed is not queried and rendered again.
//!
//! Correctness rests on a catalog generation counter: every request that may change something
//! (any method but GET and HEAD, web, API or webhook) bumps it after its handler has returned, so
//! after its transaction committed, and an entry is only served while the generation it was
//! rendered under is still current. A page rendered concurrently with a change carries the
//! generation read before its queries and is therefore never served after the change. Writers in
//! other processes (`cooptrade listings import`, `seed-demo`) cannot bump it: entries also expire
//! after `TTL`. Memory is bounded by `MAX_ENTRIES` and `MAX_BYTES`.
//!
//! Signed-in pages that grow with history (order lists, statements, the ledger, the pool) are
//! kept too, under the same generation and `TTL`, but only for the very request that rendered
//! them (`private_layer`): the key is a digest of the path and of every header a page is made
//! from (cookies, so the session and CSRF token; the bearer token; host and languages). Nobody is
//! served a page another session rendered, a sign-out or a revoked token is a change like any
//! other, and a response that sets a cookie (a new CSRF token, a rotated session, a flash shown)
//! is never kept.
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT, ACCEPT_LANGUAGE, AUTHORIZATION, CONTENT_TYPE, COOKIE, HOST, SET_COOKIE,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use entity::{coop, listing};
use sea_orm::ConnectionTrait;

use super::cookies;
use super::AppState;
use crate::domain::catalog_query::CatalogQuery;
use crate::error::AppError;
use crate::store::catalog_choices::CatalogChoices;

/// The longest an entry is served, for changes made by other processes.
pub const TTL: Duration = Duration::from_secs(1);
/// How long past `TTL` a copy may still be served while one request renders it again.
const STALE_MAX: Duration = Duration::from_secs(5);
pub const MAX_ENTRIES: usize = 4096;
pub const MAX_BYTES: usize = 32 * 1024 * 1024;
/// Set on a response served from the cache (`hit`), so a test or an operator can tell.
pub const HIT_HEADER: axum::http::HeaderName = axum::http::HeaderName::from_static("x-page-cache");
/// Larger pages are not kept.
const MAX_PAGE: usize = 1024 * 1024;

struct Entry {
    generation: u64,
    stored: Instant,
    /// Past `TTL`, a request is rendering the page again.
    refreshing: bool,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Default)]
struct Entries {
    map: HashMap<String, Entry>,
    bytes: usize,
}

/// The cache and its generation counter; one per server, shared by every request.
#[derive(Default)]
pub struct PageCache {
    generation: AtomicU64,
    entries: Mutex<Entries>,
    /// Signed-in pages, by `private_key`; never served past `TTL`.
    private: Mutex<Entries>,
    /// The catalog's filter choices, every co-op's name and the search words' full-text terms,
    /// each with the generation and the time it was read at.
    choices: Kept<(), CatalogChoices>,
    names: Kept<(), Arc<Vec<(i32, String)>>>,
    terms: Kept<String, Option<Arc<[String]>>>,
}

/// Search words whose terms are kept at most; past it, what is out of date is dropped first.
const MAX_KEPT: usize = 1024;

/// Values read from the database, by key, each used while the generation it was read under is
/// current (the generation is read before the statements, as for a page) and for at most `TTL`
/// (changes by other processes).
struct Kept<K, T>(Mutex<HashMap<K, (u64, Instant, T)>>);

impl<K, T> Default for Kept<K, T> {
    fn default() -> Self {
        Kept(Mutex::new(HashMap::new()))
    }
}

impl<K: std::hash::Hash + Eq, T: Clone> Kept<K, T> {
    async fn get<F>(&self, key: K, generation: u64, read: F) -> Result<T, AppError>
    where
        F: std::future::Future<Output = Result<T, AppError>>,
    {
        let fresh = |(g, at, _): &&(u64, Instant, T)| *g == generation && at.elapsed() < TTL;
        // Only a fresh value is cloned, and the lock is let go before reading.
        let kept = {
            let kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
            kept.get(&key).filter(fresh).map(|(_, _, v)| v.clone())
        };
        if let Some(v) = kept {
            return Ok(v);
        }
        let value = read.await?;
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() >= MAX_KEPT && !kept.contains_key(&key) {
            kept.retain(|_, v| fresh(&&*v));
            if kept.len() >= MAX_KEPT {
                kept.clear();
            }
        }
        kept.insert(key, (generation, Instant::now(), value.clone()));
        Ok(value)
    }
}

impl PageCache {
    /// Marks every cached page out of date; called once a change has committed.
    pub fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The catalog's filter choices (`store::catalog_choices`): every catalog page shows them,
    /// signed in or not, cached or not, and they cost four statements. Kept until something
    /// changes (whether the page cache is on or off) and at most `TTL`.
    pub async fn choices(&self, db: &impl ConnectionTrait) -> Result<CatalogChoices, AppError> {
        let read = crate::store::catalog_choices::choices(db);
        self.choices.get((), self.generation(), read).await
    }

    /// Every co-op's id and name, by id, kept as the choices are (a name changes by a request
    /// that bumps the generation, or in another process: `TTL`).
    pub async fn coop_names(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<Arc<Vec<(i32, String)>>, AppError> {
        let read = async {
            Ok(Arc::new(
                crate::store::catalog_search::coop_names(db).await?,
            ))
        };
        self.names.get((), self.generation(), read).await
    }

    /// The catalog search (`store::listings::search`) with every co-op's name and each word's
    /// full-text terms kept as the choices are: a search with words matches them to sellers, a
    /// statement on every search, and SQLite finds a page sooner by the terms than by a prefix.
    pub async fn search(
        &self,
        db: &impl ConnectionTrait,
        q: &CatalogQuery,
    ) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
        if q.words.is_empty() {
            return crate::store::listings::search(db, q).await;
        }
        let generation = self.generation();
        let names = self.coop_names(db).await?;
        let mut terms = Vec::new();
        if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
            for word in &q.words {
                let read = crate::store::catalog_search::prefix_terms(db, word);
                terms.push(self.terms.get(word.clone(), generation, read).await?);
            }
        }
        crate::store::catalog_search::search_among(db, q, Some(&names), &terms).await
    }

    /// The page to serve for `key`, if any. Past its `TTL` (but still of the current generation)
    /// the first request to ask renders the page again while the others are served the copy, so
    /// an expiring popular page does not send every waiting request to the database at once.
    fn get(&self, key: &str) -> Option<(HeaderMap, Bytes)> {
        self.get_in(&self.entries, key, STALE_MAX)
    }

    #[cfg(test)]
    fn put(&self, key: String, generation: u64, headers: HeaderMap, body: Bytes) {
        self.put_in(&self.entries, key, generation, headers, body)
    }

    /// `get` for signed-in pages: nothing past `TTL` is served, to anyone.
    fn get_private(&self, key: &str) -> Option<(HeaderMap, Bytes)> {
        self.get_in(&self.private, key, TTL)
    }

    fn get_in(
        &self,
        entries: &Mutex<Entries>,
        key: &str,
        stale_max: Duration,
    ) -> Option<(HeaderMap, Bytes)> {
        let generation = self.generation();
        let mut entries = entries.lock().unwrap_or_else(|e| e.into_inner());
        let e = entries.map.get_mut(key)?;
        let age = e.stored.elapsed();
        let serve = e.generation == generation
            && (age < TTL || (age < stale_max && std::mem::replace(&mut e.refreshing, true)));
        serve.then(|| (e.headers.clone(), e.body.clone()))
    }

    fn put_in(
        &self,
        entries: &Mutex<Entries>,
        key: String,
        generation: u64,
        headers: HeaderMap,
        body: Bytes,
    ) {
        if body.len() > MAX_PAGE || generation != self.generation() {
            return;
        }
        let mut entries = entries.lock().unwrap_or_else(|e| e.into_inner());
        let entries = &mut *entries;
        if entries.map.len() >= MAX_ENTRIES || entries.bytes + body.len() > MAX_BYTES {
            // Drop what can no longer be served; if that is not enough, start over.
            let current = self.generation();
            entries
                .map
                .retain(|_, e| e.generation == current && e.stored.elapsed() < TTL);
            if entries.map.len() >= MAX_ENTRIES
                || entries.map.values().map(|e| e.body.len()).sum::<usize>() + body.len()
                    > MAX_BYTES
            {
                entries.map.clear();
            }
            entries.bytes = entries.map.values().map(|e| e.body.len()).sum();
        }
        entries.bytes += body.len();
        let old = entries.map.insert(
            key,
            Entry {
                generation,
                stored: Instant::now(),
                refreshing: false,
                headers,
                body,
            },
        );
        if let Some(old) = old {
            entries.bytes -= old.body.len();
        }
    }

    /// `resp` passed on, a copy kept in `entries` under `key` (with the headers `headers` picks)
    /// when it is a 200 that sets no cookie and whose body is at most `MAX_PAGE` bytes.
    async fn keep(
        &self,
        entries: &Mutex<Entries>,
        key: String,
        generation: u64,
        resp: Response,
        headers: impl FnOnce(&HeaderMap) -> HeaderMap,
    ) -> Response {
        if resp.status() != StatusCode::OK || resp.headers().contains_key(SET_COOKIE) {
            return resp;
        }
        let (parts, body) = resp.into_parts();
        match whole(body, MAX_PAGE).await {
            Ok(bytes) => {
                let kept = headers(&parts.headers);
                self.put_in(entries, key, generation, kept, bytes.clone());
                Response::from_parts(parts, Body::from(bytes))
            }
            Err(body) => Response::from_parts(parts, body),
        }
    }
}

/// Whether `path` is one of the cached public pages: `/catalog`, `/pool`, `/listings/{id}`,
/// `/coops/{id}`.
fn cacheable_path(path: &str) -> bool {
    let numeric = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    path == "/catalog"
        || path == "/pool"
        || path.strip_prefix("/listings/").is_some_and(numeric)
        || path.strip_prefix("/coops/").is_some_and(numeric)
}

/// Serves anonymous GETs of the public pages from the cache and bumps the generation after every
/// request that may have changed something.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cache = state.pages.clone();
    // Bumped with the page cache off too: the catalog's filter choices follow the generation.
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let resp = next.run(req).await;
        cache.bump();
        return resp;
    }
    if !state.config.page_cache {
        return next.run(req).await;
    }
    let anonymous = cookies::get(req.headers(), cookies::SESSION).is_none()
        && cookies::get(req.headers(), cookies::FLASH).is_none();
    if req.method() != Method::GET || !anonymous || !cacheable_path(req.uri().path()) {
        return next.run(req).await;
    }
    // One copy per language: the same path reads differently in each.
    let lang = super::locale::negotiate(req.headers(), None).code();
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or_default();
    let key = format!("{lang}:{path}");
    if let Some((headers, body)) = cache.get(&key) {
        return served(headers, body);
    }
    let generation = cache.generation();
    let resp = next.run(req).await;
    if !resp.headers().contains_key(CONTENT_TYPE) {
        return resp;
    }
    let content_type = |h: &HeaderMap| {
        let mut kept = HeaderMap::new();
        if let Some(v) = h.get(CONTENT_TYPE) {
            kept.insert(CONTENT_TYPE, v.clone());
        }
        kept
    };
    cache
        .keep(&cache.entries, key, generation, resp, content_type)
        .await
}

/// A served copy: its headers and the hit mark.
fn served(headers: HeaderMap, body: Bytes) -> Response {
    let mut resp = Response::new(Body::from(body));
    *resp.headers_mut() = headers;
    resp.headers_mut()
        .insert(HIT_HEADER, HeaderValue::from_static("hit"));
    resp
}

/// `body` whole when it is at most `limit` bytes long; else an equal body to pass on as it is,
/// what was read so far followed by the rest.
async fn whole(body: Body, limit: usize) -> Result<Bytes, Body> {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut read = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(c) if read.len() + c.len() <= limit => read.extend_from_slice(&c),
            next => {
                let head = futures_util::stream::iter([Ok(Bytes::from(read)), next]);
                return Err(Body::from_stream(head.chain(stream)));
            }
        }
    }
    Ok(Bytes::from(read))
}

/// Whether `path` is a signed-in page that grows with history: the order lists, a co-op's
/// statement, the committee's ledger and the pool, on the web and in the API.
fn private_path(path: &str) -> bool {
    let numeric = |rest: &str| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit());
    matches!(
        path,
        "/orders" | "/committee/ledger" | "/pool" | "/api/v1/orders" | "/api/v1/statement"
    ) || path
        .strip_prefix("/coops/")
        .and_then(|r| r.strip_suffix("/statement"))
        .is_some_and(numeric)
}

/// The key of a signed-in request (`None`: nobody is signed in): a SHA-256 of its path and
/// query and of every header its page may be made from, so that only the same session or token,
/// asking the same thing in the same words, is served the copy.
fn private_key(req: &Request) -> Option<String> {
    use sha2::{Digest, Sha256};
    let h = req.headers();
    if cookies::get(h, cookies::SESSION).is_none() && !h.contains_key(AUTHORIZATION) {
        return None;
    }
    let mut d = Sha256::new();
    let path = req.uri().path_and_query().map(|p| p.as_str());
    d.update(path.unwrap_or_default());
    // Neither a path nor a header value can hold a NUL: the fields cannot run into each other.
    for name in [HOST, AUTHORIZATION, ACCEPT_LANGUAGE, ACCEPT] {
        for v in h.get_all(&name) {
            d.update([0]);
            d.update(name.as_str());
            d.update([0]);
            d.update(v.as_bytes());
        }
    }
    // Cookies by name: a client may send the same cookies in another order (curl's cookie jar
    // does, each time it rewrites its file).
    let mut cookies: Vec<&[u8]> = h
        .get_all(COOKIE)
        .iter()
        .flat_map(|v| v.as_bytes().split(|b| *b == b';'))
        .map(<[u8]>::trim_ascii)
        .filter(|c| !c.is_empty())
        .collect();
    cookies.sort_unstable();
    for c in cookies {
        d.update([0, 1]);
        d.update(c);
    }
    Some(format!("{:x}", d.finalize()))
}

/// Serves a signed-in GET of a page that grows with history (`private_path`) from the cache
/// when the same request rendered it under the current generation less than `TTL` ago. Outside
/// the session and cookie layer, so a copy costs no statement at all.
pub async fn private_layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let asked =
        state.config.page_cache && req.method() == Method::GET && private_path(req.uri().path());
    let Some(key) = asked.then(|| private_key(&req)).flatten() else {
        return next.run(req).await;
    };
    let cache = state.pages.clone();
    if let Some((headers, body)) = cache.get_private(&key) {
        return served(headers, body);
    }
    let generation = cache.generation();
    let resp = next.run(req).await;
    let page = resp
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html") || t.starts_with("application/json"));
    if !page {
        return resp;
    }
    cache
        .keep(&cache.private, key, generation, resp, HeaderMap::clone)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_pages_are_cacheable() {
        for p in ["/catalog", "/pool", "/listings/12", "/coops/3"] {
            assert!(cacheable_path(p), "{p}");
        }
        for p in [
            "/",
            "/listings/x",
            "/coops/3/manage",
            "/coops/",
            "/cart",
            "/catalogs",
        ] {
            assert!(!cacheable_path(p), "{p}");
        }
    }

    #[test]
    fn only_the_pages_that_grow_with_history_are_kept_for_a_session() {
        for p in [
            "/orders",
            "/coops/3/statement",
            "/committee/ledger",
            "/pool",
            "/api/v1/orders",
            "/api/v1/statement",
        ] {
            assert!(private_path(p), "{p}");
        }
        for p in [
            "/orders/3",
            "/coops/x/statement",
            "/coops//statement",
            "/coops/3/statement/",
            "/notifications",
            "/api/v1/orders/3",
            "/committee/payouts",
        ] {
            assert!(!private_path(p), "{p}");
        }
    }

    #[test]
    fn a_signed_in_key_tells_sessions_tokens_and_languages_apart() {
        let key = |headers: &[(&str, &str)]| {
            let mut req = Request::builder().uri("/orders?side=selling");
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            private_key(&req.body(Body::empty()).unwrap())
        };
        assert_eq!(key(&[]), None, "nobody signed in");
        assert_eq!(key(&[("cookie", "csrf=abc")]), None, "nobody signed in");
        let a = key(&[("cookie", "sid=a; csrf=x")]).unwrap();
        assert_eq!(key(&[("cookie", "sid=a; csrf=x")]).unwrap(), a);
        for other in [
            key(&[("cookie", "sid=b; csrf=x")]),
            key(&[("cookie", "sid=a; csrf=y")]),
            key(&[("cookie", "sid=a; csrf=x"), ("accept-language", "it")]),
            key(&[("cookie", "sid=a; csrf=x"), ("host", "other.example")]),
            key(&[("cookie", "sid=a; csrf=x"), ("authorization", "Bearer t")]),
        ] {
            assert_ne!(other.unwrap(), a);
        }
        let reordered = key(&[("cookie", "csrf=x;sid=a")]).unwrap();
        assert_eq!(reordered, a, "the same cookies in another order");
        let t = key(&[("authorization", "Bearer ct_1")]).unwrap();
        assert_ne!(key(&[("authorization", "Bearer ct_2")]).unwrap(), t);
    }

    #[tokio::test]
    async fn a_body_too_long_to_keep_is_passed_on_whole() {
        let chunks = ["ab", "cd", "ef"].map(|c| Ok::<_, std::io::Error>(Bytes::from(c)));
        let long = Body::from_stream(futures_util::stream::iter(chunks));
        let Err(body) = whole(long, 3).await else {
            panic!("six bytes are more than three");
        };
        let all = axum::body::to_bytes(body, 100).await.unwrap();
        assert_eq!(all, "abcdef");
        let short = whole(Body::from("abc"), 3).await.ok().unwrap();
        assert_eq!(short, "abc");
    }

    #[test]
    fn a_bump_hides_every_entry_and_a_stale_render_is_not_kept() {
        let c = PageCache::default();
        let html = HeaderMap::new();
        c.put("/catalog".into(), 0, html.clone(), Bytes::from_static(b"a"));
        assert!(c.get("/catalog").is_some());
        c.bump();
        assert!(c.get("/catalog").is_none());
        // Rendered under generation 0, stored after the bump: never served.
        c.put("/catalog".into(), 0, html, Bytes::from_static(b"b"));
        assert!(c.get("/catalog").is_none());
    }

    #[test]
    fn past_its_ttl_one_request_renders_again_while_the_others_get_the_copy() {
        let c = PageCache::default();
        let html = HeaderMap::new();
        c.put(
            "/catalog".into(),
            0,
            html.clone(),
            Bytes::from_static(b"old"),
        );
        let age = |c: &PageCache, by: Duration| {
            let mut entries = c.entries.lock().unwrap();
            let e = entries.map.get_mut("/catalog").unwrap();
            e.stored = Instant::now().checked_sub(by).unwrap();
        };
        age(&c, TTL + Duration::from_millis(10));
        assert!(c.get("/catalog").is_none(), "the first asker renders it");
        assert_eq!(
            c.get("/catalog").unwrap().1,
            "old",
            "the others get the copy"
        );
        c.put("/catalog".into(), 0, html, Bytes::from_static(b"new"));
        assert_eq!(c.get("/catalog").unwrap().1, "new");
        // A render that never came back does not keep the copy alive for ever.
        age(&c, STALE_MAX);
        assert!(c.get("/catalog").is_none());
        assert!(c.get("/catalog").is_none());
        // And after a change nothing old is served, however fresh.
        c.bump();
        assert!(c.get("/catalog").is_none());
    }

    #[test]
    fn memory_stays_bounded() {
        let c = PageCache::default();
        let html = HeaderMap::new();
        for i in 0..MAX_ENTRIES * 2 {
            c.put(
                format!("/listings/{i}"),
                0,
                html.clone(),
                Bytes::from(vec![b'x'; 100]),
            );
        }
        let e = c.entries.lock().unwrap();
        assert!(e.map.len() <= MAX_ENTRIES);
        assert_eq!(e.bytes, e.map.len() * 100);
    }
}
