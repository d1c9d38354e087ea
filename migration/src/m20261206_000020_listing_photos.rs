//! Product photos: each row puts one processed photo (named by the SHA-256 of the uploaded file,
//! so the same photo is stored once) on a listing, in order; position 0 is the cover.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ListingPhotos {
    Table,
    Id,
    ListingId,
    Hash,
    Alt,
    Position,
    Width,
    Height,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Listings {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ListingPhotos::Table)
                .col(pk_auto(ListingPhotos::Id))
                .col(integer(ListingPhotos::ListingId))
                .col(string_len(ListingPhotos::Hash, 64))
                .col(string_len(ListingPhotos::Alt, 250))
                .col(integer(ListingPhotos::Position))
                .col(integer(ListingPhotos::Width))
                .col(integer(ListingPhotos::Height))
                .col(timestamp_with_time_zone(ListingPhotos::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ListingPhotos::Table, ListingPhotos::ListingId)
                        .to(Listings::Table, Listings::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // One photo once per listing; the catalog reads covers by listing.
        m.create_index(
            Index::create()
                .name("idx_listing_photos_listing_hash")
                .table(ListingPhotos::Table)
                .col(ListingPhotos::ListingId)
                .col(ListingPhotos::Hash)
                .unique()
                .to_owned(),
        )
        .await?;
        // "Is this file still used by any listing?" when a photo is removed.
        m.create_index(
            Index::create()
                .name("idx_listing_photos_hash")
                .table(ListingPhotos::Table)
                .col(ListingPhotos::Hash)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ListingPhotos::Table).to_owned())
            .await
    }
}
