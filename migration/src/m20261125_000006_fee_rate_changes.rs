//! Every change of the marketplace fee rate, with who made it and when.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FeeRateChanges {
    Table,
    Id,
    FeeRate,
    ChangedBy,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(FeeRateChanges::Table)
                .col(pk_auto(FeeRateChanges::Id))
                .col(string_len(FeeRateChanges::FeeRate, 16))
                .col(integer(FeeRateChanges::ChangedBy))
                .col(timestamp_with_time_zone(FeeRateChanges::ChangedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FeeRateChanges::Table).to_owned())
            .await
    }
}
