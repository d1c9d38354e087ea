//! Mail to the people of a co-op, queued in the caller's transaction.
use sea_orm::ConnectionTrait;

use crate::error::AppError;

/// Queues one message to every member of a co-op.
pub async fn coop_members(
    db: &impl ConnectionTrait,
    coop_id: i32,
    subject: &str,
    body: &str,
) -> Result<(), AppError> {
    for (user, _) in super::coops::members(db, coop_id).await? {
        super::outbox::enqueue(db, &user.email, subject, body).await?;
    }
    Ok(())
}
