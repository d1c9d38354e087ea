//! Orders a page at a time, newest first, with the cursor of the next page: one statement per
//! page, whatever its length or depth, with what the list shows of each order (its lines, or
//! its other party's name) joined to the page's orders. Rows are read by column position.
use std::sync::LazyLock;

use entity::{order, order_line};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait, IdenStatic,
    QueryFilter, QueryOrder, QueryResult, QuerySelect, QueryTrait, Statement,
};

use crate::domain::order_state::OrderState;
use crate::domain::page::{Cursor, PageRequest};
use crate::error::AppError;
use crate::store::{columns, Binds};

/// Whose orders a page lists: the orders where one of `coops` is the seller when `selling`,
/// else the buyer, in `state` when one is given.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    pub coops: &'a [i32],
    pub selling: bool,
    pub state: Option<OrderState>,
}

impl Side<'_> {
    /// The column naming the listing co-op, and the one naming the other party.
    fn columns(&self) -> (order::Column, order::Column) {
        use order::Column::{BuyerCoopId, SellerCoopId};
        if self.selling {
            (SellerCoopId, BuyerCoopId)
        } else {
            (BuyerCoopId, SellerCoopId)
        }
    }
}

/// A page of `side`'s orders, each with its lines (in id order).
pub async fn page_with_lines(
    db: &impl ConnectionTrait,
    side: Side<'_>,
    page: &PageRequest,
) -> Result<(Vec<(order::Model, Vec<order_line::Model>)>, Option<Cursor>), AppError> {
    let lines = LINE_COLUMNS.as_str();
    let stmt = newest(db, side, page, |orders, cols| {
        format!(
            "SELECT {cols}, {lines} FROM ({orders}) o LEFT JOIN order_lines l \
             ON l.order_id = o.id ORDER BY o.id DESC, l.id"
        )
    });
    let mut out: Vec<(order::Model, Vec<order_line::Model>)> = Vec::new();
    // One row per line, an order's rows together: a row starts an order when its id changes.
    for r in db.query_all_raw(stmt).await? {
        let id: i32 = r.try_get_by_index(0)?;
        let line_id: Option<i32> = r.try_get_by_index(ORDER_WIDTH)?;
        let line = line_id.map(|_| line_at(&r, ORDER_WIDTH)).transpose()?;
        match out.last_mut() {
            Some((o, lines)) if o.id == id => lines.extend(line),
            _ => out.push((order_at(&r)?, line.into_iter().collect())),
        }
    }
    Ok(page.cut(out, |(o, _)| i64::from(o.id)))
}

/// A page of `side`'s orders, each with the name of its other party (the buyer when selling;
/// "" for a co-op that is gone).
pub async fn page_named(
    db: &impl ConnectionTrait,
    side: Side<'_>,
    page: &PageRequest,
) -> Result<(Vec<(order::Model, String)>, Option<Cursor>), AppError> {
    let other = side.columns().1.as_str();
    let stmt = newest(db, side, page, |orders, cols| {
        format!(
            "SELECT {cols}, c.name FROM ({orders}) o \
             LEFT JOIN coops c ON c.id = o.{other} ORDER BY o.id DESC"
        )
    });
    let rows = db
        .query_all_raw(stmt)
        .await?
        .iter()
        .map(|r| {
            let name: Option<String> = r.try_get_by_index(ORDER_WIDTH)?;
            Ok((order_at(r)?, name.unwrap_or_default()))
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    Ok(page.cut(rows, |(o, _)| i64::from(o.id)))
}

/// One page of the orders that meet `these`, newest first, and the cursor of the next page.
pub async fn page_where(
    db: &impl ConnectionTrait,
    these: Condition,
    page: &PageRequest,
) -> Result<(Vec<order::Model>, Option<Cursor>), AppError> {
    let rows = db
        .query_all_raw(general(db, these, page))
        .await?
        .iter()
        .map(order_at)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(page.cut(rows, |o| i64::from(o.id)))
}

/// The statement `outer(orders, columns)` makes around the page's orders (a subquery to name
/// `o`, and the `o.` columns `order_at` reads first).
fn newest(
    db: &impl ConnectionTrait,
    side: Side<'_>,
    page: &PageRequest,
    outer: impl FnOnce(&str, &str) -> String,
) -> Statement {
    let orders = match (side.coops, db.get_database_backend()) {
        ([coop], DbBackend::Postgres) => one_coop(*coop, side, page),
        _ => {
            let (mine, _) = side.columns();
            let mut these = Condition::all().add(mine.is_in(side.coops.iter().copied()));
            if let Some(s) = side.state {
                these = these.add(order::Column::State.eq(s));
            }
            general(db, these, page)
        }
    };
    Statement {
        sql: outer(&orders.sql, &ORDER_COLUMNS),
        ..orders
    }
}

/// The orders meeting `these` before the page's cursor, newest first, as sea-orm writes it.
fn general(db: &impl ConnectionTrait, these: Condition, page: &PageRequest) -> Statement {
    let mut q = order::Entity::find().filter(these);
    if let Some(before) = page.before {
        q = q.filter(order::Column::Id.lt(before));
    }
    q.order_by_desc(order::Column::Id)
        .limit(page.limit())
        .build(db.get_database_backend())
}

/// PostgreSQL, one co-op: the page's orders in a shape PostgreSQL plans once per connection
/// and keeps (a generic plan).
///
/// A list with `LIMIT $n` and the co-op as `= $1` is planned again at every execution (a
/// custom plan: its generic plan's cost, with the limit unknown, looks far higher), and that
/// planning was most of the statement's cost on the database. Here the limit is a literal (at
/// most `MAX_PER_PAGE` + 1 texts) and the co-op is bounded by row comparisons and ordered by
/// (co-op, id): only the (co-op, id) index, or (co-op, state, id) with a state, yields that
/// order, so the generic plan reads that index from the cursor down, whatever co-op the
/// statistics make common; the primary key with a filter (which would read every newer order
/// of the other co-ops first) never gives the order asked for.
fn one_coop(coop: i32, side: Side<'_>, page: &PageRequest) -> Statement {
    let mut b = Binds::new(DbBackend::Postgres);
    let mine = side.columns().0.as_str();
    let before = page.before.unwrap_or(i64::MAX);
    let range = match side.state {
        None => {
            let (c, id, c2) = (b.push(coop), b.push(before), b.push(coop));
            format!("({mine}, id) < ({c}, {id}) AND {mine} >= {c2} ORDER BY {mine} DESC, id DESC")
        }
        Some(s) => {
            let (c, st, id) = (b.push(coop), b.push(s.as_str()), b.push(before));
            let (c2, st2) = (b.push(coop), b.push(s.as_str()));
            format!(
                "({mine}, state, id) < ({c}, {st}, {id}) AND ({mine}, state) >= ({c2}, {st2}) \
                 ORDER BY {mine} DESC, state DESC, id DESC"
            )
        }
    };
    b.statement(format!(
        "SELECT * FROM orders WHERE {range} LIMIT {}",
        page.limit()
    ))
}

/// `orders` columns from `o`, in the order `order_at` reads them.
static ORDER_COLUMNS: LazyLock<String> = LazyLock::new(|| columns::<order::Column>("o", ""));

/// `order_lines` columns from `l`, in the order `line_at` reads them (as `l_<column>`, apart
/// from the orders' columns of the same names).
static LINE_COLUMNS: LazyLock<String> = LazyLock::new(|| columns::<order_line::Column>("l", "l_"));

/// The number of `orders` columns, which `order_at` reads.
const ORDER_WIDTH: usize = 21;

/// An order from the row's first `ORDER_WIDTH` columns, in `order::Column` order (as
/// `Entity::find`, `SELECT *` and `ORDER_COLUMNS` select them). By position: by name, each
/// value is a search among the row's columns, most of a list row's decoding.
fn order_at(r: &QueryResult) -> Result<order::Model, DbErr> {
    Ok(order::Model {
        id: r.try_get_by_index(0)?,
        checkout_id: r.try_get_by_index(1)?,
        buyer_coop_id: r.try_get_by_index(2)?,
        seller_coop_id: r.try_get_by_index(3)?,
        currency: r.try_get_by_index(4)?,
        subtotal_minor: r.try_get_by_index(5)?,
        fee_rate_bp: r.try_get_by_index(6)?,
        pool_numerator: r.try_get_by_index(7)?,
        pool_denominator: r.try_get_by_index(8)?,
        buyer_weight: r.try_get_by_index(9)?,
        seller_weight: r.try_get_by_index(10)?,
        fee_minor: r.try_get_by_index(11)?,
        pool_minor: r.try_get_by_index(12)?,
        seller_share_minor: r.try_get_by_index(13)?,
        buyer_share_minor: r.try_get_by_index(14)?,
        state: r.try_get_by_index(15)?,
        delivery_address: r.try_get_by_index(16)?,
        note: r.try_get_by_index(17)?,
        placed_by: r.try_get_by_index(18)?,
        created_at: r.try_get_by_index(19)?,
        updated_at: r.try_get_by_index(20)?,
    })
}

/// An order line from the row's columns from `at` on, in `order_line::Column` order.
fn line_at(r: &QueryResult, at: usize) -> Result<order_line::Model, DbErr> {
    Ok(order_line::Model {
        id: r.try_get_by_index(at)?,
        order_id: r.try_get_by_index(at + 1)?,
        listing_id: r.try_get_by_index(at + 2)?,
        title: r.try_get_by_index(at + 3)?,
        unit: r.try_get_by_index(at + 4)?,
        unit_price_minor: r.try_get_by_index(at + 5)?,
        quantity_milli: r.try_get_by_index(at + 6)?,
        line_total_minor: r.try_get_by_index(at + 7)?,
        reserved_milli: r.try_get_by_index(at + 8)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::Iterable;

    #[test]
    fn the_positional_readers_read_every_column_of_their_tables() {
        assert_eq!(order::Column::iter().count(), ORDER_WIDTH);
        assert_eq!(order_line::Column::iter().count(), 9);
    }
}
