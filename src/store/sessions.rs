//! Login sessions: the cookie holds a random token, the database only its digest.
//!
//! `expires_at` is the idle deadline, moved forward as the session is used but never past
//! `created_at` + the absolute lifetime; both are checked on every read.
use chrono::{DateTime, TimeDelta, Utc};
use entity::session;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub use super::signed_in::SessionUser;

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

/// A live session's user, and the token of the session that replaced it, if one did.
#[derive(Default)]
pub struct Resolved {
    pub who: Option<SessionUser>,
    pub rotated: Option<String>,
}

/// The user behind a session token, if the session exists and is neither idle nor too old, its
/// idle deadline moved when due. With `rotate` (a page view), a session that predates a change
/// someone else made to what its user may do is replaced by a new one, whose token comes back.
pub async fn resolve(
    db: &impl ConnectionTrait,
    token: &str,
    life: Lifetimes,
    rotate: bool,
) -> Result<Resolved, AppError> {
    let Some(mut who) = super::signed_in::load(db, token).await? else {
        return Ok(Resolved::default());
    };
    let now = super::now();
    if who.expires < now || who.started + life.max_age < now {
        return Ok(Resolved::default());
    }
    let changed = who.user.privileges_changed_at;
    if rotate && changed.is_some_and(|c| c >= who.started) {
        let fresh = create(db, who.user.id, life).await?;
        delete(db, token).await?;
        (who.started, who.expires) = (now, life.deadline(now, now));
        return Ok(Resolved {
            who: Some(who),
            rotated: Some(fresh),
        });
    }
    let next = life.deadline(who.started, now);
    if life.worth_extending(who.expires, next) {
        session::Entity::update_many()
            .col_expr(session::Column::ExpiresAt, Expr::value(next))
            .filter(session::Column::Id.eq(auth::sha256_hex(token)))
            .exec(db)
            .await?;
        who.expires = next;
    }
    Ok(Resolved {
        who: Some(who),
        rotated: None,
    })
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
