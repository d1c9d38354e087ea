//! A trigram index on listing titles, for the catalog search that forgives a typo: `pg_trgm`'s
//! GIN index on PostgreSQL (it answers `ILIKE '%...%'`), an FTS5 table with the `trigram`
//! tokenizer on SQLite (it answers substring phrases), kept in step with `listings` by triggers.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let sql = match m.get_database_backend() {
            DatabaseBackend::Postgres => {
                "CREATE EXTENSION IF NOT EXISTS pg_trgm;
                 CREATE INDEX idx_listings_title_trgm ON listings USING GIN (title gin_trgm_ops);"
            }
            _ => {
                "CREATE VIRTUAL TABLE listings_trgm USING fts5(title, content='listings', content_rowid='id', tokenize='trigram');
                 INSERT INTO listings_trgm(listings_trgm) VALUES ('rebuild');
                 CREATE TRIGGER listings_trgm_ai AFTER INSERT ON listings BEGIN
                   INSERT INTO listings_trgm(rowid, title) VALUES (new.id, new.title);
                 END;
                 CREATE TRIGGER listings_trgm_ad AFTER DELETE ON listings BEGIN
                   INSERT INTO listings_trgm(listings_trgm, rowid, title) VALUES ('delete', old.id, old.title);
                 END;
                 CREATE TRIGGER listings_trgm_au AFTER UPDATE OF title ON listings BEGIN
                   INSERT INTO listings_trgm(listings_trgm, rowid, title) VALUES ('delete', old.id, old.title);
                   INSERT INTO listings_trgm(rowid, title) VALUES (new.id, new.title);
                 END;"
            }
        };
        db.execute_unprepared(sql).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let sql = match m.get_database_backend() {
            DatabaseBackend::Postgres => "DROP INDEX IF EXISTS idx_listings_title_trgm;",
            _ => {
                "DROP TRIGGER IF EXISTS listings_trgm_ai;
                 DROP TRIGGER IF EXISTS listings_trgm_ad;
                 DROP TRIGGER IF EXISTS listings_trgm_au;
                 DROP TABLE IF EXISTS listings_trgm;"
            }
        };
        m.get_connection().execute_unprepared(sql).await?;
        Ok(())
    }
}
