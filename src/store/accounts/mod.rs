//! Account self-service: registering with a verified address, resetting a password, changing
//! name, address and password, and the user's sessions. Each use case is one transaction that
//! queues its mail in the outbox.
pub mod mail;
pub mod profile;
pub mod reset;
pub mod sessions;
pub mod tokens;

use entity::user;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use crate::auth;
use crate::db::begin_write;
use crate::domain::account::{parse_name, Email, Password};
use crate::domain::account_token::{TokenProblem, TokenPurpose};
use crate::error::{AppError, FieldErrors, Msg};
use crate::store::locale::{tr_of, tr_or};
use crate::store::users::{self, Registration};

/// Registers an account in `lang` (the language the page spoke to the person, when it came from
/// them) and mails its verification link in it. An address that already has an account gets a
/// mail saying so instead, and the caller cannot tell the two apart: both return `Ok`.
pub async fn sign_up(
    db: &DatabaseConnection,
    base: &url::Url,
    form: &Registration,
    lang: Option<i18n::Lang>,
) -> Result<(), AppError> {
    let tx = begin_write(db).await?;
    let email = Email::parse(&form.email).ok();
    let existing = match &email {
        Some(e) => users::find_by_email(&tx, e.as_str()).await?,
        None => None,
    };
    if let Some(owner) = existing {
        check_name_and_password(form)?;
        // As long as creating an account takes: the hash a new account would get.
        auth::hash_password(&form.password)?;
        mail::taken(
            &tx,
            &tr_or(&owner, lang.unwrap_or_default()),
            base,
            &owner.email,
        )
        .await?;
        tx.commit().await?;
        return Ok(());
    }
    match users::register_speaking(&tx, form, lang).await {
        Ok(u) => {
            let token = tokens::issue(&tx, u.id, TokenPurpose::VerifyEmail, Some(&u.email)).await?;
            mail::verify(&tx, &tr_of(&u), base, &u.email, &u.name, &token).await?;
            tx.commit().await?;
            Ok(())
        }
        // The address was valid and free a moment ago: a concurrent registration took it.
        Err(AppError::Invalid(errs)) if email.is_some() && errs.get("email").is_some() => {
            check_name_and_password(form)
        }
        Err(e) => Err(e),
    }
}

fn check_name_and_password(form: &Registration) -> Result<(), AppError> {
    let mut errs = FieldErrors::default();
    let _ = parse_name(&form.name, crate::domain::account::NameOf::Person)
        .map_err(|e| errs.add("name", e));
    let _ = Password::parse(&form.password).map_err(|e| errs.add("password", e));
    errs.into_result()
}

/// Follows a verification link: the token's address becomes the user's, verified. Any other
/// open verification link of the user is spent with it.
pub async fn verify_email(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Result<user::Model, TokenProblem>, AppError> {
    let tx = begin_write(db).await?;
    let t = match tokens::consume(&tx, token, TokenPurpose::VerifyEmail).await? {
        Ok(t) => t,
        Err(p) => return Ok(Err(p)),
    };
    tokens::spend_all(&tx, t.user_id, TokenPurpose::VerifyEmail).await?;
    let u = users::get(&tx, t.user_id).await?;
    let address = t.email.unwrap_or_else(|| u.email.clone());
    let mut m: user::ActiveModel = u.into();
    m.email = Set(address);
    m.email_verified_at = Set(Some(crate::store::now()));
    let u = m.update(&tx).await.map_err(|e| {
        if crate::store::is_unique_violation(&e) {
            AppError::Conflict(Msg::code("account-error-address-taken"))
        } else {
            e.into()
        }
    })?;
    tx.commit().await?;
    Ok(Ok(u))
}

/// Mails a new verification link to an unverified user's address (nothing if already verified).
pub async fn resend_verification(
    db: &DatabaseConnection,
    base: &url::Url,
    u: &user::Model,
) -> Result<(), AppError> {
    if is_verified(u) {
        return Ok(());
    }
    let tx = begin_write(db).await?;
    let token = tokens::issue(&tx, u.id, TokenPurpose::VerifyEmail, Some(&u.email)).await?;
    mail::verify(&tx, &tr_of(u), base, &u.email, &u.name, &token).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the user has followed a link mailed to their address.
pub fn is_verified(u: &user::Model) -> bool {
    u.email_verified_at.is_some()
}

/// The one rule for what an unverified account may not do (apply for or join a co-op).
pub fn ensure_verified(u: &user::Model) -> Result<(), AppError> {
    if is_verified(u) {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::code("account-unverified-body")))
    }
}
