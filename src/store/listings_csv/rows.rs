//! Reading an import's CSV: every row parsed and checked, every problem reported at once.
use std::collections::HashSet;

use super::{text_cells, RowError, COLUMNS, PHOTO_COLUMNS};
use crate::domain::catalog::{ListingDraft, ListingForm};
use crate::domain::money::Currency;
use crate::domain::text::from_spreadsheet_cell;
use crate::error::Msg;

/// One good row: its line number, the listing, and the photo cells (empty without them).
pub struct ParsedRow {
    pub row: u64,
    pub draft: ListingDraft,
    pub photos: Vec<String>,
    pub photo_alt: String,
}

/// Parses and checks every row of a plain CSV, where photos cannot come (they need a ZIP).
pub fn parse(
    data: &[u8],
    currency: Currency,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<(u64, ListingDraft)>, Vec<RowError>> {
    let rows = parse_rows(data, currency, progress)?;
    let errors: Vec<RowError> = rows
        .iter()
        .filter(|r| !r.photos.is_empty())
        .map(|r| RowError {
            row: r.row,
            column: "photos".into(),
            message: Msg::code("import-error-photos-need-zip"),
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(rows.into_iter().map(|r| (r.row, r.draft)).collect())
}

/// Parses and checks every row; returns the rows or every problem found.
pub fn parse_rows(
    data: &[u8],
    currency: Currency,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<ParsedRow>, Vec<RowError>> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(data);
    let headers = rdr.headers().cloned().map_err(|e| {
        vec![RowError {
            row: 1,
            column: String::new(),
            message: Msg::code("import-error-header").arg("detail", e.to_string()),
        }]
    })?;
    check_headers(&headers)?;
    let mut errors = Vec::new();
    let mut drafts = Vec::new();
    let mut seen = HashSet::new();
    let cell_of = |name: &str| headers.iter().position(|h| h == name);
    let (photos_at, alt_at) = (cell_of("photos"), cell_of("photo_alt"));
    for (i, record) in rdr.records().enumerate() {
        let row = i as u64 + 2;
        progress(row - 1);
        let cell = |at: Option<usize>| {
            let r = record.as_ref().ok();
            at.and_then(|at| r?.get(at)).unwrap_or("").to_owned()
        };
        let (photos, photo_alt) = (cell(photos_at), cell(alt_at));
        let rec = record.and_then(|r| r.deserialize::<ListingForm>(Some(&headers)));
        // A text cell this app neutralised on export ('=...) is read back as it was.
        let rec = rec.map(|mut form| {
            text_cells(&mut form, |c| from_spreadsheet_cell(c).to_owned());
            form
        });
        if let Some(column) = rec.as_ref().ok().and_then(control_in) {
            errors.push(RowError {
                row,
                column: column.into(),
                message: crate::http::clean_input::message(),
            });
            continue;
        }
        match rec {
            Err(e) => errors.push(RowError {
                row,
                column: String::new(),
                message: Msg::code("import-error-row").arg("detail", e.to_string()),
            }),
            Ok(form) => match ListingDraft::parse(&form, currency) {
                Err(fe) => errors.extend(fe.0.into_iter().map(|(c, m)| RowError {
                    row,
                    column: c.into(),
                    message: m,
                })),
                Ok(d) if !seen.insert(d.sku.clone()) => errors.push(RowError {
                    row,
                    column: "sku".into(),
                    message: Msg::code("import-error-sku-twice").arg("sku", d.sku.clone()),
                }),
                Ok(draft) => drafts.push(ParsedRow {
                    row,
                    draft,
                    photos: photo_names(&photos),
                    photo_alt,
                }),
            },
        }
    }
    if errors.is_empty() {
        Ok(drafts)
    } else {
        Err(errors)
    }
}

/// Every unknown or missing column of the header.
fn check_headers(headers: &csv::StringRecord) -> Result<(), Vec<RowError>> {
    let mut errors = Vec::new();
    for h in headers
        .iter()
        .filter(|h| !COLUMNS.contains(h) && !PHOTO_COLUMNS.contains(h))
    {
        errors.push(RowError {
            row: 1,
            column: h.to_owned(),
            message: Msg::code("import-error-unknown-column").arg("columns", COLUMNS.join(",")),
        });
    }
    for required in [
        "sku",
        "title",
        "category",
        "unit",
        "price",
        "stock",
        "origin_country",
    ] {
        if !headers.iter().any(|h| h == required) {
            errors.push(RowError {
                row: 1,
                column: required.into(),
                message: Msg::code("import-error-missing-column"),
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The file names of a `photos` cell, separated by `;`.
fn photo_names(cell: &str) -> Vec<String> {
    cell.split(';')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The first column of a row holding a control character (line breaks only in the description).
fn control_in(f: &ListingForm) -> Option<&'static str> {
    use crate::domain::text::has_forbidden;
    [
        ("sku", &f.sku),
        ("title", &f.title),
        ("category", &f.category),
        ("unit", &f.unit),
        ("price", &f.price),
        ("stock", &f.stock),
        ("min_order", &f.min_order),
        ("origin_country", &f.origin_country),
        ("origin_region", &f.origin_region),
        ("certifications", &f.certifications),
        ("lead_time_days", &f.lead_time_days),
        ("status", &f.status),
    ]
    .into_iter()
    .find(|(_, v)| has_forbidden(v, false))
    .map(|(c, _)| c)
    .or_else(|| has_forbidden(&f.description, true).then_some("description"))
}
