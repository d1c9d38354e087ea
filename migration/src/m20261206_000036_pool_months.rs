//! The common pool's figures per currency and month, maintained by every posting in its own
//! transaction: what flowed in, and the fee parts that went to the pool and to the co-ops. The
//! public pool page reads one row per month instead of every posting.
use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PoolMonths {
    Table,
    Id,
    Currency,
    Month,
    InflowHigh,
    InflowLow,
    FeePoolHigh,
    FeePoolLow,
    FeeCoopsHigh,
    FeeCoopsLow,
}

/// The same sums as `store::ledger::pool_totals`, from history; `{month}` is `YYYY-MM` in UTC.
const BACKFILL: &str = "INSERT INTO pool_months (currency, month, inflow_high, inflow_low, \
     fee_pool_high, fee_pool_low, fee_coops_high, fee_coops_low) \
     SELECT p.currency, {month}, \
     CAST(SUM(CASE WHEN p.account = 'pool:common' AND p.amount_minor > 0 THEN p.amount_minor >> 32 ELSE 0 END) AS BIGINT), \
     CAST(SUM(CASE WHEN p.account = 'pool:common' AND p.amount_minor > 0 THEN p.amount_minor & 4294967295 ELSE 0 END) AS BIGINT), \
     CAST(SUM(CASE WHEN p.account = 'pool:common' AND {fee} THEN p.amount_minor >> 32 ELSE 0 END) AS BIGINT), \
     CAST(SUM(CASE WHEN p.account = 'pool:common' AND {fee} THEN p.amount_minor & 4294967295 ELSE 0 END) AS BIGINT), \
     CAST(SUM(CASE WHEN p.account <> 'pool:common' AND {fee} THEN p.amount_minor >> 32 ELSE 0 END) AS BIGINT), \
     CAST(SUM(CASE WHEN p.account <> 'pool:common' AND {fee} THEN p.amount_minor & 4294967295 ELSE 0 END) AS BIGINT) \
     FROM postings p JOIN journal_entries e ON e.id = p.entry_id \
     WHERE p.account = 'pool:common' OR p.account LIKE 'coop:%:fair_share' \
     GROUP BY p.currency, {month}";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PoolMonths::Table)
                .col(big_pk_auto(PoolMonths::Id))
                .col(string_len(PoolMonths::Currency, 3))
                .col(string_len(PoolMonths::Month, 7))
                .col(big_integer(PoolMonths::InflowHigh))
                .col(big_integer(PoolMonths::InflowLow))
                .col(big_integer(PoolMonths::FeePoolHigh))
                .col(big_integer(PoolMonths::FeePoolLow))
                .col(big_integer(PoolMonths::FeeCoopsHigh))
                .col(big_integer(PoolMonths::FeeCoopsLow))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_pool_months_currency_month")
                .table(PoolMonths::Table)
                .col(PoolMonths::Currency)
                .col(PoolMonths::Month)
                .unique()
                .to_owned(),
        )
        .await?;
        let month = match m.get_database_backend() {
            DatabaseBackend::Postgres => "to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM')",
            _ => "substr(e.created_at, 1, 7)",
        };
        let sql = BACKFILL
            .replace("{month}", month)
            .replace("{fee}", "e.kind IN ('settlement', 'refund')");
        m.get_connection()
            .execute_unprepared(&sql)
            .await
            .map(|_| ())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(PoolMonths::Table).to_owned())
            .await
    }
}
