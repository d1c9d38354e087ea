//! A user's own sessions: list them, end one, end all but this one.
use entity::session::{self, Column, Entity};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::auth;
use crate::error::AppError;
use crate::store::now;

/// The user's live sessions, newest first.
pub async fn list(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<session::Model>, AppError> {
    Ok(Entity::find()
        .filter(Column::UserId.eq(user_id))
        .filter(Column::ExpiresAt.gt(now()))
        .order_by_desc(Column::CreatedAt)
        .all(db)
        .await?)
}

/// Ends one of the user's sessions by its id (the digest); another user's is never touched.
pub async fn end(db: &impl ConnectionTrait, user_id: i32, id: &str) -> Result<bool, AppError> {
    let done = Entity::delete_many()
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Ends every session of the user except the one whose cookie token is `keep`.
pub async fn end_others(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: Option<&str>,
) -> Result<u64, AppError> {
    let mut q = Entity::delete_many().filter(Column::UserId.eq(user_id));
    if let Some(token) = keep {
        q = q.filter(Column::Id.ne(auth::sha256_hex(token)));
    }
    Ok(q.exec(db).await?.rows_affected)
}
