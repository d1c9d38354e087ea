//! `/listings/{id}/photos`: a listing's photos; its co-op uploads, reorders and deletes them.
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::Json;
use entity::listing_photo;

use super::listings::{own, visible};
use crate::error::{AppError, Msg};
use crate::http::error::ApiError;
use crate::http::extract::{ApiCoop, ApiJson};
use crate::http::views::photo_view;
use crate::http::AppState;
use crate::photos::gallery;
use crate::store;

/// A photo of a listing; `sizes` are its stored sizes, smallest first.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PhotoJson {
    pub id: i32,
    pub alt: String,
    /// 0 is the cover.
    pub position: i32,
    pub cover: bool,
    /// The photo's size upright, before resizing.
    pub width: i32,
    pub height: i32,
    pub sizes: Vec<PhotoSizeJson>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct PhotoSizeJson {
    pub width: u32,
    pub height: u32,
    /// Absolute URL of the WebP file.
    pub webp: String,
    /// Absolute URL of the JPEG file.
    pub jpeg: String,
}

/// The multipart body of an upload.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct PhotoUpload {
    /// One or more files, JPEG, PNG or WebP, each at most 15 MB and 50 megapixels.
    #[schema(value_type = Vec<String>, format = Binary, min_items = 1)]
    photos: Vec<Vec<u8>>,
    /// Alt text (required): one for all photos, or one per photo in the same order.
    #[schema(min_items = 1)]
    alt: Vec<String>,
}

/// The new order of a listing's photos: every photo id once, the cover first.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PhotoOrder {
    #[serde(deserialize_with = "super::whole_number::vec_i32")]
    pub photo_ids: Vec<i32>,
}

fn json(state: &AppState, photos: &[listing_photo::Model]) -> Vec<PhotoJson> {
    photos
        .iter()
        .map(|p| PhotoJson {
            id: p.id,
            alt: p.alt.clone(),
            position: p.position,
            cover: p.position == 0,
            width: p.width,
            height: p.height,
            sizes: photo_view(p)
                .sources
                .into_iter()
                .map(|s| PhotoSizeJson {
                    width: s.width,
                    height: s.height,
                    webp: state.config.url(&s.webp),
                    jpeg: state.config.url(&s.jpeg),
                })
                .collect(),
        })
        .collect()
}

/// The listing's photos, the cover first.
#[utoipa::path(get, path = "/api/v1/listings/{id}/photos", params(("id" = i32, Path)), responses(
    (status = 200, body = Vec<PhotoJson>), (status = 404, body = super::ErrorBody)
))]
pub async fn list(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<Vec<PhotoJson>>, ApiError> {
    let (l, _) = visible(&state, &auth, &id).await?;
    let photos = store::photos::of_listing(&state.db, l.id).await?;
    Ok(Json(json(&state, &photos)))
}

/// Adds photos to one of the token's co-op's listings (at most 8 in all); all or none.
#[utoipa::path(post, path = "/api/v1/listings/{id}/photos", params(("id" = i32, Path)),
    request_body(content = PhotoUpload, content_type = "multipart/form-data"),
    responses(
        (status = 201, body = Vec<PhotoJson>, description = "all the listing's photos"),
        (status = 400, body = super::ErrorBody, description = "not a readable multipart body"),
        (status = 403, body = super::ErrorBody, description = "another co-op's listing"),
        (status = 413, body = super::ErrorBody),
        (status = 422, body = super::ErrorBody, description = "not an image, truncated, a polyglot, over a limit, a 9th photo, or no alt text")
))]
pub async fn upload(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Vec<PhotoJson>>), ApiError> {
    let l = own(&state, &auth, &id).await?;
    let multipart = multipart.map_err(|e| {
        AppError::UnsupportedMediaType(
            Msg::code("api-photos-multipart").arg("detail", e.body_text()),
        )
    })?;
    let uploads = crate::http::uploads::read(multipart).await?.uploads()?;
    gallery::add(&state.db, &state.photos, l.id, uploads).await?;
    let photos = store::photos::of_listing(&state.db, l.id).await?;
    Ok((StatusCode::CREATED, Json(json(&state, &photos))))
}

/// Puts the listing's photos in a new order; the first is the cover.
#[utoipa::path(put, path = "/api/v1/listings/{id}/photos/order", params(("id" = i32, Path)),
    request_body = PhotoOrder,
    responses((status = 200, body = Vec<PhotoJson>), (status = 409, body = super::ErrorBody, description = "not every photo of the listing once"), (status = 422, body = super::ErrorBody))
)]
pub async fn reorder(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
    ApiJson(order): ApiJson<PhotoOrder>,
) -> Result<Json<Vec<PhotoJson>>, ApiError> {
    let l = own(&state, &auth, &id).await?;
    let photos = gallery::reorder(&state.db, l.id, &order.photo_ids).await?;
    Ok(Json(json(&state, &photos)))
}

/// Removes one photo; its files go once no listing uses them.
#[utoipa::path(delete, path = "/api/v1/listings/{id}/photos/{photo_id}",
    params(("id" = i32, Path), ("photo_id" = i32, Path)),
    responses((status = 204), (status = 404, body = super::ErrorBody))
)]
pub async fn delete(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path((id, photo_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let l = own(&state, &auth, &id).await?;
    let photo_id: i32 = photo_id.parse().map_err(|_| AppError::not_found("photo"))?;
    gallery::remove(&state.db, &state.photos, l.id, photo_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
