//! Placing orders: one per seller co-op, lines snapshotted, fee split fixed, stock reserved —
//! all in the caller's transaction. Also reading orders back.
use std::collections::{BTreeMap, HashMap};

use entity::{checkout, coop, listing, order, order_event, order_line};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::domain::catalog::{ListingStatus, Quantity};
use crate::domain::coop::{CoopKind, CoopStatus};
use crate::domain::fee_split::{split_fee, SplitPolicy};
use crate::domain::money::{Currency, FeeRate, Money};
use crate::domain::order_state::OrderState;
use crate::error::{AppError, FieldErrors};

/// What a buyer asks for: listings and quantities, where to deliver, a note.
#[derive(Clone, Debug)]
pub struct OrderRequest {
    pub lines: Vec<(i32, Quantity)>,
    pub delivery_address: String,
    pub note: String,
}

/// The orders one checkout produced; `replayed` when an idempotency key returned earlier ones.
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

/// The orders of an earlier checkout with this key, or a 422 if the key came with another request.
pub async fn replay(
    db: &impl ConnectionTrait,
    buyer: i32,
    key: &str,
    req: &OrderRequest,
) -> Result<Option<Placement>, AppError> {
    let Some(c) = checkout::Entity::find()
        .filter(checkout::Column::BuyerCoopId.eq(buyer))
        .filter(checkout::Column::IdempotencyKey.eq(key))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if c.request_hash != request_hash(req) {
        return Err(FieldErrors::single(
            "Idempotency-Key",
            "this key was already used for a different request",
        ));
    }
    let (orders, lines) = order::Entity::find()
        .filter(order::Column::CheckoutId.eq(c.id))
        .find_with_related(order_line::Entity)
        .order_by_asc(order::Column::Id)
        .order_by_asc(order_line::Column::Id)
        .all(db)
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

/// Checks the buyer may order at all: an admitted co-op that buys.
pub fn ensure_buyer(c: &coop::Model) -> Result<(), AppError> {
    if c.status != CoopStatus::Admitted.as_str() {
        return Err(AppError::Forbidden(format!(
            "{} has not been admitted yet",
            c.name
        )));
    }
    if !CoopKind::parse(&c.kind).is_ok_and(|k| k.buys()) {
        return Err(AppError::Forbidden(format!(
            "{} is registered as a producer and cannot place orders",
            c.name
        )));
    }
    Ok(())
}

struct Line {
    listing: listing::Model,
    quantity: Quantity,
    total: Money,
}

/// Places a checkout inside `db` (a write transaction): validates every line, splits by seller,
/// snapshots lines and the fee split, reserves stock, records history and queues the seller's mail.
pub async fn place_in(
    db: &impl ConnectionTrait,
    buyer: &coop::Model,
    placed_by: i32,
    req: &OrderRequest,
    key: Option<&str>,
    rate: FeeRate,
) -> Result<Placement, AppError> {
    ensure_buyer(buyer)?;
    let mut errs = FieldErrors::default();
    if req.lines.is_empty() {
        errs.add("lines", "the order has no lines");
    }
    if req.delivery_address.trim().is_empty() {
        errs.add("delivery_address", "enter a delivery address");
    }
    if req.delivery_address.chars().count() > 1000 || req.note.chars().count() > 2000 {
        errs.add("note", "the address or note is too long");
    }
    errs.into_result()?;
    let mut wanted: BTreeMap<i32, Quantity> = BTreeMap::new();
    for (id, q) in &req.lines {
        let e = wanted.entry(*id).or_insert(Quantity(0));
        e.0 =
            e.0.checked_add(q.0)
                .ok_or_else(|| FieldErrors::single("quantity", "quantity too large"))?;
    }
    let rows = listing::Entity::find()
        .filter(listing::Column::Id.is_in(wanted.keys().copied()))
        .find_also_related(coop::Entity)
        .all(db)
        .await?;
    let found: HashMap<i32, (listing::Model, coop::Model)> = rows
        .into_iter()
        .filter_map(|(l, c)| Some((l.id, (l, c?))))
        .collect();
    let mut groups: BTreeMap<i32, (coop::Model, Vec<Line>)> = BTreeMap::new();
    for (id, quantity) in &wanted {
        let Some((l, seller)) = found.get(id) else {
            return Err(AppError::NotFound(format!("listing {id} not found")));
        };
        if l.status != ListingStatus::Active.as_str()
            || seller.status != CoopStatus::Admitted.as_str()
        {
            return Err(AppError::Conflict(format!(
                "'{}' is not for sale right now",
                l.title
            )));
        }
        if seller.id == buyer.id {
            return Err(AppError::Conflict(format!(
                "'{}' is your own co-op's listing",
                l.title
            )));
        }
        if quantity.0 <= 0 || quantity.0 < l.min_order_milli {
            return Err(FieldErrors::single(
                "quantity",
                format!(
                    "order at least {} {} of '{}'",
                    Quantity(l.min_order_milli),
                    l.unit,
                    l.title
                ),
            ));
        }
        let currency = Currency::parse(&l.currency)?;
        let total =
            Money::from_minor(l.price_minor, currency).mul_quantity_round(quantity.to_decimal())?;
        let group = groups
            .entry(seller.id)
            .or_insert_with(|| (seller.clone(), Vec::new()));
        group.1.push(Line {
            listing: l.clone(),
            quantity: *quantity,
            total,
        });
    }
    let now = super::now();
    let c = checkout::ActiveModel {
        buyer_coop_id: Set(buyer.id),
        placed_by: Set(placed_by),
        idempotency_key: Set(key.map(str::to_owned)),
        request_hash: Set(request_hash(req)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (mut orders, mut placed_lines) = (Vec::new(), Vec::new());
    for (seller, lines) in groups.into_values() {
        let (o, l) = insert_order(db, c.id, buyer, &seller, placed_by, req, &lines, rate).await?;
        orders.push(o);
        placed_lines.push(l);
    }
    Ok(Placement {
        checkout_id: c.id,
        orders,
        lines: placed_lines,
        replayed: false,
    })
}

#[allow(clippy::too_many_arguments)]
async fn insert_order(
    db: &impl ConnectionTrait,
    checkout_id: i32,
    buyer: &coop::Model,
    seller: &coop::Model,
    placed_by: i32,
    req: &OrderRequest,
    lines: &[Line],
    rate: FeeRate,
) -> Result<(order::Model, Vec<order_line::Model>), AppError> {
    let currency = lines
        .first()
        .map(|l| l.total.currency)
        .ok_or_else(|| AppError::Internal("empty order".into()))?;
    let subtotal = Money::checked_sum(lines.iter().map(|l| l.total), currency)?;
    let fee = rate.fee_on(subtotal)?;
    let policy = SplitPolicy::default();
    let split = split_fee(fee, &policy)?;
    let now = super::now();
    let as_i32 = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    let o = order::ActiveModel {
        checkout_id: Set(checkout_id),
        buyer_coop_id: Set(buyer.id),
        seller_coop_id: Set(seller.id),
        currency: Set(currency.code().into()),
        subtotal_minor: Set(subtotal.minor),
        fee_rate_bp: Set(as_i32(rate.basis_points())),
        pool_numerator: Set(as_i32(policy.pool_numerator())),
        pool_denominator: Set(as_i32(policy.pool_denominator())),
        buyer_weight: Set(as_i32(policy.buyer_weight())),
        seller_weight: Set(as_i32(policy.seller_weight())),
        fee_minor: Set(fee.minor),
        pool_minor: Set(split.pool.minor),
        seller_share_minor: Set(split.seller_share.minor),
        buyer_share_minor: Set(split.buyer_share.minor),
        state: Set(OrderState::Placed.as_str().into()),
        delivery_address: Set(req.delivery_address.trim().into()),
        note: Set(req.note.trim().into()),
        placed_by: Set(placed_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let mut placed = Vec::with_capacity(lines.len());
    for l in lines {
        let line = order_line::ActiveModel {
            order_id: Set(o.id),
            listing_id: Set(l.listing.id),
            title: Set(l.listing.title.clone()),
            unit: Set(l.listing.unit.clone()),
            unit_price_minor: Set(l.listing.price_minor),
            quantity_milli: Set(l.quantity.0),
            line_total_minor: Set(l.total.minor),
            reserved_milli: Set(l.quantity.0),
            ..Default::default()
        }
        .insert(db)
        .await?;
        placed.push(line);
    }
    record_event(
        db,
        o.id,
        Some(placed_by),
        "buyer",
        "place",
        None,
        OrderState::Placed,
        "",
    )
    .await?;
    let subject = format!("New order #{} from {}", o.id, buyer.name);
    let body = format!(
        "{} placed order #{} for {} {}.\n\nDeliver to:\n{}\n\n{}",
        buyer.name,
        o.id,
        Money::from_minor(subtotal.minor, currency).format_amount(),
        currency,
        o.delivery_address,
        o.note
    );
    super::notify::coop_members(db, seller.id, &subject, &body).await?;
    // Stock last: on PostgreSQL the listing's row stays locked until commit, and every order of
    // a popular listing waits for it.
    for l in lines {
        super::listings::reserve_stock(db, l.listing.id, l.quantity.0)
            .await
            .map_err(|e| match e {
                AppError::Conflict(_) => AppError::Conflict(format!(
                    "insufficient stock for '{}': fewer than {} {} left",
                    l.listing.title, l.quantity, l.listing.unit
                )),
                other => other,
            })?;
    }
    Ok((o, placed))
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
    let rows = events.iter().map(|e| order_event::ActiveModel {
        order_id: Set(order_id),
        actor_user_id: Set(e.user),
        actor_role: Set(e.role.into()),
        action: Set(e.action.into()),
        from_state: Set(e.from.map(|s| s.as_str().to_owned())),
        to_state: Set(e.to.as_str().into()),
        note: Set(e.note.into()),
        created_at: Set(at),
        ..Default::default()
    });
    order_event::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Appends one event to an order's history, now.
#[allow(clippy::too_many_arguments)]
pub async fn record_event(
    db: &impl ConnectionTrait,
    order_id: i32,
    user: Option<i32>,
    role: &str,
    action: &str,
    from: Option<OrderState>,
    to: OrderState,
    note: &str,
) -> Result<(), AppError> {
    let event = Event {
        user,
        role,
        action,
        from,
        to,
        note,
    };
    record_events(db, order_id, super::now(), &[event]).await
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<order::Model, AppError> {
    order::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("order"))
}

/// An order and its lines (by id), in one query.
pub async fn get_with_lines(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(order::Model, Vec<order_line::Model>), AppError> {
    order::Entity::find_by_id(id)
        .find_with_related(order_line::Entity)
        .order_by_asc(order_line::Column::Id)
        .all(db)
        .await?
        .pop()
        .ok_or_else(|| AppError::not_found("order"))
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

/// Orders where one of `coops` is the buyer (or the seller), optionally in one state, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    coops: &[i32],
    selling: bool,
    state: Option<OrderState>,
) -> Result<Vec<order::Model>, AppError> {
    let col = if selling {
        order::Column::SellerCoopId
    } else {
        order::Column::BuyerCoopId
    };
    let mut q = order::Entity::find().filter(col.is_in(coops.iter().copied()));
    if let Some(s) = state {
        q = q.filter(order::Column::State.eq(s.as_str()));
    }
    Ok(q.order_by_desc(order::Column::Id)
        .limit(200)
        .all(db)
        .await?)
}

/// Places an order request as one write transaction; with an idempotency key, a retry (even a
/// concurrent one) returns the first placement, and the same key with another request is a 422.
pub async fn place(
    writes: &crate::group_commit::Writes,
    buyer: &coop::Model,
    placed_by: i32,
    req: &OrderRequest,
    key: Option<&str>,
    rate: FeeRate,
) -> Result<Placement, AppError> {
    let placed = {
        // Owned copies for the work, which the writer may run twice.
        let (buyer, req) = (
            std::sync::Arc::new(buyer.clone()),
            std::sync::Arc::new(req.clone()),
        );
        let key = key.map(str::to_owned);
        writes
            .run(move |tx| {
                let (buyer, req, key) = (buyer.clone(), req.clone(), key.clone());
                Box::pin(async move {
                    if let Some(k) = &key {
                        if let Some(p) = replay(tx, buyer.id, k, &req).await? {
                            return Ok(p);
                        }
                    }
                    place_in(tx, &buyer, placed_by, &req, key.as_deref(), rate).await
                })
            })
            .await
    };
    match (placed, key) {
        // Another placement with the key committed between our look and our insert.
        (Err(AppError::Db(e)), Some(k)) if super::is_unique_violation(&e) => {
            replay(writes.db(), buyer.id, k, req)
                .await?
                .ok_or(AppError::Db(e))
        }
        (placed, _) => placed,
    }
}
