//! Who a session token belongs to, with what every signed-in page's header needs about them (co-ops,
//! committee seat, unread notifications), read in one statement: a page pays one round trip
//! for its viewer instead of six.
use std::sync::LazyLock;

use chrono::{DateTime, Utc};
use entity::{coop, user};
use sea_orm::{ConnectionTrait, FromQueryResult};

use super::columns;

use crate::auth;
use crate::domain::coop::CoopRole;
use crate::error::AppError;

/// A live session's user and what the header shows of them, as read at the start of a request.
#[derive(Clone, Debug)]
pub struct SessionUser {
    pub user: user::Model,
    pub started: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub committee: bool,
    pub unread: u64,
    pub coops: Vec<(coop::Model, CoopRole)>,
}

/// The statement's text without its placeholder: a row per membership (one with empty co-op
/// columns when there is none), each carrying the user, the session and the two counts.
static SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {user}, s.created_at AS s_created, s.expires_at AS s_expires, \
         CASE WHEN EXISTS (SELECT 1 FROM committee_members cm WHERE cm.user_id = u.id) \
         THEN 1 ELSE 0 END AS committee, \
         (SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) \
         AS unread, m.role AS m_role, {coop} \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN coops c ON c.id = m.coop_id \
         WHERE s.id = {{token}} ORDER BY m.id",
        user = columns::<user::Column>("u", "u_"),
        coop = columns::<coop::Column>("c", "c_"),
    )
});

/// The session whose cookie holds `token` with its user, whatever its age (the caller checks
/// the lifetimes); `None` when there is no such session.
pub async fn load(db: &impl ConnectionTrait, token: &str) -> Result<Option<SessionUser>, AppError> {
    let mut b = super::Binds::new(db.get_database_backend());
    let sql = SQL.replace("{token}", &b.push(auth::sha256_hex(token)));
    let rows = db.query_all_raw(b.statement(sql)).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let mut coops = Vec::new();
    for r in &rows {
        let role: Option<String> = r.try_get("", "m_role")?;
        let Some(role) = role.and_then(|r| CoopRole::parse(&r).ok()) else {
            continue;
        };
        // A membership whose co-op row is gone is skipped, as `coops::of_user` does.
        if let Ok(c) = coop::Model::from_query_result(r, "c_") {
            coops.push((c, role));
        }
    }
    let unread: i64 = first.try_get("", "unread")?;
    Ok(Some(SessionUser {
        user: user::Model::from_query_result(first, "u_")?,
        started: first.try_get("", "s_created")?,
        expires: first.try_get("", "s_expires")?,
        committee: first.try_get::<i32>("", "committee")? != 0,
        unread: u64::try_from(unread).unwrap_or(0),
        coops,
    }))
}
