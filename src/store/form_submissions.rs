//! One-time form tokens: a create that has no natural key (a spending proposal, a co-op
//! application) is safe to submit twice.
//!
//! How it works: the page renders the form with a fresh hidden `form_token` (`new_token`). The
//! handler opens its write transaction and calls `claim` first: the first submit inserts
//! (user, token) and goes on to create; any other submit of the same form finds the claim
//! (on PostgreSQL its insert waits on the unique index until the first commits) and is sent to
//! the first's result, recorded by `record` in the same transaction as the create. A submit that
//! fails validation rolls its claim back with everything else, so the corrected form still goes
//! through. A form posted without a token (an old page, a script) is not deduplicated.
use entity::form_submission::{ActiveModel, Column, Entity};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::error::AppError;

/// Longest token accepted (the column's width); `new_token` makes 64 hex characters.
const MAX_TOKEN: usize = 64;

/// A fresh token for a form about to be rendered.
pub fn new_token() -> String {
    crate::auth::random_token()
}

/// What `claim` found.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// This is the form's first submit (or it carried no usable token): go on and create.
    First,
    /// The form was already submitted; its result is at this location.
    Done(String),
}

/// Claims `token` for `user_id` in the caller's write transaction (see the module's note).
pub async fn claim(
    db: &impl ConnectionTrait,
    user_id: i32,
    token: &str,
) -> Result<Claim, AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > MAX_TOKEN {
        return Ok(Claim::First);
    }
    let inserted = Entity::insert(ActiveModel {
        user_id: Set(user_id),
        token: Set(token.to_owned()),
        location: Set(None),
        created_at: Set(super::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([Column::UserId, Column::Token])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted == 1 {
        return Ok(Claim::First);
    }
    let first = Entity::find()
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Token.eq(token))
        .one(db)
        .await?;
    Ok(Claim::Done(
        first.and_then(|f| f.location).unwrap_or_else(|| "/".into()),
    ))
}

/// Records where the first submit's result is, in the transaction that created it.
pub async fn record(
    db: &impl ConnectionTrait,
    user_id: i32,
    token: &str,
    location: &str,
) -> Result<(), AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > MAX_TOKEN {
        return Ok(());
    }
    Entity::update_many()
        .col_expr(
            Column::Location,
            sea_orm::sea_query::Expr::value(location.to_owned()),
        )
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Token.eq(token))
        .exec(db)
        .await?;
    Ok(())
}
