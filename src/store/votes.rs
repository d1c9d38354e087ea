//! The committee's votes on payout runs and spending proposals: one front door (`decide`) that
//! casts a vote under the quorum rules (`domain::review`) in a transaction of its own, and the
//! ballot a page shows, checked by the same rules.
use entity::{payout_run, spending_proposal};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, IntoActiveModel, Set};

use super::decisions::{self, conflicted, record, Facts, Subject};
use super::{payouts, spending};
use crate::domain::review::{Ballot, Outlook, ReviewStatus, Vote, VoteError};
use crate::domain::status::DecisionKind;
use crate::error::{AppError, FieldErrors, Msg};

/// The subject's standing, drafter and receiving co-ops.
async fn facts(db: &impl ConnectionTrait, subject: Subject) -> Result<Facts, AppError> {
    match subject {
        Subject::Run(id) => payouts::facts(db, id).await,
        Subject::Spending(id) => spending::facts(db, id).await,
    }
}

/// Who on the committee may still vote on `subject`, and whether its quorum can still be met.
pub async fn outlook(
    db: &impl ConnectionTrait,
    subject: Subject,
    quorum: u32,
) -> Result<Outlook, AppError> {
    let f = facts(db, subject).await?;
    decisions::outlook(db, subject, &f, quorum).await
}

fn refusal(e: VoteError) -> AppError {
    match e {
        VoteError::ConflictOfInterest => AppError::Forbidden(e.msg()),
        VoteError::ReasonRequired => FieldErrors::single("reason", e.msg()),
        VoteError::Closed(_) | VoteError::AlreadyApproved => AppError::Conflict(e.msg()),
    }
}

/// The committee's vote as one use case: casts it in a write transaction of its own and
/// returns the new status; a refused vote changes nothing.
pub async fn decide(
    db: &DatabaseConnection,
    subject: Subject,
    voter: i32,
    cast: Vote,
    quorum: u32,
) -> Result<ReviewStatus, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let status = vote(&tx, subject, voter, cast, quorum).await?;
    tx.commit().await?;
    Ok(status)
}

/// Casts `vote` by committee member `voter` under the quorum rules and records it; returns the
/// new status. An approval that completes a spending's quorum earmarks the money from the pool
/// in the same transaction (refused if the pool does not hold it).
pub async fn vote(
    db: &impl ConnectionTrait,
    subject: Subject,
    voter: i32,
    vote: Vote,
    quorum: u32,
) -> Result<ReviewStatus, AppError> {
    super::ledger::lock(db).await?;
    let f = facts(db, subject).await?;
    if !f.standing.awaiting && !f.standing.rejected {
        return Err(AppError::Conflict(
            Msg::code("error-already-decided").arg("value", f.standing.label),
        ));
    }
    let review = decisions::review(db, subject, &f, quorum).await?;
    let is_conflicted = conflicted(db, voter, &f).await?;
    if let (Subject::Run(id), Vote::Approve) = (subject, &vote) {
        // An approval is a promise to pay: never of a run that pays more than is owed now.
        payouts::ensure_fresh(db, &payouts::get(db, id).await?).await?;
    }
    let next = review.cast(voter, is_conflicted, &vote).map_err(refusal)?;
    let (what, reason) = match &vote {
        Vote::Approve => (DecisionKind::Approved, ""),
        Vote::Reject(r) => (DecisionKind::Rejected, r.as_str()),
    };
    record(db, subject, Some(voter), what, reason).await?;
    if next == ReviewStatus::AwaitingReview {
        return Ok(next);
    }
    set_status(db, subject, next).await?;
    if let (Subject::Spending(id), ReviewStatus::Approved) = (subject, next) {
        spending::earmark(db, id).await?;
    }
    Ok(next)
}

async fn set_status(
    db: &impl ConnectionTrait,
    subject: Subject,
    status: ReviewStatus,
) -> Result<(), AppError> {
    match subject {
        Subject::Run(id) => {
            let mut run: payout_run::ActiveModel = payouts::get(db, id).await?.into_active_model();
            run.status = Set(status.into());
            run.update(db).await?;
        }
        Subject::Spending(id) => {
            let mut p: spending_proposal::ActiveModel =
                spending::get(db, id).await?.into_active_model();
            p.status = Set(status.into());
            p.update(db).await?;
        }
    }
    Ok(())
}

/// The votes `viewer` may cast on `subject` now (none once it is decided), so that a page shows
/// only the buttons the server would accept; a stale run may only be rejected.
pub async fn ballot(
    db: &impl ConnectionTrait,
    subject: Subject,
    viewer: i32,
    quorum: u32,
) -> Result<Ballot, AppError> {
    let f = facts(db, subject).await?;
    if !f.standing.awaiting {
        return Ok(Ballot::default());
    }
    let review = decisions::review(db, subject, &f, quorum).await?;
    let mut ballot = review.ballot(viewer, conflicted(db, viewer, &f).await?);
    if let (Subject::Run(id), true) = (subject, ballot.approve) {
        let run = payouts::get(db, id).await?;
        ballot.approve = payouts::stale_lines(db, &run).await?.is_empty();
    }
    Ok(ballot)
}
