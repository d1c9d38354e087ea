//! The common-pool committee's membership.
use entity::{committee_member, user};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryOrder, Set,
};

use crate::domain::money::FeeRate;

use crate::error::{AppError, FieldErrors, Msg};

pub async fn is_member(db: &impl ConnectionTrait, user_id: i32) -> Result<bool, AppError> {
    Ok(committee_member::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some())
}

/// Grants committee membership to a registered user; granting twice is a no-op.
pub async fn add(
    db: &impl ConnectionTrait,
    email: &str,
    granted_by: Option<i32>,
) -> Result<user::Model, AppError> {
    let Some(u) = super::users::find_by_email(db, email).await? else {
        return Err(FieldErrors::single(
            "email",
            Msg::code("error-no-such-user").arg("value", email.trim()),
        ));
    };
    if !is_member(db, u.id).await? {
        committee_member::ActiveModel {
            user_id: Set(u.id),
            granted_by: Set(granted_by),
            granted_at: Set(super::now()),
        }
        .insert(db)
        .await?;
        super::users::privileges_changed(db, u.id).await?;
    }
    Ok(u)
}

pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<user::Model>, AppError> {
    let rows = committee_member::Entity::find()
        .find_also_related(user::Entity)
        .order_by_asc(committee_member::Column::GrantedAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().filter_map(|(_, u)| u).collect())
}

/// The committee sets the marketplace's fee rate (`market::set_fee_rate`), in a write
/// transaction of its own.
pub async fn set_fee_rate(
    db: &DatabaseConnection,
    percent: &str,
    by: i32,
) -> Result<FeeRate, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let rate = super::market::set_fee_rate(&tx, percent, by).await?;
    tx.commit().await?;
    Ok(rate)
}
