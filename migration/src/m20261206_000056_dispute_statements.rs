//! Written statements by the two sides of a disputed order, for the committee that decides it.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DisputeStatements {
    Table,
    Id,
    OrderId,
    Side,
    CoopId,
    UserId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Orders {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(DisputeStatements::Table)
                .col(pk_auto(DisputeStatements::Id))
                .col(integer(DisputeStatements::OrderId))
                .col(string(DisputeStatements::Side))
                .col(integer(DisputeStatements::CoopId))
                .col(integer(DisputeStatements::UserId))
                .col(text(DisputeStatements::Body))
                .col(timestamp_with_time_zone(DisputeStatements::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(DisputeStatements::Table, DisputeStatements::OrderId)
                        .to(Orders::Table, Orders::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_dispute_statements_order")
                .table(DisputeStatements::Table)
                .col(DisputeStatements::OrderId)
                .col(DisputeStatements::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(DisputeStatements::Table).to_owned())
            .await
    }
}
