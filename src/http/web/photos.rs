//! A listing's photos on the web: the seller's upload, moves and deletes, and the photo files
//! themselves, cached for a year (their URLs name their content).
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::invalid;
use crate::domain::photos::Move;
use crate::error::AppError;
use crate::http::extract::{check_csrf, CoopAdmin, CoopMember, CoopSeller, CsrfForm};
use crate::http::viewer::{redirect_with_flash, CsrfToken};
use crate::http::AppState;
use crate::photos::{gallery, is_hash, is_size, key, Format};

/// How long browsers and proxies may keep a file whose URL names its content: a year.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn back(coop_id: i32, listing_id: i32, message: &str) -> Response {
    redirect_with_flash(
        &format!("/coops/{coop_id}/listings/{listing_id}/edit#photos"),
        "success",
        message,
    )
}

pub async fn upload(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id)): Path<(String, String)>,
    axum::Extension(csrf): axum::Extension<CsrfToken>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let l = super::listings::owned(&state, &m, &listing_id).await?;
    let form = crate::http::uploads::read(multipart).await?;
    check_csrf(Some(&csrf), &form.csrf_token)?;
    let added = match form.uploads() {
        Ok(uploads) => gallery::add(&state.db, &state.photos, l.id, uploads).await,
        Err(e) => Err(e),
    };
    match invalid(added)? {
        Ok(added) => Ok(back(
            m.coop.id,
            l.id,
            &m.signed_in.viewer.tr.t_args(
                "photos-flash-added",
                &[(
                    "count",
                    i64::try_from(added.len()).unwrap_or(i64::MAX).into(),
                )],
            ),
        )),
        Err(errs) => {
            let errs = errs.said(&m.signed_in.viewer.tr);
            let page = super::listings::edit_form(&state, &m, &l, &errs).await?;
            Ok(super::unprocessable(page))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct MoveQuery {
    #[serde(default)]
    to: String,
}

pub async fn move_photo(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id, photo_id)): Path<(String, String, String)>,
    Query(q): Query<MoveQuery>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let to = Move::parse(&q.to).map_err(AppError::BadRequest)?;
    let l = super::listings::owned(&state, &m, &listing_id).await?;
    let photo_id = photo_id.parse().map_err(|_| AppError::not_found("photo"))?;
    gallery::move_photo(&state.db, l.id, photo_id, to).await?;
    let message = m.signed_in.viewer.tr.t(if to == Move::Cover {
        "photos-flash-cover"
    } else {
        "photos-flash-moved"
    });
    Ok(back(m.coop.id, l.id, &message))
}

pub async fn delete(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    Path((_, listing_id, photo_id)): Path<(String, String, String)>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let l = super::listings::owned(&state, &m, &listing_id).await?;
    let photo_id = photo_id.parse().map_err(|_| AppError::not_found("photo"))?;
    gallery::remove(&state.db, &state.photos, l.id, photo_id).await?;
    let message = m.signed_in.viewer.tr.t("photos-flash-deleted");
    Ok(back(m.coop.id, l.id, &message))
}

/// Whether the request's `If-None-Match` names `etag`.
pub fn not_modified(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// A file whose URL names its content: long cache, an ETag, 304 when the browser has it.
pub fn immutable(
    headers: &HeaderMap,
    etag: &str,
    content_type: &'static str,
    body: impl IntoResponse,
) -> Response {
    let etag = HeaderValue::from_str(etag).unwrap_or(HeaderValue::from_static("\"\""));
    let cache = HeaderValue::from_static(IMMUTABLE);
    if not_modified(headers, etag.to_str().unwrap_or_default()) {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag), (header::CACHE_CONTROL, cache)],
        )
            .into_response();
    }
    let kind = HeaderValue::from_static(content_type);
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::ETAG, etag),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

/// `/photos/{hash}/{size}.{webp|jpg}`.
pub async fn serve(
    State(state): State<AppState>,
    Path((hash, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let missing = || AppError::not_found("photo");
    let (size, ext) = file.split_once('.').ok_or_else(missing)?;
    let size: u32 = size.parse().map_err(|_| missing())?;
    let format = Format::from_extension(ext).ok_or_else(missing)?;
    if !is_hash(&hash) || !is_size(size) {
        return Err(missing());
    }
    let etag = format!("\"{hash}-{size}-{ext}\"");
    if not_modified(&headers, &etag) {
        return Ok(immutable(&headers, &etag, format.content_type(), ()));
    }
    let bytes = state
        .photos
        .get(&key(&hash, size, format))
        .await?
        .ok_or_else(missing)?;
    Ok(immutable(&headers, &etag, format.content_type(), bytes))
}

/// The logo part of a co-op's manage page.
pub(super) async fn logo_section(
    state: &AppState,
    m: &CoopMember,
    error: Option<&str>,
) -> Result<maud::Markup, AppError> {
    let current = crate::store::photos::logo_of(&state.db, m.coop.id).await?;
    let view = current.map(|l| crate::http::views::logo_view(&l, &m.coop.name));
    let layout = m.signed_in.viewer.layout();
    Ok(templates::photos::logo_section(
        &templates::photos::LogoSection {
            tr: &layout.tr,
            coop_id: m.coop.id,
            csrf: &layout.csrf,
            current: view.as_ref(),
            can_change: m.role == crate::domain::coop::CoopRole::Admin,
            error,
        },
    ))
}

fn to_manage(coop_id: i32, message: &str) -> Response {
    redirect_with_flash(&format!("/coops/{coop_id}/manage#logo"), "success", message)
}

/// An admin uploads the co-op's logo (multipart: `logo`, `csrf_token`).
pub async fn upload_logo(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    axum::Extension(csrf): axum::Extension<CsrfToken>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let (token, name, bytes) = crate::http::uploads::read_logo(multipart).await?;
    check_csrf(Some(&csrf), &token)?;
    let set = crate::photos::logo::set(&state.db, &state.photos, m.coop.id, &name, bytes).await;
    match invalid(set)? {
        Ok(_) => Ok(to_manage(
            m.coop.id,
            &m.signed_in.viewer.tr.t("photos-flash-logo-saved"),
        )),
        Err(errs) => {
            let errs = errs.said(&m.signed_in.viewer.tr);
            let message = errs
                .0
                .first()
                .map(|(_, e)| e.to_string())
                .unwrap_or_default();
            let page = super::coops::with_logo_error(&state, &m, &message).await?;
            Ok(super::unprocessable(page))
        }
    }
}

pub async fn delete_logo(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    crate::photos::logo::remove(&state.db, &state.photos, m.coop.id).await?;
    Ok(to_manage(
        m.coop.id,
        &m.signed_in.viewer.tr.t("photos-flash-logo-removed"),
    ))
}
