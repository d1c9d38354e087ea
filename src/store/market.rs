//! Marketplace settings: the fee rate in force.
use entity::market_setting;
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::domain::money::FeeRate;
use crate::error::AppError;

/// The committee's current fee rate, or `default` (from `FEE_RATE`) until the committee sets one.
pub async fn fee_rate(db: &impl ConnectionTrait, default: Decimal) -> Result<FeeRate, AppError> {
    let stored = market_setting::Entity::find_by_id(1).one(db).await?;
    let percent = match stored {
        Some(s) => s
            .fee_rate
            .parse::<Decimal>()
            .map_err(|e| AppError::Internal(format!("stored fee rate: {e}")))?,
        None => default,
    };
    Ok(FeeRate::from_percent(percent)?)
}
