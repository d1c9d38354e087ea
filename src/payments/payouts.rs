//! Paying an approved payout run's Stripe lines, and approved pool spending to a co-op with a
//! ready account, through the gateway: claimed in the database, sent as Transfers outside any
//! transaction (key `payout-line-<id>` / `spending-<id>`), then recorded with the ledger entry.
//! Bank lines are left to the bank file (`store::payouts::export`).
use sea_orm::DatabaseConnection;

use super::{Gateway, PayOut};
use crate::error::AppError;
use crate::store::{payouts, spending};

/// What one execution did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Executed {
    /// Lines newly paid.
    pub paid: usize,
    /// Lines Stripe refused (or that could not be reached): (line id, error), kept on the line.
    pub failed: Vec<(i32, String)>,
}

/// Sends the unpaid Stripe lines of approved run `run_id` (only `only_line` when given: a
/// retry); executing twice, or two executions at once, never pays a line twice.
pub async fn execute(
    db: &DatabaseConnection,
    gateway: &dyn Gateway,
    run_id: i32,
    only_line: Option<i32>,
    by: Option<i32>,
) -> Result<Executed, AppError> {
    let run = payouts::get(db, run_id).await?;
    let mut done = Executed::default();
    for line in payouts::claim_stripe_lines(db, run_id, only_line).await? {
        let p = PayOut {
            destination: line.destination.clone().unwrap_or_default(),
            amount_minor: line.amount_minor,
            currency: run.currency.clone(),
            description: format!("cooptrade payout run #{} line #{}", run.id, line.id),
            transfer_group: Some(format!("payout-run-{}", run.id)),
            key: payouts::transfer_key(&line),
        };
        match gateway.pay_out(&p).await {
            Ok(transfer) => {
                if payouts::stripe_line_paid(db, run_id, line.id, &transfer, by).await? {
                    done.paid += 1;
                }
            }
            Err(e) => {
                // A Conflict is Stripe's refusal (no transfer made); anything else is unknown.
                let (error, refused) = match e {
                    AppError::Conflict(m) => (m.to_stored(), true),
                    AppError::Internal(m) => (m, false),
                    other => (other.to_string(), false),
                };
                let said = crate::error::Msg::from_stored(&error);
                tracing::warn!(
                    run = run_id,
                    line = line.id,
                    "payout transfer failed: {said}"
                );
                payouts::stripe_line_failed(db, run_id, line.id, by, &error, refused).await?;
                done.failed.push((line.id, error));
            }
        }
    }
    Ok(done)
}

/// A failed `pay_out`: its message, and whether Stripe refused it (a `Conflict`: no transfer
/// made, so the next attempt needs a new key) rather than left the outcome unknown.
fn failure(e: AppError) -> (String, bool) {
    match e {
        AppError::Conflict(m) => (m.to_stored(), true),
        AppError::Internal(m) => (m, false),
        other => (other.to_string(), false),
    }
}

/// Sends approved spending `id` to the recipient's connected account; sending twice, or two
/// executions at once, never pays twice. A spending paid by bank is a `Conflict`.
pub async fn pay_spending(
    db: &DatabaseConnection,
    gateway: &dyn Gateway,
    id: i32,
    by: Option<i32>,
) -> Result<Executed, AppError> {
    let mut done = Executed::default();
    let Some(p) = spending::claim_stripe(db, id).await? else {
        return Ok(done);
    };
    let out = PayOut {
        destination: p.destination.clone().unwrap_or_default(),
        amount_minor: p.amount_minor,
        currency: p.currency.clone(),
        description: format!("cooptrade pool spending #{id}: {}", p.title),
        transfer_group: Some(format!("spending-{id}")),
        key: spending::transfer_key(&p),
    };
    match gateway.pay_out(&out).await {
        Ok(transfer) => {
            if spending::stripe_paid(db, id, &transfer, by).await? {
                done.paid += 1;
            }
        }
        Err(e) => {
            let (error, refused) = failure(e);
            let said = crate::error::Msg::from_stored(&error);
            tracing::warn!(spending = id, "spending transfer failed: {said}");
            spending::stripe_failed(db, id, by, &error, refused).await?;
            done.failed.push((id, error));
        }
    }
    Ok(done)
}
