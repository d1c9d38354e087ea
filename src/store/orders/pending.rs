//! What a batch of order requests appends, gathered while deciding and written at its end in
//! one statement per table (the ledger: a few).
use entity::order_event;
use sea_orm::{ConnectionTrait, EntityTrait};

use super::Event;
use crate::domain::ledger::JournalEntry;
use crate::error::AppError;
use crate::store::notify::Message;

/// Rows per multi-row insert: well under SQLite's and PostgreSQL's limits on bound values.
pub const ROWS_PER_INSERT: usize = 200;

/// History rows, mail and ledger entries waiting for the end of the batch.
#[derive(Default)]
pub struct Pending {
    events: Vec<order_event::ActiveModel>,
    mail: Vec<Message>,
    ledger: Vec<JournalEntry>,
}

impl Pending {
    /// One row of an order's history.
    pub fn event(&mut self, order_id: i32, at: chrono::DateTime<chrono::Utc>, e: Event<'_>) {
        self.events.push(super::event_row(order_id, at, &e));
    }

    /// One mail, queued in the outbox with the batch.
    pub fn mail(&mut self, m: Message) {
        self.mail.push(m);
    }

    /// One ledger entry, posted with the batch.
    pub fn post(&mut self, entry: JournalEntry) {
        self.ledger.push(entry);
    }

    /// Writes it all: history, mail, then the ledger (which holds its lock until commit).
    pub async fn write(self, db: &impl ConnectionTrait) -> Result<(), AppError> {
        let mut events = self.events;
        while !events.is_empty() {
            let rest = events.split_off(events.len().min(ROWS_PER_INSERT));
            order_event::Entity::insert_many(events)
                .exec_without_returning(db)
                .await?;
            events = rest;
        }
        for mail in self.mail.chunks(ROWS_PER_INSERT) {
            crate::store::notify::queue_all(db, mail).await?;
        }
        crate::store::ledger::post_all(db, self.ledger).await?;
        Ok(())
    }
}
