//! An index for the catalog's category + origin country filter in newest-first order: with it,
//! a filtered search walks the newest matching listings instead of fetching every one and sorting.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Listings {
    Table,
    Status,
    Category,
    OriginCountry,
    Id,
}

const NAME: &str = "idx_listings_status_category_country_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(NAME)
                .table(Listings::Table)
                .col(Listings::Status)
                .col(Listings::Category)
                .col(Listings::OriginCountry)
                .col(Listings::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NAME).table(Listings::Table).to_owned())
            .await
    }
}
