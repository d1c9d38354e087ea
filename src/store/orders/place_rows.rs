//! Writing a batch of decided placements: the checkouts, orders and lines of all of them in one
//! insert each (per `ROWS_PER_INSERT` rows), and the stock they reserve in one update.
use std::collections::{BTreeMap, HashMap};

use entity::{checkout, coop, listing, order, order_line};
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use super::pending::ROWS_PER_INSERT;
use super::{request_hash, OrderRequest, Place, Placement};
use crate::domain::cart::quote;
use crate::domain::catalog::Quantity;
use crate::domain::money::Money;
use crate::domain::order_state::OrderState;
use crate::error::{AppError, Msg};

pub(super) struct Line {
    pub listing: listing::Model,
    pub quantity: Quantity,
    pub total: Money,
}

/// A request decided: its orders, one per seller, with their lines.
pub(super) struct Planned<'a> {
    pub n: usize,
    pub job: &'a Place,
    pub req: OrderRequest,
    pub groups: Vec<(coop::Model, Vec<Line>)>,
    pub cart: Vec<i32>,
}

/// Inserts the checkouts, then the orders, then the lines of `planned`, one statement each
/// (per `ROWS_PER_INSERT` rows), and returns each request's placement as stored.
pub(super) async fn insert(
    db: &impl ConnectionTrait,
    planned: &[Planned<'_>],
) -> Result<Vec<Placement>, AppError> {
    let now = crate::store::now();
    // A checkout is told apart from the others of its batch by its columns; rows equal in all
    // of them are interchangeable.
    type CheckoutKey = (i32, i32, Option<String>, String);
    let checkout_key = |p: &Planned<'_>| -> CheckoutKey {
        (
            p.job.buyer.id,
            p.job.placed_by,
            p.job.key.clone(),
            request_hash(&p.req),
        )
    };
    let rows = planned.iter().map(|p| {
        let (buyer, placed_by, key, hash) = checkout_key(p);
        checkout::ActiveModel {
            buyer_coop_id: Set(buyer),
            placed_by: Set(placed_by),
            idempotency_key: Set(key),
            request_hash: Set(hash),
            created_at: Set(now),
            ..Default::default()
        }
    });
    let mut checkouts: HashMap<CheckoutKey, Vec<checkout::Model>> = HashMap::new();
    for c in insert_rows(db, rows.collect()).await? {
        let key = (
            c.buyer_coop_id,
            c.placed_by,
            c.idempotency_key.clone(),
            c.request_hash.clone(),
        );
        checkouts.entry(key).or_default().push(c);
    }
    for same in checkouts.values_mut() {
        // Taken from the back below: the lowest id goes to the first request.
        same.sort_by_key(|c| std::cmp::Reverse(c.id));
    }
    let mut checkout_ids = Vec::with_capacity(planned.len());
    for p in planned {
        let c = checkouts
            .get_mut(&checkout_key(p))
            .and_then(Vec::pop)
            .ok_or_else(|| AppError::Internal("a checkout was not stored".into()))?;
        checkout_ids.push(c.id);
    }
    let mut order_rows = Vec::new();
    for (p, checkout_id) in planned.iter().zip(&checkout_ids) {
        for (seller, lines) in &p.groups {
            order_rows.push(order_row(*checkout_id, p, seller, lines, now)?);
        }
    }
    let orders: HashMap<(i32, i32), order::Model> = insert_rows(db, order_rows)
        .await?
        .into_iter()
        .map(|o| ((o.checkout_id, o.seller_coop_id), o))
        .collect();
    let mut line_rows = Vec::new();
    let mut placed_orders = Vec::with_capacity(planned.len());
    for (p, checkout_id) in planned.iter().zip(&checkout_ids) {
        let mut these = Vec::with_capacity(p.groups.len());
        for (seller, lines) in &p.groups {
            let o = orders
                .get(&(*checkout_id, seller.id))
                .ok_or_else(|| AppError::Internal("an order was not stored".into()))?;
            line_rows.extend(lines.iter().map(|l| order_line::ActiveModel {
                order_id: Set(o.id),
                listing_id: Set(l.listing.id),
                title: Set(l.listing.title.clone()),
                unit: Set(l.listing.unit.clone()),
                unit_price_minor: Set(l.listing.price_minor),
                quantity_milli: Set(l.quantity.0),
                line_total_minor: Set(l.total.minor),
                reserved_milli: Set(l.quantity.0),
                ..Default::default()
            }));
            these.push(o.clone());
        }
        placed_orders.push(these);
    }
    let mut lines: HashMap<i32, Vec<order_line::Model>> = HashMap::new();
    for l in insert_rows(db, line_rows).await? {
        lines.entry(l.order_id).or_default().push(l);
    }
    Ok(placed_orders
        .into_iter()
        .zip(checkout_ids)
        .map(|(orders, checkout_id)| {
            let lines = orders
                .iter()
                .map(|o| {
                    let mut these = lines.remove(&o.id).unwrap_or_default();
                    these.sort_by_key(|l| l.id);
                    these
                })
                .collect();
            Placement {
                checkout_id,
                orders,
                lines,
                replayed: false,
            }
        })
        .collect())
}

/// Inserts `rows` (in statements of at most `ROWS_PER_INSERT` rows) and returns them as stored.
async fn insert_rows<A>(
    db: &impl ConnectionTrait,
    mut rows: Vec<A>,
) -> Result<Vec<<A::Entity as EntityTrait>::Model>, AppError>
where
    A: sea_orm::ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
{
    let mut stored = Vec::with_capacity(rows.len());
    while !rows.is_empty() {
        let rest = rows.split_off(rows.len().min(ROWS_PER_INSERT));
        stored.extend(A::Entity::insert_many(rows).exec_with_returning(db).await?);
        rows = rest;
    }
    Ok(stored)
}

fn order_row(
    checkout_id: i32,
    p: &Planned<'_>,
    seller: &coop::Model,
    lines: &[Line],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<order::ActiveModel, AppError> {
    let currency = lines
        .first()
        .map(|l| l.total.currency)
        .ok_or_else(|| AppError::Internal("empty order".into()))?;
    let (rate, policy) = (p.job.rate, &p.job.policy);
    let q = quote(lines.iter().map(|l| l.total), currency, rate, policy)?;
    let split = q.split;
    let as_i32 = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    Ok(order::ActiveModel {
        checkout_id: Set(checkout_id),
        buyer_coop_id: Set(p.job.buyer.id),
        seller_coop_id: Set(seller.id),
        currency: Set(currency.code().into()),
        subtotal_minor: Set(q.subtotal.minor),
        fee_rate_bp: Set(as_i32(rate.basis_points())),
        pool_numerator: Set(as_i32(policy.pool_numerator())),
        pool_denominator: Set(as_i32(policy.pool_denominator())),
        buyer_weight: Set(as_i32(policy.buyer_weight())),
        seller_weight: Set(as_i32(policy.seller_weight())),
        fee_minor: Set(q.fee.minor),
        pool_minor: Set(split.pool.minor),
        seller_share_minor: Set(split.seller_share.minor),
        buyer_share_minor: Set(split.buyer_share.minor),
        state: Set(OrderState::Placed),
        delivery_address: Set(p.req.delivery_address.trim().into()),
        note: Set(p.req.note.trim().into()),
        placed_by: Set(p.job.placed_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    })
}

/// Takes what `planned` ordered off each listing's stock in one conditional update. The
/// batch checked the stock it read; on PostgreSQL another transaction may have taken some
/// since, and then the update changes fewer rows and the batch fails (each request then runs
/// alone and learns whether its own stock is there).
pub(super) async fn reserve(
    db: &impl ConnectionTrait,
    planned: &[Planned<'_>],
) -> Result<(), AppError> {
    let mut taken: BTreeMap<i32, i64> = BTreeMap::new();
    for p in planned {
        for (_, lines) in &p.groups {
            for l in lines {
                *taken.entry(l.listing.id).or_default() += l.quantity.0;
            }
        }
    }
    let mut b = crate::store::Binds::new(db.get_database_backend());
    // Bound twice (SET and WHERE): a placeholder stands for one value on SQLite.
    let set = b.case_by_id(taken.iter().map(|(id, q)| (*id, *q)), Some("0"));
    let (yes, now) = (b.push(true), b.push(crate::store::now()));
    let ids: Vec<String> = taken.keys().map(|id| b.push(*id)).collect();
    let check = b.case_by_id(taken.iter().map(|(id, q)| (*id, *q)), Some("0"));
    let sql = format!(
        "UPDATE listings SET stock_milli = stock_milli - ({set}), ever_ordered = {yes}, \
         updated_at = {now} WHERE id IN ({}) AND stock_milli - ({check}) >= 0",
        ids.join(", ")
    );
    let res = db.execute_raw(b.statement(sql)).await?;
    if res.rows_affected() != taken.len() as u64 {
        return Err(AppError::Conflict(Msg::code("order-error-stock-taken")));
    }
    Ok(())
}
