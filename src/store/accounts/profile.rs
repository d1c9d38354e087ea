//! The account page's changes: name, address (re-verified), password, and leaving a co-op.
use entity::{coop, membership, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, Set,
};

use super::{mail, sessions, tokens};
use crate::auth;
use crate::db::begin_write;
use crate::domain::account::{parse_name, Email, Password};
use crate::domain::account_token::TokenPurpose;
use crate::domain::coop::CoopRole;
use crate::error::{AppError, FieldErrors, Msg};
use crate::store::users;

pub async fn rename(
    db: &DatabaseConnection,
    user_id: i32,
    raw: &str,
) -> Result<user::Model, AppError> {
    let name = parse_name(raw, crate::domain::account::NameOf::Person)
        .map_err(|e| FieldErrors::single("name", e))?;
    let mut m: user::ActiveModel = users::get(db, user_id).await?.into();
    m.name = Set(name);
    Ok(m.update(db).await?)
}

fn check_current(u: &user::Model, current: &str) -> Result<(), AppError> {
    if auth::verify_password(current, &u.password_hash) {
        Ok(())
    } else {
        Err(FieldErrors::single(
            "current_password",
            Msg::code("error-current-password"),
        ))
    }
}

/// Asks to move the account to a new address: the new address gets a link (the change happens
/// when it is followed) and the old one is told. An address that has an account already gets a
/// notice instead of a link, and the answer is the same.
pub async fn request_email_change(
    db: &DatabaseConnection,
    base: &url::Url,
    u: &user::Model,
    raw: &str,
    current_password: &str,
) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    let email = Email::parse(raw)
        .and_then(|e| {
            if e.as_str() == u.email {
                Err(Msg::code("error-email-same"))
            } else {
                Ok(e)
            }
        })
        .map_err(|e| errs.add("email", e));
    if check_current(u, current_password).is_err() {
        errs.add("current_password", Msg::code("error-current-password"));
    }
    let (true, Ok(email)) = (errs.is_empty(), email) else {
        return Err(AppError::Invalid(errs));
    };
    let tx = begin_write(db).await?;
    let tr = crate::store::locale::tr_of(u);
    if let Some(owner) = users::find_by_email(&tx, email.as_str()).await? {
        let owners = crate::store::locale::tr_of(&owner);
        mail::taken(&tx, &owners, base, email.as_str()).await?;
    } else {
        let token =
            tokens::issue(&tx, u.id, TokenPurpose::VerifyEmail, Some(email.as_str())).await?;
        mail::verify(&tx, &tr, base, email.as_str(), &u.name, &token).await?;
    }
    mail::change_requested(&tx, &tr, &u.email, email.as_str()).await?;
    tx.commit().await?;
    Ok(())
}

/// Changes the password after checking the current one; every other session ends, and open
/// reset links are spent.
pub async fn change_password(
    db: &DatabaseConnection,
    u: &user::Model,
    current: &str,
    new: &str,
    keep: Option<&str>,
) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    if check_current(u, current).is_err() {
        errs.add("current_password", Msg::code("error-current-password"));
    }
    let new = Password::parse(new).map_err(|e| errs.add("new_password", e));
    let (true, Ok(new)) = (errs.is_empty(), new) else {
        return Err(AppError::Invalid(errs));
    };
    let hash = auth::hash_password(new.as_str())?;
    let tx = begin_write(db).await?;
    let mut m: user::ActiveModel = users::get(&tx, u.id).await?.into();
    m.password_hash = Set(hash);
    m.update(&tx).await?;
    tokens::spend_all(&tx, u.id, TokenPurpose::ResetPassword).await?;
    sessions::end_others(&tx, u.id, keep).await?;
    tx.commit().await?;
    Ok(())
}

/// Leaves a co-op. The last admin cannot: the co-op would have nobody to manage it.
pub async fn leave_coop(
    db: &DatabaseConnection,
    user_id: i32,
    coop_id: i32,
) -> Result<(), AppError> {
    let tx = begin_write(db).await?;
    // Two admins leaving at once on PostgreSQL: the co-op's row orders them (SQLite's write lock does).
    let c = coop::Entity::find_by_id(coop_id)
        .lock_exclusive()
        .one(&tx)
        .await?
        .ok_or_else(|| AppError::not_found("co-op"))?;
    let m = membership::Entity::find()
        .filter(membership::Column::CoopId.eq(coop_id))
        .filter(membership::Column::UserId.eq(user_id))
        .one(&tx)
        .await?
        .ok_or_else(|| {
            AppError::NotFound(Msg::code("coops-error-not-member").arg("coop", c.name.clone()))
        })?;
    if m.role == CoopRole::Admin {
        let admins = membership::Entity::find()
            .filter(membership::Column::CoopId.eq(coop_id))
            .filter(membership::Column::Role.eq(CoopRole::Admin))
            .count(&tx)
            .await?;
        if admins <= 1 {
            return Err(AppError::Conflict(
                Msg::code("coops-error-last-admin").arg("coop", c.name.clone()),
            ));
        }
    }
    membership::Entity::delete_by_id(m.id).exec(&tx).await?;
    tx.commit().await?;
    Ok(())
}
