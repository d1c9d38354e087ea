//! Orders as stored: what a placement asks for and gives back, an order's money and history,
//! and reading orders back. Every change goes through the door (`orders::door`); this module
//! imports none of the modules that write orders, so they can all import it.
use std::collections::BTreeMap;
use std::sync::LazyLock;

use entity::{checkout, coop, order, order_event, order_line};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, IdenStatic,
    Iterable, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::catalog::Quantity;
use crate::domain::fee_split::{FeeSplit, SplitPolicy};
use crate::domain::money::{Currency, FeeRate, Money};
use crate::domain::order_state::OrderState;
use crate::domain::page::{Cursor, PageRequest};
use crate::domain::refund::Charged;
use crate::error::{AppError, FieldErrors, Msg};
use crate::store::Binds;

pub mod door;
pub mod pending;
pub mod place;
mod place_rows;
mod repeats;

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

/// One page of the orders where one of `coops` is the buyer (or the seller), optionally in one
/// state, newest first, and the cursor of the next page: one query, whatever the page's depth.
pub async fn page(
    db: &impl ConnectionTrait,
    coops: &[i32],
    selling: bool,
    state: Option<OrderState>,
    page: &PageRequest,
) -> Result<(Vec<order::Model>, Option<Cursor>), AppError> {
    if let Some(sql) = one_coop_page(db, coops, selling, state, page, false) {
        let (b, sql) = sql;
        let rows = db
            .query_all_raw(b.statement(sql))
            .await?
            .iter()
            .map(|r| order::Model::from_query_result(r, ""))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(page.cut(rows, |o| i64::from(o.id)));
    }
    let col = if selling {
        order::Column::SellerCoopId
    } else {
        order::Column::BuyerCoopId
    };
    let mut these = Condition::all().add(col.is_in(coops.iter().copied()));
    if let Some(s) = state {
        these = these.add(order::Column::State.eq(s));
    }
    page_where(db, these, page).await
}

/// One page of the orders that meet `these`, newest first, and the cursor of the next page:
/// one query, whatever the page's depth.
pub async fn page_where(
    db: &impl ConnectionTrait,
    these: Condition,
    page: &PageRequest,
) -> Result<(Vec<order::Model>, Option<Cursor>), AppError> {
    let mut q = order::Entity::find().filter(these);
    if let Some(before) = page.before {
        q = q.filter(order::Column::Id.lt(before));
    }
    let rows = q
        .order_by_desc(order::Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    Ok(page.cut(rows, |o| i64::from(o.id)))
}

/// `page` with the name of each order's other party (the buyer when `selling`), read with the
/// orders in one query; a co-op that is gone is named "".
pub async fn page_named(
    db: &impl ConnectionTrait,
    coops: &[i32],
    selling: bool,
    state: Option<OrderState>,
    page: &PageRequest,
) -> Result<(Vec<(order::Model, String)>, Option<Cursor>), AppError> {
    use sea_orm::QueryTrait;
    if let Some((b, sql)) = one_coop_page(db, coops, selling, state, page, true) {
        let mut rows = Vec::new();
        for r in db.query_all_raw(b.statement(sql)).await? {
            let name: Option<String> = r.try_get("", "other_name")?;
            rows.push((
                order::Model::from_query_result(&r, "")?,
                name.unwrap_or_default(),
            ));
        }
        return Ok(page.cut(rows, |(o, _)| i64::from(o.id)));
    }
    let (mine, other) = if selling {
        (order::Column::SellerCoopId, order::Column::BuyerCoopId)
    } else {
        (order::Column::BuyerCoopId, order::Column::SellerCoopId)
    };
    let mut q = order::Entity::find().filter(mine.is_in(coops.iter().copied()));
    if let Some(s) = state {
        q = q.filter(order::Column::State.eq(s));
    }
    if let Some(before) = page.before {
        q = q.filter(order::Column::Id.lt(before));
    }
    let to_other = order::Entity::belongs_to(coop::Entity)
        .from(other)
        .to(coop::Column::Id)
        .into();
    let stmt = q
        .join(sea_orm::JoinType::LeftJoin, to_other)
        .column_as(coop::Column::Name, "other_name")
        .order_by_desc(order::Column::Id)
        .limit(page.limit())
        .build(db.get_database_backend());
    let mut rows = Vec::new();
    for r in db.query_all_raw(stmt).await? {
        let name: Option<String> = r.try_get("", "other_name")?;
        rows.push((
            order::Model::from_query_result(&r, "")?,
            name.unwrap_or_default(),
        ));
    }
    Ok(page.cut(rows, |(o, _)| i64::from(o.id)))
}

/// `orders` columns as `o.<column>`, read back into `order::Model`.
static ORDER_COLUMNS: LazyLock<String> = LazyLock::new(|| {
    order::Column::iter()
        .map(|c| format!("o.{}", c.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
});

/// PostgreSQL, one co-op: the page's statement in a shape PostgreSQL plans once per connection
/// and keeps (a generic plan), with its binds; `None` elsewhere (the caller's query then).
///
/// A list with `LIMIT $n` and the co-op as `= $1` is planned again at every execution (a
/// custom plan: its generic plan's cost, with the limit unknown, looks far higher), and that
/// planning was most of the statement's cost on the database. Here the limit is a literal (at
/// most `MAX_PER_PAGE` + 1 texts) and the co-op is bounded by row comparisons and ordered by
/// (co-op, id): only the (co-op, id) index, or (co-op, state, id) with a state, yields that
/// order, so the generic plan reads that index from the cursor down, whatever co-op the
/// statistics make common; the primary key with a filter (which would read every newer order
/// of the other co-ops first) never gives the order asked for. Other parties' names come
/// with `named`.
fn one_coop_page(
    db: &impl ConnectionTrait,
    coops: &[i32],
    selling: bool,
    state: Option<OrderState>,
    page: &PageRequest,
    named: bool,
) -> Option<(Binds, String)> {
    let ([coop], DbBackend::Postgres) = (coops, db.get_database_backend()) else {
        return None;
    };
    let mut b = Binds::new(DbBackend::Postgres);
    let (mine, other) = if selling {
        ("seller_coop_id", "buyer_coop_id")
    } else {
        ("buyer_coop_id", "seller_coop_id")
    };
    let before = page.before.unwrap_or(i64::MAX);
    let range = match state {
        None => {
            let (c, id, c2) = (b.push(*coop), b.push(before), b.push(*coop));
            format!("({mine}, id) < ({c}, {id}) AND {mine} >= {c2} ORDER BY {mine} DESC, id DESC")
        }
        Some(s) => {
            let (c, st, id) = (b.push(*coop), b.push(s.as_str()), b.push(before));
            let (c2, st2) = (b.push(*coop), b.push(s.as_str()));
            format!(
                "({mine}, state, id) < ({c}, {st}, {id}) AND ({mine}, state) >= ({c2}, {st2}) \
                 ORDER BY {mine} DESC, state DESC, id DESC"
            )
        }
    };
    let inner = format!("SELECT * FROM orders WHERE {range} LIMIT {}", page.limit());
    let cols = ORDER_COLUMNS.as_str();
    let sql = if named {
        format!(
            "SELECT {cols}, c.name AS other_name FROM ({inner}) o \
             LEFT JOIN coops c ON c.id = o.{other} ORDER BY o.id DESC"
        )
    } else {
        format!("SELECT {cols} FROM ({inner}) o ORDER BY o.id DESC")
    };
    Some((b, sql))
}

/// The lines of every order in `ids`, by order, in one query.
pub async fn lines_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<BTreeMap<i32, Vec<order_line::Model>>, AppError> {
    let ids: Vec<i32> = ids.into_iter().collect();
    let mut by_order: BTreeMap<i32, Vec<order_line::Model>> = BTreeMap::new();
    if ids.is_empty() {
        return Ok(by_order);
    }
    let lines = order_line::Entity::find()
        .filter(order_line::Column::OrderId.is_in(ids))
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await?;
    for l in lines {
        by_order.entry(l.order_id).or_default().push(l);
    }
    Ok(by_order)
}
