//! A producer co-op's listings as a file: CSV export, and import of a CSV or of a ZIP holding
//! the CSV and its photos.
use axum::extract::{Multipart, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use maud::Markup;
use templates::listings::ImportErrorRow;

use super::listings::currency;
use super::unprocessable;
use crate::error::{AppError, Msg};
use crate::http::extract::{check_csrf, CoopSeller};
use crate::http::viewer::{redirect_with_flash, CsrfToken};
use crate::http::AppState;
use crate::store::listings_csv::{self, ImportResult};

pub async fn export(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
) -> Result<Response, AppError> {
    let csv = listings_csv::export(&state.db, m.coop.id, currency(&m)?).await?;
    let disposition = format!("attachment; filename=\"listings-coop-{}.csv\"", m.coop.id);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        csv,
    )
        .into_response())
}

pub async fn import_page(CoopSeller(m): CoopSeller) -> Markup {
    templates::listings::import_page(
        &m.signed_in.viewer.layout(),
        m.coop.id,
        &[],
        &listings_csv::COLUMNS.join(","),
    )
}

/// Largest import accepted: a CSV, or a ZIP of the CSV and its photos.
pub const IMPORT_LIMIT: usize = 64 * 1024 * 1024;

pub async fn import(
    State(state): State<AppState>,
    CoopSeller(m): CoopSeller,
    axum::Extension(csrf): axum::Extension<CsrfToken>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let bad = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge
        } else {
            let m = Msg::code("error-upload-unreadable").arg("detail", e.to_string());
            AppError::BadRequest(m)
        }
    };
    let (mut token, mut data) = (String::new(), None);
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name() {
            Some("csrf_token") => token = field.text().await.map_err(bad)?,
            Some("file") => data = Some(field.bytes().await.map_err(bad)?),
            _ => {}
        }
    }
    check_csrf(Some(&csrf), &token)?;
    let data = data
        .filter(|d| !d.is_empty())
        .ok_or_else(|| AppError::BadRequest(Msg::code("error-import-no-file")))?;
    // A ZIP brings the CSV with the photos its rows name.
    let (result, photos) = if crate::photos::bundle::is_zip(&data) {
        let c = currency(&m)?;
        crate::photos::zip_import::import_zip(&state.db, &state.photos, m.coop.id, c, data).await?
    } else {
        let c = currency(&m)?;
        (
            listings_csv::import_file(&state.db, m.coop.id, c, &data, &|_| {}).await?,
            0,
        )
    };
    match result {
        ImportResult::Imported {
            created,
            updated,
            unchanged,
        } => {
            let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX).into();
            let msg = m.signed_in.viewer.tr.t_args(
                "listings-flash-imported",
                &[
                    ("created", count(created)),
                    ("updated", count(updated)),
                    ("unchanged", count(unchanged)),
                    ("photos", count(u64::try_from(photos).unwrap_or(u64::MAX))),
                ],
            );
            Ok(redirect_with_flash(
                &format!("/coops/{}/listings", m.coop.id),
                "success",
                &msg,
            ))
        }
        ImportResult::Rejected(errors) => {
            let rows: Vec<ImportErrorRow> = errors
                .into_iter()
                .map(|e| ImportErrorRow {
                    row: e.row,
                    column: e.column,
                    message: m.signed_in.viewer.tr.say(&e.message),
                })
                .collect();
            let page = templates::listings::import_page(
                &m.signed_in.viewer.layout(),
                m.coop.id,
                &rows,
                &listings_csv::COLUMNS.join(","),
            );
            Ok(unprocessable(page))
        }
    }
}
