//! Refunds, full or partial: one row per refund, written in the refund's transaction with its
//! Stripe idempotency keys fixed, then sent (refund, and transfer reversal) by a job after commit.
//! And the Stripe balance transactions whose processing fee the ledger has booked (each once).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Refunds {
    Table,
    Id,
    OrderId,
    Currency,
    AmountMinor,
    FeeMinor,
    PoolMinor,
    SellerShareMinor,
    BuyerShareMinor,
    AfterSettlement,
    Reason,
    RequestedBy,
    Via,
    PaymentIntentId,
    IdempotencyKey,
    StripeRefundId,
    Status,
    ReversalMinor,
    TransferId,
    ReversalStatus,
    ReversalId,
    Attempts,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StripeBalanceTransactions {
    Table,
    Id,
    SourceId,
    Kind,
    Currency,
    AmountMinor,
    FeeMinor,
    BookedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Refunds::Table)
                .col(pk_auto(Refunds::Id))
                .col(integer(Refunds::OrderId))
                .col(string_len(Refunds::Currency, 3))
                .col(big_integer(Refunds::AmountMinor))
                .col(big_integer(Refunds::FeeMinor))
                .col(big_integer(Refunds::PoolMinor))
                .col(big_integer(Refunds::SellerShareMinor))
                .col(big_integer(Refunds::BuyerShareMinor))
                .col(boolean(Refunds::AfterSettlement))
                .col(text(Refunds::Reason).default(""))
                .col(integer_null(Refunds::RequestedBy))
                .col(string_len(Refunds::Via, 16))
                .col(string_len_null(Refunds::PaymentIntentId, 255))
                .col(string_len(Refunds::IdempotencyKey, 255))
                .col(string_len_null(Refunds::StripeRefundId, 255))
                .col(string_len(Refunds::Status, 32))
                .col(big_integer(Refunds::ReversalMinor).default(0))
                .col(string_len_null(Refunds::TransferId, 255))
                .col(string_len(Refunds::ReversalStatus, 32))
                .col(string_len_null(Refunds::ReversalId, 255))
                .col(integer(Refunds::Attempts).default(0))
                .col(text(Refunds::LastError).default(""))
                .col(timestamp_with_time_zone(Refunds::CreatedAt))
                .col(timestamp_with_time_zone(Refunds::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_refunds_order")
                .table(Refunds::Table)
                .col(Refunds::OrderId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(StripeBalanceTransactions::Table)
                .col(string_len(StripeBalanceTransactions::Id, 255).primary_key())
                .col(string_len(StripeBalanceTransactions::SourceId, 255).unique_key())
                .col(string_len(StripeBalanceTransactions::Kind, 64))
                .col(string_len(StripeBalanceTransactions::Currency, 3))
                .col(big_integer(StripeBalanceTransactions::AmountMinor))
                .col(big_integer(StripeBalanceTransactions::FeeMinor))
                .col(timestamp_with_time_zone(
                    StripeBalanceTransactions::BookedAt,
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(
            Table::drop()
                .table(StripeBalanceTransactions::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(Refunds::Table).to_owned())
            .await
    }
}
