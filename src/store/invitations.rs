//! Invitations to join a co-op. An admin invites an e-mail address; the membership row is
//! written only when the person signed in with that address accepts. They may decline, and an
//! admin may withdraw it while it is pending. One pending invitation per co-op and address.
use entity::coop_invitation::{ActiveModel, Column, Entity, Model};
use entity::{coop, membership, user};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::auth;
use crate::domain::account::Email;
use crate::domain::coop::CoopRole;
use crate::domain::invitation::{InvitationAnswer, InvitationStatus};
use crate::error::{AppError, FieldErrors, Msg};

const PENDING: InvitationStatus = InvitationStatus::Pending;

/// An invitation, and whether this call made it (false: the same one was already pending).
pub struct Invited {
    pub invitation: Model,
    pub new: bool,
}

/// An admin (`inviter`) invites `email` to `coop` with `role` and mails them a link to answer.
/// Inviting someone already a member is a field error; inviting again while one is pending
/// (a double submit too) returns that one and mails nothing.
pub async fn invite(
    db: &impl ConnectionTrait,
    coop: &coop::Model,
    inviter: &user::Model,
    email: &str,
    role: &str,
    base_url: &url::Url,
) -> Result<Invited, AppError> {
    let mut errs = FieldErrors::default();
    let role = CoopRole::parse(role).map_err(|m| errs.add("role", m));
    let email = Email::parse(email).map_err(|e| errs.add("email", e));
    let (Ok(role), Ok(email)) = (role, email) else {
        return Err(AppError::Invalid(errs));
    };
    if let Some(u) = super::users::find_by_email(db, email.as_str()).await? {
        if super::coops::role_of(db, coop.id, u.id).await?.is_some() {
            return Err(FieldErrors::single(
                "email",
                Msg::code("invitations-error-member").arg("email", u.email),
            ));
        }
    }
    let token = auth::random_token();
    let inserted = Entity::insert(ActiveModel {
        coop_id: Set(coop.id),
        email: Set(email.as_str().to_owned()),
        role: Set(role),
        invited_by: Set(inviter.id),
        token_hash: Set(auth::sha256_hex(&token)),
        status: Set(PENDING),
        created_at: Set(super::now()),
        answered_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([Column::CoopId, Column::Email])
            // Written out, not bound: SQLite matches a partial index only by the same text.
            .target_and_where(Expr::cust("status = 'pending'"))
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let invitation = pending(db, coop.id, email.as_str())
        .await?
        .ok_or_else(|| AppError::Internal("an invitation just written is gone".into()))?;
    if inserted == 1 {
        let link = crate::config::absolute(base_url, &format!("/invitations/{token}"));
        let mail = invitation_mail(db, inviter, coop, role, email.as_str(), link).await?;
        super::outbox::enqueue_mail(db, email.as_str(), &mail).await?;
    }
    Ok(Invited {
        invitation,
        new: inserted == 1,
    })
}

async fn pending(
    db: &impl ConnectionTrait,
    coop_id: i32,
    email: &str,
) -> Result<Option<Model>, AppError> {
    Ok(Entity::find()
        .filter(Column::CoopId.eq(coop_id))
        .filter(Column::Email.eq(email))
        .filter(Column::Status.eq(PENDING))
        .one(db)
        .await?)
}

/// The invitations still waiting for `user`'s answer, with the inviting co-op.
pub async fn pending_for(
    db: &impl ConnectionTrait,
    user: &user::Model,
) -> Result<Vec<(Model, coop::Model)>, AppError> {
    let rows = Entity::find()
        .filter(Column::Email.eq(user.email.to_lowercase()))
        .filter(Column::Status.eq(PENDING))
        .find_also_related(coop::Entity)
        .order_by_asc(Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(i, c)| Some((i, c?)))
        .collect())
}

/// A co-op's invitations that nobody has answered yet, for its admins.
pub async fn pending_of_coop(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Vec<Model>, AppError> {
    Ok(Entity::find()
        .filter(Column::CoopId.eq(coop_id))
        .filter(Column::Status.eq(PENDING))
        .order_by_asc(Column::Id)
        .all(db)
        .await?)
}

/// The invitation behind a mailed link, if `viewer` is the person it was sent to.
pub async fn by_token_for(
    db: &impl ConnectionTrait,
    token: &str,
    viewer: &user::Model,
) -> Result<(Model, coop::Model), AppError> {
    let found = Entity::find()
        .filter(Column::TokenHash.eq(auth::sha256_hex(token.trim())))
        .find_also_related(coop::Entity)
        .one(db)
        .await?;
    match found {
        Some((i, Some(c))) if addressed_to(&i, viewer) => Ok((i, c)),
        _ => Err(AppError::not_found("invitation")),
    }
}

fn addressed_to(i: &Model, u: &user::Model) -> bool {
    i.email == u.email.to_lowercase()
}

/// The invited person accepts or declines invitation `id`, in a write transaction of its own.
/// It is not found for anybody else. Accepting makes them a member; the same answer twice is a
/// no-op, another one a conflict.
pub async fn answer(
    db: &DatabaseConnection,
    id: i32,
    by: &user::Model,
    answer: InvitationAnswer,
) -> Result<Model, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let inv = answer_in(&tx, id, by, answer).await?;
    tx.commit().await?;
    Ok(inv)
}

async fn answer_in(
    db: &impl ConnectionTrait,
    id: i32,
    by: &user::Model,
    answer: InvitationAnswer,
) -> Result<Model, AppError> {
    let inv = Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|i| answer.by_addressee() && addressed_to(i, by))
        .ok_or_else(|| AppError::not_found("invitation"))?;
    let applied = settle(db, inv.clone(), answer).await?;
    if applied && answer == InvitationAnswer::Accept {
        add_membership(db, inv.coop_id, by.id, inv.role).await?;
    }
    reload(db, id).await
}

/// An admin of `coop_id` withdraws its pending invitation `id`, in a write transaction of its own.
pub async fn withdraw(db: &DatabaseConnection, coop_id: i32, id: i32) -> Result<Model, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let inv = withdraw_in(&tx, coop_id, id).await?;
    tx.commit().await?;
    Ok(inv)
}

async fn withdraw_in(db: &impl ConnectionTrait, coop_id: i32, id: i32) -> Result<Model, AppError> {
    let inv = Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|i| i.coop_id == coop_id)
        .ok_or_else(|| AppError::not_found("invitation"))?;
    settle(db, inv, InvitationAnswer::Withdraw).await?;
    reload(db, id).await
}

async fn reload(db: &impl ConnectionTrait, id: i32) -> Result<Model, AppError> {
    Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("invitation"))
}

/// Moves a pending invitation to `answer`'s outcome with a conditional update, so of two
/// answers at once exactly one applies; true when this call applied it.
async fn settle(
    db: &impl ConnectionTrait,
    inv: Model,
    answer: InvitationAnswer,
) -> Result<bool, AppError> {
    if !answer.check(inv.status).map_err(AppError::Conflict)? {
        return Ok(false);
    }
    let res = Entity::update_many()
        .col_expr(Column::Status, Expr::value(answer.outcome()))
        .col_expr(Column::AnsweredAt, Expr::value(super::now()))
        .filter(Column::Id.eq(inv.id))
        .filter(Column::Status.eq(PENDING))
        .exec(db)
        .await?;
    if res.rows_affected == 1 {
        return Ok(true);
    }
    // Someone answered in between: the same answer is done, another one is a conflict.
    let now = reload(db, inv.id).await?;
    answer.check(now.status).map_err(AppError::Conflict)?;
    Ok(false)
}

/// Writes a membership unless the person already has one (the unique (co-op, user) index).
/// Only an accepted invitation calls it, and the demo seed, whose people are made up.
pub async fn add_membership(
    db: &impl ConnectionTrait,
    coop_id: i32,
    user_id: i32,
    role: CoopRole,
) -> Result<(), AppError> {
    membership::Entity::insert(membership::ActiveModel {
        coop_id: Set(coop_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(super::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([membership::Column::CoopId, membership::Column::UserId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// An admin's invitation (`invite`), in a write transaction of its own.
pub async fn invite_member(
    db: &DatabaseConnection,
    coop: &coop::Model,
    inviter: &user::Model,
    email: &str,
    role: &str,
    base_url: &url::Url,
) -> Result<Invited, AppError> {
    let tx = crate::db::begin_write(db).await?;
    let invited = invite(&tx, coop, inviter, email, role, base_url).await?;
    tx.commit().await?;
    Ok(invited)
}

/// The invitation in the invited person's language when they have an account, else in the
/// inviter's (who likely shares it), else English.
async fn invitation_mail(
    db: &impl ConnectionTrait,
    inviter: &entity::user::Model,
    coop: &entity::coop::Model,
    role: CoopRole,
    email: &str,
    link: String,
) -> Result<templates::mail::MailText, AppError> {
    let tr = match super::users::find_by_email(db, email).await? {
        Some(invited) if invited.locale.is_some() => super::locale::tr_of(&invited),
        _ => super::locale::tr_of(inviter),
    };
    let args = [
        ("coop", coop.name.clone().into()),
        ("role", role.as_str().into()),
        ("name", inviter.name.clone().into()),
        ("link", link.into()),
        ("email", email.to_owned().into()),
    ];
    Ok(templates::mail::text_mail(
        tr.t_args("mail-invitation-subject", &args),
        &[
            tr.t_args("mail-invitation-body", &args),
            tr.t_args("mail-invitation-consent", &args),
            tr.t_args("mail-invitation-register", &args),
        ],
    ))
}
