//! A stale payout run is re-drafted: the old run keeps its lines and decisions, gets the final
//! status `superseded`, and points to the run that replaced it.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PayoutRuns {
    Table,
    SupersededBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(PayoutRuns::Table)
                .add_column(ColumnDef::new(PayoutRuns::SupersededBy).integer().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(PayoutRuns::Table)
                .drop_column(PayoutRuns::SupersededBy)
                .to_owned(),
        )
        .await
    }
}
