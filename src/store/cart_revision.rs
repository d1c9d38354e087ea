//! A co-op cart's revision: every edit moves it on, and a checkout places the revision its page
//! showed or nothing. Edits move it first, so on PostgreSQL the cart's row lock orders an edit
//! and a checkout of one cart; on SQLite write transactions are serial anyway.
use entity::{cart, user};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::error::{AppError, Msg};

/// The cart's revision (0 for a co-op that never had a cart) and the name of whoever changed
/// it last.
pub async fn current(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<(i64, Option<String>), AppError> {
    let Some(c) = cart::Entity::find_by_id(coop_id).one(db).await? else {
        return Ok((0, None));
    };
    let by = match c.changed_by_user_id {
        Some(id) => user::Entity::find_by_id(id).one(db).await?.map(|u| u.name),
        None => None,
    };
    Ok((c.revision, by))
}

/// Moves the cart's revision on for an edit by `user_id` (creating the cart row if needed).
pub async fn touch(db: &impl ConnectionTrait, coop_id: i32, user_id: i32) -> Result<(), AppError> {
    let row = cart::ActiveModel {
        buyer_coop_id: Set(coop_id),
        revision: Set(1),
        changed_by_user_id: Set(Some(user_id)),
        changed_at: Set(Some(crate::store::now())),
    };
    let upsert = OnConflict::column(cart::Column::BuyerCoopId)
        .value(cart::Column::Revision, Expr::cust("carts.revision + 1"))
        .update_columns([cart::Column::ChangedByUserId, cart::Column::ChangedAt])
        .to_owned();
    cart::Entity::insert(row)
        .on_conflict(upsert)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Moves the revision on from `shown` for a checkout by `user_id`; false when it is no longer
/// `shown` (a member changed the cart, or another checkout took it).
pub async fn advance(
    db: &impl ConnectionTrait,
    coop_id: i32,
    shown: i64,
    user_id: i32,
) -> Result<bool, AppError> {
    let res = cart::Entity::update_many()
        .col_expr(cart::Column::Revision, Expr::cust("revision + 1"))
        .col_expr(cart::Column::ChangedByUserId, Expr::value(user_id))
        .col_expr(cart::Column::ChangedAt, Expr::value(crate::store::now()))
        .filter(cart::Column::BuyerCoopId.eq(coop_id))
        .filter(cart::Column::Revision.eq(shown))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// The refusal of a checkout whose page showed another revision of the cart (409).
pub fn stale(changed_by: Option<&str>) -> AppError {
    AppError::Conflict(match changed_by {
        Some(name) => Msg::code("cart-error-stale-by").arg("name", name),
        None => Msg::code("cart-error-stale"),
    })
}
