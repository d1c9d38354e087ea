//! `seed-demo`'s history: bank details for every co-op, months of orders settled across the
//! co-ops' currencies (one partly refunded, one in open dispute), a paid payout run and an
//! approved pool spending, each written through its real use case (the order door, the payout
//! desk, the committee's votes) and back-dated with `store::as_of`. Every piece is keyed or
//! looked for first, so a second run adds nothing.
use std::fmt::Write;

use chrono::{DateTime, Duration, Utc};
use entity::coop;
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::data::{COMMITTEE, COOPS};
use super::history_data::{bank_of, Ending, Step, STEPS};
use crate::config::Config;
use crate::db::begin_write;
use crate::domain::catalog::Quantity;
use crate::domain::coop::CoopRole;
use crate::domain::money::{Currency, FeeRate};
use crate::domain::order_state::{Action, Actor};
use crate::domain::review::{ReviewStatus, Vote};
use crate::error::AppError;
use crate::store::decisions::Subject;
use crate::store::orders::door::{self, Who};
use crate::store::orders::OrderRequest;
use crate::store::{self, as_of};

/// Seeds the history (once) and returns a line per piece it finds or adds.
pub async fn seed_history(db: &DatabaseConnection, config: &Config) -> Result<String, AppError> {
    let mut out = String::new();
    let added = bank_details(db).await?;
    let _ = writeln!(out, "  bank details: {added} co-op(s) added");
    let rate = door::fee_rate(db, config).await?;
    let start = Utc::now();
    let mut placed = 0;
    for (n, step) in STEPS.iter().enumerate() {
        let line = match step {
            Step::Order(o) => {
                let at = start - Duration::days(o.days_ago);
                placed += usize::from(order(db, rate, n, o, at).await?);
                continue;
            }
            Step::PayoutRun { days_ago, currency } => {
                payout_run(db, config, currency, start - Duration::days(*days_ago)).await?
            }
            Step::Spending { days_ago, title } => {
                spending(db, config, title, start - Duration::days(*days_ago)).await?
            }
        };
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out, "  orders: {placed} added");
    Ok(out)
}

async fn coop_named(db: &impl ConnectionTrait, name: &str) -> Result<coop::Model, AppError> {
    store::coops::find_by_name(db, name)
        .await?
        .ok_or_else(|| AppError::Internal(format!("demo co-op {name} is missing")))
}

/// The user id of a demo login.
async fn user(db: &impl ConnectionTrait, email: &str) -> Result<i32, AppError> {
    Ok(store::users::find_by_email(db, email)
        .await?
        .ok_or_else(|| AppError::Internal(format!("demo user {email} is missing")))?
        .id)
}

/// The demo login of a co-op's member with `role`.
async fn member(db: &impl ConnectionTrait, coop: &str, role: CoopRole) -> Result<i32, AppError> {
    let c = COOPS.iter().find(|c| c.name == coop);
    let m = c.and_then(|c| c.members.iter().find(|m| m.role == role));
    let m = m.ok_or_else(|| AppError::Internal(format!("{coop} has no demo {role}")))?;
    user(db, m.email).await
}

/// Gives every demo co-op without payout details its made-up bank account; returns how many.
async fn bank_details(db: &DatabaseConnection) -> Result<usize, AppError> {
    let tx = begin_write(db).await?;
    let mut added = 0;
    for c in COOPS {
        let coop = coop_named(&tx, c.name).await?;
        if store::payments::details(&tx, coop.id).await?.is_some() {
            continue;
        }
        let (iban, bic) = bank_of(c.name);
        store::payouts::set_bank_details(&tx, coop.id, c.name, iban, bic).await?;
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}

/// Places demo order `n` and walks it to its ending, in one transaction, each step at its own
/// hour after `at`; false when a first run placed it already (its key replays).
async fn order(
    db: &DatabaseConnection,
    rate: FeeRate,
    n: usize,
    o: &super::history_data::DemoOrder,
    at: DateTime<Utc>,
) -> Result<bool, AppError> {
    let (buyer, seller) = (
        coop_named(db, o.buyer).await?,
        coop_named(db, o.seller).await?,
    );
    let listing = store::listings::of_coop(db, seller.id)
        .await?
        .into_iter()
        .find(|l| l.sku == o.sku)
        .ok_or_else(|| AppError::Internal(format!("{} has no listing {}", o.seller, o.sku)))?;
    let quantity = Quantity::parse(o.quantity).map_err(|e| AppError::Internal(e.to_string()))?;
    let req = OrderRequest {
        lines: vec![(listing.id, quantity)],
        delivery_address: o.address.into(),
        note: String::new(),
    };
    let (placer, seller_admin) = (
        member(db, o.buyer, CoopRole::Member).await?,
        member(db, o.seller, CoopRole::Admin).await?,
    );
    let tx = begin_write(db).await?;
    let key = format!("demo-history-{n}");
    let placed = as_of(
        at,
        door::place_in(&tx, &buyer, placer, &req, Some(&key), rate),
    )
    .await?;
    if placed.replayed {
        return Ok(false);
    }
    let id = placed
        .orders
        .first()
        .ok_or_else(|| AppError::Internal("a demo order placed nothing".into()))?
        .id;
    let who = |user: i32, actor: Actor| Who {
        user_id: Some(user),
        roles: vec![actor],
    };
    let (buyer_side, seller_side) = (who(placer, Actor::Buyer), who(seller_admin, Actor::Seller));
    let hours = |h: i64| at + Duration::hours(h);
    act(&tx, id, Action::Accept, &seller_side, hours(3)).await?;
    act(&tx, id, Action::ConfirmPayment, &seller_side, hours(26)).await?;
    if let Ending::RefundPart { amount, reason } = o.ending {
        let refund = door::refund_part_in(&tx, id, amount, &seller_side, reason);
        as_of(hours(28), refund).await?;
    }
    act(&tx, id, Action::Ship, &seller_side, hours(50)).await?;
    match o.ending {
        Ending::Disputed { statement } => {
            act(&tx, id, Action::Dispute, &buyer_side, hours(120)).await?;
            let sides = [buyer.id];
            let said = store::disputes::add_statement(&tx, id, placer, &sides, statement);
            as_of(hours(121), said).await?;
        }
        _ => {
            act(&tx, id, Action::ConfirmDelivery, &buyer_side, hours(120)).await?;
            act(&tx, id, Action::Settle, &Who::system(), hours(121)).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

async fn act(
    db: &impl ConnectionTrait,
    id: i32,
    action: Action,
    who: &Who,
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    as_of(at, door::act_in(db, id, action, who, "", false)).await?;
    Ok(())
}

/// Drafts a payout run in `currency` (by the first committee member), has the two others
/// approve it and marks its bank file paid, over two days from `at`; once only.
async fn payout_run(
    db: &DatabaseConnection,
    config: &Config,
    currency: &str,
    at: DateTime<Utc>,
) -> Result<String, AppError> {
    if let Some(run) = store::payouts::list(db).await?.into_iter().last() {
        return Ok(format!("payout run #{} was there", run.id));
    }
    let currency = Currency::parse(currency)?;
    let [drafter, first, second] = committee(db).await?;
    let tx = begin_write(db).await?;
    let draft = store::payouts::draft(
        &tx,
        &config.payouts,
        currency,
        Some(drafter),
        &config.base_url,
    );
    let run = as_of(at, draft).await?;
    tx.commit().await?;
    let quorum = config.payouts.quorum;
    let mut status = ReviewStatus::AwaitingReview;
    for (voter, h) in [(first, 5), (second, 20)] {
        let vote = store::votes::decide(db, Subject::Run(run.id), voter, Vote::Approve, quorum);
        status = as_of(at + Duration::hours(h), vote).await?;
    }
    if status != ReviewStatus::Approved {
        return Ok(format!("payout run #{} awaits more approvals", run.id));
    }
    let paid = store::payouts::mark_all_paid(db, run.id, Some(drafter));
    let lines = as_of(at + Duration::hours(44), paid).await?;
    Ok(format!(
        "payout run #{} in {currency}: {lines} line(s) paid",
        run.id
    ))
}

/// The demo committee's user ids, in seeding order.
async fn committee(db: &impl ConnectionTrait) -> Result<[i32; 3], AppError> {
    let mut ids = [0; 3];
    for (id, u) in ids.iter_mut().zip(COMMITTEE) {
        *id = user(db, u.email).await?;
    }
    Ok(ids)
}

/// The Tsévié co-op's admin proposes `title` from the pool and two committee members approve
/// it (which earmarks the money), over a day from `at`; once only.
async fn spending(
    db: &DatabaseConnection,
    config: &Config,
    title: &str,
    at: DateTime<Utc>,
) -> Result<String, AppError> {
    if let Some(p) = store::spending::list(db, false).await?.into_iter().next() {
        return Ok(format!("pool spending #{} was there", p.id));
    }
    let recipient = &COOPS[0];
    let coop = coop_named(db, recipient.name).await?;
    let proposer = member(db, recipient.name, CoopRole::Admin).await?;
    let p = store::spending::Proposal {
        title: title.into(),
        purpose: "New fans and a charge controller for the co-op's solar fruit dryer, \
                  shared by all members, after the old ones failed in the rainy season."
            .into(),
        amount: "40.00".into(),
        currency: "EUR".into(),
        recipient_coop_id: coop.id.to_string(),
    };
    let tx = begin_write(db).await?;
    let proposed = store::spending::propose(&tx, proposer, &p, &config.base_url);
    let saved = as_of(at, proposed).await?;
    tx.commit().await?;
    let [first, second, _] = committee(db).await?;
    let mut status = ReviewStatus::AwaitingReview;
    for (voter, h) in [(first, 6), (second, 22)] {
        let subject = Subject::Spending(saved.id);
        let vote = store::votes::decide(db, subject, voter, Vote::Approve, config.payouts.quorum);
        status = as_of(at + Duration::hours(h), vote).await?;
    }
    let standing = match status {
        ReviewStatus::Approved => "approved",
        _ => "awaits more approvals",
    };
    Ok(format!("pool spending #{} {standing}", saved.id))
}
