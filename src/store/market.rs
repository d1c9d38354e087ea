//! Marketplace settings: the fee rate in force.
use entity::market_setting;
use rust_decimal::Decimal;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};

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

/// Where a use case finds the fee rate in force: read each time (`Stored`), or from a copy
/// the server keeps for at most a second (`http::hot_cache`).
pub trait FeeRates: Sync {
    /// The fee rate in force, as `fee_rate` reads it.
    fn fee_rate_in_force(
        &self,
        db: &DatabaseConnection,
        default: Decimal,
    ) -> impl std::future::Future<Output = Result<FeeRate, AppError>> + Send;
}

/// The fee rate read from the database each time.
pub struct Stored;

impl FeeRates for Stored {
    async fn fee_rate_in_force(
        &self,
        db: &DatabaseConnection,
        default: Decimal,
    ) -> Result<FeeRate, AppError> {
        fee_rate(db, default).await
    }
}

/// The committee sets a new fee rate (0 to 20 %, two decimals); the change is kept with who and when.
/// Orders already placed keep the rate they were placed at.
pub async fn set_fee_rate(
    db: &impl ConnectionTrait,
    percent: &str,
    by: i32,
) -> Result<FeeRate, AppError> {
    use sea_orm::{ActiveModelTrait, Set};
    let rate = FeeRate::parse_percent(percent)
        .map_err(|e| crate::error::FieldErrors::single("fee_rate", e.msg()))?;
    let text = rate.as_percent().to_string();
    let now = super::now();
    let row = market_setting::ActiveModel {
        id: Set(1),
        fee_rate: Set(text.clone()),
        updated_by: Set(Some(by)),
        updated_at: Set(now),
    };
    if market_setting::Entity::find_by_id(1)
        .one(db)
        .await?
        .is_some()
    {
        row.update(db).await?;
    } else {
        row.insert(db).await?;
    }
    entity::fee_rate_change::ActiveModel {
        fee_rate: Set(text),
        changed_by: Set(by),
        changed_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(rate)
}

/// The history of fee-rate changes, newest first, with who made each.
pub async fn fee_rate_history(
    db: &impl ConnectionTrait,
) -> Result<Vec<(entity::fee_rate_change::Model, String)>, AppError> {
    use sea_orm::QueryOrder;
    let rows = entity::fee_rate_change::Entity::find()
        .order_by_desc(entity::fee_rate_change::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for r in rows {
        let who = super::users::get(db, r.changed_by)
            .await
            .map(|u| u.name)
            .unwrap_or_default();
        out.push((r, who));
    }
    Ok(out)
}
