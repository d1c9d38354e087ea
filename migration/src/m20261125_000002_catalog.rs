//! The category taxonomy and listings, with indexes for every catalog filter and full-text search
//! (FTS5 on SQLite, a generated tsvector with GIN on PostgreSQL).
use sea_orm_migration::sea_orm::DatabaseBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Categories {
    Table,
    Slug,
    Name,
    Position,
}

#[derive(DeriveIden, Clone, Copy)]
enum Listings {
    Table,
    Id,
    CoopId,
    Sku,
    Title,
    Description,
    Category,
    Unit,
    Currency,
    PriceMinor,
    StockMilli,
    MinOrderMilli,
    OriginCountry,
    OriginRegion,
    Organic,
    Fairtrade,
    OtherCertifications,
    LeadTimeDays,
    Status,
    EverOrdered,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
}

const CATEGORIES: &[(&str, &str)] = &[
    ("fruit-vegetables", "Fruit and vegetables"),
    ("coffee-cocoa-tea", "Coffee, cocoa and tea"),
    ("grains-pulses", "Grains and pulses"),
    ("dairy-eggs", "Dairy and eggs"),
    ("fish-seafood", "Fish and seafood"),
    ("processed-food", "Processed food"),
    ("crafts-textiles", "Crafts and textiles"),
    ("other", "Other"),
];

fn index(name: &str, cols: &[Listings]) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(Listings::Table);
    for c in cols {
        i.col(*c);
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Categories::Table)
                .col(string_len(Categories::Slug, 32).primary_key())
                .col(string(Categories::Name))
                .col(integer(Categories::Position))
                .to_owned(),
        )
        .await?;
        let mut insert = Query::insert();
        insert.into_table(Categories::Table).columns([
            Categories::Slug,
            Categories::Name,
            Categories::Position,
        ]);
        for (i, (slug, name)) in CATEGORIES.iter().enumerate() {
            insert.values_panic([(*slug).into(), (*name).into(), (i as i32).into()]);
        }
        m.exec_stmt(insert).await?;

        m.create_table(
            Table::create()
                .table(Listings::Table)
                .col(pk_auto(Listings::Id))
                .col(integer(Listings::CoopId))
                .col(string_len(Listings::Sku, 64))
                .col(string_len(Listings::Title, 200))
                .col(text(Listings::Description))
                .col(string_len(Listings::Category, 32))
                .col(string_len(Listings::Unit, 16))
                .col(string_len(Listings::Currency, 3))
                .col(big_integer(Listings::PriceMinor))
                .col(big_integer(Listings::StockMilli))
                .col(big_integer(Listings::MinOrderMilli))
                .col(string_len(Listings::OriginCountry, 2))
                .col(string_len(Listings::OriginRegion, 100))
                .col(boolean(Listings::Organic))
                .col(boolean(Listings::Fairtrade))
                .col(string(Listings::OtherCertifications))
                .col(integer(Listings::LeadTimeDays))
                .col(string_len(Listings::Status, 16))
                .col(boolean(Listings::EverOrdered).default(false))
                .col(timestamp_with_time_zone(Listings::CreatedAt))
                .col(timestamp_with_time_zone(Listings::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Listings::Table, Listings::CoopId)
                        .to(Coops::Table, Coops::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Listings::Table, Listings::Category)
                        .to(Categories::Table, Categories::Slug),
                )
                .check(Expr::col(Listings::StockMilli).gte(0))
                .to_owned(),
        )
        .await?;
        let mut sku = index("idx_listings_coop_sku", &[Listings::CoopId, Listings::Sku]);
        m.create_index(sku.unique().to_owned()).await?;
        for (name, cols) in [
            (
                "idx_listings_status_id",
                vec![Listings::Status, Listings::Id],
            ),
            (
                "idx_listings_status_category_id",
                vec![Listings::Status, Listings::Category, Listings::Id],
            ),
            (
                "idx_listings_status_country_id",
                vec![Listings::Status, Listings::OriginCountry, Listings::Id],
            ),
            (
                "idx_listings_status_currency_price",
                vec![Listings::Status, Listings::Currency, Listings::PriceMinor],
            ),
            (
                "idx_listings_status_title",
                vec![Listings::Status, Listings::Title],
            ),
            (
                "idx_listings_coop_status_id",
                vec![Listings::CoopId, Listings::Status, Listings::Id],
            ),
            (
                "idx_listings_status_organic_id",
                vec![Listings::Status, Listings::Organic, Listings::Id],
            ),
            (
                "idx_listings_status_fairtrade_id",
                vec![Listings::Status, Listings::Fairtrade, Listings::Id],
            ),
        ] {
            m.create_index(index(name, &cols)).await?;
        }
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "ALTER TABLE listings ADD COLUMN search tsvector GENERATED ALWAYS AS \
                     (to_tsvector('simple', title || ' ' || description)) STORED;
                     CREATE INDEX idx_listings_search ON listings USING GIN (search);",
                )
                .await?;
            }
            _ => {
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE listings_fts USING fts5(title, description, content='listings', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                     CREATE TRIGGER listings_fts_ai AFTER INSERT ON listings BEGIN
                       INSERT INTO listings_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
                     END;
                     CREATE TRIGGER listings_fts_ad AFTER DELETE ON listings BEGIN
                       INSERT INTO listings_fts(listings_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
                     END;
                     CREATE TRIGGER listings_fts_au AFTER UPDATE OF title, description ON listings BEGIN
                       INSERT INTO listings_fts(listings_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
                       INSERT INTO listings_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
                     END;",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        if m.get_database_backend() == DatabaseBackend::Sqlite {
            m.get_connection()
                .execute_unprepared("DROP TABLE IF EXISTS listings_fts")
                .await?;
        }
        m.drop_table(Table::drop().table(Listings::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Categories::Table).to_owned())
            .await?;
        Ok(())
    }
}
