//! A statement as CSV, streamed: rows are read in keyset chunks and written as they come, so an
//! export of a million postings holds two chunks in memory, never the whole file. The next
//! chunk is read while this one is written, so the database and the formatting overlap.
use axum::body::{Body, Bytes};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;

use crate::domain::text::spreadsheet_cell;
use crate::error::AppError;
use crate::store::ledger::statement::{chunk, Carry, StatementOf};
use crate::store::ledger::StatementLine;

/// Postings per chunk: one query each.
const CHUNK: i64 = 2_000;

const HEADER: [&str; 8] = [
    "date", "entry", "kind", "memo", "order", "amount", "balance", "currency",
];

type Chunk = Result<(Vec<StatementLine>, Carry), AppError>;

/// Where the stream stands: the chunk being read, unless `done`.
struct Export {
    db: DatabaseConnection,
    of: StatementOf,
    reading: Option<tokio::task::JoinHandle<Chunk>>,
    header: bool,
}

/// A download the client gave up on stops reading.
impl Drop for Export {
    fn drop(&mut self) {
        if let Some(h) = &self.reading {
            h.abort();
        }
    }
}

/// Starts reading the chunk after `carry` on its own task.
fn read_after(
    db: &DatabaseConnection,
    of: &StatementOf,
    carry: Carry,
) -> tokio::task::JoinHandle<Chunk> {
    let (db, of) = (db.clone(), of.clone());
    tokio::spawn(async move { chunk(&db, &of, carry, CHUNK).await })
}

fn write(lines: &[StatementLine], header: bool, currency: &str) -> Result<Bytes, AppError> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(lines.len() * 96 + 64));
    let err = |e: csv::Error| AppError::Internal(e.to_string());
    if header {
        w.write_record(HEADER).map_err(err)?;
    }
    // An entry's cells, written once per posting of it: made once per entry (a busy seller's
    // entry has nine postings in a row).
    let mut entry: Option<(i64, [String; 5])> = None;
    for l in lines {
        let cells = match &entry {
            Some((id, cells)) if *id == l.entry_id => cells,
            _ => {
                let order = l.order_id.map(|o| o.to_string()).unwrap_or_default();
                // Text cells are neutralised for spreadsheets; amounts (maybe negative) stay numbers.
                let cells = [
                    l.created_at.to_rfc3339(),
                    spreadsheet_cell(&l.key).into_owned(),
                    spreadsheet_cell(&l.kind).into_owned(),
                    spreadsheet_cell(&l.memo).into_owned(),
                    order,
                ];
                &entry.insert((l.entry_id, cells)).1
            }
        };
        let [at, key, kind, memo, order] = cells;
        w.write_record([
            at.as_str(),
            key,
            kind,
            memo,
            order,
            &l.amount.format_amount(),
            &l.balance.format_amount(),
            currency,
        ])
        .map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Bytes::from(bytes))
}

/// The next piece of the file, or `None` at its end.
async fn next(mut x: Export) -> Option<(Result<Bytes, AppError>, Export)> {
    let read = match x.reading.take()?.await {
        Ok(r) => r,
        Err(e) => Err(AppError::Internal(e.to_string())),
    };
    let (lines, carry) = match read {
        Ok(r) => r,
        Err(e) => {
            tracing::error!("statement export stopped: {e}");
            return Some((Err(e), x));
        }
    };
    if (lines.len() as i64) == CHUNK {
        x.reading = Some(read_after(&x.db, &x.of, carry));
    }
    let piece = write(&lines, x.header, x.of.currency.code());
    x.header = false;
    Some((piece, x))
}

/// The whole statement `of` as a CSV download named `file`.
pub fn statement(db: DatabaseConnection, of: StatementOf, file: String) -> Response {
    let start = Export {
        reading: Some(read_after(&db, &of, Carry::START)),
        db,
        of,
        header: true,
    };
    let body = Body::from_stream(futures_util::stream::unfold(start, next));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        body,
    )
        .into_response()
}
