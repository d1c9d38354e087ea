//! Login sessions: the cookie holds a random token, the database only its digest.
use chrono::Duration;
use entity::{session, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::auth;
use crate::error::AppError;

/// How long a login lasts.
pub const LIFETIME_DAYS: i64 = 14;

/// Starts a session and returns the token for the cookie.
pub async fn create(db: &impl ConnectionTrait, user_id: i32) -> Result<String, AppError> {
    let token = auth::random_token();
    let now = super::now();
    session::ActiveModel {
        id: Set(auth::sha256_hex(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(LIFETIME_DAYS)),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user behind a session token, if the session exists and has not expired.
pub async fn user_for(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<user::Model>, AppError> {
    let Some(s) = session::Entity::find_by_id(auth::sha256_hex(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if s.expires_at < super::now() {
        return Ok(None);
    }
    Ok(user::Entity::find_by_id(s.user_id).one(db).await?)
}

pub async fn delete(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::Id.eq(auth::sha256_hex(token)))
        .exec(db)
        .await?;
    Ok(())
}
