//! Payout lines and pool spending paid through Stripe: how each is paid (`bank` or `stripe`,
//! fixed when the run is drafted or the spending approved), the connected account it goes to,
//! the Transfer that paid it, when an execution claimed it (so two executions never send it at
//! once), and how many times Stripe refused it (each refusal moves the idempotency key on; an
//! unanswered call keeps it).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PayoutLines {
    Table,
}

#[derive(DeriveIden)]
enum SpendingProposals {
    Table,
}

#[derive(DeriveIden)]
enum Col {
    Method,
    Destination,
    TransferId,
    ClaimedAt,
    TransferAttempt,
}

fn tables() -> [DynIden; 2] {
    [
        PayoutLines::Table.into_iden(),
        SpendingProposals::Table.into_iden(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            // One column per statement: SQLite adds a single column per ALTER TABLE.
            let columns = [
                string_len(Col::Method, 16).default("bank").to_owned(),
                string_len_null(Col::Destination, 255),
                string_len_null(Col::TransferId, 255),
                timestamp_with_time_zone_null(Col::ClaimedAt),
                integer(Col::TransferAttempt).default(0).to_owned(),
            ];
            for mut c in columns {
                m.alter_table(
                    Table::alter()
                        .table(table.clone())
                        .add_column(&mut c)
                        .to_owned(),
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            for c in [
                Col::TransferAttempt,
                Col::ClaimedAt,
                Col::TransferId,
                Col::Destination,
                Col::Method,
            ] {
                m.alter_table(
                    Table::alter()
                        .table(table.clone())
                        .drop_column(c)
                        .to_owned(),
                )
                .await?;
            }
        }
        Ok(())
    }
}
