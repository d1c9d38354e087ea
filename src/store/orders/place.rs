//! Placing checkouts as a batch: every request's listings in one query, each request decided
//! in memory (validation, one order per seller, the quote, stock), then the checkouts, orders
//! and lines of all of them in one insert each and the stock in one update.
use std::collections::{BTreeMap, HashMap, HashSet};

use entity::{cart_line, coop, listing};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::pending::Pending;
use super::place_rows::{insert, reserve, Line, Planned};
use super::repeats::{answer_followers, replays, split_followers, Answers, Follower};
use super::{Event, OrderRequest, Ordered, Place};
use crate::domain::bounds;
use crate::domain::cart::{check_expected, line_total, totals};
use crate::domain::catalog::{ListingStatus, Quantity};
use crate::domain::coop::CoopStatus;
use crate::domain::money::{Currency, Money};
use crate::domain::order_state::OrderState;
use crate::domain::trading::{may_buy, Trader};
use crate::error::{AppError, FieldErrors, Msg};

/// A request that passed the checks that need no listing.
struct Wanted<'a> {
    n: usize,
    job: &'a Place,
    req: OrderRequest,
    quantities: BTreeMap<i32, Quantity>,
    /// The cart lines a cart's placement takes (none for a request).
    cart: Vec<cart_line::Model>,
}

/// Places `jobs` in the caller's write transaction; see `order_batch`. Returns each job's
/// placement or refusal, by its index in the batch.
pub async fn place_all(
    db: &impl ConnectionTrait,
    jobs: &[(usize, &Place)],
    pending: &mut Pending,
) -> Result<Answers, AppError> {
    let mut out = Vec::with_capacity(jobs.len());
    let (jobs, mut followers) = split_followers(jobs);
    let jobs = replays(db, jobs, &mut out).await?;
    let mut wanted = Vec::with_capacity(jobs.len());
    let mut carts: HashMap<i32, (usize, &Place)> = HashMap::new();
    for (n, job) in jobs {
        let (req, cart) = match &job.what {
            Ordered::Request(req) => (req.clone(), Vec::new()),
            Ordered::Cart {
                delivery_address,
                note,
                revision,
            } => {
                let rows = crate::store::carts::lines(db, job.buyer.id).await?;
                if rows.is_empty() {
                    out.push((n, Err(FieldErrors::single("cart", Msg::code("cart-empty")))));
                    continue;
                }
                // Checkouts of the revision shown share its key, so they were split off as
                // followers; this one places the cart as it is now, or nothing.
                let (now, by) = crate::store::cart_revision::current(db, job.buyer.id).await?;
                if *revision != Some(now) {
                    out.push((n, Err(crate::store::cart_revision::stale(by.as_deref()))));
                    continue;
                }
                if let Some(&leader) = carts.get(&job.buyer.id) {
                    followers.push(Follower {
                        n,
                        job,
                        leader,
                        same_key: false,
                    });
                    continue;
                }
                carts.insert(job.buyer.id, (n, job));
                let req = OrderRequest {
                    lines: rows
                        .iter()
                        .map(|(c, _, _)| (c.listing_id, Quantity(c.quantity_milli)))
                        .collect(),
                    delivery_address: delivery_address.clone(),
                    note: note.clone(),
                };
                (req, rows.into_iter().map(|(c, _, _)| c).collect())
            }
        };
        match check(&job.buyer, &req) {
            Ok(quantities) => wanted.push(Wanted {
                n,
                job,
                req,
                quantities,
                cart,
            }),
            Err(e) => out.push((n, Err(e))),
        }
    }
    place_wanted(db, wanted, pending, &mut out).await?;
    answer_followers(out, followers)
}

/// Decides `wanted` against the listings as this batch leaves them, and writes those that can
/// be placed: their carts claimed, checkouts, orders and lines inserted, stock reserved.
async fn place_wanted(
    db: &impl ConnectionTrait,
    wanted: Vec<Wanted<'_>>,
    pending: &mut Pending,
    out: &mut Answers,
) -> Result<(), AppError> {
    if wanted.is_empty() {
        return Ok(());
    }
    let ids: HashSet<i32> = wanted
        .iter()
        .flat_map(|w| w.quantities.keys().copied())
        .collect();
    let found: HashMap<i32, (listing::Model, coop::Model)> = listing::Entity::find()
        .filter(listing::Column::Id.is_in(ids))
        .find_also_related(coop::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(l, c)| Some((l.id, (l, c?))))
        .collect();
    let mut stock: HashMap<i32, i64> = found
        .iter()
        .map(|(id, (l, _))| (*id, l.stock_milli))
        .collect();
    let mut planned = Vec::with_capacity(wanted.len());
    for w in wanted {
        match plan(&w, &found, &mut stock) {
            Ok(groups) => planned.push(Planned {
                n: w.n,
                job: w.job,
                req: w.req,
                groups,
                cart: w.cart.iter().map(|c| c.id).collect(),
            }),
            Err(e) => out.push((w.n, Err(e))),
        }
    }
    if planned.is_empty() {
        return Ok(());
    }
    for p in planned.iter().filter(|p| !p.cart.is_empty()) {
        if let Ordered::Cart {
            revision: Some(shown),
            ..
        } = &p.job.what
        {
            let (coop, by) = (p.job.buyer.id, p.job.placed_by);
            crate::store::carts::claim(db, coop, *shown, by, &p.cart).await?;
        }
    }
    let placements = insert(db, &planned).await?;
    reserve(db, &planned).await?;
    let now = crate::store::now();
    for (p, placement) in planned.iter().zip(&placements) {
        for (k, o) in placement.orders.iter().enumerate() {
            pending.event(
                o.id,
                now,
                Event {
                    user: Some(p.job.placed_by),
                    role: "buyer",
                    action: "place",
                    from: None,
                    to: OrderState::Placed,
                    note: "",
                },
            );
            let lines = placement.lines.get(k).map_or(&[][..], Vec::as_slice);
            pending.mail(crate::store::order_notices::order_placed(
                o,
                lines,
                &p.job.buyer.name,
            ));
        }
    }
    out.extend(
        planned
            .iter()
            .map(|p| p.n)
            .zip(placements.into_iter().map(Ok)),
    );
    Ok(())
}

/// The checks that need no listing; the quantity wanted of each listing.
fn check(buyer: &coop::Model, req: &OrderRequest) -> Result<BTreeMap<i32, Quantity>, AppError> {
    may_buy(&Trader::stored(&buyer.name, buyer.status, buyer.kind))?;
    let mut errs = FieldErrors::default();
    if req.lines.is_empty() {
        errs.add("lines", Msg::code("order-error-no-lines"));
    }
    if req.delivery_address.trim().is_empty() {
        errs.add("delivery_address", Msg::code("order-error-no-address"));
    }
    // Addresses and notes reach mail and spreadsheets: line breaks, but no other control codes.
    use crate::domain::text::CleanText;
    if let Err(e) = CleanText::multiline(&req.delivery_address) {
        errs.add("delivery_address", e.msg("delivery_address"));
    }
    if let Err(e) = CleanText::multiline(&req.note) {
        errs.add("note", e.msg("note"));
    }
    use crate::domain::order_input::{MAX_ADDRESS_CHARS, MAX_NOTE_CHARS};
    if req.delivery_address.chars().count() > MAX_ADDRESS_CHARS
        || req.note.chars().count() > MAX_NOTE_CHARS
    {
        errs.add("note", Msg::code("order-error-text-long"));
    }
    errs.into_result()?;
    let mut wanted: BTreeMap<i32, Quantity> = BTreeMap::new();
    for (id, q) in &req.lines {
        let e = wanted.entry(*id).or_insert(Quantity(0));
        e.0 = e.0.checked_add(q.0).ok_or_else(|| {
            FieldErrors::single("quantity", Msg::code("order-error-quantity-large"))
        })?;
    }
    Ok(wanted)
}

/// Decides one request against the listings as this batch has left them: its lines by seller,
/// or why it cannot be placed. Takes its quantities off `stock` only when it can.
fn plan(
    w: &Wanted<'_>,
    found: &HashMap<i32, (listing::Model, coop::Model)>,
    stock: &mut HashMap<i32, i64>,
) -> Result<Vec<(coop::Model, Vec<Line>)>, AppError> {
    let buyer = &w.job.buyer;
    agreed(w, found)?;
    let mut groups: BTreeMap<i32, (coop::Model, Vec<Line>)> = BTreeMap::new();
    for (id, quantity) in &w.quantities {
        let Some((l, seller)) = found.get(id) else {
            return Err(AppError::not_found("listing"));
        };
        if l.status != ListingStatus::Active || seller.status != CoopStatus::Admitted {
            return Err(AppError::Conflict(
                Msg::code("cart-not-for-sale").arg("title", l.title.clone()),
            ));
        }
        if seller.id == buyer.id {
            return Err(AppError::Conflict(Msg::code("cart-own-listing")));
        }
        if quantity.0 <= 0 || quantity.0 < l.min_order_milli {
            return Err(FieldErrors::single(
                "quantity",
                Msg::code("order-error-minimum")
                    .goods("min", l.min_order_milli, l.unit.clone())
                    .arg("title", l.title.clone()),
            ));
        }
        if stock.get(id).is_none_or(|left| *left < quantity.0) {
            return Err(AppError::Conflict(
                Msg::code("order-error-stock")
                    .goods("quantity", quantity.0, l.unit.clone())
                    .arg("title", l.title.clone()),
            ));
        }
        let currency = Currency::parse(&l.currency)?;
        let total = line_total(Money::from_minor(l.price_minor, currency), *quantity)?;
        let group = groups
            .entry(seller.id)
            .or_insert_with(|| (seller.clone(), Vec::new()));
        group.1.push(Line {
            listing: l.clone(),
            quantity: *quantity,
            total,
        });
    }
    within_bounds(&groups)?;
    if let Some(expected) = &w.job.expected_total {
        let lines = groups
            .values()
            .flat_map(|(_, lines)| lines.iter().map(|l| l.total));
        check_expected(expected, &totals(lines)?).map_err(AppError::Conflict)?;
    }
    for (id, quantity) in &w.quantities {
        if let Some(left) = stock.get_mut(id) {
            *left -= quantity.0;
        }
    }
    Ok(groups.into_values().collect())
}

/// Refuses a cart's placement when a line's price or minimum changed since it went into the
/// cart: the buyer confirms the new terms on the cart page first.
fn agreed(
    w: &Wanted<'_>,
    found: &HashMap<i32, (listing::Model, coop::Model)>,
) -> Result<(), AppError> {
    let mut changed = Vec::new();
    for line in &w.cart {
        let Some((l, seller)) = found.get(&line.listing_id) else {
            continue;
        };
        let confirmable: Vec<Msg> = crate::store::carts::changes(line, l, seller)?
            .iter()
            .filter(|c| c.can_be_confirmed())
            .map(|c| c.msg(&l.unit))
            .collect();
        if !confirmable.is_empty() {
            let title = l.title.clone();
            let line = Msg::code("order-changed-line").arg("title", title);
            changed.push(line.list("changes", confirmable));
        }
    }
    if changed.is_empty() {
        return Ok(());
    }
    // A conflict with the listings as they are now, like a cart changed by another member.
    Err(AppError::Conflict(
        Msg::code("order-error-changed").list("lines", changed),
    ))
}

/// Each order's subtotal is above zero and within `bounds::MAX_ORDER_SUBTOTAL_MINOR` (422).
fn within_bounds(groups: &BTreeMap<i32, (coop::Model, Vec<Line>)>) -> Result<(), AppError> {
    for (_, lines) in groups.values() {
        let totals: Vec<Money> = lines.iter().map(|l| l.total).collect();
        if let Some(first) = totals.first() {
            bounds::order_subtotal(&totals, first.currency)
                .map_err(|m| FieldErrors::single("lines", m))?;
        }
    }
    Ok(())
}
