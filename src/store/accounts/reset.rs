//! "Forgot your password?": a mailed one-time link, an hour long, that sets a new password
//! and ends every other session.
use entity::user;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use super::{mail, sessions, tokens};
use crate::auth;
use crate::db::begin_write;
use crate::domain::account::{Email, Password};
use crate::domain::account_token::{TokenProblem, TokenPurpose};
use crate::error::{AppError, FieldErrors};
use crate::store::users;

/// Mails a reset link if the address has an account (in its language, else in `lang`, the page's);
/// the answer is the same either way.
pub async fn request(
    db: &DatabaseConnection,
    base: &url::Url,
    raw: &str,
    lang: i18n::Lang,
) -> Result<(), AppError> {
    let email = Email::parse(raw).map_err(|e| FieldErrors::single("email", e))?;
    let tx = begin_write(db).await?;
    if let Some(u) = users::find_by_email(&tx, email.as_str()).await? {
        let token = tokens::issue(&tx, u.id, TokenPurpose::ResetPassword, None).await?;
        mail::reset(
            &tx,
            &crate::store::locale::tr_or(&u, lang),
            base,
            &u.email,
            &token,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Sets the password behind a reset link. A bad password leaves the link usable; a good one
/// spends it (and every other reset link of the user), verifies the address the link reached,
/// and ends every session but `keep` (the browser that asked, if it is signed in as this user).
pub async fn complete(
    db: &DatabaseConnection,
    token: &str,
    password: &str,
    keep: Option<&str>,
) -> Result<Result<user::Model, TokenProblem>, AppError> {
    let password = Password::parse(password).map_err(|e| FieldErrors::single("password", e))?;
    let hash = auth::hash_password(password.as_str())?;
    let tx = begin_write(db).await?;
    let t = match tokens::consume(&tx, token, TokenPurpose::ResetPassword).await? {
        Ok(t) => t,
        Err(p) => return Ok(Err(p)),
    };
    tokens::spend_all(&tx, t.user_id, TokenPurpose::ResetPassword).await?;
    let mut m: user::ActiveModel = users::get(&tx, t.user_id).await?.into();
    m.password_hash = Set(hash);
    let u = users::mark_verified(&tx, m.update(&tx).await?).await?;
    sessions::end_others(&tx, u.id, keep).await?;
    tx.commit().await?;
    Ok(Ok(u))
}
