//! A buyer's checkout as its page shows it: the checkout, its orders and its card payment.
use entity::{checkout, checkout_payment, order};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::error::AppError;

/// A checkout with its orders (by id) and its card payment, if one was started.
pub struct CheckoutParts {
    pub checkout: checkout::Model,
    pub orders: Vec<order::Model>,
    pub payment: Option<checkout_payment::Model>,
}

/// Checkout `id` of buyer co-op `coop_id`; another co-op's checkout is `NotFound`.
pub async fn of_buyer(
    db: &impl ConnectionTrait,
    coop_id: i32,
    id: i32,
) -> Result<CheckoutParts, AppError> {
    let checkout = checkout::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|c| c.buyer_coop_id == coop_id)
        .ok_or_else(|| AppError::not_found("checkout"))?;
    let orders = order::Entity::find()
        .filter(order::Column::CheckoutId.eq(id))
        .order_by_asc(order::Column::Id)
        .all(db)
        .await?;
    let payment = checkout_payment::Entity::find_by_id(id).one(db).await?;
    Ok(CheckoutParts {
        checkout,
        orders,
        payment,
    })
}
