//! A run's bank file: a CSV of its bank lines, and a SEPA credit transfer (pain.001.001.03) of
//! the unpaid ones of an approved EUR run. Each transfer's end-to-end id is `payout-line:<id>`.
//! A bank file exists only once the run is approved and while it pays no more than is owed;
//! held lines (no bank details) are left out of both.
use chrono::{DateTime, Utc};
use entity::payout_run;

use super::bank_details;
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{is_payable, Route};
use crate::domain::sepa::{credit_transfer_xml, Party, Transfer};
use crate::domain::status::LineStatus;
use crate::domain::text::spreadsheet_cell;
use crate::error::{AppError, Msg};
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// The run, if it may have a bank file now: approved (or paid, for the record) and fresh.
async fn exportable(db: &impl ConnectionTrait, run_id: i32) -> Result<payout_run::Model, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = super::get(db, run_id).await?;
    if !is_payable(run.status) {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-not-approved-file")
                .arg("run", run.id.to_string())
                .arg("code", run.status.as_str()),
        ));
    }
    super::check::ensure_fresh(db, &run).await?;
    Ok(run)
}

/// Every bank line of an approved run as CSV, with the co-op's bank details (lines paid through
/// Stripe are not the bank's business, and held lines have no account to pay). Text cells are
/// neutralised against spreadsheet formulas; amounts are written as numbers.
/// Made in a write transaction of its own, under the ledger lock (the freshness check).
pub async fn csv(db: &DatabaseConnection, run_id: i32) -> Result<Vec<u8>, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let body = csv_in(&tx, run_id).await?;
    tx.commit().await?;
    Ok(body)
}

async fn csv_in(db: &impl ConnectionTrait, run_id: i32) -> Result<Vec<u8>, AppError> {
    let run = exportable(db, run_id).await?;
    let currency = Currency::parse(&run.currency)?;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header = [
        "line_id",
        "coop_id",
        "account_holder",
        "iban",
        "bic",
        "currency",
        "amount",
        "fair_share",
        "proceeds",
        "status",
        "end_to_end_id",
    ];
    let internal = |e: ::csv::Error| AppError::Internal(format!("csv: {e}"));
    w.write_record(header).map_err(internal)?;
    for l in super::lines(db, run_id).await? {
        if super::route(db, &l).await? != Route::Bank {
            continue;
        }
        let bank = bank_details(db, l.coop_id).await?;
        let m = |minor| Money::from_minor(minor, currency).format_amount();
        w.write_record([
            l.id.to_string(),
            l.coop_id.to_string(),
            spreadsheet_cell(&bank.account_holder).into_owned(),
            bank.iban
                .map(|i| i.as_str().to_string())
                .unwrap_or_default(),
            spreadsheet_cell(&bank.bic.unwrap_or_default()).into_owned(),
            currency.code().to_string(),
            m(l.amount_minor),
            m(l.fair_share_minor),
            m(l.proceeds_minor),
            l.status.as_str().to_string(),
            format!("payout-line:{}", l.id),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(format!("csv: {e}")))
}

/// The SEPA file of an approved EUR run's unpaid bank lines, sent from `debtor`'s account at
/// `now`; held lines are left out (the run's page says so).
/// Made in a write transaction of its own, under the ledger lock (the freshness check).
pub async fn sepa(
    db: &DatabaseConnection,
    run_id: i32,
    debtor: &Party,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let xml = sepa_in(&tx, run_id, debtor, now).await?;
    tx.commit().await?;
    Ok(xml)
}

async fn sepa_in(
    db: &impl ConnectionTrait,
    run_id: i32,
    debtor: &Party,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let run = exportable(db, run_id).await?;
    let currency = Currency::parse(&run.currency)?;
    let mut transfers = Vec::new();
    for l in super::lines(db, run_id).await? {
        if l.status == LineStatus::Paid || super::route(db, &l).await? != Route::Bank {
            continue;
        }
        let bank = bank_details(db, l.coop_id).await?;
        let Some(iban) = bank.iban else {
            continue;
        };
        transfers.push(Transfer {
            end_to_end_id: format!("payout-line:{}", l.id),
            amount: Money::from_minor(l.amount_minor, currency),
            creditor: Party {
                name: bank.account_holder,
                iban,
                bic: bank.bic,
            },
            remittance: format!("cooptrade payout run {} line {}", run.id, l.id),
        });
    }
    let message_id = format!("cooptrade-run{}-{}", run.id, now.format("%Y%m%d%H%M%S"));
    credit_transfer_xml(
        &message_id,
        now.naive_utc(),
        now.date_naive(),
        debtor,
        &transfers,
    )
    .map_err(|e| AppError::Conflict(e.msg()))
}
