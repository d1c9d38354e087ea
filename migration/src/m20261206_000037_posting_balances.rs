//! Each posting's account balance after it (a stored checkpoint per posting), written with the
//! posting in its own transaction: a statement page at any depth reads its lines' balances
//! instead of summing the postings newer than it. No foreign key: the ledger's tamper checks
//! must stay able to remove a posting behind the database's back.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PostingBalances {
    Table,
    PostingId,
    SumHigh,
    SumLow,
}

/// The running balance of every posting so far, by account and currency in id order.
const BACKFILL: &str = "INSERT INTO posting_balances (posting_id, sum_high, sum_low) \
     SELECT id, CAST(SUM(amount_minor >> 32) OVER w AS BIGINT), \
     CAST(SUM(amount_minor & 4294967295) OVER w AS BIGINT) FROM postings \
     WINDOW w AS (PARTITION BY account, currency ORDER BY id ROWS UNBOUNDED PRECEDING)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PostingBalances::Table)
                .col(big_integer(PostingBalances::PostingId).primary_key())
                .col(big_integer(PostingBalances::SumHigh))
                .col(big_integer(PostingBalances::SumLow))
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(BACKFILL)
            .await
            .map(|_| ())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(PostingBalances::Table).to_owned())
            .await
    }
}
