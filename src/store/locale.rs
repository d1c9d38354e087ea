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

/// The language and time zone to write to someone in: their saved choices, else English and
/// UTC (an unknown code or zone counts as unset).
pub fn tr(locale: Option<&str>, time_zone: Option<&str>) -> i18n::Tr {
    let lang = locale.and_then(i18n::Lang::from_code).unwrap_or_default();
    let zone = time_zone
        .and_then(|z| z.parse().ok())
        .unwrap_or(i18n::chrono_tz::UTC);
    i18n::Tr::new(lang, zone)
}

/// `tr` for a member.
pub fn tr_of(u: &user::Model) -> i18n::Tr {
    tr(u.locale.as_deref(), u.time_zone.as_deref())
}

/// `tr` for a member, in `lang` when they have saved no language (a mail they asked for from a
/// page in `lang`).
pub fn tr_or(u: &user::Model, lang: i18n::Lang) -> i18n::Tr {
    let tr = tr_of(u);
    match u.locale.as_deref().and_then(i18n::Lang::from_code) {
        Some(_) => tr,
        None => i18n::Tr::new(lang, tr.zone),
    }
}

/// `m` as `tr`'s language writes money (`12,50 EUR` in fr, `EUR 12.50` in en).
pub fn money(tr: &i18n::Tr, m: crate::domain::money::Money) -> String {
    tr.money(m.minor, m.currency.code(), m.currency.exponent())
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
