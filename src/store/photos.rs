//! A listing's photos in the database: which processed photo (by hash) is where in its order.
use std::collections::HashMap;

use entity::{coop_logo, listing_photo};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set, Statement,
};

use crate::domain::photos::AltText;
use crate::error::{AppError, FieldErrors, Msg};
use crate::photos::MAX_PER_LISTING;

/// A processed photo to put on a listing.
pub struct NewPhoto {
    pub hash: String,
    pub alt: AltText,
    pub width: u32,
    pub height: u32,
}

/// The listing's photos, the cover first.
pub async fn of_listing(
    db: &impl ConnectionTrait,
    listing_id: i32,
) -> Result<Vec<listing_photo::Model>, AppError> {
    Ok(listing_photo::Entity::find()
        .filter(listing_photo::Column::ListingId.eq(listing_id))
        .order_by_asc(listing_photo::Column::Position)
        .order_by_asc(listing_photo::Column::Id)
        .all(db)
        .await?)
}

/// The cover of each of these listings that has one.
pub async fn covers(
    db: &impl ConnectionTrait,
    listing_ids: &[i32],
) -> Result<HashMap<i32, listing_photo::Model>, AppError> {
    if listing_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = listing_photo::Entity::find()
        .filter(listing_photo::Column::ListingId.is_in(listing_ids.iter().copied()))
        .filter(listing_photo::Column::Position.eq(0))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|p| (p.listing_id, p)).collect())
}

/// Holds the listing's row until the transaction ends, so two uploads at once cannot both see
/// room for their photos (SQLite's IMMEDIATE transaction already serialises writers).
async fn lock_listing(db: &impl ConnectionTrait, listing_id: i32) -> Result<(), AppError> {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        db.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT id FROM listings WHERE id = $1 FOR UPDATE",
            [listing_id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// The 422 for more photos than a listing may have.
pub fn too_many(existing: usize) -> AppError {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    FieldErrors::single(
        "photos",
        Msg::code("listings-error-photos-many")
            .num("max", count(MAX_PER_LISTING))
            .num("existing", count(existing))
            .num("left", count(MAX_PER_LISTING.saturating_sub(existing))),
    )
}

/// Puts the photos after the listing's others, within the limit; call inside a transaction.
pub async fn add(
    db: &impl ConnectionTrait,
    listing_id: i32,
    photos: &[NewPhoto],
) -> Result<Vec<listing_photo::Model>, AppError> {
    lock_listing(db, listing_id).await?;
    let existing = of_listing(db, listing_id).await?;
    if existing.len() + photos.len() > MAX_PER_LISTING {
        return Err(too_many(existing.len()));
    }
    let mut added = Vec::with_capacity(photos.len());
    for (i, p) in photos.iter().enumerate() {
        let seen = existing.iter().any(|e| e.hash == p.hash)
            || photos[..i].iter().any(|q| q.hash == p.hash);
        if seen {
            return Err(FieldErrors::single(
                "photos",
                Msg::code("listings-error-photo-twice").arg("photo", (i + 1).to_string()),
            ));
        }
        let row = listing_photo::ActiveModel {
            listing_id: Set(listing_id),
            hash: Set(p.hash.clone()),
            alt: Set(p.alt.as_str().to_owned()),
            position: Set((existing.len() + i) as i32),
            width: Set(p.width as i32),
            height: Set(p.height as i32),
            created_at: Set(super::now()),
            ..Default::default()
        };
        added.push(row.insert(db).await?);
    }
    Ok(added)
}

/// Writes the photos' positions in the order given (ids of the listing's photos).
pub async fn set_order(
    db: &impl ConnectionTrait,
    listing_id: i32,
    order: &[i32],
) -> Result<(), AppError> {
    for (position, id) in order.iter().enumerate() {
        listing_photo::Entity::update_many()
            .col_expr(listing_photo::Column::Position, (position as i32).into())
            .filter(listing_photo::Column::Id.eq(*id))
            .filter(listing_photo::Column::ListingId.eq(listing_id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Removes one photo from the listing and closes the gap; returns its hash.
pub async fn remove(
    db: &impl ConnectionTrait,
    listing_id: i32,
    photo_id: i32,
) -> Result<String, AppError> {
    lock_listing(db, listing_id).await?;
    let photos = of_listing(db, listing_id).await?;
    let photo = photos
        .iter()
        .find(|p| p.id == photo_id)
        .ok_or_else(|| AppError::not_found("photo"))?;
    listing_photo::Entity::delete_by_id(photo.id)
        .exec(db)
        .await?;
    let rest: Vec<i32> = photos
        .iter()
        .filter(|p| p.id != photo_id)
        .map(|p| p.id)
        .collect();
    set_order(db, listing_id, &rest).await?;
    Ok(photo.hash.clone())
}

/// Of these hashes, those no listing and no co-op logo uses any more (their files can go).
pub async fn unused(db: &impl ConnectionTrait, hashes: &[String]) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for h in hashes {
        let n = listing_photo::Entity::find()
            .filter(listing_photo::Column::Hash.eq(h.as_str()))
            .count(db)
            .await?
            + coop_logo::Entity::find()
                .filter(coop_logo::Column::Hash.eq(h.as_str()))
                .count(db)
                .await?;
        if n == 0 && !out.contains(h) {
            out.push(h.clone());
        }
    }
    Ok(out)
}

/// The co-op's logo, if it has one.
pub async fn logo_of(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Option<coop_logo::Model>, AppError> {
    Ok(coop_logo::Entity::find_by_id(coop_id).one(db).await?)
}

/// The logos of these co-ops that have one.
pub async fn logos_of(
    db: &impl ConnectionTrait,
    coop_ids: &[i32],
) -> Result<HashMap<i32, coop_logo::Model>, AppError> {
    if coop_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = coop_logo::Entity::find()
        .filter(coop_logo::Column::CoopId.is_in(coop_ids.iter().copied()))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|l| (l.coop_id, l)).collect())
}

/// Holds the co-op's row until the transaction ends, so two logo uploads at once replace one
/// another instead of both inserting (SQLite's IMMEDIATE transaction already serialises them).
async fn lock_coop(db: &impl ConnectionTrait, coop_id: i32) -> Result<(), AppError> {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        db.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT id FROM coops WHERE id = $1 FOR UPDATE",
            [coop_id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Sets the co-op's logo; returns the hash of the one it replaces. Call inside a transaction.
pub async fn set_logo(
    db: &impl ConnectionTrait,
    coop_id: i32,
    hash: &str,
    width: u32,
    height: u32,
) -> Result<Option<String>, AppError> {
    let old = remove_logo(db, coop_id).await?;
    coop_logo::ActiveModel {
        coop_id: Set(coop_id),
        hash: Set(hash.to_owned()),
        width: Set(width as i32),
        height: Set(height as i32),
        updated_at: Set(super::now()),
    }
    .insert(db)
    .await?;
    Ok(old.filter(|h| h != hash))
}

/// Removes the co-op's logo; returns its hash, if it had one. Call inside a transaction.
pub async fn remove_logo(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Option<String>, AppError> {
    lock_coop(db, coop_id).await?;
    let Some(old) = logo_of(db, coop_id).await? else {
        return Ok(None);
    };
    coop_logo::Entity::delete_by_id(coop_id).exec(db).await?;
    Ok(Some(old.hash))
}
