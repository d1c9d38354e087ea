//! SQLite's WAL checkpoints, in the background. A committing writer would otherwise copy the
//! WAL into the database file itself every 1,000 pages, with the write lock held and every
//! request of its batch waiting (measured on the order benchmark: a sixth of the writer's time).
//! A passive checkpoint on a connection of its own takes no write lock: the writer goes on.
use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseConnection};

/// How often the WAL is copied back: often enough that it stays a few MB at full load.
pub const EVERY: Duration = Duration::from_millis(250);

/// Checkpoints the database at `url` every `EVERY`, on a connection of its own, until aborted.
pub async fn run(url: String) {
    let db = match crate::db::connect_with_pool(&url, 1).await {
        Ok(db) => db,
        Err(e) => {
            tracing::error!("WAL checkpointer: cannot connect: {e}; writers checkpoint themselves");
            return;
        }
    };
    let mut tick = tokio::time::interval(EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = checkpoint(&db).await {
            tracing::warn!("WAL checkpoint: {e}");
        }
    }
}

/// One passive checkpoint: copies what no reader still needs, and never waits for a lock.
pub async fn checkpoint(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    db.execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)")
        .await
        .map(|_| ())
}
