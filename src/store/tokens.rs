//! API bearer tokens, one co-op each, stored as SHA-256 digests.
use entity::{api_token, coop};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::auth;
use crate::error::{AppError, FieldErrors, Msg};

/// Prefix that makes a leaked token easy to recognise in logs and scanners.
pub const TOKEN_PREFIX: &str = "ct_";

/// Creates a token and returns it with its plaintext, which is shown once.
pub async fn create(
    db: &impl ConnectionTrait,
    coop_id: i32,
    user_id: i32,
    name: &str,
) -> Result<(api_token::Model, String), AppError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(FieldErrors::single(
            "name",
            Msg::code("coops-error-token-name"),
        ));
    }
    let plain = format!("{TOKEN_PREFIX}{}", auth::random_token());
    let row = api_token::ActiveModel {
        coop_id: Set(coop_id),
        created_by: Set(user_id),
        name: Set(name.to_owned()),
        token_hash: Set(auth::sha256_hex(&plain)),
        prefix: Set(plain[..10].to_owned()),
        created_at: Set(super::now()),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((row, plain))
}

pub async fn list(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Vec<api_token::Model>, AppError> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::CoopId.eq(coop_id))
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await?)
}

/// Revokes one of the co-op's tokens; another co-op's token id is "not found".
pub async fn revoke(
    db: &impl ConnectionTrait,
    coop_id: i32,
    token_id: i32,
) -> Result<(), AppError> {
    let t = api_token::Entity::find_by_id(token_id)
        .filter(api_token::Column::CoopId.eq(coop_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("token"))?;
    if t.revoked_at.is_none() {
        let mut am: api_token::ActiveModel = t.into();
        am.revoked_at = Set(Some(super::now()));
        am.update(db).await?;
    }
    Ok(())
}

/// The token and co-op behind a bearer token, if it exists and is not revoked.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    plain: &str,
) -> Result<Option<(api_token::Model, coop::Model)>, AppError> {
    let found = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(auth::sha256_hex(plain)))
        .filter(api_token::Column::RevokedAt.is_null())
        .find_also_related(coop::Entity)
        .one(db)
        .await?;
    Ok(found.and_then(|(t, c)| Some((t, c?))))
}
