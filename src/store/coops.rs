//! Co-ops, their applications to the committee, and their members.
use entity::{coop, membership, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::coop::{CoopApplication, CoopRole};
use crate::domain::status::CoopStatus;
use crate::error::{AppError, FieldErrors, Msg};

/// Files an application; the applicant becomes the co-op's first admin.
pub async fn apply(
    db: &impl ConnectionTrait,
    applicant: i32,
    app: &CoopApplication,
) -> Result<coop::Model, AppError> {
    let now = super::now();
    let c = coop::ActiveModel {
        name: Set(app.name.clone()),
        kind: Set(app.kind),
        country: Set(app.country.clone()),
        currency: Set(app.currency.code().into()),
        contact_email: Set(app.contact_email.as_str().into()),
        description: Set(app.description.clone()),
        status: Set(CoopStatus::Pending),
        applied_by: Set(applicant),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| {
        if super::is_unique_violation(&e) {
            FieldErrors::single("name", Msg::code("coops-error-name-taken"))
        } else {
            e.into()
        }
    })?;
    insert_membership(db, c.id, applicant, CoopRole::Admin).await?;
    super::coop_notices::applied(db, &c).await?;
    Ok(c)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<coop::Model, AppError> {
    coop::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("co-op"))
}

/// The names of the co-ops `ids`, in one query (a list page's other parties).
pub async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<std::collections::HashMap<i32, String>, AppError> {
    let mut ids: Vec<i32> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(coop::Entity::find()
        .filter(coop::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

pub async fn find_by_name(
    db: &impl ConnectionTrait,
    name: &str,
) -> Result<Option<coop::Model>, AppError> {
    Ok(coop::Entity::find()
        .filter(coop::Column::Name.eq(name))
        .one(db)
        .await?)
}

pub async fn list_by_status(
    db: &impl ConnectionTrait,
    status: CoopStatus,
) -> Result<Vec<coop::Model>, AppError> {
    Ok(coop::Entity::find()
        .filter(coop::Column::Status.eq(status))
        .order_by_asc(coop::Column::Name)
        .all(db)
        .await?)
}

/// The committee admits or declines a pending application, in a write transaction of its own;
/// a decline needs a reason.
pub async fn decide_application(
    db: &DatabaseConnection,
    coop_id: i32,
    decided_by: i32,
    admit: bool,
    reason: &str,
) -> Result<coop::Model, AppError> {
    // The decision and the mail telling the co-op of it commit together.
    let tx = crate::db::begin_write(db).await?;
    let c = decide(&tx, coop_id, decided_by, admit, reason).await?;
    tx.commit().await?;
    Ok(c)
}

/// `decide_application` inside the caller's transaction (the demo seed's, a test's).
pub async fn decide(
    db: &impl ConnectionTrait,
    coop_id: i32,
    decided_by: i32,
    admit: bool,
    reason: &str,
) -> Result<coop::Model, AppError> {
    let c = get(db, coop_id).await?;
    if c.status != CoopStatus::Pending {
        return Err(AppError::Conflict(
            Msg::code("coops-error-decided")
                .arg("coop", c.name.clone())
                .arg("code", c.status.as_str()),
        ));
    }
    let reason = reason.trim();
    if !admit && reason.is_empty() {
        return Err(FieldErrors::single(
            "reason",
            Msg::code("coops-error-reason"),
        ));
    }
    let status = if admit {
        CoopStatus::Admitted
    } else {
        CoopStatus::Declined
    };
    let mut m: coop::ActiveModel = c.into();
    m.status = Set(status);
    m.decision_reason = Set((!reason.is_empty()).then(|| reason.to_owned()));
    m.decided_by = Set(Some(decided_by));
    m.decided_at = Set(Some(super::now()));
    let c = m.update(db).await?;
    super::coop_notices::decided(db, &c).await?;
    Ok(c)
}

/// The viewer's role in a co-op, if they belong to it.
pub async fn role_of(
    db: &impl ConnectionTrait,
    coop_id: i32,
    user_id: i32,
) -> Result<Option<CoopRole>, AppError> {
    let m = membership::Entity::find()
        .filter(membership::Column::CoopId.eq(coop_id))
        .filter(membership::Column::UserId.eq(user_id))
        .one(db)
        .await?;
    Ok(m.map(|m| m.role))
}

/// A co-op's members with their roles.
pub async fn members(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Vec<(user::Model, CoopRole)>, AppError> {
    let rows = membership::Entity::find()
        .filter(membership::Column::CoopId.eq(coop_id))
        .find_also_related(user::Entity)
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(m, u)| Some((u?, m.role)))
        .collect())
}

/// Changes a member's role; the last admin cannot step down.
pub async fn set_role(
    db: &impl ConnectionTrait,
    coop_id: i32,
    user_id: i32,
    role: &str,
) -> Result<(), AppError> {
    let role = CoopRole::parse(role).map_err(|m| FieldErrors::single("role", m))?;
    let m = membership::Entity::find()
        .filter(membership::Column::CoopId.eq(coop_id))
        .filter(membership::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("member"))?;
    if role == CoopRole::Member && m.role == CoopRole::Admin {
        let admins = membership::Entity::find()
            .filter(membership::Column::CoopId.eq(coop_id))
            .filter(membership::Column::Role.eq(CoopRole::Admin))
            .count(db)
            .await?;
        if admins <= 1 {
            return Err(AppError::Conflict(Msg::code("coops-error-one-admin")));
        }
    }
    let changed = m.role != role;
    let mut am: membership::ActiveModel = m.into();
    am.role = Set(role);
    am.update(db).await?;
    if changed {
        super::users::privileges_changed(db, user_id).await?;
    }
    Ok(())
}

async fn insert_membership(
    db: &impl ConnectionTrait,
    coop_id: i32,
    user_id: i32,
    role: CoopRole,
) -> Result<(), AppError> {
    membership::ActiveModel {
        coop_id: Set(coop_id),
        user_id: Set(user_id),
        role: Set(role),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Changes a co-op's description and/or contact e-mail after checking them.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    coop_id: i32,
    description: Option<&str>,
    contact_email: Option<&str>,
) -> Result<coop::Model, AppError> {
    let mut errs = FieldErrors::default();
    let email = contact_email
        .map(crate::domain::account::Email::parse)
        .transpose()
        .map_err(|e| errs.add("contact_email", e))
        .ok()
        .flatten();
    let description = description
        .map(crate::domain::coop::parse_description)
        .transpose()
        .map_err(|e| errs.add("description", e))
        .ok()
        .flatten();
    errs.into_result()?;
    let mut m: coop::ActiveModel = get(db, coop_id).await?.into();
    if let Some(e) = email {
        m.contact_email = Set(e.as_str().to_owned());
    }
    if let Some(d) = description {
        m.description = Set(d);
    }
    Ok(m.update(db).await?)
}

/// What applying did: a new co-op, or, for a form sent again, where the first went.
#[derive(Debug)]
pub enum Applied {
    New(coop::Model),
    Repeat(String),
}

/// Files an application once per one-time `form_token`, in a write transaction of its own; a
/// repeat of the form is sent to the first's co-op.
pub async fn apply_once(
    db: &DatabaseConnection,
    applicant: i32,
    form_token: &str,
    app: &CoopApplication,
) -> Result<Applied, AppError> {
    use super::form_submissions::{claim, record, Claim};
    let tx = crate::db::begin_write(db).await?;
    if let Claim::Done(first) = claim(&tx, applicant, form_token).await? {
        return Ok(Applied::Repeat(first));
    }
    let c = apply(&tx, applicant, app).await?;
    record(
        &tx,
        applicant,
        form_token,
        &format!("/coops/{}/manage", c.id),
    )
    .await?;
    tx.commit().await?;
    Ok(Applied::New(c))
}
