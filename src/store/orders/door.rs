//! The order door: the only way to place, check out, act on, refund or settle an order. Each
//! use case opens its write transaction (through the group-commit writer, or alone), loads,
//! asks the domain to decide, writes and commits; handlers and jobs never open one. Behind it,
//! `order_batch` runs placements (`orders::place`) and actions (`order_actions`) as batches.
use entity::{coop, order, order_line};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::{replay, OrderRequest, Ordered, Place, Placement};
use crate::config::Config;
use crate::domain::fee_split::SplitPolicy;
use crate::domain::money::{FeeRate, Money};
use crate::domain::order_decision::pick;
use crate::domain::order_state::{Action, OrderState};
use crate::error::AppError;
use crate::group_commit::Writes;
use crate::store::market::{FeeRates, Stored};
use crate::store::order_actions::refusal;
pub use crate::store::order_actions::{roles_of, Act, By, Who};
use crate::store::order_batch::{self, OrderDone, OrderJob};
use crate::store::order_notices::PayBy;

/// The split policy in force: the committee cannot change it yet, so it is DESIGN.md's.
pub fn policy_in_force() -> SplitPolicy {
    SplitPolicy::default()
}

/// Whether confirming delivery settles at once: no dispute window is configured.
pub fn settles_on_delivery(config: &Config) -> bool {
    config.settlement_delay_secs == 0
}

/// How buyers pay: by card when Stripe is the gateway (`payments::from_config`), else by bank.
pub fn pay_by(config: &Config) -> PayBy {
    match config.stripe_secret_key {
        Some(_) => PayBy::Card,
        None => PayBy::BankTransfer,
    }
}

/// The fee rate in force: the committee's, or the configured default.
pub async fn fee_rate(db: &impl ConnectionTrait, config: &Config) -> Result<FeeRate, AppError> {
    crate::store::market::fee_rate(db, config.fee_rate).await
}

/// The rules a placement follows: the configuration, and where the fee rate in force is read
/// (`Stored`, or the server's short-lived copy of it).
pub struct InForce<'a, R: FeeRates> {
    pub config: &'a Config,
    pub rates: &'a R,
}

/// Places an order request as one write transaction; with an idempotency key, a retry (even a
/// concurrent one) returns the first placement, and the same key with another request is a 422.
/// With `expected_total` (one amount per currency), other totals are refused with a 409.
/// The fee rate and split policy are the ones `rules` has in force.
pub async fn place(
    writes: &Writes<OrderJob>,
    rules: InForce<'_, impl FeeRates>,
    buyer: &coop::Model,
    placed_by: i32,
    what: Ordered,
    key: Option<&str>,
    expected_total: Option<Vec<Money>>,
) -> Result<Placement, AppError> {
    let rate = rules
        .rates
        .fee_rate_in_force(writes.db(), rules.config.fee_rate)
        .await?;
    let request = match &what {
        Ordered::Request(req) => Some(req.clone()),
        Ordered::Cart { .. } => None,
    };
    let job = OrderJob::Place(Box::new(Place {
        buyer: buyer.clone(),
        placed_by,
        what,
        key: key.map(str::to_owned),
        rate,
        policy: policy_in_force(),
        expected_total,
    }));
    let placed = writes.submit(job).await.and_then(OrderDone::placed);
    match (placed, key) {
        // Another placement with the key committed between our look and our write (its
        // checkout's key, or its claim on the cart, stopped ours): its result is ours.
        (Err(e), Some(k)) => match replay(writes.db(), buyer.id, k, request.as_ref()).await? {
            Some(first) => Ok(first),
            None => Err(e),
        },
        (placed, _) => placed,
    }
}

/// Turns `buyer`'s cart into orders (one per seller) and empties it, at the fee rate in force,
/// for the member `user_id`. The checkout form's `token` is the cart revision its page showed:
/// only that revision is placed (another is a 409), and it is the placement's idempotency key,
/// so a double click, or two members checking out the same page at once, place it once.
pub async fn checkout_cart(
    writes: &Writes<OrderJob>,
    config: &Config,
    user_id: i32,
    buyer: &coop::Model,
    delivery_address: &str,
    note: &str,
    token: &str,
) -> Result<Placement, AppError> {
    let revision = token.trim().parse::<i64>().ok();
    let what = Ordered::Cart {
        delivery_address: delivery_address.to_owned(),
        note: note.to_owned(),
        revision,
    };
    // Not visible ASCII, so no API client's Idempotency-Key can take it.
    let key = revision.map(|r| format!("cart\u{b7}{r}"));
    let rules = InForce {
        config,
        rates: &Stored,
    };
    place(writes, rules, buyer, user_id, what, key.as_deref(), None).await
}

/// Places a request inside `db` (a write transaction the caller commits), at `rate`.
pub async fn place_in(
    db: &impl ConnectionTrait,
    buyer: &coop::Model,
    placed_by: i32,
    req: &OrderRequest,
    key: Option<&str>,
    rate: FeeRate,
) -> Result<Placement, AppError> {
    let job = OrderJob::Place(Box::new(Place {
        buyer: buyer.clone(),
        placed_by,
        what: Ordered::Request(req.clone()),
        key: key.map(str::to_owned),
        rate,
        policy: policy_in_force(),
        expected_total: None,
    }));
    order_batch::run_one(db, job).await?.placed()
}

/// Takes `action` on an order as one write transaction; confirming delivery settles it too
/// when no dispute window is configured. Returns the order as it now stands, with its lines.
pub async fn act(
    writes: &Writes<OrderJob>,
    config: &Config,
    order_id: i32,
    action: Action,
    by: By,
    note: String,
) -> Result<(order::Model, Vec<order_line::Model>), AppError> {
    let act = Act {
        order_id,
        action,
        by,
        note,
        settle_on_delivery: settles_on_delivery(config),
        pay_by: pay_by(config),
    };
    writes.submit(OrderJob::Act(act)).await?.acted()
}

/// Takes `action` on an order inside `db` (a write transaction the caller commits, as a
/// webhook's with its event record); returns the order as it now stands.
pub async fn act_in(
    db: &impl ConnectionTrait,
    order_id: i32,
    action: Action,
    who: &Who,
    note: &str,
    settle_on_delivery: bool,
) -> Result<order::Model, AppError> {
    let job = OrderJob::Act(Act {
        order_id,
        action,
        by: By::Who(who.clone()),
        note: note.to_owned(),
        settle_on_delivery,
        // Only the web and API door (`act`) accepts orders, the step whose mail says how to pay.
        pay_by: PayBy::default(),
    });
    Ok(order_batch::run_one(db, job).await?.acted()?.0)
}

/// Settles a delivered order (the background worker, after the dispute window) in a write
/// transaction of its own.
pub async fn settle(db: &DatabaseConnection, order_id: i32) -> Result<order::Model, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let o = act_in(&tx, order_id, Action::Settle, &Who::system(), "", false).await?;
    tx.commit().await?;
    Ok(o)
}

/// Refunds `amount` (in the order's major units) of an order as one write transaction: the
/// seller while it is paid, the committee also when it is settled or disputed. Refunding all
/// that is left refunds the order (as the refund action does); a part leaves its state as it is.
pub async fn refund_part(
    writes: &Writes<OrderJob>,
    order_id: i32,
    amount: String,
    who: Who,
    reason: String,
) -> Result<order::Model, AppError> {
    writes
        .run(move |tx| {
            let (amount, who, reason) = (amount.clone(), who.clone(), reason.clone());
            Box::pin(async move { refund_part_in(tx, order_id, &amount, &who, &reason).await })
        })
        .await
}

/// `refund_part` inside the caller's write transaction.
pub async fn refund_part_in(
    db: &impl ConnectionTrait,
    order_id: i32,
    amount: &str,
    who: &Who,
    reason: &str,
) -> Result<order::Model, AppError> {
    let o = super::get(db, order_id).await?;
    let from = o.state;
    let action = match from {
        OrderState::Disputed => Action::ResolveRefund,
        _ => Action::Refund,
    };
    let (_, actor) = pick(from, action, &who.roles).map_err(refusal)?;
    // Locks the order's row (in its state as read) before summing its refunds, so two
    // concurrent part refunds cannot both take the same remainder.
    crate::store::order_actions::keep_state(db, &o, from).await?;
    let parts = crate::store::refunds::plan(db, &o, amount).await?;
    if parts.completes {
        return act_in(db, order_id, action, who, reason, false).await;
    }
    crate::store::refunds::record(db, &o, from, &parts, who.user_id, reason).await?;
    let left = crate::store::refunds::refundable_minor(db, &o).await?;
    let settled = from == OrderState::Settled;
    let told = crate::store::order_notices::part_refunded(db, &o, &parts, left, settled, reason);
    crate::store::notify::queue_all(db, &[told.await?]).await?;
    let a = parts.amount;
    let note = crate::error::Msg::code("orders-note-part-refund")
        .money("amount", a.minor, a.currency.code(), a.currency.exponent())
        .arg("reason", reason.trim())
        .to_stored();
    let (user, role) = (who.user_id, actor.as_str());
    let event = super::Event {
        user,
        role,
        action: "partial_refund",
        from: Some(from),
        to: from,
        note: &note,
    };
    super::record_events(db, o.id, crate::store::now(), &[event]).await?;
    super::get(db, o.id).await
}
