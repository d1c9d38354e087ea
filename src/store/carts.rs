//! A user's cart for one of their buying co-ops.
use entity::{cart_line, coop, listing};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::cart::{line_total, quote, Change, Offer, Quote, Terms};
use crate::domain::catalog::{ListingStatus, Quantity};
use crate::domain::coop::CoopStatus;
use crate::domain::fee_split::SplitPolicy;
use crate::domain::money::{Currency, FeeRate, Money};
use crate::domain::trading::{may_buy, Trader};
use crate::error::{AppError, FieldErrors};

/// A cart line with its listing and seller.
pub type CartRow = (cart_line::Model, listing::Model, coop::Model);

pub async fn lines(
    db: &impl ConnectionTrait,
    user_id: i32,
    coop_id: i32,
) -> Result<Vec<CartRow>, AppError> {
    let rows = cart_line::Entity::find()
        .filter(cart_line::Column::UserId.eq(user_id))
        .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
        .order_by_asc(cart_line::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for line in rows {
        if let Some((l, Some(c))) = listing::Entity::find_by_id(line.listing_id)
            .find_also_related(coop::Entity)
            .one(db)
            .await?
        {
            out.push((line, l, c));
        }
    }
    Ok(out)
}

/// Checks a quantity against the listing's minimum order and current stock.
fn check(l: &listing::Model, q: Quantity) -> Result<(), AppError> {
    if l.status != ListingStatus::Active {
        return Err(AppError::Conflict(format!(
            "'{}' is not for sale right now",
            l.title
        )));
    }
    if q.0 < l.min_order_milli {
        return Err(FieldErrors::single(
            "quantity",
            format!("order at least {} {}", Quantity(l.min_order_milli), l.unit),
        ));
    }
    if q.0 > l.stock_milli {
        return Err(FieldErrors::single(
            "quantity",
            format!("only {} {} in stock", Quantity(l.stock_milli), l.unit),
        ));
    }
    Ok(())
}

/// Adds a listing to the cart as one write transaction (see `add_in`).
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

/// Adds a listing to the cart on its current terms, or adds to the line's quantity if it is
/// there already (keeping the terms that line was agreed on). One upsert on the cart's unique
/// (user, co-op, listing) index, so concurrent adds sum up; `db` must be a write transaction,
/// which the caller rolls back on an error (the summed quantity is checked after the upsert).
pub async fn add_in(
    db: &impl ConnectionTrait,
    user_id: i32,
    buyer: &coop::Model,
    listing_id: i32,
    q: Quantity,
) -> Result<(), AppError> {
    may_buy(&Trader::stored(&buyer.name, buyer.status, &buyer.kind))?;
    let l = super::listings::get(db, listing_id).await?;
    if l.coop_id == buyer.id {
        return Err(AppError::Conflict(
            "this is your own co-op's listing".into(),
        ));
    }
    if q.0 <= 0 {
        return Err(FieldErrors::single("quantity", "enter a quantity above 0"));
    }
    let row = cart_line::ActiveModel {
        user_id: Set(user_id),
        buyer_coop_id: Set(buyer.id),
        listing_id: Set(listing_id),
        quantity_milli: Set(q.0),
        unit_price_minor: Set(l.price_minor),
        min_order_milli: Set(l.min_order_milli),
        created_at: Set(super::now()),
        ..Default::default()
    };
    let upsert = OnConflict::columns([
        cart_line::Column::UserId,
        cart_line::Column::BuyerCoopId,
        cart_line::Column::ListingId,
    ])
    .value(
        cart_line::Column::QuantityMilli,
        Expr::cust("cart_lines.quantity_milli + excluded.quantity_milli"),
    )
    .to_owned();
    cart_line::Entity::insert(row)
        .on_conflict(upsert)
        .exec_without_returning(db)
        .await?;
    let line = cart_line::Entity::find()
        .filter(cart_line::Column::UserId.eq(user_id))
        .filter(cart_line::Column::BuyerCoopId.eq(buyer.id))
        .filter(cart_line::Column::ListingId.eq(listing_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::Internal("a cart line was not stored".into()))?;
    check(&l, Quantity(line.quantity_milli))
}

/// Sets a line's quantity; zero removes it. Another user's line is "not found".
pub async fn set_quantity(
    db: &impl ConnectionTrait,
    user_id: i32,
    line_id: i32,
    q: Quantity,
) -> Result<(), AppError> {
    let line = cart_line::Entity::find_by_id(line_id)
        .filter(cart_line::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("cart line"))?;
    if q.0 == 0 {
        cart_line::Entity::delete_by_id(line.id).exec(db).await?;
        return Ok(());
    }
    check(&super::listings::get(db, line.listing_id).await?, q)?;
    let mut m: cart_line::ActiveModel = line.into();
    m.quantity_milli = Set(q.0);
    m.update(db).await?;
    Ok(())
}

/// Takes the cart lines `ids` out of the cart for a placement: one conditional delete, which
/// must remove every one of them. When another checkout took them first (two submits of one
/// cart in concurrent transactions), it fails and the caller rolls back.
pub async fn claim(db: &impl ConnectionTrait, ids: &[i32]) -> Result<(), AppError> {
    let res = cart_line::Entity::delete_many()
        .filter(cart_line::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    if res.rows_affected != ids.len() as u64 {
        return Err(FieldErrors::single(
            "cart",
            "your cart changed while you were checking out: review it and place the orders again",
        ));
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

/// Records that the user accepts the terms they were shown for their lines (the price and
/// minimum shown, not whatever the listing says by now: a later change is asked about again).
pub async fn accept_terms(
    db: &impl ConnectionTrait,
    user_id: i32,
    coop_id: i32,
    accepted: &Accepted,
) -> Result<(), AppError> {
    for (line, price, min) in accepted {
        cart_line::Entity::update_many()
            .col_expr(cart_line::Column::UnitPriceMinor, Expr::value(*price))
            .col_expr(cart_line::Column::MinOrderMilli, Expr::value(*min))
            .filter(cart_line::Column::Id.eq(*line))
            .filter(cart_line::Column::UserId.eq(user_id))
            .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
            .exec(db)
            .await?;
    }
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
