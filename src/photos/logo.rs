//! A co-op's logo: processed like a photo into small square-ish sizes, one per co-op.
use std::sync::Arc;

use bytes::Bytes;
use entity::coop_logo;
use sea_orm::DatabaseConnection;

use super::gallery::{forget_unused, on_blocking_pool};
use super::{process_sizes, PhotoStore, LOGO_SIZES};
use crate::db::begin_write;
use crate::error::{AppError, FieldErrors, Msg};
use crate::store;

/// Checks and processes the upload, stores its files and makes it the co-op's logo; the old
/// logo's files go once nothing uses them.
pub async fn set(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    coop_id: i32,
    file_name: &str,
    bytes: Bytes,
) -> Result<coop_logo::Model, AppError> {
    if bytes.is_empty() {
        return Err(FieldErrors::single(
            "logo",
            Msg::code("photos-error-no-logo"),
        ));
    }
    let processed = on_blocking_pool(move || process_sizes(&bytes, &LOGO_SIZES))
        .await?
        .map_err(|e| FieldErrors::single("logo", e.msg(file_name)))?;
    for (key, file) in &processed.files {
        photos.put(key, Bytes::from(file.clone())).await?;
    }
    let result = async {
        let tx = begin_write(db).await?;
        let (w, h) = (processed.width, processed.height);
        let old = store::photos::set_logo(&tx, coop_id, &processed.hash, w, h).await?;
        let logo = store::photos::logo_of(&tx, coop_id).await?;
        tx.commit().await?;
        Ok::<_, AppError>((old, logo))
    }
    .await;
    match result {
        Ok((old, Some(logo))) => {
            forget_unused(db, photos, &old.into_iter().collect::<Vec<_>>()).await;
            Ok(logo)
        }
        Ok((_, None)) => Err(AppError::Internal("the logo was not saved".into())),
        Err(e) => {
            forget_unused(db, photos, &[processed.hash]).await;
            Err(e)
        }
    }
}

/// Removes the co-op's logo, and its files once nothing uses them.
pub async fn remove(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    coop_id: i32,
) -> Result<(), AppError> {
    let tx = begin_write(db).await?;
    let old = store::photos::remove_logo(&tx, coop_id).await?;
    tx.commit().await?;
    forget_unused(db, photos, &old.into_iter().collect::<Vec<_>>()).await;
    Ok(())
}
