//! The currencies a committee member can draft a run in: those in which some co-op is owed at
//! least the minimum now (net of lines open in other runs), most owed first.
use entity::posting;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{last_entry_id, owed_now};
use crate::config::PayoutSettings;
use crate::domain::balance::Balance;
use crate::domain::money::{Currency, Money};
use crate::domain::payout::most_owed_first;
use crate::error::AppError;

/// What a run drafted now would pay in each currency, most first; currencies with nothing to
/// pay are left out.
pub async fn owed_currencies(
    db: &impl ConnectionTrait,
    settings: &PayoutSettings,
) -> Result<Vec<Balance>, AppError> {
    let last = last_entry_id(db).await?;
    let mut owed = Vec::new();
    for currency in coop_currencies(db).await? {
        let minimum = Money::from_decimal_round(settings.minimum, currency)?;
        let mut total = Balance::zero(currency);
        for (fair_share, proceeds) in owed_now(db, currency, last, minimum).await?.values() {
            total = total.checked_add(Money::from_minor(*fair_share, currency))?;
            total = total.checked_add(Money::from_minor(*proceeds, currency))?;
        }
        owed.push(total);
    }
    Ok(most_owed_first(owed))
}

/// The currencies any co-op account was ever posted in.
async fn coop_currencies(db: &impl ConnectionTrait) -> Result<Vec<Currency>, AppError> {
    let codes: Vec<String> = posting::Entity::find()
        .select_only()
        .column(posting::Column::Currency)
        .distinct()
        .filter(posting::Column::Account.like("coop:%"))
        .order_by_asc(posting::Column::Currency)
        .into_tuple()
        .all(db)
        .await?;
    Ok(codes
        .iter()
        .map(|c| Currency::parse(c))
        .collect::<Result<_, _>>()?)
}
