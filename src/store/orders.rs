//! Orders as stored: what a placement asks for and gives back, an order's money and history,
//! and reading orders back. Every change goes through the door (`orders::door`); this module
//! imports none of the modules that write orders, so they can all import it.
use entity::{checkout, coop, order, order_event, order_line};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::domain::catalog::Quantity;
use crate::domain::fee_split::{FeeSplit, SplitPolicy};
use crate::domain::money::{Currency, FeeRate, Money};
use crate::domain::order_state::OrderState;
use crate::domain::refund::Charged;
use crate::error::{AppError, FieldErrors, Msg};

pub mod door;
mod pages;
pub mod pending;
pub mod place;
mod place_rows;
mod repeats;

pub use pages::{page_named, page_where, page_with_lines, Side};

/// A request to place orders: for `buyer`, by user `placed_by`, at the fee rate and split
/// policy in force.
pub struct Place {
    pub buyer: coop::Model,
    pub placed_by: i32,
    pub what: Ordered,
    /// The buyer's idempotency key: a retry returns the first placement.
    pub key: Option<String>,
    pub rate: FeeRate,
    pub policy: SplitPolicy,
    /// What the buyer expects to pay, one amount per currency: other totals are refused (409).
    pub expected_total: Option<Vec<Money>>,
}

/// What is ordered: the lines of a request, or what the user has in the buyer's cart (which the
/// placement empties).
pub enum Ordered {
    Request(OrderRequest),
    Cart {
        delivery_address: String,
        note: String,
        /// The revision of the co-op's cart that the checkout page showed; none when the
        /// form carried none (refused: nobody saw what it would place).
        revision: Option<i64>,
    },
}

/// What a buyer asks for: listings and quantities, where to deliver, a note.
#[derive(Clone, Debug)]
pub struct OrderRequest {
    pub lines: Vec<(i32, Quantity)>,
    pub delivery_address: String,
    pub note: String,
}

/// The orders one checkout produced; `replayed` when an idempotency key returned earlier ones.
#[derive(Clone)]
pub struct Placement {
    pub checkout_id: i32,
    pub orders: Vec<order::Model>,
    /// `lines[i]` are the lines of `orders[i]`.
    pub lines: Vec<Vec<order_line::Model>>,
    pub replayed: bool,
}

fn request_hash(req: &OrderRequest) -> String {
    let canonical = serde_json::to_string(&(
        req.lines.iter().map(|(l, q)| (l, q.0)).collect::<Vec<_>>(),
        &req.delivery_address,
        &req.note,
    ))
    .unwrap_or_default();
    crate::auth::sha256_hex(&canonical)
}

/// The orders of an earlier checkout with this key, or a 422 if the key came with another
/// request (`None`: a cart's checkout, whose cart the first placement emptied).
pub async fn replay(
    db: &impl ConnectionTrait,
    buyer: i32,
    key: &str,
    req: Option<&OrderRequest>,
) -> Result<Option<Placement>, AppError> {
    let Some(c) = checkout::Entity::find()
        .filter(checkout::Column::BuyerCoopId.eq(buyer))
        .filter(checkout::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if req.is_some_and(|req| c.request_hash != request_hash(req)) {
        return Err(FieldErrors::single(
            "Idempotency-Key",
            Msg::code("order-error-key-reused"),
        ));
    }
    let (orders, lines) = with_lines(db, order::Column::CheckoutId.eq(c.id))
        .await?
        .into_iter()
        .unzip();
    Ok(Some(Placement {
        checkout_id: c.id,
        orders,
        lines,
        replayed: true,
    }))
}

/// An order's money as its row stores it: subtotal, fee and the fee's split, in its currency.
pub fn money(o: &order::Model) -> Result<Charged, AppError> {
    let c = Currency::parse(&o.currency)?;
    let m = |minor| Money::from_minor(minor, c);
    Ok(Charged {
        subtotal: m(o.subtotal_minor),
        fee: m(o.fee_minor),
        split: FeeSplit {
            pool: m(o.pool_minor),
            seller_share: m(o.seller_share_minor),
            buyer_share: m(o.buyer_share_minor),
        },
    })
}

/// One row of an order's history: who (user and role) did what, from and to which state.
pub struct Event<'a> {
    pub user: Option<i32>,
    pub role: &'a str,
    pub action: &'a str,
    pub from: Option<OrderState>,
    pub to: OrderState,
    pub note: &'a str,
}

/// Appends `events` to an order's history in one insert, all at `at`.
pub async fn record_events(
    db: &impl ConnectionTrait,
    order_id: i32,
    at: chrono::DateTime<chrono::Utc>,
    events: &[Event<'_>],
) -> Result<(), AppError> {
    let rows = events.iter().map(|e| event_row(order_id, at, e));
    order_event::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The history row of `e`.
pub fn event_row(
    order_id: i32,
    at: chrono::DateTime<chrono::Utc>,
    e: &Event<'_>,
) -> order_event::ActiveModel {
    order_event::ActiveModel {
        order_id: Set(order_id),
        actor_user_id: Set(e.user),
        actor_role: Set(e.role.into()),
        action: Set(e.action.into()),
        from_state: Set(e.from),
        to_state: Set(e.to),
        note: Set(e.note.into()),
        created_at: Set(at),
        ..Default::default()
    }
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<order::Model, AppError> {
    order::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("order"))
}

/// The orders `filter` picks, each with its lines, both in id order, in one query.
pub async fn with_lines(
    db: &impl ConnectionTrait,
    filter: impl sea_orm::sea_query::IntoCondition,
) -> Result<Vec<(order::Model, Vec<order_line::Model>)>, AppError> {
    Ok(order::Entity::find()
        .filter(filter)
        .find_with_related(order_line::Entity)
        .order_by_asc(order::Column::Id)
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await?)
}

pub async fn lines(
    db: &impl ConnectionTrait,
    order_id: i32,
) -> Result<Vec<order_line::Model>, AppError> {
    Ok(order_line::Entity::find()
        .filter(order_line::Column::OrderId.eq(order_id))
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await?)
}

pub async fn events(
    db: &impl ConnectionTrait,
    order_id: i32,
) -> Result<Vec<order_event::Model>, AppError> {
    Ok(order_event::Entity::find()
        .filter(order_event::Column::OrderId.eq(order_id))
        .order_by_asc(order_event::Column::Id)
        .all(db)
        .await?)
}
