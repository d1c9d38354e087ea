//! The mail outbox. A use case calls `enqueue` inside its own transaction, so the email exists
//! exactly when the change commits; the mail worker (`jobs::mail`) reads, sends and marks rows.
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use entity::outbox_message::{self, ActiveModel, Column, Entity};
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};

use crate::error::{AppError, FieldErrors, Msg};

/// Longest error text kept per message.
const MAX_ERROR_CHARS: usize = 2000;

/// Queues an email to `to`. Call it with the transaction of the change it reports.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    insert(db, to, subject, body, None).await
}

/// Queues `mail` (written in the recipient's language) to `to`, with its HTML part if any.
pub async fn enqueue_mail(
    db: &impl ConnectionTrait,
    to: &str,
    mail: &templates::mail::MailText,
) -> Result<(), AppError> {
    insert(db, to, &mail.subject, &mail.text, mail.html.clone()).await
}

async fn insert(
    db: &impl ConnectionTrait,
    to: &str,
    subject: &str,
    body: &str,
    html: Option<String>,
) -> Result<(), AppError> {
    let to = to.trim();
    // Refuse now, in the caller's transaction, rather than retry an unsendable row forever.
    if to.parse::<lettre::message::Mailbox>().is_err() {
        return Err(FieldErrors::single(
            "email",
            Msg::code("error-email-invalid").arg("value", to),
        ));
    }
    let now = super::now();
    Entity::insert(ActiveModel {
        id: NotSet,
        to_addr: Set(to.to_owned()),
        subject: Set(subject.to_owned()),
        body_text: Set(body.to_owned()),
        body_html: Set(html),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        sent_at: Set(None),
        last_error: Set(None),
        message_id: Set(format!(
            "<{}@cooptrade.outbox>",
            uuid::Uuid::now_v7().simple()
        )),
    })
    .exec(db)
    .await?;
    Ok(())
}

/// The key of the PostgreSQL advisory lock held by the mail worker whose turn it is ("outbox").
const TURN_LOCK_KEY: i64 = 0x6f75_7462_6f78;

/// On PostgreSQL, takes the mail worker's turn for the rest of transaction `tx` if no other
/// worker holds it (`pg_try_advisory_xact_lock`); false if one does.
pub async fn try_take_turn(tx: &DatabaseTransaction) -> Result<bool, AppError> {
    let row = tx
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT pg_try_advisory_xact_lock({TURN_LOCK_KEY}) AS taken"),
        ))
        .await?
        .ok_or_else(|| AppError::Internal("pg_try_advisory_xact_lock returned no row".into()))?;
    Ok(row.try_get::<bool>("", "taken")?)
}

/// Up to `limit` unsent messages due by `due_by`, oldest first. Only the worker whose turn it is
/// (`jobs::mail`) reads them to send, so reading them reserves nothing.
pub async fn due(
    db: &impl ConnectionTrait,
    due_by: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<outbox_message::Model>, AppError> {
    Ok(Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(due_by))
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// Records that the SMTP server accepted messages `ids` (one statement; none is a no-op).
pub async fn mark_sent(
    db: &impl ConnectionTrait,
    ids: &[i32],
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    if ids.is_empty() {
        return Ok(());
    }
    Entity::update_many()
        .set(ActiveModel {
            sent_at: Set(Some(at)),
            ..Default::default()
        })
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt: the count so far, the error, and when to try again.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    id: i32,
    attempts: i32,
    error: &str,
    retry_at: DateTime<Utc>,
) -> Result<(), AppError> {
    Entity::update_many()
        .set(ActiveModel {
            attempts: Set(attempts),
            last_error: Set(Some(error.chars().take(MAX_ERROR_CHARS).collect())),
            next_attempt_at: Set(retry_at),
            ..Default::default()
        })
        .filter(Column::Id.eq(id))
        .filter(Column::SentAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// A std duration as a chrono one; anything beyond chrono's range (never reached) becomes a day.
pub fn delta(d: Duration) -> TimeDelta {
    TimeDelta::from_std(d).unwrap_or(TimeDelta::days(1))
}
