//! The listings import from a ZIP: the CSV's rows and the photos they name, all or nothing.
//! Every named file is read and processed before anything is written; then one transaction
//! writes the listings and their photos, so a bad row or photo leaves the catalog as it was.
use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;
use entity::listing;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::bundle::{self, Bundle, BundleError};
use super::gallery::{forget_unused, on_blocking_pool};
use super::{PhotoStore, Processed, MAX_PER_LISTING};
use crate::domain::money::Currency;
use crate::domain::photos::AltText;
use crate::domain::text::has_forbidden;
use crate::error::{AppError, Msg};
use crate::store;
use crate::store::listings_csv::{import_drafts, parse_rows, ImportResult, ParsedRow, RowError};
use crate::store::photos::NewPhoto;

/// A row's photos: their paths in the ZIP and their alt text.
struct RowPhotos {
    row: u64,
    sku: String,
    paths: Vec<String>,
    alt: AltText,
}

fn problem(row: u64, column: &str, message: impl Into<Msg>) -> RowError {
    RowError {
        row,
        column: column.to_owned(),
        message: message.into(),
    }
}

fn whole(e: BundleError) -> RowError {
    problem(0, "ZIP", e.message)
}

/// The import's front door for a ZIP (web form and CLI): returns what the CSV import returns,
/// and how many photos were added.
pub async fn import_zip(
    db: &DatabaseConnection,
    photos: &Arc<dyn PhotoStore>,
    coop_id: i32,
    currency: Currency,
    data: Bytes,
) -> Result<(ImportResult, usize), AppError> {
    let rejected = |errors| Ok((ImportResult::Rejected(errors), 0));
    let bundle = match bundle::open_bundle(data) {
        Ok(b) => b,
        Err(e) => return rejected(vec![whole(e)]),
    };
    let rows = match parse_rows(&bundle.csv, currency, &|_| {}) {
        Ok(rows) => rows,
        Err(errors) => return rejected(errors),
    };
    let wanted = match photos_of(&bundle, &rows) {
        Ok(w) => w,
        Err(errors) => return rejected(errors),
    };
    let processed = match process_all(&bundle, &wanted).await? {
        Ok(p) => p,
        Err(errors) => return rejected(errors),
    };
    for p in processed.values() {
        for (key, file) in &p.files {
            photos.put(key, Bytes::from(file.clone())).await?;
        }
    }
    let drafts = rows.into_iter().map(|r| (r.row, r.draft)).collect();
    let result = write(db, coop_id, drafts, &wanted, &processed).await;
    if !matches!(result, Ok((ImportResult::Imported { .. }, _))) {
        let hashes: Vec<String> = processed.values().map(|p| p.hash.clone()).collect();
        forget_unused(db, photos, &hashes).await;
    }
    result
}

/// Each row's photo paths and alt text, or every problem with them.
fn photos_of(bundle: &Bundle, rows: &[ParsedRow]) -> Result<Vec<RowPhotos>, Vec<RowError>> {
    let (mut out, mut errors) = (Vec::new(), Vec::new());
    for r in rows.iter().filter(|r| !r.photos.is_empty()) {
        if r.photos.len() > MAX_PER_LISTING {
            let n = r.photos.len();
            errors.push(problem(
                r.row,
                "photos",
                Msg::code("import-error-photos-many")
                    .arg("count", n.to_string())
                    .arg("max", MAX_PER_LISTING.to_string()),
            ));
        }
        let alt = match AltText::parse(&r.photo_alt) {
            Ok(_) if has_forbidden(&r.photo_alt, false) => Err(crate::http::clean_input::message()),
            Ok(alt) => Ok(alt),
            Err(m) => Err(m),
        };
        let paths: Vec<String> = r
            .photos
            .iter()
            .filter_map(|name| match bundle.path_of(name) {
                Ok(path) => Some(path),
                Err(e) => {
                    errors.push(problem(r.row, "photos", e.message));
                    None
                }
            })
            .collect();
        match alt {
            Ok(alt) => out.push(RowPhotos {
                row: r.row,
                sku: r.draft.sku.clone(),
                paths,
                alt,
            }),
            Err(m) => errors.push(problem(r.row, "photo_alt", m)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Reads and processes every named file once, on the blocking pool; a refusal names the first
/// row that names the file.
async fn process_all(
    bundle: &Bundle,
    wanted: &[RowPhotos],
) -> Result<Result<HashMap<String, Processed>, Vec<RowError>>, AppError> {
    let (mut done, mut errors, mut refused) = (HashMap::new(), Vec::new(), Vec::new());
    for r in wanted {
        for path in &r.paths {
            if done.contains_key(path) || refused.contains(path) {
                continue;
            }
            let (data, at) = (bundle.data(), path.clone());
            let outcome = on_blocking_pool(move || {
                let bytes = bundle::read_photo(data, &at).map_err(|e| e.message)?;
                super::process(&bytes).map_err(|e| e.msg(&at))
            })
            .await?;
            match outcome {
                Ok(p) => {
                    done.insert(path.clone(), p);
                }
                Err(m) => {
                    errors.push(problem(r.row, "photos", m));
                    refused.push(path.clone());
                }
            }
        }
    }
    Ok(if errors.is_empty() {
        Ok(done)
    } else {
        Err(errors)
    })
}

/// One transaction: the listings, then each row's photos after its listing's own (a photo the
/// listing has already is left as it is, so importing the same ZIP twice adds nothing).
async fn write(
    db: &DatabaseConnection,
    coop_id: i32,
    drafts: Vec<(u64, crate::domain::catalog::ListingDraft)>,
    wanted: &[RowPhotos],
    processed: &HashMap<String, Processed>,
) -> Result<(ImportResult, usize), AppError> {
    let tx = crate::db::begin_write(db).await?;
    let result = import_drafts(&tx, coop_id, drafts).await?;
    if !matches!(result, ImportResult::Imported { .. }) {
        return Ok((result, 0));
    }
    let ids = listing_ids(&tx, coop_id, wanted).await?;
    let (mut added, mut errors) = (0, Vec::new());
    for r in wanted {
        let Some(id) = ids.get(&r.sku) else { continue };
        let existing = store::photos::of_listing(&tx, *id).await?;
        let mut new: Vec<NewPhoto> = Vec::new();
        for p in r.paths.iter().filter_map(|path| processed.get(path)) {
            let known =
                existing.iter().any(|e| e.hash == p.hash) || new.iter().any(|n| n.hash == p.hash);
            if !known {
                new.push(NewPhoto {
                    hash: p.hash.clone(),
                    alt: r.alt.clone(),
                    width: p.width,
                    height: p.height,
                });
            }
        }
        if existing.len() + new.len() > MAX_PER_LISTING {
            let message = Msg::code("import-error-photos-full")
                .arg("sku", r.sku.clone())
                .arg("count", existing.len().to_string())
                .arg("max", MAX_PER_LISTING.to_string());
            errors.push(problem(r.row, "photos", message));
            continue;
        }
        added += store::photos::add(&tx, *id, &new).await?.len();
    }
    if !errors.is_empty() {
        return Ok((ImportResult::Rejected(errors), 0));
    }
    tx.commit().await?;
    Ok((result, added))
}

async fn listing_ids(
    db: &impl ConnectionTrait,
    coop_id: i32,
    wanted: &[RowPhotos],
) -> Result<HashMap<String, i32>, AppError> {
    let skus: Vec<String> = wanted.iter().map(|r| r.sku.clone()).collect();
    Ok(listing::Entity::find()
        .filter(listing::Column::CoopId.eq(coop_id))
        .filter(listing::Column::Sku.is_in(skus))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.sku, l.id))
        .collect())
}
