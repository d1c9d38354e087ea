//! A user's cart for one of their buying co-ops.
use entity::{cart_line, coop, listing};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::catalog::{ListingStatus, Quantity};
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
    if l.status != ListingStatus::Active.as_str() {
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

/// Adds a listing to the cart, or adds to its quantity if it is there already.
pub async fn add(
    db: &impl ConnectionTrait,
    user_id: i32,
    buyer: &coop::Model,
    listing_id: i32,
    q: Quantity,
) -> Result<(), AppError> {
    super::orders::ensure_buyer(buyer)?;
    let l = super::listings::get(db, listing_id).await?;
    if l.coop_id == buyer.id {
        return Err(AppError::Conflict(
            "this is your own co-op's listing".into(),
        ));
    }
    let existing = cart_line::Entity::find()
        .filter(cart_line::Column::UserId.eq(user_id))
        .filter(cart_line::Column::BuyerCoopId.eq(buyer.id))
        .filter(cart_line::Column::ListingId.eq(listing_id))
        .one(db)
        .await?;
    let total = Quantity(
        existing
            .as_ref()
            .map_or(0, |e| e.quantity_milli)
            .saturating_add(q.0),
    );
    check(&l, total)?;
    match existing {
        Some(e) => {
            let mut m: cart_line::ActiveModel = e.into();
            m.quantity_milli = Set(total.0);
            m.update(db).await?;
        }
        None => {
            cart_line::ActiveModel {
                user_id: Set(user_id),
                buyer_coop_id: Set(buyer.id),
                listing_id: Set(listing_id),
                quantity_milli: Set(total.0),
                created_at: Set(super::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
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

pub async fn clear(db: &impl ConnectionTrait, user_id: i32, coop_id: i32) -> Result<(), AppError> {
    cart_line::Entity::delete_many()
        .filter(cart_line::Column::UserId.eq(user_id))
        .filter(cart_line::Column::BuyerCoopId.eq(coop_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Turns the cart into orders (one per seller) and empties it, in one write transaction.
pub async fn checkout(
    writes: &crate::group_commit::Writes<super::order_batch::OrderJob>,
    user_id: i32,
    buyer: &coop::Model,
    delivery_address: &str,
    note: &str,
    rate: crate::domain::money::FeeRate,
) -> Result<super::orders::Placement, AppError> {
    let what = super::orders::Ordered::Cart {
        delivery_address: delivery_address.to_owned(),
        note: note.to_owned(),
    };
    super::orders::place(writes, buyer, user_id, what, None, rate).await
}

/// A cart grouped by seller, with each group's subtotal and the fee split it would have.
pub struct CartSummary {
    pub seller: coop::Model,
    pub lines: Vec<(
        cart_line::Model,
        listing::Model,
        crate::domain::money::Money,
    )>,
    pub subtotal: crate::domain::money::Money,
    pub fee: crate::domain::money::Money,
    pub split: crate::domain::fee_split::FeeSplit,
}

/// Prices a cart as checkout would, at the fee rate in force.
pub fn summarize(
    rows: Vec<CartRow>,
    rate: crate::domain::money::FeeRate,
) -> Result<Vec<CartSummary>, AppError> {
    use crate::domain::money::{Currency, Money};
    let mut out: Vec<CartSummary> = Vec::new();
    for (line, l, seller) in rows {
        let cur = Currency::parse(&l.currency)?;
        let total = Money::from_minor(l.price_minor, cur)
            .mul_quantity_round(Quantity(line.quantity_milli).to_decimal())?;
        match out.iter_mut().find(|g| g.seller.id == seller.id) {
            Some(g) => {
                g.subtotal = g.subtotal.checked_add(total)?;
                g.lines.push((line, l, total));
            }
            None => out.push(CartSummary {
                seller,
                lines: vec![(line, l, total)],
                subtotal: total,
                fee: Money::zero(cur),
                split: crate::domain::fee_split::split_fee(Money::zero(cur), &Default::default())?,
            }),
        }
    }
    for g in &mut out {
        g.fee = rate.fee_on(g.subtotal)?;
        g.split = crate::domain::fee_split::split_fee(g.fee, &Default::default())?;
    }
    Ok(out)
}
