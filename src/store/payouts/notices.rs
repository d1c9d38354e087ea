//! The mail a draft queues, in the draft's transaction, each in its reader's language: the
//! committee is asked to review, the admins of a held co-op are asked for bank details, and the
//! committee is told once when the run cannot reach its quorum with the members who may still
//! vote.
use entity::{payout_line, payout_run, user};
use i18n::{FluentValue, Tr};
use sea_orm::ConnectionTrait;
use templates::mail::text_mail;

use super::Subject;
use crate::domain::coop::CoopRole;
use crate::domain::money::Money;
use crate::domain::payout::Route;
use crate::error::AppError;
use crate::store::locale::{money, tr_of};

/// Queues to each of `to` the mail `subject` with the paragraphs `body`, in their language.
async fn send(
    db: &impl ConnectionTrait,
    to: &[user::Model],
    subject: &str,
    body: &[&str],
    args: impl Fn(&Tr) -> Vec<(&'static str, FluentValue<'static>)>,
) -> Result<(), AppError> {
    for u in to {
        let tr = tr_of(u);
        let args = args(&tr);
        let paragraphs: Vec<String> = body.iter().map(|k| tr.t_args(k, &args)).collect();
        let mail = text_mail(tr.t_args(subject, &args), &paragraphs);
        crate::store::outbox::enqueue_mail(db, &u.email, &mail).await?;
    }
    Ok(())
}

/// Queues "a run awaits your review" to every committee member.
pub(super) async fn ask_committee(
    db: &impl ConnectionTrait,
    run_id: i32,
    total: Money,
    coops: usize,
    base_url: &url::Url,
) -> Result<(), AppError> {
    let link = crate::config::absolute(base_url, &format!("/committee/payouts/{run_id}"));
    let members = crate::store::committee::list(db).await?;
    let body = ["mail-run-review-body", "mail-review-at"];
    send(db, &members, "mail-run-review-subject", &body, |tr| {
        vec![
            ("run", run_id.to_string().into()),
            ("amount", money(tr, total).into()),
            ("count", coops.into()),
            ("link", link.clone().into()),
        ]
    })
    .await
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
        let admins: Vec<user::Model> = crate::store::coops::members(db, line.coop_id)
            .await?
            .into_iter()
            .filter(|(_, role)| *role == CoopRole::Admin)
            .map(|(u, _)| u)
            .collect();
        let body = ["mail-run-held-body"];
        send(db, &admins, "mail-run-held-subject", &body, |tr| {
            vec![
                ("run", run.id.to_string().into()),
                ("amount", money(tr, amount).into()),
                ("link", link.clone().into()),
            ]
        })
        .await?;
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
    let members = crate::store::committee::list(db).await?;
    let body = ["mail-run-blocked-body", "mail-see"];
    send(db, &members, "mail-run-blocked-subject", &body, |_| {
        vec![
            ("run", run_id.to_string().into()),
            ("quorum", quorum.into()),
            ("count", o.can_still_vote.into()),
            ("link", link.clone().into()),
        ]
    })
    .await
}
