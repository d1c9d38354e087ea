//! Mail to the people of a co-op, queued in the caller's transaction.
//!
//! One `INSERT ... SELECT` per message, whatever the number of members: every order action sends
//! one, inside its write transaction. Members' addresses were checked when they registered
//! (`domain::coop::Email`), so they are not parsed again here.
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use crate::error::AppError;

/// Queues one message to every member of a co-op.
pub async fn coop_members(
    db: &impl ConnectionTrait,
    coop_id: i32,
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    queue(db, coop_id, subject, None, body).await
}

/// Queues one message to every member of `coop_id` whose body starts with the name of co-op
/// `sender` (as it stands now) followed by `rest`: the name is read by the same statement.
pub async fn coop_members_from(
    db: &impl ConnectionTrait,
    coop_id: i32,
    subject: &str,
    sender: i32,
    rest: &str,
) -> Result<(), AppError> {
    queue(db, coop_id, subject, Some(sender), rest).await
}

async fn queue(
    db: &impl ConnectionTrait,
    coop_id: i32,
    subject: &str,
    sender: Option<i32>,
    body: &str,
) -> Result<(), AppError> {
    let backend = db.get_database_backend();
    let mut values: Vec<Value> = Vec::new();
    let mut p = |v: Value| {
        values.push(v);
        match backend {
            DbBackend::Postgres => format!("${}", values.len()),
            _ => "?".to_owned(),
        }
    };
    let now = super::now();
    // Each message gets a Message-ID of its own: a fresh id for this send, then the member's id.
    let batch = uuid::Uuid::new_v4().simple().to_string();
    let subject_p = p(subject.into());
    let body_p = match sender {
        Some(s) => {
            let s = p(s.into());
            format!(
                "COALESCE((SELECT name FROM coops WHERE id = {s}), '') || {}",
                p(body.into())
            )
        }
        None => p(body.into()),
    };
    let (created_p, next_p) = (p(now.into()), p(now.into()));
    let batch_p = p(batch.into());
    let coop_p = p(coop_id.into());
    let sql = format!(
        "INSERT INTO outbox (to_addr, subject, body_text, created_at, attempts, \
         next_attempt_at, message_id) \
         SELECT users.email, {subject_p}, {body_p}, {created_p}, 0, {next_p}, \
         '<' || {batch_p} || '.' || CAST(users.id AS TEXT) || '@cooptrade.outbox>' \
         FROM memberships JOIN users ON users.id = memberships.user_id \
         WHERE memberships.coop_id = {coop_p} ORDER BY memberships.id"
    );
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    Ok(())
}
