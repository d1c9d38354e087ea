//! Login sessions: the cookie holds a random token, the database only its digest.
//!
//! `expires_at` is the idle deadline, moved forward as the session is used but never past
//! `created_at` + the absolute lifetime; both are checked on every read.
use chrono::{DateTime, TimeDelta, Utc};
use entity::{session, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect, Set,
};

use crate::auth;
use crate::config::SecuritySettings;
use crate::error::AppError;

/// A session's two lifetimes.
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    pub max_age: TimeDelta,
    pub idle: TimeDelta,
}

impl Lifetimes {
    pub fn of(s: &SecuritySettings) -> Lifetimes {
        let delta =
            |d: std::time::Duration| TimeDelta::from_std(d).unwrap_or_else(|_| TimeDelta::days(14));
        Lifetimes {
            max_age: delta(s.session_max_age),
            idle: delta(s.session_idle),
        }
    }

    /// The idle deadline of a session created at `created` and last used at `now`.
    fn deadline(&self, created: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
        (now + self.idle).min(created + self.max_age)
    }

    /// Moving the deadline is a write: done only when it gains a tenth of the idle time (at
    /// most a minute), not on every request.
    fn worth_extending(&self, current: DateTime<Utc>, next: DateTime<Utc>) -> bool {
        next - current >= (self.idle / 10).min(TimeDelta::minutes(1))
    }
}

/// Starts a session and returns the token for the cookie.
pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i32,
    life: Lifetimes,
) -> Result<String, AppError> {
    let token = auth::random_token();
    let now = super::now();
    session::ActiveModel {
        id: Set(auth::sha256_hex(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(life.deadline(now, now)),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// The user behind a session token, if the session exists and is neither idle nor too old.
pub async fn user_for(
    db: &impl ConnectionTrait,
    token: &str,
    life: Lifetimes,
) -> Result<Option<user::Model>, AppError> {
    let Some(s) = session::Entity::find_by_id(auth::sha256_hex(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = super::now();
    if s.expires_at < now || s.created_at + life.max_age < now {
        return Ok(None);
    }
    let next = life.deadline(s.created_at, now);
    if life.worth_extending(s.expires_at, next) {
        let user_id = s.user_id;
        let mut active = s.into_active_model();
        active.expires_at = Set(next);
        active.update(db).await?;
        return Ok(user::Entity::find_by_id(user_id).one(db).await?);
    }
    Ok(user::Entity::find_by_id(s.user_id).one(db).await?)
}

/// When someone else changed what the session's user may do after the session began, starts a
/// new session in its place (the old one ends) and returns its token; otherwise `None`.
pub async fn rotate_if_due(
    db: &impl ConnectionTrait,
    token: &str,
    life: Lifetimes,
) -> Result<Option<String>, AppError> {
    // One read on every signed-in page: the session and its user's last change, together.
    let found: Option<(i32, DateTime<Utc>, Option<DateTime<Utc>>)> =
        session::Entity::find_by_id(auth::sha256_hex(token))
            .select_only()
            .column(session::Column::UserId)
            .column(session::Column::CreatedAt)
            .column_as(user::Column::PrivilegesChangedAt, "changed")
            .join(
                sea_orm::JoinType::InnerJoin,
                session::Entity::belongs_to(user::Entity)
                    .from(session::Column::UserId)
                    .to(user::Column::Id)
                    .into(),
            )
            .into_tuple()
            .one(db)
            .await?;
    let Some((user_id, started, Some(changed))) = found else {
        return Ok(None);
    };
    if changed < started {
        return Ok(None);
    }
    let fresh = create(db, user_id, life).await?;
    delete(db, token).await?;
    Ok(Some(fresh))
}

pub async fn delete(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::Id.eq(auth::sha256_hex(token)))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_idle_deadline_never_passes_the_absolute_one() {
        let life = Lifetimes {
            max_age: TimeDelta::days(14),
            idle: TimeDelta::days(2),
        };
        let t0 = DateTime::<Utc>::UNIX_EPOCH;
        assert_eq!(life.deadline(t0, t0), t0 + TimeDelta::days(2));
        let late = t0 + TimeDelta::days(13);
        assert_eq!(life.deadline(t0, late), t0 + TimeDelta::days(14));
        assert!(!life.worth_extending(t0, t0 + TimeDelta::seconds(30)));
        assert!(life.worth_extending(t0, t0 + TimeDelta::minutes(1)));
    }
}
