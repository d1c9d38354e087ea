//! Payout runs and their lines, pool spending proposals, the committee's decisions on both,
//! and the co-ops' bank details (added only when another migration has not added them).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PayoutRuns {
    Table,
    Id,
    Currency,
    Status,
    DraftedBy,
    MaxEntryId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PayoutLines {
    Table,
    Id,
    RunId,
    CoopId,
    FairShareMinor,
    ProceedsMinor,
    AmountMinor,
    FromEntryId,
    Status,
    Error,
    PaidBy,
    PaidAt,
    EntryId,
}

#[derive(DeriveIden)]
enum SpendingProposals {
    Table,
    Id,
    Title,
    Purpose,
    AmountMinor,
    Currency,
    RecipientCoopId,
    ProposedBy,
    Status,
    Error,
    CreatedAt,
    PaidAt,
}

#[derive(DeriveIden)]
enum Decisions {
    Table,
    Id,
    SubjectKind,
    SubjectId,
    UserId,
    Decision,
    Reason,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PayoutRuns::Table)
                .col(pk_auto(PayoutRuns::Id))
                .col(string_len(PayoutRuns::Currency, 3))
                .col(string_len(PayoutRuns::Status, 16))
                .col(integer_null(PayoutRuns::DraftedBy))
                .col(big_integer(PayoutRuns::MaxEntryId))
                .col(timestamp_with_time_zone(PayoutRuns::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PayoutLines::Table)
                .col(pk_auto(PayoutLines::Id))
                .col(integer(PayoutLines::RunId))
                .col(integer(PayoutLines::CoopId))
                .col(big_integer(PayoutLines::FairShareMinor))
                .col(big_integer(PayoutLines::ProceedsMinor))
                .col(big_integer(PayoutLines::AmountMinor))
                .col(big_integer(PayoutLines::FromEntryId))
                .col(string_len(PayoutLines::Status, 16))
                .col(text_null(PayoutLines::Error))
                .col(integer_null(PayoutLines::PaidBy))
                .col(timestamp_with_time_zone_null(PayoutLines::PaidAt))
                .col(big_integer_null(PayoutLines::EntryId))
                .foreign_key(
                    ForeignKey::create()
                        .from(PayoutLines::Table, PayoutLines::RunId)
                        .to(PayoutRuns::Table, PayoutRuns::Id),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_payout_lines_run")
                .table(PayoutLines::Table)
                .col(PayoutLines::RunId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SpendingProposals::Table)
                .col(pk_auto(SpendingProposals::Id))
                .col(string(SpendingProposals::Title))
                .col(text(SpendingProposals::Purpose))
                .col(big_integer(SpendingProposals::AmountMinor))
                .col(string_len(SpendingProposals::Currency, 3))
                .col(integer(SpendingProposals::RecipientCoopId))
                .col(integer(SpendingProposals::ProposedBy))
                .col(string_len(SpendingProposals::Status, 16))
                .col(text_null(SpendingProposals::Error))
                .col(timestamp_with_time_zone(SpendingProposals::CreatedAt))
                .col(timestamp_with_time_zone_null(SpendingProposals::PaidAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Decisions::Table)
                .col(pk_auto(Decisions::Id))
                .col(string_len(Decisions::SubjectKind, 16))
                .col(integer(Decisions::SubjectId))
                .col(integer_null(Decisions::UserId))
                .col(string_len(Decisions::Decision, 16))
                .col(text(Decisions::Reason))
                .col(timestamp_with_time_zone(Decisions::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_decisions_subject")
                .table(Decisions::Table)
                .col(Decisions::SubjectKind)
                .col(Decisions::SubjectId)
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            Decisions::Table.into_iden(),
            SpendingProposals::Table.into_iden(),
            PayoutLines::Table.into_iden(),
            PayoutRuns::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
