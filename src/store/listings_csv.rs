//! CSV export and all-or-nothing import of a co-op's listings, keyed by SKU.
use std::collections::HashMap;

use entity::listing;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QueryFilter, Set, Statement,
};

use crate::domain::catalog::{
    format_certifications, ListingDraft, ListingForm, ListingStatus, Quantity,
};
use crate::domain::money::{Currency, Money};
use crate::domain::text::spreadsheet_cell;
use crate::error::{AppError, Msg};

mod rows;
pub use rows::{parse, parse_rows, ParsedRow};

/// The CSV columns, in order; they are `ListingForm`'s fields.
pub const COLUMNS: &[&str] = &[
    "sku",
    "title",
    "description",
    "category",
    "unit",
    "price",
    "stock",
    "min_order",
    "origin_country",
    "origin_region",
    "certifications",
    "lead_time_days",
    "status",
];

/// Columns a ZIP import adds: the row's photo files (names separated by `;`) and their alt text.
pub const PHOTO_COLUMNS: &[&str] = &["photos", "photo_alt"];

/// A problem with one cell (or row) of an import, by 1-based line number including the header.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct RowError {
    pub row: u64,
    pub column: String,
    /// Said in English in the API's answer; pages and the CLI say it in the reader's language.
    #[serde(serialize_with = "english")]
    #[schema(value_type = String)]
    pub message: crate::error::Msg,
}

fn english<S: serde::Serializer>(m: &crate::error::Msg, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(m)
}

/// What an import did, or why it did nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum ImportResult {
    Imported {
        created: u64,
        updated: u64,
        unchanged: u64,
    },
    Rejected(Vec<RowError>),
}

/// A listing as the form (and the CSV) shows it.
pub fn form_of(l: &listing::Model, currency: Currency) -> ListingForm {
    ListingForm {
        sku: l.sku.clone(),
        title: l.title.clone(),
        description: l.description.clone(),
        category: l.category.clone(),
        unit: l.unit.clone(),
        price: Money::from_minor(l.price_minor, currency).format_amount(),
        stock: Quantity(l.stock_milli).to_string(),
        min_order: Quantity(l.min_order_milli).to_string(),
        origin_country: l.origin_country.clone(),
        origin_region: l.origin_region.clone(),
        certifications: format_certifications(l.organic, l.fairtrade, &l.other_certifications),
        lead_time_days: l.lead_time_days.to_string(),
        status: l.status.as_str().to_owned(),
    }
}

/// Writes every listing of a co-op as CSV.
pub async fn export(
    db: &impl ConnectionTrait,
    coop_id: i32,
    currency: Currency,
) -> Result<Vec<u8>, AppError> {
    let rows = super::listings::of_coop(db, coop_id).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    for l in &rows {
        let mut form = form_of(l, currency);
        text_cells(&mut form, |c| spreadsheet_cell(c).into_owned());
        w.serialize(form)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    if rows.is_empty() {
        w.write_record(COLUMNS)
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Applies `f` to the form's text cells (not to its numbers: price, stock, minimum, lead time),
/// to neutralise them for spreadsheets on export and to restore them on import.
fn text_cells(form: &mut ListingForm, f: impl Fn(&str) -> String) {
    for cell in [
        &mut form.sku,
        &mut form.title,
        &mut form.description,
        &mut form.category,
        &mut form.unit,
        &mut form.origin_region,
        &mut form.certifications,
    ] {
        *cell = f(cell);
    }
}

fn differs(l: &listing::Model, d: &ListingDraft) -> bool {
    (
        l.title.as_str(),
        l.description.as_str(),
        l.category.as_str(),
        l.unit.as_str(),
        l.price_minor,
        l.stock_milli,
    ) != (
        d.title.as_str(),
        d.description.as_str(),
        d.category.as_str(),
        d.unit.as_str(),
        d.price.minor,
        d.stock.0,
    ) || (
        l.min_order_milli,
        l.origin_country.as_str(),
        l.origin_region.as_str(),
        l.organic,
        l.fairtrade,
    ) != (
        d.min_order.0,
        d.origin_country.as_str(),
        d.origin_region.as_str(),
        d.organic,
        d.fairtrade,
    ) || (
        l.other_certifications.as_str(),
        l.lead_time_days,
        l.status.as_str(),
    ) != (
        d.other_certifications.as_str(),
        d.lead_time_days,
        d.status.as_str(),
    )
}

/// The import's front door (web form and CLI): `import` in one write transaction, committed
/// only when every row is good.
pub async fn import_file(
    db: &DatabaseConnection,
    coop_id: i32,
    currency: Currency,
    data: &[u8],
    progress: &(dyn Fn(u64) + Sync),
) -> Result<ImportResult, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let result = import(&tx, coop_id, currency, data, progress).await?;
    if matches!(result, ImportResult::Imported { .. }) {
        tx.commit().await?;
    }
    Ok(result)
}

/// Holds the co-op's row until the transaction ends, so imports into one co-op run one after
/// the other: the second reads what the first wrote (a double submit then changes nothing)
/// instead of inserting the same SKUs again. SQLite's IMMEDIATE transaction already does this.
async fn lock_catalog(db: &impl ConnectionTrait, coop_id: i32) -> Result<(), AppError> {
    if db.get_database_backend() == DbBackend::Postgres {
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT id FROM coops WHERE id = $1 FOR UPDATE",
            [coop_id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Imports a CSV into a co-op: creates or updates by SKU, leaves identical rows alone, and
/// writes nothing at all when any row is bad. Run it inside one write transaction.
pub async fn import(
    db: &impl ConnectionTrait,
    coop_id: i32,
    currency: Currency,
    data: &[u8],
    progress: &(dyn Fn(u64) + Sync),
) -> Result<ImportResult, AppError> {
    match parse(data, currency, progress) {
        Ok(drafts) => import_drafts(db, coop_id, drafts).await,
        Err(errors) => Ok(ImportResult::Rejected(errors)),
    }
}

/// Writes parsed rows into a co-op (the CSV's and the ZIP's import); run it inside one write
/// transaction.
pub async fn import_drafts(
    db: &impl ConnectionTrait,
    coop_id: i32,
    drafts: Vec<(u64, ListingDraft)>,
) -> Result<ImportResult, AppError> {
    lock_catalog(db, coop_id).await?;
    let existing: HashMap<String, listing::Model> = listing::Entity::find()
        .filter(listing::Column::CoopId.eq(coop_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.sku.clone(), l))
        .collect();
    let mut errors = Vec::new();
    let (mut new_rows, mut changed) = (Vec::new(), Vec::new());
    let mut unchanged = 0;
    for (row, d) in drafts {
        match existing.get(&d.sku) {
            None => new_rows.push(super::listings::new_row(coop_id, &d)),
            Some(l) if !differs(l, &d) => unchanged += 1,
            Some(l) if l.status == ListingStatus::Archived => errors.push(RowError {
                row,
                column: "sku".into(),
                message: Msg::code("import-error-archived").arg("sku", d.sku.clone()),
            }),
            Some(l) => changed.push((l.clone(), d)),
        }
    }
    if !errors.is_empty() {
        return Ok(ImportResult::Rejected(errors));
    }
    let (created, updated) = (new_rows.len() as u64, changed.len() as u64);
    for chunk in new_rows.chunks(500) {
        listing::Entity::insert_many(chunk.to_vec())
            .exec(db)
            .await
            .map_err(|e| {
                if super::is_unique_violation(&e) {
                    // A listing made meanwhile outside an import (the API, the web form).
                    AppError::Conflict(Msg::code("import-error-sku-race"))
                } else {
                    e.into()
                }
            })?;
    }
    for (l, d) in changed {
        let mut m: listing::ActiveModel = l.into();
        super::listings::apply_draft(&mut m, &d);
        m.updated_at = Set(super::now());
        m.update(db).await?;
    }
    if created + updated > 0 {
        super::listings::optimize_search_index(db).await?;
    }
    Ok(ImportResult::Imported {
        created,
        updated,
        unchanged,
    })
}
