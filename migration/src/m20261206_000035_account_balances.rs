//! Each account's balance per currency, maintained by every posting in its own transaction, so
//! pages read one row per account instead of summing history; and postings indexed by account
//! and id, so a statement reads a page of its own account's postings by keyset.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AccountBalances {
    Table,
    Id,
    Account,
    Currency,
    SumHigh,
    SumLow,
    Postings,
}

#[derive(DeriveIden)]
enum Postings {
    Table,
    Account,
    Currency,
    Id,
}

/// The balance as two BIGINT halves (`bounds::split_sum`), exact beyond `i64`, from history.
const BACKFILL: &str =
    "INSERT INTO account_balances (account, currency, sum_high, sum_low, postings) \
     SELECT account, currency, CAST(SUM(amount_minor >> 32) AS BIGINT), \
     CAST(SUM(amount_minor & 4294967295) AS BIGINT), COUNT(*) FROM postings \
     GROUP BY account, currency ORDER BY account, currency";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AccountBalances::Table)
                .col(big_pk_auto(AccountBalances::Id))
                .col(string_len(AccountBalances::Account, 64))
                .col(string_len(AccountBalances::Currency, 3))
                .col(big_integer(AccountBalances::SumHigh))
                .col(big_integer(AccountBalances::SumLow))
                .col(big_integer(AccountBalances::Postings))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_account_balances_account_currency")
                .table(AccountBalances::Table)
                .col(AccountBalances::Account)
                .col(AccountBalances::Currency)
                .unique()
                .to_owned(),
        )
        .await?;
        m.get_connection().execute_unprepared(BACKFILL).await?;
        m.create_index(
            Index::create()
                .name("idx_postings_account_currency_id")
                .table(Postings::Table)
                .col(Postings::Account)
                .col(Postings::Currency)
                .col(Postings::Id)
                .to_owned(),
        )
        .await?;
        // The new index starts with the old one's columns: one index to maintain, not two.
        m.drop_index(
            Index::drop()
                .name("idx_postings_account_currency")
                .table(Postings::Table)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("idx_postings_account_currency")
                .table(Postings::Table)
                .col(Postings::Account)
                .col(Postings::Currency)
                .to_owned(),
        )
        .await?;
        m.drop_index(
            Index::drop()
                .name("idx_postings_account_currency_id")
                .table(Postings::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(AccountBalances::Table).to_owned())
            .await
    }
}
