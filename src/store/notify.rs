//! Mail to the people of a co-op, queued in the caller's transaction.
//!
//! One `INSERT ... SELECT` per batch of messages, whatever the number of members: every order action sends
//! one, inside its write transaction. Members' addresses were checked when they registered
//! (`domain::coop::Email`), so they are not parsed again here.
use sea_orm::ConnectionTrait;

use crate::error::AppError;

/// Queues one message to every member of a co-op.
pub async fn coop_members(
    db: &impl ConnectionTrait,
    coop_id: i32,
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    let message = Message::to(coop_id, subject.to_owned(), body.to_owned());
    queue_all(db, &[message]).await
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
    let message = Message::to(coop_id, subject.to_owned(), rest.to_owned()).from(sender);
    queue_all(db, &[message]).await
}

/// One message to the members of a co-op.
pub struct Message {
    coop_id: i32,
    subject: String,
    /// The co-op whose name the body starts with, if any.
    sender: Option<i32>,
    body: String,
}

impl Message {
    pub fn to(coop_id: i32, subject: String, body: String) -> Message {
        Message {
            coop_id,
            subject,
            sender: None,
            body,
        }
    }

    /// The body starts with the name of co-op `sender`.
    pub fn from(self, sender: i32) -> Message {
        Message {
            sender: Some(sender),
            ..self
        }
    }
}

/// Queues `messages` in one `INSERT ... SELECT`, in their order and, within one, in the order of
/// the co-op's memberships. Each copy gets a Message-ID of its own: a fresh id for the message,
/// then the member's id.
pub async fn queue_all(db: &impl ConnectionTrait, messages: &[Message]) -> Result<(), AppError> {
    if messages.is_empty() {
        return Ok(());
    }
    let mut b = super::Binds::new(db.get_database_backend());
    let now = super::now();
    let rows: Vec<String> = messages
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let batch = uuid::Uuid::now_v7().simple().to_string();
            format!(
                "({n}, CAST({} AS INTEGER), CAST({} AS TEXT), CAST({} AS INTEGER), \
                 CAST({} AS TEXT), CAST({} AS TEXT))",
                b.push(m.coop_id),
                b.push(m.subject.as_str()),
                b.push(m.sender),
                b.push(m.body.as_str()),
                b.push(batch),
            )
        })
        .collect();
    let (created, next) = (b.push(now), b.push(now));
    let sql = format!(
        "WITH m(n, coop_id, subject, sender, body, batch) AS (VALUES {}) \
         INSERT INTO outbox (to_addr, subject, body_text, created_at, attempts, \
         next_attempt_at, message_id) \
         SELECT users.email, m.subject, \
         COALESCE((SELECT name FROM coops WHERE id = m.sender), '') || m.body, \
         {created}, 0, {next}, \
         '<' || m.batch || '.' || CAST(users.id AS TEXT) || '@cooptrade.outbox>' \
         FROM m JOIN memberships ON memberships.coop_id = m.coop_id \
         JOIN users ON users.id = memberships.user_id ORDER BY m.n, memberships.id",
        rows.join(", ")
    );
    db.execute_raw(b.statement(sql)).await?;
    Ok(())
}
