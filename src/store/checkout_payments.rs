//! A checkout's card payment (its PaymentIntent, idempotency key stored before the first call)
//! and the transfers it funds: queued in the settlement's transaction, sent later by a job.
use entity::pending_transfer as transfer;
use entity::{checkout, checkout_payment as payment, order};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::order_state::OrderState;
use crate::domain::status::{CardPaymentStatus, TransferStatus, TRANSFER_DUE};
use crate::error::{AppError, Msg};

/// Most attempts at a transfer before it waits for a person.
const MAX_TRANSFER_ATTEMPTS: i32 = 10;

/// The accepted orders of a checkout to pay now: all its live orders must be accepted, in one currency.
async fn payable(db: &impl ConnectionTrait, checkout_id: i32) -> Result<(i64, String), AppError> {
    let orders = order::Entity::find()
        .filter(order::Column::CheckoutId.eq(checkout_id))
        .all(db)
        .await?;
    let dead = [OrderState::Rejected, OrderState::Cancelled];
    let live: Vec<&order::Model> = orders.iter().filter(|o| !dead.contains(&o.state)).collect();
    if live.iter().any(|o| o.state == OrderState::Placed) {
        return Err(AppError::Conflict(Msg::code("payments-error-not-accepted")));
    }
    let due: Vec<&&order::Model> = live
        .iter()
        .filter(|o| o.state == OrderState::Accepted)
        .collect();
    let Some(first) = due.first() else {
        return Err(AppError::Conflict(Msg::code("payments-error-nothing-due")));
    };
    if due.iter().any(|o| o.currency != first.currency) {
        return Err(AppError::Conflict(Msg::code("payments-error-currencies")));
    }
    Ok((
        due.iter().map(|o| o.subtotal_minor).sum(),
        first.currency.clone(),
    ))
}

/// The checkout's payment row, created (with its idempotency key) and committed if new.
pub async fn prepare(
    db: &DatabaseConnection,
    buyer_coop: i32,
    checkout_id: i32,
) -> Result<payment::Model, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let c = checkout::Entity::find_by_id(checkout_id)
        .one(&tx)
        .await?
        .filter(|c| c.buyer_coop_id == buyer_coop)
        .ok_or_else(|| AppError::not_found("checkout"))?;
    if let Some(existing) = payment::Entity::find_by_id(c.id).one(&tx).await? {
        if existing.status == CardPaymentStatus::Succeeded {
            return Err(AppError::Conflict(Msg::code("payments-error-already-paid")));
        }
        return Ok(existing);
    }
    let (amount, currency) = payable(&tx, c.id).await?;
    let now = super::now();
    let row = payment::ActiveModel {
        checkout_id: Set(c.id),
        idempotency_key: Set(format!("checkout-{}", c.id)),
        payment_intent_id: Set(None),
        charge_id: Set(None),
        currency: Set(currency),
        amount_minor: Set(amount),
        status: Set(CardPaymentStatus::Creating),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// Remembers the PaymentIntent Stripe made for the checkout.
pub async fn record_intent(
    db: &DatabaseConnection,
    checkout_id: i32,
    intent: &str,
) -> Result<(), AppError> {
    payment::Entity::update_many()
        .col_expr(payment::Column::PaymentIntentId, Expr::value(intent))
        .col_expr(
            payment::Column::Status,
            Expr::value(CardPaymentStatus::RequiresPayment),
        )
        .col_expr(payment::Column::UpdatedAt, Expr::value(super::now()))
        .filter(payment::Column::CheckoutId.eq(checkout_id))
        .filter(payment::Column::Status.eq(CardPaymentStatus::Creating))
        .exec(db)
        .await?;
    Ok(())
}

/// Which of `checkouts` were paid by card (have a charge), in one query: only their orders
/// have a transfer to queue at settlement.
pub async fn charged(
    db: &impl ConnectionTrait,
    checkouts: impl IntoIterator<Item = i32>,
) -> Result<std::collections::HashSet<i32>, AppError> {
    Ok(payment::Entity::find()
        .filter(payment::Column::CheckoutId.is_in(checkouts))
        .filter(payment::Column::ChargeId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.checkout_id)
        .collect())
}

/// At settlement (in its transaction): queues the seller's S−F as a transfer when the order was
/// paid by card and the seller's connected account is ready; bank-paid sellers go in payout runs.
pub async fn queue_transfer(db: &impl ConnectionTrait, o: &order::Model) -> Result<(), AppError> {
    let charge = payment::Entity::find_by_id(o.checkout_id)
        .one(db)
        .await?
        .and_then(|p| p.charge_id);
    // Paid by bank: nothing for Stripe to transfer (and no need to look at the seller).
    let Some(charge) = charge else {
        return Ok(());
    };
    // A seller whose account Stripe does not yet let take payouts is paid by bank.
    let Some(account) = super::connect::ready_account(db, o.seller_coop_id).await? else {
        return Ok(());
    };
    if transfer::Entity::find_by_id(o.id).one(db).await?.is_some() {
        return Ok(());
    }
    // What the seller kept after refunds before settlement, less the fee on it.
    let kept = super::refunds::kept_by(db, o).await?;
    let amount = kept.subtotal.checked_sub(kept.fee)?.minor;
    if amount <= 0 {
        return Ok(());
    }
    // The proceeds leave the seller's ledger account now, with the queued transfer, so a payout
    // run drafted before the worker sends it cannot pay them again.
    super::payments::post_proceeds_transfer(db, o, format!("transfer:{}", o.id), amount).await?;
    let now = super::now();
    transfer::ActiveModel {
        order_id: Set(o.id),
        destination: Set(account),
        currency: Set(o.currency.clone()),
        amount_minor: Set(amount),
        source_transaction: Set(Some(charge)),
        transfer_group: Set(o.checkout_id.to_string()),
        transfer_id: Set(None),
        status: Set(TransferStatus::Pending),
        attempts: Set(0),
        last_error: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Transfers not sent yet and not given up on, oldest first (one left `sending` by a crash is
/// sent again with the same key and amount).
pub async fn due_transfers(db: &impl ConnectionTrait) -> Result<Vec<transfer::Model>, AppError> {
    Ok(transfer::Entity::find()
        .filter(transfer::Column::Status.is_in(TRANSFER_DUE))
        .filter(transfer::Column::Attempts.lt(MAX_TRANSFER_ATTEMPTS))
        .order_by_asc(transfer::Column::OrderId)
        .all(db)
        .await?)
}

/// Marks a transfer as being sent, if it is still the amount read: from then on a refund
/// reverses it instead of cutting it. False when a refund changed it meanwhile (read it again).
pub async fn start_sending(
    db: &impl ConnectionTrait,
    t: &transfer::Model,
) -> Result<bool, AppError> {
    let res = transfer::Entity::update_many()
        .col_expr(
            transfer::Column::Status,
            Expr::value(TransferStatus::Sending),
        )
        .col_expr(transfer::Column::UpdatedAt, Expr::value(super::now()))
        .filter(transfer::Column::OrderId.eq(t.order_id))
        .filter(transfer::Column::Status.is_in(TRANSFER_DUE))
        .filter(transfer::Column::AmountMinor.eq(t.amount_minor))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn transfer_sent(
    db: &impl ConnectionTrait,
    order_id: i32,
    transfer_id: &str,
) -> Result<(), AppError> {
    transfer::Entity::update_many()
        .col_expr(transfer::Column::Status, Expr::value(TransferStatus::Sent))
        .col_expr(transfer::Column::TransferId, Expr::value(transfer_id))
        .col_expr(
            transfer::Column::Attempts,
            Expr::col(transfer::Column::Attempts).add(1),
        )
        .col_expr(transfer::Column::UpdatedAt, Expr::value(super::now()))
        .filter(transfer::Column::OrderId.eq(order_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn transfer_failed(
    db: &impl ConnectionTrait,
    order_id: i32,
    error: &str,
) -> Result<(), AppError> {
    transfer::Entity::update_many()
        .col_expr(
            transfer::Column::Status,
            Expr::value(TransferStatus::Failed),
        )
        .col_expr(
            transfer::Column::LastError,
            Expr::value(error.chars().take(1000).collect::<String>()),
        )
        .col_expr(
            transfer::Column::Attempts,
            Expr::col(transfer::Column::Attempts).add(1),
        )
        .col_expr(transfer::Column::UpdatedAt, Expr::value(super::now()))
        .filter(transfer::Column::OrderId.eq(order_id))
        .exec(db)
        .await?;
    Ok(())
}
