//! Headers every response carries (CSP, nosniff, Referrer-Policy, frame denial, HSTS on https)
//! and `Cache-Control: no-store` on every answer to a session or an API token.
use axum::extract::Request;
use axum::http::header::{
    AUTHORIZATION, CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, SET_COOKIE,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;

use super::cookies;

/// No inline script or style, nothing from elsewhere, never framed.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; connect-src 'self'; form-action 'self' https://connect.stripe.com; \
    frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The card pay page: Stripe.js and the frames and calls it makes, as Stripe documents.
pub const CARD_CSP: &str = "default-src 'self'; \
    script-src 'self' https://js.stripe.com https://*.js.stripe.com; style-src 'self'; \
    img-src 'self' data: https://*.stripe.com; connect-src 'self' https://api.stripe.com; \
    frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// Two years, as the HSTS preload list asks.
const HSTS: &str = "max-age=63072000; includeSubDomains";

/// Adds the security headers to every response of `router`; a handler that sets its own CSP
/// (the card page) keeps it.
pub fn headers<S: Clone + Send + Sync + 'static>(router: Router<S>, https: bool) -> Router<S> {
    let hsts = https.then(|| HeaderValue::from_static(HSTS));
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            STRICT_TRANSPORT_SECURITY,
            move |_: &Response| hsts.clone(),
        ))
}

/// Private answers are never stored by a browser or a proxy: anything asked with a session
/// cookie or an API token, and the answer that starts a session. The stylesheet and scripts
/// stay cacheable.
pub async fn no_store(req: Request, next: Next) -> Response {
    let private = !req.uri().path().starts_with("/static/")
        && (cookies::get(req.headers(), cookies::SESSION).is_some()
            || req.headers().contains_key(AUTHORIZATION));
    let mut resp = next.run(req).await;
    let starts_session = || {
        resp.headers()
            .get_all(SET_COOKIE)
            .iter()
            .any(|v| v.as_bytes().starts_with(b"sid="))
    };
    if private || starts_session() {
        resp.headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    resp
}
