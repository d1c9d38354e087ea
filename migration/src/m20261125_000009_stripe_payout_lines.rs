//! Payout lines paid through Stripe: how a line is paid (`bank` or `stripe`, fixed when the run
//! is drafted), the connected account it goes to, the Transfer that paid it, when an execution
//! claimed it (so two executions never send it at once), and how many times Stripe refused it
//! (each refusal moves the idempotency key on; an unanswered call keeps it).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PayoutLines {
    Table,
    Method,
    Destination,
    TransferId,
    ClaimedAt,
    TransferAttempt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        let columns = [
            string_len(PayoutLines::Method, 16)
                .default("bank")
                .to_owned(),
            string_len_null(PayoutLines::Destination, 255),
            string_len_null(PayoutLines::TransferId, 255),
            timestamp_with_time_zone_null(PayoutLines::ClaimedAt),
            integer(PayoutLines::TransferAttempt).default(0).to_owned(),
        ];
        for mut c in columns {
            m.alter_table(
                Table::alter()
                    .table(PayoutLines::Table)
                    .add_column(&mut c)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in [
            PayoutLines::TransferAttempt,
            PayoutLines::ClaimedAt,
            PayoutLines::TransferId,
            PayoutLines::Destination,
            PayoutLines::Method,
        ] {
            m.alter_table(
                Table::alter()
                    .table(PayoutLines::Table)
                    .drop_column(c)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
