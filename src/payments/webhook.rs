//! Stripe's webhook events, each applied once: the event id is recorded in `stripe_events` in
//! the same transaction as its effect, so a redelivery finds it and does nothing.
use entity::{checkout_payment, order, pending_transfer, stripe_event};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::Deserialize;
use serde_json::Value;

use crate::domain::order_state::{Action, OrderState};
use crate::domain::status::{transfer_event_status, CardPaymentStatus};
use crate::error::{AppError, Msg};
use crate::store;
use crate::store::orders::door::{act_in, Who};

/// The part of a Stripe event we read; everything else is ignored.
#[derive(Debug, Deserialize)]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub data: EventData,
}

/// `data.object`: the API object the event is about.
#[derive(Debug, Deserialize)]
pub struct EventData {
    pub object: Value,
}

/// What handling an event did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The event's effect was applied (and the event recorded).
    Applied,
    /// The event was seen before: nothing changed.
    Duplicate,
    /// A type we do not act on: recorded and acknowledged.
    Ignored,
}

/// Parses a verified body; a body that is not an event is a 400.
pub fn parse(body: &[u8]) -> Result<Event, AppError> {
    let event: Event = serde_json::from_slice(body).map_err(|e| {
        AppError::BadRequest(Msg::code("api-webhook-not-event").arg("detail", e.to_string()))
    })?;
    if !event.id.starts_with("evt_") || object_id(&event.data.object).is_empty() {
        return Err(AppError::BadRequest(Msg::code("api-webhook-no-ids")));
    }
    Ok(event)
}

fn object_id(o: &Value) -> &str {
    o["id"].as_str().unwrap_or_default()
}

/// Applies `event` once, in one write transaction with its record.
pub async fn handle(db: &DatabaseConnection, event: &Event) -> Result<Outcome, AppError> {
    let tx = crate::db::begin_write(db).await?;
    if stripe_event::Entity::find_by_id(event.id.clone())
        .one(&tx)
        .await?
        .is_some()
    {
        return Ok(Outcome::Duplicate);
    }
    let record = stripe_event::ActiveModel {
        id: Set(event.id.clone()),
        event_type: Set(event.kind.chars().take(64).collect()),
        object_id: Set(object_id(&event.data.object).chars().take(255).collect()),
        received_at: Set(store::now()),
    };
    if let Err(e) = record.insert(&tx).await {
        return if store::is_unique_violation(&e) {
            Ok(Outcome::Duplicate)
        } else {
            Err(e.into())
        };
    }
    let outcome = apply(&tx, event).await?;
    tx.commit().await?;
    Ok(outcome)
}

async fn apply(db: &impl ConnectionTrait, event: &Event) -> Result<Outcome, AppError> {
    let o = &event.data.object;
    match event.kind.as_str() {
        "payment_intent.succeeded" => payment_succeeded(db, o).await,
        "payment_intent.payment_failed" => {
            set_payment_status(db, o, CardPaymentStatus::Failed).await
        }
        "charge.refunded" => charge_refunded(db, o).await,
        "account.updated" => {
            let flag = |k: &str| o[k].as_bool().unwrap_or(false);
            let known = store::payments::sync_stripe_account(
                db,
                object_id(o),
                flag("charges_enabled"),
                flag("payouts_enabled"),
            )
            .await?;
            Ok(if known {
                Outcome::Applied
            } else {
                Outcome::Ignored
            })
        }
        kind if kind.starts_with("transfer.") => record_transfer(db, o, kind).await,
        _ => Ok(Outcome::Ignored),
    }
}

/// The checkout a PaymentIntent pays: its `transfer_group` (the checkout id), or metadata.
fn checkout_of(pi: &Value) -> Option<i32> {
    pi["transfer_group"]
        .as_str()
        .or(pi["metadata"]["checkout_id"].as_str())
        .and_then(|s| s.parse().ok())
}

async fn payment_succeeded(db: &impl ConnectionTrait, pi: &Value) -> Result<Outcome, AppError> {
    let Some(checkout_id) = checkout_of(pi) else {
        tracing::warn!(
            pi = object_id(pi),
            "payment_intent.succeeded names no checkout"
        );
        return Ok(Outcome::Ignored);
    };
    let orders = order::Entity::find()
        .filter(order::Column::CheckoutId.eq(checkout_id))
        .filter(order::Column::State.eq(OrderState::Accepted))
        .order_by_asc(order::Column::Id)
        .all(db)
        .await?;
    let due: i64 = orders.iter().map(|o| o.subtotal_minor).sum();
    let currency_ok = orders.iter().all(|o| {
        pi["currency"]
            .as_str()
            .is_some_and(|c| c.eq_ignore_ascii_case(&o.currency))
    });
    if orders.is_empty()
        || pi["amount_received"].as_i64().or(pi["amount"].as_i64()) != Some(due)
        || !currency_ok
    {
        tracing::warn!(
            checkout_id,
            pi = object_id(pi),
            due,
            "payment does not match the checkout's accepted orders"
        );
        return Ok(Outcome::Ignored);
    }
    let note = format!("Stripe {}", object_id(pi));
    for o in &orders {
        act_in(
            db,
            o.id,
            Action::PaymentSucceeded,
            &Who::system(),
            &note,
            false,
        )
        .await?;
    }
    checkout_payment::Entity::update_many()
        .col_expr(
            checkout_payment::Column::Status,
            Expr::value(CardPaymentStatus::Succeeded),
        )
        .col_expr(
            checkout_payment::Column::ChargeId,
            Expr::value(pi["latest_charge"].as_str()),
        )
        .col_expr(
            checkout_payment::Column::UpdatedAt,
            Expr::value(store::now()),
        )
        .filter(checkout_payment::Column::CheckoutId.eq(checkout_id))
        .exec(db)
        .await?;
    Ok(Outcome::Applied)
}

async fn set_payment_status(
    db: &impl ConnectionTrait,
    pi: &Value,
    status: CardPaymentStatus,
) -> Result<Outcome, AppError> {
    // A failed payment changes no order: they stay accepted, their stock stays reserved.
    record_status(
        db,
        checkout_payment::Column::PaymentIntentId,
        object_id(pi),
        status,
    )
    .await
}

async fn charge_refunded(db: &impl ConnectionTrait, charge: &Value) -> Result<Outcome, AppError> {
    // Refunds are decided in the app (the refund action posts the ledger); this records Stripe's side.
    let status = if charge["refunded"].as_bool() == Some(true) {
        CardPaymentStatus::Refunded
    } else {
        CardPaymentStatus::PartiallyRefunded
    };
    record_status(
        db,
        checkout_payment::Column::ChargeId,
        object_id(charge),
        status,
    )
    .await
}

/// Records Stripe's status on the checkout payment whose `column` is `id`; unknown ids are ignored.
async fn record_status(
    db: &impl ConnectionTrait,
    column: checkout_payment::Column,
    id: &str,
    status: CardPaymentStatus,
) -> Result<Outcome, AppError> {
    let res = checkout_payment::Entity::update_many()
        .col_expr(checkout_payment::Column::Status, Expr::value(status))
        .col_expr(
            checkout_payment::Column::UpdatedAt,
            Expr::value(store::now()),
        )
        .filter(column.eq(id))
        .exec(db)
        .await?;
    Ok(if res.rows_affected > 0 {
        Outcome::Applied
    } else {
        Outcome::Ignored
    })
}

async fn record_transfer(
    db: &impl ConnectionTrait,
    t: &Value,
    kind: &str,
) -> Result<Outcome, AppError> {
    let Some(status) = transfer_event_status(kind) else {
        return Ok(Outcome::Ignored);
    };
    let res = pending_transfer::Entity::update_many()
        .col_expr(pending_transfer::Column::Status, Expr::value(status))
        .col_expr(
            pending_transfer::Column::UpdatedAt,
            Expr::value(store::now()),
        )
        .filter(pending_transfer::Column::TransferId.eq(object_id(t)))
        .exec(db)
        .await?;
    Ok(if res.rows_affected > 0 {
        Outcome::Applied
    } else {
        Outcome::Ignored
    })
}
