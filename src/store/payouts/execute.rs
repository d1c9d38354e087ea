//! Executing an approved run by bank: the committee marks each bank line (or the whole file)
//! paid once the bank has the transfer; each paid line posts its ledger entry in the same
//! transaction under `payout-line:<id>`, so marking twice pays once. A failed line keeps its
//! error and can be marked paid later. Stripe lines are paid by `transfer`, never by hand.
use entity::{payout_line, payout_run};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel, Set};

use super::{record, Subject};
use crate::domain::ledger::{Account, JournalEntry, Posting};
use crate::domain::money::{Currency, Money};
use crate::domain::payout::{is_payable, Route};
use crate::domain::status::DecisionKind;
use crate::domain::status::{LineStatus, PayoutMethod, RunStatus};
use crate::error::{AppError, Msg};

pub(super) async fn approved_run(
    db: &impl ConnectionTrait,
    run_id: i32,
) -> Result<payout_run::Model, AppError> {
    let run = super::get(db, run_id).await?;
    if !is_payable(run.status) {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-not-approved-pay")
                .arg("run", run.id.to_string())
                .arg("code", run.status.as_str()),
        ));
    }
    Ok(run)
}

pub(super) async fn line_of(
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
    let by = match &line.transfer_id {
        Some(t) => format!("by Stripe transfer {t}"),
        None => "by bank".to_string(),
    };
    JournalEntry::new(
        format!("payout-line:{}", line.id),
        "payout",
        format!(
            "payout run #{} to co-op #{} {by}",
            line.run_id, line.coop_id
        ),
        postings,
    )
    .map_err(|e| AppError::Internal(format!("ledger: {e}")))
}

/// Pays one line (through Stripe when `transfer_id` names the Transfer that paid it); returns
/// false (and posts nothing) when it was already paid.
pub(super) async fn pay(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
    mut line: payout_line::Model,
    by: Option<i32>,
    transfer_id: Option<String>,
) -> Result<bool, AppError> {
    if line.status == LineStatus::Paid {
        return Ok(false);
    }
    line.transfer_id = transfer_id;
    let how = match &line.transfer_id {
        Some(_) => "stripe",
        None => "bank",
    };
    let currency = Currency::parse(&run.currency)?;
    let posted = crate::store::ledger::post(db, line_entry(&line, currency)?).await?;
    let amount = Money::from_minor(line.amount_minor, currency);
    let (id, coop) = (line.id, line.coop_id);
    let line_transfer = line.transfer_id.clone();
    let mut active = line.into_active_model();
    active.status = Set(LineStatus::Paid);
    active.error = Set(None);
    active.paid_by = Set(by);
    active.paid_at = Set(Some(crate::store::now()));
    active.entry_id = Set(Some(posted.entry_id()));
    active.transfer_id = Set(line_transfer);
    active.claimed_at = Set(None);
    active.update(db).await?;
    record(
        db,
        Subject::Run(run.id),
        by,
        DecisionKind::Paid,
        &Msg::code("decision-why-line-paid")
            .num("line", id.into())
            .money(
                "amount",
                amount.minor,
                amount.currency.code(),
                amount.currency.exponent(),
            )
            .to_stored(),
    )
    .await?;
    let run_id = run.id;
    let render = move |tr: &i18n::Tr| {
        let args = [
            ("amount", crate::store::locale::money(tr, amount).into()),
            ("how", how.into()),
            ("run", run_id.to_string().into()),
            ("line", id.to_string().into()),
        ];
        let subject = tr.t_args("mail-payout-made-subject", &args);
        templates::mail::text_mail(subject, &[tr.t_args("mail-payout-made-body", &args)])
    };
    let kind = crate::domain::notification::Kind::PayoutMade;
    let link = format!("/coops/{coop}/manage");
    crate::store::notify::coop_members(db, kind, coop, &link, render).await?;
    Ok(true)
}

/// Marks the run paid once every line is.
pub(super) async fn close_if_done(
    db: &impl ConnectionTrait,
    run: payout_run::Model,
) -> Result<(), AppError> {
    let open = super::lines(db, run.id)
        .await?
        .iter()
        .any(|l| l.status != LineStatus::Paid);
    if !open && run.status != RunStatus::Paid {
        let mut active = run.into_active_model();
        active.status = Set(RunStatus::Paid);
        active.update(db).await?;
    }
    Ok(())
}

/// Marks one line of an approved run paid, in a write transaction of its own; false when it
/// already was (nothing posted twice).
pub async fn mark_line_paid(
    db: &DatabaseConnection,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
) -> Result<bool, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let paid = mark_line_paid_in(&tx, run_id, line_id, by).await?;
    tx.commit().await?;
    Ok(paid)
}

async fn mark_line_paid_in(
    db: &impl ConnectionTrait,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
) -> Result<bool, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    let line = line_of(db, run_id, line_id).await?;
    by_bank(&line)?;
    if line.status == LineStatus::Paid {
        return Ok(false);
    }
    super::check::ensure_not_held(db, &line).await?;
    super::check::ensure_fresh(db, &run).await?;
    let paid = pay(db, &run, line, by, None).await?;
    close_if_done(db, run).await?;
    Ok(paid)
}

/// Refuses to mark a Stripe line by hand: only the Transfer's outcome decides it.
fn by_bank(line: &payout_line::Model) -> Result<(), AppError> {
    if line.method == PayoutMethod::Stripe {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-line-stripe").arg("line", line.id.to_string()),
        ));
    }
    Ok(())
}

/// What "mark the whole bank file paid" would mark: the approved run's unpaid bank lines that
/// are not held, their count and total, and how many lines are held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToMark {
    pub lines: Vec<payout_line::Model>,
    pub total: Money,
    pub held: usize,
}

/// The lines the bank file holds now (refused, 409, when the run is not approved or is stale),
/// read in a write transaction of its own under the ledger lock.
pub async fn to_mark(db: &DatabaseConnection, run_id: i32) -> Result<ToMark, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let file = to_mark_in(&tx, run_id).await?;
    tx.commit().await?;
    Ok(file)
}

async fn to_mark_in(db: &impl ConnectionTrait, run_id: i32) -> Result<ToMark, AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    super::check::ensure_fresh(db, &run).await?;
    let currency = Currency::parse(&run.currency)?;
    let mut out = ToMark {
        lines: Vec::new(),
        total: Money::zero(currency),
        held: 0,
    };
    for line in super::lines(db, run_id).await? {
        if line.status == LineStatus::Paid {
            continue;
        }
        match super::route(db, &line).await? {
            Route::Stripe => {}
            Route::Held => out.held += 1,
            Route::Bank => {
                out.total = out
                    .total
                    .checked_add(Money::from_minor(line.amount_minor, currency))?;
                out.lines.push(line);
            }
        }
    }
    Ok(out)
}

/// Marks every unpaid bank line of an approved, fresh run paid (the whole bank file went
/// through), leaving held lines open, in a write transaction of its own; returns how many
/// lines were newly paid.
pub async fn mark_all_paid(
    db: &DatabaseConnection,
    run_id: i32,
    by: Option<i32>,
) -> Result<usize, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let paid = mark_all_paid_in(&tx, run_id, by).await?;
    tx.commit().await?;
    Ok(paid)
}

async fn mark_all_paid_in(
    db: &impl ConnectionTrait,
    run_id: i32,
    by: Option<i32>,
) -> Result<usize, AppError> {
    let file = to_mark_in(db, run_id).await?;
    let run = approved_run(db, run_id).await?;
    let mut paid = 0;
    for line in file.lines {
        if pay(db, &run, line, by, None).await? {
            paid += 1;
        }
    }
    close_if_done(db, run).await?;
    Ok(paid)
}

/// Records that the bank refused a line, in a write transaction of its own; it stays unpaid
/// with its error, ready for a retry.
pub async fn mark_line_failed(
    db: &DatabaseConnection,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
    error: &str,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    mark_line_failed_in(&tx, run_id, line_id, by, error).await?;
    tx.commit().await?;
    Ok(())
}

async fn mark_line_failed_in(
    db: &impl ConnectionTrait,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
    error: &str,
) -> Result<(), AppError> {
    crate::store::ledger::lock(db).await?;
    let run = approved_run(db, run_id).await?;
    let line = line_of(db, run_id, line_id).await?;
    if line.status == LineStatus::Paid {
        return Err(AppError::Conflict(
            Msg::code("payouts-error-line-paid").arg("line", line_id.to_string()),
        ));
    }
    by_bank(&line)?;
    let error = match error.trim() {
        "" => Msg::code("payouts-error-bank-refused").to_stored(),
        e => e.to_owned(),
    };
    let mut active = line.into_active_model();
    active.status = Set(LineStatus::Failed);
    active.error = Set(Some(error.to_string()));
    active.update(db).await?;
    record(
        db,
        Subject::Run(run.id),
        by,
        DecisionKind::Failed,
        &Msg::code("decision-why-line-failed")
            .num("line", line_id.into())
            .arg("error", Msg::from_stored(&error).to_string())
            .to_stored(),
    )
    .await
}
