//! A run's bank file: a CSV of every line, and a SEPA credit transfer (pain.001.001.03) of the
//! unpaid lines of an approved EUR run. Each transfer's end-to-end id is `payout-line:<id>`.
use chrono::{DateTime, Utc};

use super::{bank_details, METHOD_STRIPE, PAID};
use crate::domain::money::{Currency, Money};
use crate::domain::sepa::{credit_transfer_xml, Party, Transfer};
use crate::error::AppError;
use sea_orm::ConnectionTrait;

/// Every bank line of the run as CSV, with the co-op's bank details as far as they are known
/// (lines paid through Stripe are not the bank's business).
pub async fn csv(db: &impl ConnectionTrait, run_id: i32) -> Result<Vec<u8>, AppError> {
    let run = super::get(db, run_id).await?;
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
        if l.method == METHOD_STRIPE {
            continue;
        }
        let bank = bank_details(db, l.coop_id).await?;
        let m = |minor| Money::from_minor(minor, currency).format_amount();
        w.write_record([
            l.id.to_string(),
            l.coop_id.to_string(),
            bank.account_holder,
            bank.iban
                .map(|i| i.as_str().to_string())
                .unwrap_or_default(),
            bank.bic.unwrap_or_default(),
            currency.code().to_string(),
            m(l.amount_minor),
            m(l.fair_share_minor),
            m(l.proceeds_minor),
            l.status,
            format!("payout-line:{}", l.id),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(format!("csv: {e}")))
}

/// The SEPA file of an approved EUR run's unpaid bank lines, sent from `debtor`'s account at `now`;
/// a co-op without a valid IBAN is a `Conflict` naming it.
pub async fn sepa(
    db: &impl ConnectionTrait,
    run_id: i32,
    debtor: &Party,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let run = super::get(db, run_id).await?;
    if run.status != super::APPROVED {
        return Err(AppError::Conflict(format!(
            "only an approved run has a bank file; #{} is {}",
            run.id,
            run.status.replace('_', " ")
        )));
    }
    let currency = Currency::parse(&run.currency)?;
    let mut transfers = Vec::new();
    let mut missing = Vec::new();
    for l in super::lines(db, run_id).await? {
        if l.status == PAID || l.method == METHOD_STRIPE {
            continue;
        }
        let bank = bank_details(db, l.coop_id).await?;
        let Some(iban) = bank.iban else {
            missing.push(bank.account_holder);
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
    if !missing.is_empty() {
        return Err(AppError::Conflict(format!(
            "no valid IBAN is on file for: {}",
            missing.join(", ")
        )));
    }
    let message_id = format!("cooptrade-run{}-{}", run.id, now.format("%Y%m%d%H%M%S"));
    credit_transfer_xml(
        &message_id,
        now.naive_utc(),
        now.date_naive(),
        debtor,
        &transfers,
    )
    .map_err(|e| AppError::Conflict(e.to_string()))
}
