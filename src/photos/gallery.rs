//! The use cases that change a listing's photos: each checks, writes the files and the rows, and
//! removes files once no listing uses them.
use std::sync::Arc;

use bytes::Bytes;
use entity::listing_photo;
use sea_orm::DatabaseConnection;
use tokio::sync::Semaphore;

use super::{keys, process, PhotoStore, Processed};
use crate::db::begin_write;
use crate::domain::photos::{check_order, moved, AltText, Move};
use crate::error::{AppError, FieldErrors, Msg};
use crate::store;
use crate::store::photos::NewPhoto;

/// An uploaded file with its alt text.
pub struct Upload {
    pub file_name: String,
    pub bytes: Bytes,
    pub alt: String,
}

/// Photos processed at once, across requests: each holds a decoded photo (up to 200 MB) and a
/// core, so more would only queue for the CPU while holding memory.
static PROCESSING: Semaphore = Semaphore::const_new(2);

/// Checks and processes the uploads (all or none), stores their files and puts them after the
/// listing's other photos.
pub async fn add(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    listing_id: i32,
    uploads: Vec<Upload>,
) -> Result<Vec<listing_photo::Model>, AppError> {
    if uploads.is_empty() {
        return Err(FieldErrors::single(
            "photos",
            Msg::code("photos-error-none"),
        ));
    }
    let existing = store::photos::of_listing(db, listing_id).await?.len();
    if existing + uploads.len() > super::MAX_PER_LISTING {
        return Err(store::photos::too_many(existing));
    }
    let mut alts = Vec::with_capacity(uploads.len());
    for u in &uploads {
        alts.push(AltText::parse(&u.alt).map_err(|m| FieldErrors::single("alt", m))?);
    }
    let mut processed = Vec::with_capacity(uploads.len());
    for u in uploads {
        let p = process_one(u.bytes)
            .await?
            .map_err(|e| FieldErrors::single("photos", e.msg(&u.file_name)))?;
        processed.push(p);
    }
    for p in &processed {
        for (key, file) in &p.files {
            photos.put(key, Bytes::from(file.clone())).await?;
        }
    }
    let new: Vec<NewPhoto> = processed
        .iter()
        .zip(alts)
        .map(|(p, alt)| NewPhoto {
            hash: p.hash.clone(),
            alt,
            width: p.width,
            height: p.height,
        })
        .collect();
    let result = async {
        let tx = begin_write(db).await?;
        let rows = store::photos::add(&tx, listing_id, &new).await?;
        tx.commit().await?;
        Ok::<_, AppError>(rows)
    }
    .await;
    if result.is_err() {
        let hashes: Vec<String> = new.iter().map(|n| n.hash.clone()).collect();
        forget_unused(db, photos, &hashes).await;
    }
    result
}

/// Processes one upload on the blocking pool, never on the async workers.
async fn process_one(bytes: Bytes) -> Result<Result<Processed, super::PhotoError>, AppError> {
    on_blocking_pool(move || process(&bytes)).await
}

/// Runs photo work on the blocking pool, at most `PROCESSING` at a time across requests.
pub(crate) async fn on_blocking_pool<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _permit = PROCESSING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(format!("photo processing stopped: {e}")))
}

/// Removes one photo from the listing, and its files when no listing uses it any more.
pub async fn remove(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    listing_id: i32,
    photo_id: i32,
) -> Result<(), AppError> {
    let tx = begin_write(db).await?;
    let hash = store::photos::remove(&tx, listing_id, photo_id).await?;
    tx.commit().await?;
    forget_unused(db, photos, &[hash]).await;
    Ok(())
}

/// Moves one photo (up, down, or to the front as the cover).
pub async fn move_photo(
    db: &DatabaseConnection,
    listing_id: i32,
    photo_id: i32,
    m: Move,
) -> Result<(), AppError> {
    let tx = begin_write(db).await?;
    let order: Vec<i32> = store::photos::of_listing(&tx, listing_id)
        .await?
        .iter()
        .map(|p| p.id)
        .collect();
    let next = moved(&order, photo_id, m).ok_or_else(|| AppError::not_found("photo"))?;
    store::photos::set_order(&tx, listing_id, &next).await?;
    tx.commit().await?;
    Ok(())
}

/// Puts the listing's photos in the order given, the cover first.
pub async fn reorder(
    db: &DatabaseConnection,
    listing_id: i32,
    wanted: &[i32],
) -> Result<Vec<listing_photo::Model>, AppError> {
    let tx = begin_write(db).await?;
    let order: Vec<i32> = store::photos::of_listing(&tx, listing_id)
        .await?
        .iter()
        .map(|p| p.id)
        .collect();
    // Naming other photos than the listing has is a conflict with its state, not a malformed body.
    check_order(&order, wanted).map_err(AppError::Conflict)?;
    store::photos::set_order(&tx, listing_id, wanted).await?;
    let rows = store::photos::of_listing(&tx, listing_id).await?;
    tx.commit().await?;
    Ok(rows)
}

/// Deletes the files of those photos that no listing uses any more. A failure leaves files
/// behind (logged), never a listing without its files.
pub async fn forget_unused(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    hashes: &[String],
) {
    let unused = match store::photos::unused(db, hashes).await {
        Ok(u) => u,
        Err(e) => {
            tracing::warn!(error = %e, "could not check which photos are unused");
            return;
        }
    };
    for hash in unused {
        for key in keys(&hash) {
            if let Err(e) = photos.delete(&key).await {
                tracing::warn!(error = %e, key, "could not delete a photo file");
            }
        }
    }
}
