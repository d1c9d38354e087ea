//! The mail a draft queues, in the draft's transaction: the committee is asked to review, the
//! admins of a held co-op are asked for bank details, and the committee is told once when the
//! run cannot reach its quorum with the members who may still vote.
use entity::{payout_line, payout_run};
use sea_orm::ConnectionTrait;

use super::Subject;
use crate::domain::coop::CoopRole;
use crate::domain::money::Money;
use crate::domain::payout::Route;
use crate::error::AppError;

/// Queues "a run awaits your review" to every committee member.
pub(super) async fn ask_committee(
    db: &impl ConnectionTrait,
    run_id: i32,
    total: Money,
    coops: usize,
    base_url: &url::Url,
) -> Result<(), AppError> {
    let subject = format!("Payout run #{run_id} awaits your review");
    let link = crate::config::absolute(base_url, &format!("/committee/payouts/{run_id}"));
    let body = format!(
        "A payout run of {total} to {coops} co-ops was drafted and needs the committee's approval.\n\nReview it at {link}"
    );
    for member in crate::store::committee::list(db).await? {
        crate::store::outbox::enqueue(db, &member.email, &subject, &body).await?;
    }
    Ok(())
}

/// Mails the admins of each co-op whose bank line is held a link to its payout details.
pub(super) async fn ask_held_for_bank_details(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
    lines: &[payout_line::Model],
    base_url: &url::Url,
) -> Result<(), AppError> {
    for line in lines {
        if super::route(db, line).await? != Route::Held {
            continue;
        }
        let currency = crate::domain::money::Currency::parse(&run.currency)?;
        let amount = Money::from_minor(line.amount_minor, currency);
        let link = crate::config::absolute(base_url, &format!("/coops/{}/manage", line.coop_id));
        let subject = "Add your bank details to receive a payout".to_string();
        let body = format!(
            "Payout run #{} owes your co-op {amount}, but we have no bank details for it, so the \
             payment is held. Add the account holder and IBAN under \"Payout details\" at {link}",
            run.id
        );
        for (user, role) in crate::store::coops::members(db, line.coop_id).await? {
            if role == CoopRole::Admin {
                crate::store::outbox::enqueue(db, &user.email, &subject, &body).await?;
            }
        }
    }
    Ok(())
}

/// Tells the committee, once, when fewer members may still vote than the quorum needs.
pub(super) async fn warn_if_blocked(
    db: &impl ConnectionTrait,
    run_id: i32,
    quorum: u32,
    base_url: &url::Url,
) -> Result<(), AppError> {
    let facts = super::facts(db, run_id).await?;
    let o = crate::store::decisions::outlook(db, Subject::Run(run_id), &facts, quorum).await?;
    if o.reachable {
        return Ok(());
    }
    let link = crate::config::absolute(base_url, &format!("/committee/payouts/{run_id}"));
    let subject = format!("Payout run #{run_id} cannot be approved by the committee as it is");
    let body = format!(
        "Payout run #{run_id} needs {quorum} approvals, but only {} committee members may still \
         vote on it (the others belong to a co-op it pays, and whoever drafted it cannot approve \
         it alone). Add committee members or reject it with a reason.\n\nSee {link}",
        o.can_still_vote
    );
    for member in crate::store::committee::list(db).await? {
        crate::store::outbox::enqueue(db, &member.email, &subject, &body).await?;
    }
    Ok(())
}
