//! Who is looking: the CSRF cookie, one-shot flash messages, and the signed-in user with
//! their co-ops and committee seat.
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use entity::{coop, user};

use super::cookies;
use super::AppState;
use crate::auth;
use crate::domain::coop::CoopRole;
use crate::error::AppError;
use crate::store;

/// The CSRF token of this browser (double-submit cookie).
#[derive(Clone)]
pub struct CsrfToken(pub String);

/// A one-shot message carried over a redirect.
#[derive(Clone)]
pub struct Flash(pub Option<(String, String)>);

/// Gives every browser a CSRF cookie and consumes the flash cookie once shown. The API's
/// clients sign in with a bearer token and post no forms: its answers set no CSRF cookie.
pub async fn web_cookies(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let rotated = rotate_if_due(&state, &mut req).await;
    let existing =
        cookies::get(req.headers(), cookies::CSRF).filter(|t| t.len() == 64 && rotated.is_none());
    let csrf = existing.clone().unwrap_or_else(auth::random_token);
    let flash = cookies::get(req.headers(), cookies::FLASH).and_then(|raw| decode_flash(&raw));
    let had_flash = flash.is_some();
    req.extensions_mut().insert(CsrfToken(csrf.clone()));
    req.extensions_mut().insert(Flash(flash));
    let mut resp = next.run(req).await;
    let secure = state.config.secure_cookies();
    let sets = |name: &[u8]| {
        resp.headers()
            .get_all(SET_COOKIE)
            .iter()
            .any(|v| v.as_bytes().starts_with(name))
    };
    let (sets_flash, sets_csrf, sets_sid) = (sets(b"flash="), sets(b"csrf="), sets(b"sid="));
    let mut add = |c: String| {
        if let Ok(v) = HeaderValue::from_str(&c) {
            resp.headers_mut().append(SET_COOKIE, v);
        }
    };
    if existing.is_none() && !sets_csrf && !api {
        add(cookies::set(cookies::CSRF, &csrf, None, secure));
    }
    if let Some(token) = rotated.filter(|_| !sets_sid) {
        let max_age = i64::try_from(state.config.security.session_max_age.as_secs()).unwrap_or(0);
        add(cookies::set(
            cookies::SESSION,
            &token,
            Some(max_age),
            secure,
        ));
    }
    if had_flash && !sets_flash {
        add(cookies::clear(cookies::FLASH));
    }
    if secure {
        cookies::make_secure(resp.headers_mut());
    }
    resp
}

/// The session's user as read at the start of this request (`None`: no live session).
#[derive(Clone)]
struct Session(Option<store::sessions::SessionUser>);

/// A page (GET or HEAD) reads its viewer here, once; one asked for under a session that
/// predates a privilege change made by someone else goes on under a new session, whose token it
/// returns; the caller gives the browser that session and a new CSRF token. Forms in flight
/// keep the old token until then.
async fn rotate_if_due(state: &AppState, req: &mut Request) -> Option<String> {
    if !matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    ) {
        return None;
    }
    let old = cookies::get(req.headers(), cookies::SESSION)?;
    let life = store::sessions::Lifetimes::of(&state.config.security);
    // A failed read leaves the viewer to the extractor, which reports it.
    let found = store::sessions::resolve(&state.db, &old, life, true)
        .await
        .ok()?;
    req.extensions_mut().insert(Session(found.who));
    let fresh = found.rotated?;
    // The handler reads the session from the request's cookies: it sees the new one.
    let cookie = req
        .headers()
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|c| !c.is_empty() && !c.starts_with(&format!("{}=", cookies::SESSION)))
        .chain(std::iter::once(
            format!("{}={fresh}", cookies::SESSION).as_str(),
        ))
        .collect::<Vec<_>>()
        .join("; ");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        req.headers_mut().remove(axum::http::header::COOKIE);
        req.headers_mut().insert(axum::http::header::COOKIE, v);
    }
    Some(fresh)
}

fn decode_flash(raw: &str) -> Option<(String, String)> {
    let decoded: Vec<(String, String)> = serde_urlencoded::from_str(raw).ok()?;
    let kind = decoded.iter().find(|(k, _)| k == "k")?.1.clone();
    let msg = decoded.iter().find(|(k, _)| k == "m")?.1.clone();
    matches!(kind.as_str(), "success" | "error" | "info").then_some((kind, msg))
}

/// A redirect that shows `message` on the next page.
pub fn redirect_with_flash(to: &str, kind: &str, message: &str) -> Response {
    let value = serde_urlencoded::to_string([("k", kind), ("m", message)]).unwrap_or_default();
    let mut resp = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookies::set(cookies::FLASH, &value, Some(60), false)) {
        resp.headers_mut().append(SET_COOKIE, v);
    }
    resp
}

/// The person looking at a page, signed in or not.
#[derive(Clone)]
pub struct Viewer {
    pub user: Option<user::Model>,
    pub coops: Vec<(coop::Model, CoopRole)>,
    pub committee: bool,
    pub csrf: String,
    pub flash: Option<(String, String)>,
    /// Unread notifications, for the header.
    pub unread: u64,
    /// The language and time zone this request is answered in (`http::locale`).
    pub tr: i18n::Tr,
}

impl Viewer {
    /// The layout's view of this viewer.
    pub fn layout(&self) -> templates::Layout {
        templates::Layout {
            user_name: self.user.as_ref().map(|u| u.name.clone()),
            coops: self
                .coops
                .iter()
                .map(|(c, _)| (c.id, c.name.clone()))
                .collect(),
            committee: self.committee,
            csrf: self.csrf.clone(),
            flash: self.flash.clone(),
            unread: self.unread,
            tr: self.tr,
        }
    }

    pub fn role_in(&self, coop_id: i32) -> Option<CoopRole> {
        self.coops
            .iter()
            .find(|(c, _)| c.id == coop_id)
            .map(|(_, r)| *r)
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let flash = parts.extensions.get::<Flash>().and_then(|f| f.0.clone());
        let who = match parts.extensions.get::<Session>() {
            Some(Session(who)) => who.clone(),
            None => match cookies::get(&parts.headers, cookies::SESSION) {
                Some(token) => {
                    let life = store::sessions::Lifetimes::of(&state.config.security);
                    store::sessions::resolve(&state.db, &token, life, false)
                        .await?
                        .who
                }
                None => None,
            },
        };
        let (user, coops, committee, unread) = match who {
            Some(w) => (Some(w.user), w.coops, w.committee, w.unread),
            None => (None, Vec::new(), false, 0),
        };
        let account = user.as_ref().and_then(|u| u.locale.as_deref());
        let lang = super::locale::negotiate(&parts.headers, account);
        let countries: Vec<&str> = coops.iter().map(|(c, _)| c.country.as_str()).collect();
        let zone = super::locale::zone(
            user.as_ref().and_then(|u| u.time_zone.as_deref()),
            &countries,
        );
        Ok(Viewer {
            tr: i18n::Tr::new(lang, zone),
            user,
            coops,
            committee,
            csrf,
            flash,
            unread,
        })
    }
}
