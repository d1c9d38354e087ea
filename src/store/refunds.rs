//! Refunds, whole or in parts, in the refunding transaction: the refund row (with its Stripe
//! idempotency keys fixed), the ledger entries, and the seller's transfer cut down if it is still
//! queued. Money goes back at Stripe after commit (`payments::stripe`, sent by the transfer job).
use entity::pending_transfer as transfer;
use entity::{checkout_payment, journal_entry, order, refund};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::bounds;
use crate::domain::fee_split::FeeSplit;
use crate::domain::ledger::{
    payment_reversal_postings, refund_after_settlement_postings, OrderParties,
};
use crate::domain::money::Money;
use crate::domain::order_state::OrderState;
use crate::domain::refund::{kept, plan_refund, Charged, RefundError, RefundParts, Refunded};
use crate::domain::status::{
    transfer_is_queued, PaymentMethod, RefundStatus, ReversalStatus, TransferStatus, CARD_PAID,
};
use crate::error::{AppError, FieldErrors, Msg};

/// The order's refunds, oldest first.
pub async fn of_order(
    db: &impl ConnectionTrait,
    order_id: i32,
) -> Result<Vec<refund::Model>, AppError> {
    Ok(refund::Entity::find()
        .filter(refund::Column::OrderId.eq(order_id))
        .order_by_asc(refund::Column::Id)
        .all(db)
        .await?)
}

/// What the order's refunds have given back so far.
pub async fn so_far(db: &impl ConnectionTrait, o: &order::Model) -> Result<Refunded, AppError> {
    so_far_of(o, &of_order(db, o.id).await?)
}

/// What `refunds` (the order's) have given back.
fn so_far_of(o: &order::Model, refunds: &[refund::Model]) -> Result<Refunded, AppError> {
    let c = super::orders::money(o)?;
    let cur = c.subtotal.currency;
    let m = |minor| Money::from_minor(minor, cur);
    let mut total = Refunded::none(&c);
    for r in refunds {
        let parts = RefundParts {
            amount: m(r.amount_minor),
            fee: m(r.fee_minor),
            claw_back: FeeSplit {
                pool: m(r.pool_minor),
                seller_share: m(r.seller_share_minor),
                buyer_share: m(r.buyer_share_minor),
            },
            completes: false,
        };
        total = total.plus(&parts)?;
    }
    Ok(total)
}

/// The refunds of each of `orders`, in one query (orders without any are absent).
pub async fn of_orders(
    db: &impl ConnectionTrait,
    orders: impl IntoIterator<Item = i32>,
) -> Result<std::collections::HashMap<i32, Vec<refund::Model>>, AppError> {
    let mut by_order: std::collections::HashMap<i32, Vec<refund::Model>> = Default::default();
    for r in refund::Entity::find()
        .filter(refund::Column::OrderId.is_in(orders))
        .order_by_asc(refund::Column::Id)
        .all(db)
        .await?
    {
        by_order.entry(r.order_id).or_default().push(r);
    }
    Ok(by_order)
}

/// The order as a settlement charges it: what was kept after refunds before settlement.
pub async fn kept_by(db: &impl ConnectionTrait, o: &order::Model) -> Result<Charged, AppError> {
    kept_after(o, &of_order(db, o.id).await?)
}

/// `kept_by` with the order's refunds already read.
pub fn kept_after(o: &order::Model, refunds: &[refund::Model]) -> Result<Charged, AppError> {
    Ok(kept(&super::orders::money(o)?, &so_far_of(o, refunds)?)?)
}

/// What may still be refunded of the order, in minor units.
pub async fn refundable_minor(
    db: &impl ConnectionTrait,
    o: &order::Model,
) -> Result<i64, AppError> {
    Ok(kept_by(db, o).await?.subtotal.minor)
}

fn refusal(e: RefundError) -> AppError {
    match e {
        RefundError::Money(m) => AppError::Internal(m.to_string()),
        RefundError::NotPositive => {
            FieldErrors::single("amount", Msg::code("orders-refund-not-positive"))
        }
        RefundError::TooMuch { refundable: m } => FieldErrors::single(
            "amount",
            Msg::code("orders-refund-too-much").money(
                "left",
                m.minor,
                m.currency.code(),
                m.currency.exponent(),
            ),
        ),
    }
}

/// Parses an amount in the order's major units ("12.50") and plans refunding it; 422 when the
/// amount is not a positive number with the currency's decimals or exceeds what is left.
pub async fn plan(
    db: &impl ConnectionTrait,
    o: &order::Model,
    amount: &str,
) -> Result<RefundParts, AppError> {
    let c = super::orders::money(o)?;
    let amount = bounds::parse_at_most(
        amount.trim(),
        c.subtotal.currency,
        bounds::MAX_REFUND_MINOR,
        "refund",
    )
    .map_err(|e| FieldErrors::single("amount", e))?;
    plan_refund(&c, &so_far(db, o).await?, amount).map_err(refusal)
}

/// Refunds everything still refundable (the order is being moved to `refunded`).
pub async fn refund_rest(
    db: &impl ConnectionTrait,
    o: &order::Model,
    from: OrderState,
    user: Option<i32>,
    reason: &str,
) -> Result<(), AppError> {
    let c = super::orders::money(o)?;
    let done = so_far(db, o).await?;
    let left = kept(&c, &done)?.subtotal;
    if !left.is_positive() {
        return Ok(());
    }
    let parts = plan_refund(&c, &done, left).map_err(refusal)?;
    record(db, o, from, &parts, user, reason).await?;
    Ok(())
}

/// The card payment of the order's checkout, when it was paid by card and succeeded.
async fn card_payment(
    db: &impl ConnectionTrait,
    o: &order::Model,
) -> Result<Option<String>, AppError> {
    Ok(checkout_payment::Entity::find_by_id(o.checkout_id)
        .one(db)
        .await?
        .filter(|p| CARD_PAID.contains(&p.status))
        .and_then(|p| p.payment_intent_id))
}

/// How a refund goes back: by card (its PaymentIntent) or bank, and the transfer reversal due.
struct Sending {
    intent: Option<String>,
    reversal_status: ReversalStatus,
    reversal_minor: i64,
}

/// Writes one refund of `parts` of `o` (in state `from`): the row, its ledger entries, and the
/// seller's queued transfer cut down by the proceeds refunded. Returns the row.
pub async fn record(
    db: &impl ConnectionTrait,
    o: &order::Model,
    from: OrderState,
    parts: &RefundParts,
    user: Option<i32>,
    reason: &str,
) -> Result<refund::Model, AppError> {
    let intent = card_payment(db, o).await?;
    let after_settlement = from == OrderState::Settled;
    let remaining = super::orders::money(o)?
        .split
        .checked_sub(&so_far(db, o).await?.claw_back)?;
    let proceeds = parts.proceeds()?.minor;
    // After settlement, the seller's part comes back from its Stripe transfer: cut from the
    // queued transfer, or reversed once the transfer has left.
    let (mut cut, mut reversal_status, mut reversal_minor) = (0, ReversalStatus::None, 0);
    if intent.is_some() && after_settlement {
        match cut_queued_transfer(db, o.id, proceeds).await? {
            Some(c) => cut = c,
            None => (reversal_status, reversal_minor) = (ReversalStatus::Due, proceeds),
        }
    }
    let sending = Sending {
        intent,
        reversal_status,
        reversal_minor,
    };
    let row = new_row(o, parts, &sending, after_settlement, user, reason)
        .insert(db)
        .await?;
    let mut m: refund::ActiveModel = row.clone().into();
    m.idempotency_key = Set(refund_key(row.id));
    let row = m.update(db).await?;
    post(db, o, &row, parts, &remaining, after_settlement).await?;
    // The proceeds the transfer no longer carries are the seller's again (and the refund's
    // entry above takes them back), so the seller is never charged twice for one refund.
    if cut > 0 {
        let key = format!("transfer-cut:{}", row.id);
        super::payments::post_proceeds_transfer(db, o, key, -cut).await?;
    }
    if reversal_minor > 0 {
        let key = format!("transfer-reversal:{}", row.id);
        super::payments::post_proceeds_transfer(db, o, key, -reversal_minor).await?;
    }
    Ok(row)
}

fn new_row(
    o: &order::Model,
    parts: &RefundParts,
    sending: &Sending,
    after_settlement: bool,
    user: Option<i32>,
    reason: &str,
) -> refund::ActiveModel {
    let card = sending.intent.is_some();
    let now = super::now();
    refund::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        order_id: Set(o.id),
        currency: Set(o.currency.clone()),
        amount_minor: Set(parts.amount.minor),
        fee_minor: Set(parts.fee.minor),
        pool_minor: Set(parts.claw_back.pool.minor),
        seller_share_minor: Set(parts.claw_back.seller_share.minor),
        buyer_share_minor: Set(parts.claw_back.buyer_share.minor),
        after_settlement: Set(after_settlement),
        reason: Set(reason.trim().chars().take(500).collect()),
        requested_by: Set(user),
        via: Set(if card {
            PaymentMethod::Card
        } else {
            PaymentMethod::Bank
        }),
        payment_intent_id: Set(sending.intent.clone()),
        // Fixed from the row's id right after the insert, in the same transaction.
        idempotency_key: Set(String::new()),
        stripe_refund_id: Set(None),
        // A bank refund is made by people and recorded here; a card refund is sent after commit.
        status: Set(if card {
            RefundStatus::Pending
        } else {
            RefundStatus::Recorded
        }),
        reversal_minor: Set(sending.reversal_minor),
        transfer_id: Set(None),
        reversal_status: Set(sending.reversal_status),
        reversal_id: Set(None),
        attempts: Set(0),
        last_error: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// The Stripe idempotency key of a refund, fixed when the refund is recorded.
pub fn refund_key(id: i32) -> String {
    format!("refund-{id}")
}

/// The Stripe idempotency key of the transfer reversal that goes with a refund.
pub fn reversal_key(id: i32) -> String {
    format!("reversal-{id}")
}

/// Cuts the order's transfer by `proceeds` while it is still queued (a cut to zero cancels it)
/// and returns how much was cut (0 when the order has no card transfer: the seller is paid by
/// bank and the ledger nets it); `None` when it is being sent or was sent, so the refund must
/// reverse it instead. Conditional on the amount read, so a worker starting to send meanwhile
/// is never raced.
async fn cut_queued_transfer(
    db: &impl ConnectionTrait,
    order_id: i32,
    proceeds: i64,
) -> Result<Option<i64>, AppError> {
    let Some(t) = transfer::Entity::find_by_id(order_id).one(db).await? else {
        return Ok(Some(0));
    };
    if !transfer_is_queued(t.status) {
        return Ok(None);
    }
    let cut = proceeds.min(t.amount_minor);
    let left = t.amount_minor - cut;
    let status = if left == 0 {
        TransferStatus::Cancelled
    } else {
        t.status
    };
    let res = transfer::Entity::update_many()
        .col_expr(transfer::Column::AmountMinor, Expr::value(left))
        .col_expr(transfer::Column::Status, Expr::value(status))
        .col_expr(transfer::Column::UpdatedAt, Expr::value(super::now()))
        .filter(transfer::Column::OrderId.eq(order_id))
        .filter(transfer::Column::Status.eq(t.status))
        .filter(transfer::Column::AmountMinor.eq(t.amount_minor))
        .exec(db)
        .await?;
    Ok((res.rows_affected == 1).then_some(cut))
}

/// The refund's ledger entries: after settlement the settlement is reversed for this part
/// (`refund:`), and the payment goes back to the buyer (`refund-pay:`). A refund of the whole
/// order at once is keyed by the order, a part by the refund's id.
async fn post(
    db: &impl ConnectionTrait,
    o: &order::Model,
    row: &refund::Model,
    parts: &RefundParts,
    remaining: &FeeSplit,
    after_settlement: bool,
) -> Result<(), AppError> {
    let suffix = if parts.amount.minor == o.subtotal_minor {
        o.id.to_string()
    } else {
        format!("{}:{}", o.id, row.id)
    };
    let ledger_err = |e: crate::domain::ledger::LedgerError| AppError::Internal(e.to_string());
    if after_settlement {
        let parties = OrderParties {
            seller_coop: o.seller_coop_id,
            buyer_coop: o.buyer_coop_id,
        };
        let postings =
            refund_after_settlement_postings(parties, parts.amount, parts.fee, remaining)
                .map_err(ledger_err)?;
        let memo = format!("order #{} refunded {} after settlement", o.id, parts.amount);
        super::payments::post(db, format!("refund:{suffix}"), "refund", memo, o, postings).await?;
    }
    if paid_in_ledger(db, o.id).await? {
        let postings =
            payment_reversal_postings(o.buyer_coop_id, parts.amount).map_err(ledger_err)?;
        let memo = format!("payment for order #{}: {} returned", o.id, parts.amount);
        let key = format!("refund-pay:{suffix}");
        super::payments::post(db, key, "payment_refund", memo, o, postings).await?;
    }
    Ok(())
}

/// Orders paid before the ledger knew payments have no `pay:` entry and nothing to return.
async fn paid_in_ledger(db: &impl ConnectionTrait, order_id: i32) -> Result<bool, AppError> {
    Ok(journal_entry::Entity::find()
        .filter(journal_entry::Column::IdempotencyKey.eq(format!("pay:{order_id}")))
        .one(db)
        .await?
        .is_some())
}
