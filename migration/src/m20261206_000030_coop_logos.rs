//! Co-op logos: one processed image per co-op, named by the SHA-256 of the uploaded file like
//! a listing's photos (the same file is stored once, whoever uses it).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoopLogos {
    Table,
    CoopId,
    Hash,
    Width,
    Height,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Coops {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CoopLogos::Table)
                .col(integer(CoopLogos::CoopId).primary_key())
                .col(string_len(CoopLogos::Hash, 64))
                .col(integer(CoopLogos::Width))
                .col(integer(CoopLogos::Height))
                .col(timestamp_with_time_zone(CoopLogos::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(CoopLogos::Table, CoopLogos::CoopId)
                        .to(Coops::Table, Coops::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // "Is this file still used?" when a photo or a logo is removed.
        m.create_index(
            Index::create()
                .name("idx_coop_logos_hash")
                .table(CoopLogos::Table)
                .col(CoopLogos::Hash)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(CoopLogos::Table).to_owned())
            .await
    }
}
