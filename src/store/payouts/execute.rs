//! Executing an approved run by bank: the committee marks each line (or the whole file) paid
//! once the bank has the transfer; each paid line posts its ledger entry in the same
//! transaction under `payout-line:<id>`, so marking twice pays once. A failed line keeps its
//! error and can be marked paid later.
use entity::{payout_line, payout_run};
use sea_orm::{ActiveModelTrait, ConnectionTrait, IntoActiveModel, Set};

use super::{record, Subject, APPROVED, LINE_FAILED, PAID};
use crate::domain::ledger::{Account, JournalEntry, Posting};
use crate::domain::money::{Currency, Money};
use crate::error::AppError;

async fn approved_run(
    db: &impl ConnectionTrait,
    run_id: i32,
) -> Result<payout_run::Model, AppError> {
    let run = super::get(db, run_id).await?;
    if run.status != APPROVED && run.status != PAID {
        return Err(AppError::Conflict(format!(
            "payout run #{} is {} and cannot be paid; it needs the committee's approval first",
            run.id,
            run.status.replace('_', " ")
        )));
    }
    Ok(run)
}

async fn line_of(
    db: &impl ConnectionTrait,
    run_id: i32,
    line_id: i32,
) -> Result<payout_line::Model, AppError> {
    super::lines(db, run_id)
        .await?
        .into_iter()
        .find(|l| l.id == line_id)
        .ok_or_else(|| AppError::not_found("payout line"))
}

/// The line's entry: its fair share and proceeds leave the co-op's accounts and the bank.
fn line_entry(line: &payout_line::Model, currency: Currency) -> Result<JournalEntry, AppError> {
    let m = |minor| Money::from_minor(minor, currency);
    let mut postings = Vec::with_capacity(3);
    if line.fair_share_minor != 0 {
        postings.push(Posting::new(
            Account::CoopFairShare(line.coop_id),
            m(-line.fair_share_minor),
        ));
    }
    if line.proceeds_minor != 0 {
        postings.push(Posting::new(
            Account::CoopProceeds(line.coop_id),
            m(-line.proceeds_minor),
        ));
    }
    postings.push(Posting::new(Account::GatewayClearing, m(line.amount_minor)));
    JournalEntry::new(
        format!("payout-line:{}", line.id),
        "payout",
        format!(
            "payout run #{} to co-op #{} by bank",
            line.run_id, line.coop_id
        ),
        postings,
    )
    .map_err(|e| AppError::Internal(format!("ledger: {e}")))
}

/// Pays one line; returns false (and posts nothing) when it was already paid.
async fn pay(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
    line: payout_line::Model,
    by: Option<i32>,
) -> Result<bool, AppError> {
    if line.status == PAID {
        return Ok(false);
    }
    let currency = Currency::parse(&run.currency)?;
    let posted = crate::store::ledger::post(db, line_entry(&line, currency)?).await?;
    let amount = Money::from_minor(line.amount_minor, currency);
    let (id, coop) = (line.id, line.coop_id);
    let mut active = line.into_active_model();
    active.status = Set(PAID.to_string());
    active.error = Set(None);
    active.paid_by = Set(by);
    active.paid_at = Set(Some(crate::store::now()));
    active.entry_id = Set(Some(posted.entry_id()));
    active.update(db).await?;
    record(
        db,
        Subject::Run(run.id),
        by,
        "paid",
        &format!("line #{id}: {amount}"),
    )
    .await?;
    crate::store::notify::coop_members(
        db,
        coop,
        &format!("Payout of {amount} sent"),
        &format!("The common-pool committee sent your co-op {amount} by bank transfer (payout run #{}, line #{id}).", run.id),
    )
    .await?;
    Ok(true)
}

/// Marks the run paid once every line is.
async fn close_if_done(db: &impl ConnectionTrait, run: payout_run::Model) -> Result<(), AppError> {
    let open = super::lines(db, run.id)
        .await?
        .iter()
        .any(|l| l.status != PAID);
    if !open && run.status != PAID {
        let mut active = run.into_active_model();
        active.status = Set(PAID.to_string());
        active.update(db).await?;
    }
    Ok(())
}

/// Marks one line of an approved run paid; false when it already was (nothing posted twice).
pub async fn mark_line_paid(
    db: &impl ConnectionTrait,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
) -> Result<bool, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    let line = line_of(db, run_id, line_id).await?;
    let paid = pay(db, &run, line, by).await?;
    close_if_done(db, run).await?;
    Ok(paid)
}

/// Marks every unpaid line of an approved run paid (the whole bank file went through);
/// returns how many lines were newly paid.
pub async fn mark_all_paid(
    db: &impl ConnectionTrait,
    run_id: i32,
    by: Option<i32>,
) -> Result<usize, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    let mut paid = 0;
    for line in super::lines(db, run_id).await? {
        if pay(db, &run, line, by).await? {
            paid += 1;
        }
    }
    close_if_done(db, run).await?;
    Ok(paid)
}

/// Records that the bank refused a line; it stays unpaid with its error, ready for a retry.
pub async fn mark_line_failed(
    db: &impl ConnectionTrait,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
    error: &str,
) -> Result<(), AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    let line = line_of(db, run_id, line_id).await?;
    if line.status == PAID {
        return Err(AppError::Conflict(format!(
            "line #{line_id} is already paid"
        )));
    }
    let error = match error.trim() {
        "" => "the bank refused the transfer",
        e => e,
    };
    let mut active = line.into_active_model();
    active.status = Set(LINE_FAILED.to_string());
    active.error = Set(Some(error.to_string()));
    active.update(db).await?;
    record(
        db,
        Subject::Run(run.id),
        by,
        "failed",
        &format!("line #{line_id}: {error}"),
    )
    .await
}
