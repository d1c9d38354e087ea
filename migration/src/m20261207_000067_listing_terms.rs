//! The full-text index's vocabulary on SQLite (`fts5vocab`), so the catalog search can turn a
//! word typed as a prefix into the index's terms that start with it: FTS5 merges every document
//! list of a prefix before it returns the first row, where an `OR` of its terms stops at the page.
//! PostgreSQL's GIN index needs nothing of the kind.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DatabaseBackend::Sqlite {
            m.get_connection()
                .execute_unprepared(
                    "CREATE VIRTUAL TABLE listings_fts_terms USING fts5vocab(listings_fts, row);",
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DatabaseBackend::Sqlite {
            m.get_connection()
                .execute_unprepared("DROP TABLE IF EXISTS listings_fts_terms;")
                .await?;
        }
        Ok(())
    }
}
