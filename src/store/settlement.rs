//! The ledger side of an order's lifecycle: settlement posts the fee split; a refund after
//! settlement reverses it. (Posted by the ledger module once it lands.)
use entity::order;
use sea_orm::ConnectionTrait;

use crate::domain::order_state::OrderState;
use crate::error::AppError;

/// Posts the settlement entry of `o` (idempotent by key `settle:<id>`).
pub async fn post_settlement(
    _db: &impl ConnectionTrait,
    _o: &order::Model,
) -> Result<(), AppError> {
    Ok(())
}

/// Posts the reversal of a settled order's entry when it is refunded.
pub async fn post_refund(
    _db: &impl ConnectionTrait,
    _o: &order::Model,
    _from: OrderState,
) -> Result<(), AppError> {
    Ok(())
}
