//! The mail worker's index: the unsent messages in id order, and nothing else. The worker claims
//! the oldest 100 due messages; with the old index on (sent_at, next_attempt_at) it read every
//! unsent message due and sorted them by id (a backlog of thousands after a burst of orders), and
//! each claim and each "sent" moved the row within that index. With this partial index a claim
//! walks the oldest unsent rows and stops at 100, a claim's new attempt time touches no index,
//! and marking a message sent only drops it from here.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    SentAt,
    NextAttemptAt,
}

const OLD: &str = "idx_outbox_due";
const NEW: &str = "idx_outbox_unsent";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(OLD).table(Outbox::Table).to_owned())
            .await?;
        // Partial indexes are written the same on SQLite and PostgreSQL.
        m.get_connection()
            .execute_unprepared(&format!(
                "CREATE INDEX {NEW} ON outbox (id) WHERE sent_at IS NULL"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NEW).table(Outbox::Table).to_owned())
            .await?;
        m.create_index(
            Index::create()
                .name(OLD)
                .table(Outbox::Table)
                .col(Outbox::SentAt)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await
    }
}
