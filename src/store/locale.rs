//! A member's language and time zone, kept on the account.
use entity::user;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::error::AppError;

/// Saves the member's language (a code `i18n::Lang::from_code` accepts).
pub async fn set_locale(
    db: &impl ConnectionTrait,
    user_id: i32,
    code: &str,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::Locale, Expr::value(code.to_owned()))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Saves the member's time zone (an IANA name chrono-tz knows), or clears it (`None`): their
/// dates then follow their co-op's country.
pub async fn set_time_zone(
    db: &impl ConnectionTrait,
    user_id: i32,
    zone: Option<i18n::chrono_tz::Tz>,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::TimeZone,
            Expr::value(zone.map(|z| z.name().to_owned())),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
