//! The ledger: journal entries chained by hash and their postings, append-only in the database.
use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum JournalEntries {
    Table,
    Id,
    IdempotencyKey,
    Kind,
    Memo,
    OrderId,
    CreatedAt,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum Postings {
    Table,
    Id,
    EntryId,
    Account,
    Currency,
    AmountMinor,
}

/// PostgreSQL: one trigger function refuses UPDATE, DELETE and TRUNCATE on both tables.
const POSTGRES_APPEND_ONLY: &[&str] = &[
    "CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
     BEGIN RAISE EXCEPTION 'ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME; END $$",
    "CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries \
     FOR EACH ROW EXECUTE FUNCTION ledger_append_only()",
    "CREATE TRIGGER postings_append_only BEFORE UPDATE OR DELETE ON postings \
     FOR EACH ROW EXECUTE FUNCTION ledger_append_only()",
    "CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON journal_entries \
     FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()",
    "CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON postings \
     FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()",
];

const POSTGRES_DROP: &[&str] = &[
    "DROP TRIGGER IF EXISTS postings_no_truncate ON postings",
    "DROP TRIGGER IF EXISTS journal_entries_no_truncate ON journal_entries",
    "DROP TRIGGER IF EXISTS postings_append_only ON postings",
    "DROP TRIGGER IF EXISTS journal_entries_append_only ON journal_entries",
    "DROP FUNCTION IF EXISTS ledger_append_only()",
];

/// SQLite: a trigger per table and statement (SQLite has no trigger functions).
const SQLITE_APPEND_ONLY: &[&str] = &[
    "CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries \
     BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END",
    "CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries \
     BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END",
    "CREATE TRIGGER postings_no_update BEFORE UPDATE ON postings \
     BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END",
    "CREATE TRIGGER postings_no_delete BEFORE DELETE ON postings \
     BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END",
];

const SQLITE_DROP: &[&str] = &[
    "DROP TRIGGER IF EXISTS postings_no_delete",
    "DROP TRIGGER IF EXISTS postings_no_update",
    "DROP TRIGGER IF EXISTS journal_entries_no_delete",
    "DROP TRIGGER IF EXISTS journal_entries_no_update",
];

async fn run_all(m: &SchemaManager<'_>, statements: &[&str]) -> Result<(), DbErr> {
    for sql in statements {
        m.get_connection().execute_unprepared(sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(JournalEntries::Table)
                .col(big_pk_auto(JournalEntries::Id))
                .col(string_uniq(JournalEntries::IdempotencyKey))
                .col(string_len(JournalEntries::Kind, 32))
                .col(text(JournalEntries::Memo))
                // No foreign key: orders do not exist yet, and the ledger must outlive any row.
                .col(integer_null(JournalEntries::OrderId))
                .col(timestamp_with_time_zone(JournalEntries::CreatedAt))
                .col(string_len(JournalEntries::PrevHash, 64))
                .col(string_len(JournalEntries::Hash, 64))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Postings::Table)
                .col(big_pk_auto(Postings::Id))
                .col(big_integer(Postings::EntryId))
                .col(string_len(Postings::Account, 64))
                .col(string_len(Postings::Currency, 3))
                .col(big_integer(Postings::AmountMinor))
                .foreign_key(
                    ForeignKey::create()
                        .from(Postings::Table, Postings::EntryId)
                        .to(JournalEntries::Table, JournalEntries::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_postings_account_currency")
                .table(Postings::Table)
                .col(Postings::Account)
                .col(Postings::Currency)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_postings_entry")
                .table(Postings::Table)
                .col(Postings::EntryId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_journal_entries_order")
                .table(JournalEntries::Table)
                .col(JournalEntries::OrderId)
                .to_owned(),
        )
        .await?;
        match m.get_database_backend() {
            DatabaseBackend::Postgres => run_all(m, POSTGRES_APPEND_ONLY).await,
            _ => run_all(m, SQLITE_APPEND_ONLY).await,
        }
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        match m.get_database_backend() {
            DatabaseBackend::Postgres => run_all(m, POSTGRES_DROP).await?,
            _ => run_all(m, SQLITE_DROP).await?,
        }
        for t in [
            Postings::Table.into_iden(),
            JournalEntries::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
