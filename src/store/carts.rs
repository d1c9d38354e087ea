//! A buying co-op's cart, shared by its members: every edit moves the cart's revision on
//! (`cart_revision`), and a checkout takes the lines of the revision its page showed.
use std::collections::HashMap;

use entity::{cart_line, coop, listing, user};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::cart_revision::touch;
use crate::domain::cart::{line_total, quote, Change, Offer, Quote, Terms};
use crate::domain::catalog::{ListingStatus, Quantity};
use crate::domain::coop::CoopStatus;
use crate::domain::fee_split::SplitPolicy;
use crate::domain::money::{Currency, FeeRate, Money};
use crate::domain::trading::{may_buy, Trader};
use crate::error::{AppError, FieldErrors, Msg};

/// A cart line with its listing and seller.
pub type CartRow = (cart_line::Model, listing::Model, coop::Model);

/// The lines of `coop_id`'s cart, oldest first.
pub async fn lines(db: &impl ConnectionTrait, coop_id: i32) -> Result<Vec<CartRow>, AppError> {
    let rows = cart_line::Entity::find()
        .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
        .order_by_asc(cart_line::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|l| l.listing_id).collect();
    let found: HashMap<i32, (listing::Model, coop::Model)> = listing::Entity::find()
        .filter(listing::Column::Id.is_in(ids))
        .find_also_related(coop::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(l, c)| Some((l.id, (l, c?))))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|line| {
            let (l, c) = found.get(&line.listing_id)?.clone();
            Some((line, l, c))
        })
        .collect())
}

/// The names of the members who added or last changed `rows`, by user id.
pub async fn authors(
    db: &impl ConnectionTrait,
    rows: &[CartRow],
) -> Result<HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = rows
        .iter()
        .flat_map(|(c, _, _)| [Some(c.added_by_user_id), c.changed_by_user_id])
        .flatten()
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect())
}

/// Checks a quantity against the listing's minimum order and current stock.
fn check(l: &listing::Model, q: Quantity) -> Result<(), AppError> {
    if l.status != ListingStatus::Active {
        return Err(AppError::Conflict(
            Msg::code("cart-not-for-sale").arg("title", l.title.clone()),
        ));
    }
    if q.0 < l.min_order_milli {
        return Err(FieldErrors::single(
            "quantity",
            Msg::code("cart-quantity-minimum").goods("min", l.min_order_milli, l.unit.clone()),
        ));
    }
    if q.0 > l.stock_milli {
        return Err(FieldErrors::single(
            "quantity",
            Msg::code("cart-quantity-stock").goods("stock", l.stock_milli, l.unit.clone()),
        ));
    }
    Ok(())
}

/// Adds a listing to the co-op's cart as one write transaction (see `add_in`).
pub async fn add(
    db: &DatabaseConnection,
    user_id: i32,
    buyer: &coop::Model,
    listing_id: i32,
    q: Quantity,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    add_in(&tx, user_id, buyer, listing_id, q).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a listing to the co-op's cart on its current terms, or adds to the line's quantity if
/// a member put it there already (keeping the terms that line was agreed on, and naming this
/// member as its last change). One upsert on the cart's unique (co-op, listing) index, after
/// the cart's revision moved on, so concurrent adds sum up; `db` must be a write transaction,
/// which the caller rolls back on an error (the summed quantity is checked after the upsert).
pub async fn add_in(
    db: &impl ConnectionTrait,
    user_id: i32,
    buyer: &coop::Model,
    listing_id: i32,
    q: Quantity,
) -> Result<(), AppError> {
    may_buy(&Trader::stored(&buyer.name, buyer.status, buyer.kind))?;
    let l = super::listings::get(db, listing_id).await?;
    if l.coop_id == buyer.id {
        return Err(AppError::Conflict(Msg::code("cart-own-listing")));
    }
    if q.0 <= 0 {
        return Err(FieldErrors::single(
            "quantity",
            Msg::code("cart-quantity-zero"),
        ));
    }
    touch(db, buyer.id, user_id).await?;
    let row = cart_line::ActiveModel {
        added_by_user_id: Set(user_id),
        buyer_coop_id: Set(buyer.id),
        listing_id: Set(listing_id),
        quantity_milli: Set(q.0),
        unit_price_minor: Set(l.price_minor),
        min_order_milli: Set(l.min_order_milli),
        created_at: Set(super::now()),
        ..Default::default()
    };
    let upsert =
        OnConflict::columns([cart_line::Column::BuyerCoopId, cart_line::Column::ListingId])
            .value(
                cart_line::Column::QuantityMilli,
                Expr::cust("cart_lines.quantity_milli + excluded.quantity_milli"),
            )
            .value(
                cart_line::Column::ChangedByUserId,
                Expr::cust("excluded.added_by_user_id"),
            )
            .value(
                cart_line::Column::ChangedAt,
                Expr::cust("excluded.created_at"),
            )
            .to_owned();
    cart_line::Entity::insert(row)
        .on_conflict(upsert)
        .exec_without_returning(db)
        .await?;
    let line = cart_line::Entity::find()
        .filter(cart_line::Column::BuyerCoopId.eq(buyer.id))
        .filter(cart_line::Column::ListingId.eq(listing_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::Internal("a cart line was not stored".into()))?;
    check(&l, Quantity(line.quantity_milli))
}

/// Sets a line's quantity (zero removes it) as one write transaction, for a member of one of
/// `coops`; returns the line's co-op. A line of another co-op's cart is "not found"; a line
/// that another member removed or checked out meanwhile is a 409.
pub async fn set_quantity(
    db: &DatabaseConnection,
    user_id: i32,
    coops: &[i32],
    line_id: i32,
    q: Quantity,
) -> Result<i32, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let line = cart_line::Entity::find_by_id(line_id)
        .filter(cart_line::Column::BuyerCoopId.is_in(coops.iter().copied()))
        .one(&tx)
        .await?
        .ok_or_else(|| AppError::not_found("cart line"))?;
    let coop_id = line.buyer_coop_id;
    touch(&tx, coop_id, user_id).await?;
    if q.0 != 0 {
        check(&super::listings::get(&tx, line.listing_id).await?, q)?;
    }
    let on_line = cart_line::Column::Id.eq(line.id);
    let rows = if q.0 == 0 {
        cart_line::Entity::delete_many()
            .filter(on_line)
            .exec(&tx)
            .await?
            .rows_affected
    } else {
        cart_line::Entity::update_many()
            .col_expr(cart_line::Column::QuantityMilli, Expr::value(q.0))
            .col_expr(cart_line::Column::ChangedByUserId, Expr::value(user_id))
            .col_expr(cart_line::Column::ChangedAt, Expr::value(super::now()))
            .filter(on_line)
            .exec(&tx)
            .await?
            .rows_affected
    };
    if rows != 1 {
        return Err(AppError::Conflict(Msg::code("cart-line-gone")));
    }
    tx.commit().await?;
    Ok(coop_id)
}

/// Takes the cart lines `ids` out of `coop_id`'s cart for a placement of the cart's revision
/// `shown`: the revision moves on only if it still is `shown`, and the delete must remove every
/// line. When a member changed the cart or another checkout took it first (in a concurrent
/// transaction), it fails and the caller rolls back.
pub async fn claim(
    db: &impl ConnectionTrait,
    coop_id: i32,
    shown: i64,
    user_id: i32,
    ids: &[i32],
) -> Result<(), AppError> {
    let taken = || Msg::code("cart-error-taken");
    if !super::cart_revision::advance(db, coop_id, shown, user_id).await? {
        return Err(FieldErrors::single("cart", taken()));
    }
    let res = cart_line::Entity::delete_many()
        .filter(cart_line::Column::Id.is_in(ids.iter().copied()))
        .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
        .exec(db)
        .await?;
    if res.rows_affected != ids.len() as u64 {
        return Err(FieldErrors::single("cart", taken()));
    }
    Ok(())
}

/// The changes since a cart line went into the cart (see `domain::cart::changes`).
pub fn changes(
    line: &cart_line::Model,
    l: &listing::Model,
    seller: &coop::Model,
) -> Result<Vec<Change>, AppError> {
    let currency = Currency::parse(&l.currency)?;
    let terms = |price, min| Terms {
        unit_price: Money::from_minor(price, currency),
        min_order: Quantity(min),
    };
    let offer = Offer {
        terms: terms(l.price_minor, l.min_order_milli),
        for_sale: l.status == ListingStatus::Active && seller.status == CoopStatus::Admitted,
        stock: Quantity(l.stock_milli),
    };
    let agreed = terms(line.unit_price_minor, line.min_order_milli);
    Ok(crate::domain::cart::changes(
        agreed,
        Quantity(line.quantity_milli),
        &offer,
    ))
}

/// The terms a buyer accepted on the cart page, per line: (line id, unit price, minimum).
pub type Accepted = Vec<(i32, i64, i64)>;

/// Records, as one write transaction, that a member of `coop_id` accepts the terms they were
/// shown for its lines (the price and minimum shown, not whatever the listing says by now: a
/// later change is asked about again).
pub async fn accept_terms(
    db: &DatabaseConnection,
    user_id: i32,
    coop_id: i32,
    accepted: &Accepted,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    touch(&tx, coop_id, user_id).await?;
    for (line, price, min) in accepted {
        cart_line::Entity::update_many()
            .col_expr(cart_line::Column::UnitPriceMinor, Expr::value(*price))
            .col_expr(cart_line::Column::MinOrderMilli, Expr::value(*min))
            .col_expr(cart_line::Column::ChangedByUserId, Expr::value(user_id))
            .col_expr(cart_line::Column::ChangedAt, Expr::value(super::now()))
            .filter(cart_line::Column::Id.eq(*line))
            .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
            .exec(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A cart line with its listing and its total.
pub type PricedLine = (cart_line::Model, listing::Model, Money);

/// A cart grouped by seller, with each group's quote (subtotal, fee and its split).
pub struct CartSummary {
    pub seller: coop::Model,
    pub lines: Vec<PricedLine>,
    pub quote: Quote,
}

/// Prices a cart as placement will: each seller's order quoted at `rate` under `policy`.
pub fn summarize(
    rows: Vec<CartRow>,
    rate: FeeRate,
    policy: &SplitPolicy,
) -> Result<Vec<CartSummary>, AppError> {
    let mut groups: Vec<(coop::Model, Currency, Vec<PricedLine>)> = Vec::new();
    for (line, l, seller) in rows {
        let cur = Currency::parse(&l.currency)?;
        let total = line_total(
            Money::from_minor(l.price_minor, cur),
            Quantity(line.quantity_milli),
        )?;
        match groups.iter_mut().find(|g| g.0.id == seller.id) {
            Some(g) => g.2.push((line, l, total)),
            None => groups.push((seller, cur, vec![(line, l, total)])),
        }
    }
    let mut out = Vec::with_capacity(groups.len());
    for (seller, cur, lines) in groups {
        let quote = quote(lines.iter().map(|(_, _, t)| *t), cur, rate, policy)?;
        out.push(CartSummary {
            seller,
            lines,
            quote,
        });
    }
    Ok(out)
}
