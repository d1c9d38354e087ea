//! One-time account links: the random token goes into the mail, only its SHA-256 is stored.
use entity::account_token::{self, ActiveModel, Column, Entity};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::auth;
use crate::domain::account_token::{check, TokenProblem, TokenPurpose};
use crate::error::AppError;
use crate::store::now;

/// Stores a new link for `user_id` and returns the token to mail.
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: TokenPurpose,
    email: Option<&str>,
) -> Result<String, AppError> {
    let token = auth::random_token();
    let at = now();
    Entity::insert(ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().into()),
        token_hash: Set(auth::sha256_hex(&token)),
        email: Set(email.map(str::to_owned)),
        created_at: Set(at),
        expires_at: Set(at + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(token)
}

/// The live link behind `token`, without using it up (a form shown before it is sent).
pub async fn peek(
    db: &impl ConnectionTrait,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Result<account_token::Model, TokenProblem>, AppError> {
    let row = Entity::find()
        .filter(Column::TokenHash.eq(auth::sha256_hex(token.trim())))
        .filter(Column::Purpose.eq(purpose.as_str()))
        .one(db)
        .await?;
    Ok(match row {
        None => Err(TokenProblem::Unknown),
        Some(t) => check(t.used_at, t.expires_at, now()).map(|()| t),
    })
}

/// Uses the link up: of two requests that follow it at once, exactly one gets it.
pub async fn consume(
    db: &impl ConnectionTrait,
    token: &str,
    purpose: TokenPurpose,
) -> Result<Result<account_token::Model, TokenProblem>, AppError> {
    let t = match peek(db, token, purpose).await? {
        Ok(t) => t,
        Err(p) => return Ok(Err(p)),
    };
    let done = Entity::update_many()
        .set(ActiveModel {
            used_at: Set(Some(now())),
            ..Default::default()
        })
        .filter(Column::Id.eq(t.id))
        .filter(Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(if done.rows_affected == 1 {
        Ok(t)
    } else {
        Err(TokenProblem::Used)
    })
}

/// Spends every open link of one purpose of a user (a new password makes old reset links useless).
pub async fn spend_all(
    db: &impl ConnectionTrait,
    user_id: i32,
    purpose: TokenPurpose,
) -> Result<(), AppError> {
    Entity::update_many()
        .set(ActiveModel {
            used_at: Set(Some(now())),
            ..Default::default()
        })
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Purpose.eq(purpose.as_str()))
        .filter(Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
