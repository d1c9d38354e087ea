//! The committee's votes on payout runs and spending proposals, and the record of every decision.
use std::collections::BTreeSet;

use entity::{decision, membership};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use super::{APPROVED, AWAITING_REVIEW, REJECTED};
use crate::domain::review::{Outlook, Review, ReviewStatus, Vote, VoteError};
use crate::error::{AppError, FieldErrors};

/// What the committee decides on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Run(i32),
    Spending(i32),
}

impl Subject {
    fn kind(&self) -> &'static str {
        match self {
            Subject::Run(_) => "payout_run",
            Subject::Spending(_) => "spending",
        }
    }
    fn id(&self) -> i32 {
        match self {
            Subject::Run(id) | Subject::Spending(id) => *id,
        }
    }
}

/// Keeps one decision: who (none for the command line), what and why, now.
pub async fn record(
    db: &impl ConnectionTrait,
    subject: Subject,
    user_id: Option<i32>,
    what: &str,
    reason: &str,
) -> Result<(), AppError> {
    decision::ActiveModel {
        subject_kind: Set(subject.kind().to_string()),
        subject_id: Set(subject.id()),
        user_id: Set(user_id),
        decision: Set(what.to_string()),
        reason: Set(reason.trim().to_string()),
        created_at: Set(crate::store::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Every decision on `subject`, oldest first.
pub async fn decisions(
    db: &impl ConnectionTrait,
    subject: Subject,
) -> Result<Vec<decision::Model>, AppError> {
    Ok(decision::Entity::find()
        .filter(decision::Column::SubjectKind.eq(subject.kind()))
        .filter(decision::Column::SubjectId.eq(subject.id()))
        .order_by_asc(decision::Column::Id)
        .all(db)
        .await?)
}

/// The subject's status, drafter and the co-ops receiving money in it.
async fn facts(
    db: &impl ConnectionTrait,
    subject: Subject,
) -> Result<(String, Option<i32>, Vec<i32>), AppError> {
    match subject {
        Subject::Run(id) => {
            let run = super::get(db, id).await?;
            let coops = super::lines(db, id)
                .await?
                .iter()
                .map(|l| l.coop_id)
                .collect();
            Ok((run.status, run.drafted_by, coops))
        }
        Subject::Spending(id) => {
            let p = crate::store::spending::get(db, id).await?;
            Ok((p.status, Some(p.proposed_by), vec![p.recipient_coop_id]))
        }
    }
}

/// The subject's status, its review so far, and the co-ops receiving money in it.
async fn review_of(
    db: &impl ConnectionTrait,
    subject: Subject,
    quorum: u32,
) -> Result<(String, Review, Vec<i32>), AppError> {
    let (status, drafter, receiving) = facts(db, subject).await?;
    let past = decisions(db, subject).await?;
    let review = Review {
        quorum,
        drafter,
        approvers: past
            .iter()
            .filter(|d| d.decision == "approved")
            .filter_map(|d| d.user_id)
            .collect::<BTreeSet<i32>>(),
        rejected: status == REJECTED,
    };
    Ok((status, review, receiving))
}

/// Who on the committee may still vote on `subject`, and whether its quorum can still be met.
pub async fn outlook(
    db: &impl ConnectionTrait,
    subject: Subject,
    quorum: u32,
) -> Result<Outlook, AppError> {
    let (_, review, receiving) = review_of(db, subject, quorum).await?;
    let committee: BTreeSet<i32> = crate::store::committee::list(db)
        .await?
        .iter()
        .map(|u| u.id)
        .collect();
    let conflicted: BTreeSet<i32> = membership::Entity::find()
        .filter(membership::Column::UserId.is_in(committee.iter().copied()))
        .filter(membership::Column::CoopId.is_in(receiving))
        .all(db)
        .await?
        .iter()
        .map(|m| m.user_id)
        .collect();
    Ok(review.outlook(&committee, &conflicted))
}

fn refusal(e: VoteError) -> AppError {
    match e {
        VoteError::ConflictOfInterest => AppError::Forbidden(e.to_string()),
        VoteError::ReasonRequired => FieldErrors::single("reason", e.to_string()),
        VoteError::Closed(_) | VoteError::AlreadyApproved => AppError::Conflict(e.to_string()),
    }
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
    crate::store::ledger::lock(db).await?;
    let (status, review, receiving) = review_of(db, subject, quorum).await?;
    if status != AWAITING_REVIEW && status != REJECTED {
        return Err(AppError::Conflict(format!(
            "this has already been decided ({})",
            status.replace('_', " ")
        )));
    }
    let conflicted = membership::Entity::find()
        .filter(membership::Column::UserId.eq(voter))
        .filter(membership::Column::CoopId.is_in(receiving))
        .count(db)
        .await?
        > 0;
    if let (Subject::Run(id), Vote::Approve) = (subject, &vote) {
        // An approval is a promise to pay: never of a run that pays more than is owed now.
        super::check::ensure_fresh(db, &super::get(db, id).await?).await?;
    }
    let next = review.cast(voter, conflicted, &vote).map_err(refusal)?;
    let (what, reason) = match &vote {
        Vote::Approve => ("approved", ""),
        Vote::Reject(r) => ("rejected", r.as_str()),
    };
    record(db, subject, Some(voter), what, reason).await?;
    let new_status = match next {
        ReviewStatus::AwaitingReview => return Ok(next),
        ReviewStatus::Approved => APPROVED,
        ReviewStatus::Rejected => REJECTED,
    };
    set_status(db, subject, new_status).await?;
    if let (Subject::Spending(id), ReviewStatus::Approved) = (subject, next) {
        crate::store::spending::earmark(db, id).await?;
    }
    Ok(next)
}

async fn set_status(
    db: &impl ConnectionTrait,
    subject: Subject,
    status: &str,
) -> Result<(), AppError> {
    match subject {
        Subject::Run(id) => {
            let mut run = super::get(db, id).await?.into_active_model();
            run.status = Set(status.to_string());
            run.update(db).await?;
        }
        Subject::Spending(id) => {
            let mut p = crate::store::spending::get(db, id)
                .await?
                .into_active_model();
            p.status = Set(status.to_string());
            p.update(db).await?;
        }
    }
    Ok(())
}
