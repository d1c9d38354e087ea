//! The record of every decision on a payout run or a spending proposal: who (none for the
//! command line), what and why, and when, and the review those decisions add up to. Payouts,
//! spending and the committee's votes (`votes`) all use it; it imports none of them.
use std::collections::BTreeSet;

use entity::{decision, membership};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::review::{Outlook, Review};
use crate::domain::status::{DecisionKind, DecisionSubject, Described, RunStatus, SpendingStatus};
use crate::error::AppError;

/// What the committee decides on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Run(i32),
    Spending(i32),
}

impl Subject {
    fn kind(&self) -> DecisionSubject {
        match self {
            Subject::Run(_) => DecisionSubject::Run,
            Subject::Spending(_) => DecisionSubject::Spending,
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
    what: DecisionKind,
    reason: &str,
) -> Result<(), AppError> {
    decision::ActiveModel {
        subject_kind: Set(subject.kind()),
        subject_id: Set(subject.id()),
        user_id: Set(user_id),
        decision: Set(what),
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

/// Where a subject stands for voting: under review, rejected (the review itself then refuses
/// a vote), or decided otherwise; `label` names the status for people.
#[derive(Clone, Copy, Debug)]
pub struct Standing {
    pub awaiting: bool,
    pub rejected: bool,
    pub label: &'static str,
}

impl Standing {
    pub fn of_run(s: RunStatus) -> Standing {
        Standing {
            awaiting: s == RunStatus::AwaitingReview,
            rejected: s == RunStatus::Rejected,
            label: s.label(),
        }
    }
    pub fn of_spending(s: SpendingStatus) -> Standing {
        Standing {
            awaiting: s == SpendingStatus::AwaitingReview,
            rejected: s == SpendingStatus::Rejected,
            label: s.label(),
        }
    }
}

/// What a review is decided on besides its votes: the subject's standing, who drafted it, and
/// the co-ops receiving money in it (their members may not vote).
#[derive(Clone, Debug)]
pub struct Facts {
    pub standing: Standing,
    pub drafter: Option<i32>,
    pub receiving: Vec<i32>,
}

/// The subject's review so far: its approvers from the decisions, under `quorum`.
pub async fn review(
    db: &impl ConnectionTrait,
    subject: Subject,
    facts: &Facts,
    quorum: u32,
) -> Result<Review, AppError> {
    let approvers = decisions(db, subject)
        .await?
        .iter()
        .filter(|d| d.decision == DecisionKind::Approved)
        .filter_map(|d| d.user_id)
        .collect::<BTreeSet<i32>>();
    Ok(Review {
        quorum,
        drafter: facts.drafter,
        approvers,
        rejected: facts.standing.rejected,
    })
}

/// Who on the committee may still vote on `subject`, and whether its quorum can still be met.
pub async fn outlook(
    db: &impl ConnectionTrait,
    subject: Subject,
    facts: &Facts,
    quorum: u32,
) -> Result<Outlook, AppError> {
    let review = review(db, subject, facts, quorum).await?;
    let committee: BTreeSet<i32> = super::committee::list(db)
        .await?
        .iter()
        .map(|u| u.id)
        .collect();
    let conflicted: BTreeSet<i32> = membership::Entity::find()
        .filter(membership::Column::UserId.is_in(committee.iter().copied()))
        .filter(membership::Column::CoopId.is_in(facts.receiving.iter().copied()))
        .all(db)
        .await?
        .iter()
        .map(|m| m.user_id)
        .collect();
    Ok(review.outlook(&committee, &conflicted))
}

/// Whether `user` belongs to a co-op receiving money in the subject (a conflict of interest).
pub async fn conflicted(
    db: &impl ConnectionTrait,
    user: i32,
    facts: &Facts,
) -> Result<bool, AppError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::UserId.eq(user))
        .filter(membership::Column::CoopId.is_in(facts.receiving.iter().copied()))
        .count(db)
        .await?
        > 0)
}
