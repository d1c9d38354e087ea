//! People with logins.
use entity::user;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::auth;
use crate::domain::account::{parse_name, Email, Password};
use crate::error::{AppError, FieldErrors, Msg};

/// The raw registration form.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct Registration {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
}

/// Creates a user after checking every field; a taken e-mail is a field error.
pub async fn register(
    db: &impl ConnectionTrait,
    form: &Registration,
) -> Result<user::Model, AppError> {
    register_speaking(db, form, None).await
}

/// `register`, saving the language the person registered in (their mail is written in it).
pub async fn register_speaking(
    db: &impl ConnectionTrait,
    form: &Registration,
    lang: Option<i18n::Lang>,
) -> Result<user::Model, AppError> {
    let mut errs = FieldErrors::default();
    let name = parse_name(&form.name, crate::domain::account::NameOf::Person)
        .map_err(|e| errs.add("name", e));
    let email = Email::parse(&form.email).map_err(|e| errs.add("email", e));
    let password = Password::parse(&form.password).map_err(|e| errs.add("password", e));
    let (Ok(name), Ok(email), Ok(password)) = (name, email, password) else {
        return Err(AppError::Invalid(errs));
    };
    if find_by_email(db, email.as_str()).await?.is_some() {
        return Err(FieldErrors::single("email", Msg::code("error-email-taken")));
    }
    let hash = auth::hash_password(password.as_str())?;
    let row = user::ActiveModel {
        email: Set(email.as_str().to_owned()),
        name: Set(name),
        password_hash: Set(hash),
        created_at: Set(super::now()),
        locale: Set(lang.map(|l| l.code().to_owned())),
        ..Default::default()
    };
    row.insert(db).await.map_err(|e| {
        if super::is_unique_violation(&e) {
            FieldErrors::single("email", Msg::code("error-email-taken"))
        } else {
            e.into()
        }
    })
}

pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<user::Model, AppError> {
    user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("user"))
}

/// Checks an e-mail and password; the error never says which of the two was wrong.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    email: &str,
    password: &str,
) -> Result<user::Model, AppError> {
    let user = find_by_email(db, email).await?;
    let right = match &user {
        Some(u) => auth::verify_password(password, &u.password_hash),
        None => auth::verify_against_nobody(password),
    };
    match user {
        Some(u) if right => Ok(u),
        _ => Err(FieldErrors::single("email", Msg::code("error-wrong-login"))),
    }
}

/// Records that someone else changed what the user may do now: their sessions get a new id and
/// CSRF token on their next page (`sessions::resolve`).
pub async fn privileges_changed(db: &impl ConnectionTrait, user_id: i32) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::PrivilegesChangedAt,
            sea_orm::sea_query::Expr::value(super::now()),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Tells the holder of `email`, if there is one, that logins to the account are refused for a
/// while after repeated failures (queued in the outbox).
pub async fn warn_of_lockout(
    db: &impl ConnectionTrait,
    email: &str,
    minutes: u64,
) -> Result<(), AppError> {
    let Some(u) = find_by_email(db, email).await? else {
        return Ok(());
    };
    let tr = super::locale::tr_of(&u);
    let mail = templates::mail::text_mail(
        tr.t("mail-lockout-subject"),
        &[
            tr.t_args("mail-hello-name", &[("name", u.name.clone().into())]),
            tr.t_args("mail-lockout-body", &[("minutes", minutes.into())]),
            tr.t("mail-lockout-advice"),
        ],
    );
    super::outbox::enqueue_mail(db, &u.email, &mail).await?;
    Ok(())
}

/// `register` for accounts made by an operator (`cooptrade user create`, the demo seed): the
/// address counts as verified.
pub async fn register_verified(
    db: &impl ConnectionTrait,
    form: &Registration,
) -> Result<user::Model, AppError> {
    let u = register(db, form).await?;
    mark_verified(db, u).await
}

/// Records that the user reads their address now (kept if it was verified before).
pub async fn mark_verified(
    db: &impl ConnectionTrait,
    u: user::Model,
) -> Result<user::Model, AppError> {
    if u.email_verified_at.is_some() {
        return Ok(u);
    }
    let mut m: user::ActiveModel = u.into();
    m.email_verified_at = Set(Some(super::now()));
    Ok(m.update(db).await?)
}
