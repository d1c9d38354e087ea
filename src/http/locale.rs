//! Which language a request is answered in, negotiated once: the member's saved choice, else the
//! browser's `lang` cookie (the switch on every page), else `Accept-Language`, else English.
use std::convert::Infallible;

use axum::extract::{FromRequestParts, State};
use axum::http::header::{ACCEPT_LANGUAGE, REFERER, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::response::Response;
use i18n::{Lang, Tr};

use super::cookies;
use super::extract::CsrfForm;
use super::viewer::{redirect_with_flash, Viewer};
use super::AppState;
use crate::error::{AppError, Msg};
use crate::store;

/// The browser's explicit choice of language, kept a year.
pub const LANG_COOKIE: &str = "lang";
const LANG_MAX_AGE: i64 = 365 * 24 * 3600;

/// The language for these headers, with the member's saved choice (if any) first.
pub fn negotiate(headers: &HeaderMap, account: Option<&str>) -> Lang {
    let cookie = cookies::get(headers, LANG_COOKIE);
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    Lang::negotiate(&[account, cookie.as_deref()], accept)
}

/// The language a visitor's page spoke when it came from them (their switch's cookie, else their
/// `Accept-Language`), not from the fallback: what a new account keeps.
pub fn spoken(headers: &HeaderMap) -> Option<Lang> {
    let cookie = cookies::get(headers, LANG_COOKIE);
    let chosen = cookie.as_deref().and_then(Lang::from_code);
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    chosen.or_else(|| accept.map(Lang::from_accept_language))
}

/// The member's zone: the IANA name on the account (`Africa/Lome`), else the default of the
/// country of their first co-op, else UTC.
pub fn zone(name: Option<&str>, coop_countries: &[&str]) -> i18n::chrono_tz::Tz {
    name.and_then(|n| n.parse().ok())
        .unwrap_or_else(|| default_zone(coop_countries).0)
}

/// The zone of a member who chose none, and the co-op country it comes from: their first
/// co-op whose country the tz database knows; UTC without one.
pub fn default_zone<'a>(coop_countries: &[&'a str]) -> (i18n::chrono_tz::Tz, Option<&'a str>) {
    coop_countries
        .iter()
        .find_map(|c| i18n::zone_of_country(c).map(|z| (z, Some(*c))))
        .unwrap_or((i18n::chrono_tz::UTC, None))
}

/// The `Tr` of a request that needs no viewer (a form's numbers): cookie, header, English.
pub struct Locale(pub Tr);

impl<S: Send + Sync> FromRequestParts<S> for Locale {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Locale(Tr::new(
            negotiate(&parts.headers, None),
            i18n::chrono_tz::UTC,
        )))
    }
}

/// A `Set-Cookie` that remembers `lang` in this browser.
pub fn lang_cookie(lang: Lang, secure: bool) -> String {
    cookies::set(LANG_COOKIE, lang.code(), Some(LANG_MAX_AGE), secure)
}

#[derive(serde::Deserialize)]
pub struct LocaleForm {
    #[serde(default)]
    locale: String,
}

/// The switch: remembers the language in the browser, and on the account of a member, then
/// goes back to the page it was used on.
pub async fn switch(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<LocaleForm>,
) -> Result<Response, AppError> {
    let lang = Lang::from_code(&form.locale).ok_or_else(|| {
        let m = Msg::code("error-no-such-language").arg("value", form.locale.as_str());
        AppError::BadRequest(m)
    })?;
    if let Some(user) = &viewer.user {
        store::locale::set_locale(&state.db, user.id, lang.code()).await?;
    }
    let tr = Tr::new(lang, viewer.tr.zone);
    let mut resp = redirect_with_flash(&back_to(&headers), "info", &tr.t("language-changed"));
    if let Ok(v) = lang_cookie(lang, state.config.secure_cookies()).parse() {
        resp.headers_mut().append(SET_COOKIE, v);
    }
    Ok(resp)
}

/// The path of the page the switch was used on (never another site), else the start page.
fn back_to(headers: &HeaderMap) -> String {
    let referer = headers.get(REFERER).and_then(|v| v.to_str().ok());
    let path = referer
        .and_then(|r| url::Url::parse(r).ok())
        .map(|u| match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_owned(),
        });
    path.filter(|p| p.starts_with('/') && !p.starts_with("//") && p != "/locale")
        .unwrap_or_else(|| "/".to_owned())
}
