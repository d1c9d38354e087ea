//! The checks every approval, export and payment runs first, under the ledger lock: no unpaid
//! line may pay more than its co-op is owed now (`domain::payout::overpayments`), and a bank
//! line of a co-op without bank details is held.
use std::collections::BTreeMap;

use entity::{payout_line, payout_run};
use sea_orm::ConnectionTrait;

use super::{balances_up_to, bank_details, last_entry_id, reserved};
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{overpayments, Overpayment, Owed, Route, UnpaidLine};
use crate::domain::status::{LineStatus, PayoutMethod};
use crate::error::{AppError, Msg};

/// The run's unpaid lines that pay more than their co-op is owed now (its balances at the
/// latest entry, less unpaid lines of the other runs still open); empty when the run is fresh.
pub async fn stale_lines(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
) -> Result<Vec<Overpayment>, AppError> {
    let currency = Currency::parse(&run.currency)?;
    let now = balances_up_to(db, currency, last_entry_id(db).await?).await?;
    let elsewhere = reserved(db, currency, Some(run.id)).await?;
    let mut available = BTreeMap::new();
    for (coop, (fair_share, proceeds)) in now {
        let (fs, pr) = elsewhere.get(&coop).copied().unwrap_or_default();
        let owed = Owed {
            fair_share,
            proceeds,
        };
        let promised = Owed {
            fair_share: fs,
            proceeds: pr,
        };
        available.insert(coop, owed.less(&promised));
    }
    let unpaid: Vec<UnpaidLine> = super::lines(db, run.id)
        .await?
        .iter()
        .filter(|l| l.status != LineStatus::Paid)
        .map(|l| UnpaidLine {
            line_id: l.id,
            coop_id: l.coop_id,
            pays: Owed {
                fair_share: l.fair_share_minor,
                proceeds: l.proceeds_minor,
            },
        })
        .collect();
    Ok(overpayments(&unpaid, &available))
}

/// One overpayment, said in the reader's language: "line #4 (Coopermondo) by DKK 97.00".
pub async fn describe(
    db: &impl ConnectionTrait,
    currency: Currency,
    o: &Overpayment,
) -> Result<Msg, AppError> {
    let name = crate::store::coops::get(db, o.coop_id).await?.name;
    let over = Money::try_from_minor(o.over, currency)?;
    Ok(Msg::code("payouts-stale-line")
        .arg("line", o.line_id.to_string())
        .arg("coop", name)
        .money("over", over.minor, currency.code(), currency.exponent()))
}

/// Refuses (409) a run with any line above what is owed now, naming each line and the excess.
pub async fn ensure_fresh(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
) -> Result<(), AppError> {
    let stale = stale_lines(db, run).await?;
    if stale.is_empty() {
        return Ok(());
    }
    let currency = Currency::parse(&run.currency)?;
    let mut parts = Vec::with_capacity(stale.len());
    for o in &stale {
        parts.push(describe(db, currency, o).await?);
    }
    Err(AppError::Conflict(
        Msg::code("payouts-error-run-stale")
            .arg("run", run.id.to_string())
            .list("lines", parts),
    ))
}

/// How the line is paid now: by Stripe, by bank, or held for want of bank details.
pub async fn route(
    db: &impl ConnectionTrait,
    line: &payout_line::Model,
) -> Result<Route, AppError> {
    if line.method == PayoutMethod::Stripe {
        return Ok(Route::Stripe);
    }
    let bank = bank_details(db, line.coop_id).await?;
    Ok(Route::of(false, bank.iban.is_some()))
}

/// Refuses (409) to pay a held line.
pub async fn ensure_not_held(
    db: &impl ConnectionTrait,
    line: &payout_line::Model,
) -> Result<(), AppError> {
    if route(db, line).await? == Route::Held {
        let name = crate::store::coops::get(db, line.coop_id).await?.name;
        return Err(AppError::Conflict(
            Msg::code("payouts-error-line-held")
                .arg("line", line.id.to_string())
                .arg("coop", name),
        ));
    }
    Ok(())
}
