//! Executing an approved run's Stripe lines, in three steps so that no network call happens
//! inside a transaction and nothing is paid twice: `claim_stripe_lines` marks the lines an
//! execution will send (another execution skips them while the claim is fresh), the caller sends
//! each Transfer under the key `payout-line-<id>` (a repeat returns the first transfer), then
//! `stripe_line_paid` records it and posts the line's entry once, or `stripe_line_failed` keeps
//! the error on the line for a retry.
use entity::payout_line;
use sea_orm::{ActiveModelTrait, DatabaseConnection, IntoActiveModel, Set};

use super::execute::{approved_run, close_if_done, line_of, pay};
use super::{record, Subject};
use crate::domain::status::DecisionKind;
use crate::domain::status::{LineStatus, PayoutMethod};
use crate::error::{AppError, Msg};

pub use crate::domain::payout::CLAIM_LEASE;

/// The idempotency key of a line's Transfer: `payout-line-<id>`, then `payout-line-<id>-<n>`
/// after Stripe refused it n times (Stripe replays a refusal for its key, and a refusal means no
/// transfer was made, so the next attempt needs a key of its own).
pub fn transfer_key(line: &payout_line::Model) -> String {
    match line.transfer_attempt {
        0 => format!("payout-line-{}", line.id),
        n => format!("payout-line-{}-{n}", line.id),
    }
}

/// Claims the unpaid Stripe lines of approved run `run_id` (only `only_line` when given) that
/// no other execution holds, in a write transaction of its own; returns them to send.
pub async fn claim_stripe_lines(
    db: &DatabaseConnection,
    run_id: i32,
    only_line: Option<i32>,
) -> Result<Vec<payout_line::Model>, AppError> {
    let tx = crate::db::begin_write(db).await?;
    crate::store::ledger::lock(&tx).await?;
    let run = approved_run(&tx, run_id).await?;
    // Checked before the money leaves; once a Transfer is made, its outcome is recorded as is.
    super::check::ensure_fresh(&tx, &run).await?;
    let lines = match only_line {
        Some(id) => {
            let line = line_of(&tx, run_id, id).await?;
            if line.method != PayoutMethod::Stripe {
                return Err(AppError::Conflict(
                    Msg::code("payouts-error-line-bank").arg("line", id.to_string()),
                ));
            }
            vec![line]
        }
        None => super::lines(&tx, run_id).await?,
    };
    let now = crate::store::now();
    let mut claimed = Vec::new();
    for line in lines {
        let held = line.claimed_at.is_some_and(|at| now - at < CLAIM_LEASE);
        if line.method != PayoutMethod::Stripe || line.status == LineStatus::Paid || held {
            continue;
        }
        let mut active = line.clone().into_active_model();
        active.claimed_at = Set(Some(now));
        claimed.push(active.update(&tx).await?);
    }
    tx.commit().await?;
    Ok(claimed)
}

/// Records that `transfer_id` paid the line: its entry is posted and the line marked paid in
/// one transaction; false (nothing posted) when it already was paid.
pub async fn stripe_line_paid(
    db: &DatabaseConnection,
    run_id: i32,
    line_id: i32,
    transfer_id: &str,
    by: Option<i32>,
) -> Result<bool, AppError> {
    let tx = crate::db::begin_write(db).await?;
    crate::store::ledger::lock(&tx).await?;
    let run = approved_run(&tx, run_id).await?;
    let line = line_of(&tx, run_id, line_id).await?;
    let paid = pay(&tx, &run, line, by, Some(transfer_id.to_owned())).await?;
    close_if_done(&tx, run).await?;
    tx.commit().await?;
    Ok(paid)
}

/// Records that the line's Transfer failed: it stays unpaid with the error, its claim released
/// so that the next execution (or a retry of the line) sends it again. `refused` means Stripe
/// answered with a refusal (no transfer made): the next attempt gets a new key; otherwise the
/// outcome is unknown and the same key is sent again.
pub async fn stripe_line_failed(
    db: &DatabaseConnection,
    run_id: i32,
    line_id: i32,
    by: Option<i32>,
    error: &str,
    refused: bool,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    crate::store::ledger::lock(&tx).await?;
    approved_run(&tx, run_id).await?;
    let line = line_of(&tx, run_id, line_id).await?;
    if line.status == LineStatus::Paid {
        return Ok(());
    }
    let error: String = error.chars().take(1000).collect();
    let attempt = line.transfer_attempt + i32::from(refused);
    let mut active = line.into_active_model();
    active.transfer_attempt = Set(attempt);
    active.status = Set(LineStatus::Failed);
    active.error = Set(Some(error.clone()));
    active.claimed_at = Set(None);
    active.update(&tx).await?;
    record(
        &tx,
        Subject::Run(run_id),
        by,
        DecisionKind::Failed,
        &Msg::code("decision-why-line-failed")
            .num("line", line_id.into())
            .arg("error", Msg::from_stored(&error).to_string())
            .to_stored(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
