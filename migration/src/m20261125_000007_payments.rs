//! Payments: co-ops' payout details (bank or Stripe connected account), Stripe events seen
//! (each once), the checkout's PaymentIntent, and transfers waiting to be sent after settlement.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoopPayoutDetails {
    Table,
    CoopId,
    AccountHolder,
    Iban,
    Bic,
    StripeAccountId,
    ChargesEnabled,
    PayoutsEnabled,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StripeEvents {
    Table,
    Id,
    EventType,
    ObjectId,
    ReceivedAt,
}

#[derive(DeriveIden)]
enum CheckoutPayments {
    Table,
    CheckoutId,
    IdempotencyKey,
    PaymentIntentId,
    ChargeId,
    Currency,
    AmountMinor,
    Status,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PendingTransfers {
    Table,
    OrderId,
    Destination,
    Currency,
    AmountMinor,
    SourceTransaction,
    TransferGroup,
    TransferId,
    Status,
    Attempts,
    LastError,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CoopPayoutDetails::Table)
                .col(integer(CoopPayoutDetails::CoopId).primary_key())
                .col(string_len_null(CoopPayoutDetails::AccountHolder, 140))
                .col(string_len_null(CoopPayoutDetails::Iban, 34))
                .col(string_len_null(CoopPayoutDetails::Bic, 11))
                .col(string_len_null(CoopPayoutDetails::StripeAccountId, 255).unique_key())
                .col(boolean(CoopPayoutDetails::ChargesEnabled).default(false))
                .col(boolean(CoopPayoutDetails::PayoutsEnabled).default(false))
                .col(timestamp_with_time_zone(CoopPayoutDetails::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(StripeEvents::Table)
                .col(string_len(StripeEvents::Id, 255).primary_key())
                .col(string_len(StripeEvents::EventType, 64))
                .col(string_len(StripeEvents::ObjectId, 255))
                .col(timestamp_with_time_zone(StripeEvents::ReceivedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CheckoutPayments::Table)
                .col(integer(CheckoutPayments::CheckoutId).primary_key())
                .col(string_len(CheckoutPayments::IdempotencyKey, 255).unique_key())
                .col(string_len_null(CheckoutPayments::PaymentIntentId, 255).unique_key())
                .col(string_len_null(CheckoutPayments::ChargeId, 255))
                .col(string_len(CheckoutPayments::Currency, 3))
                .col(big_integer(CheckoutPayments::AmountMinor))
                .col(string_len(CheckoutPayments::Status, 32))
                .col(timestamp_with_time_zone(CheckoutPayments::CreatedAt))
                .col(timestamp_with_time_zone(CheckoutPayments::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PendingTransfers::Table)
                .col(integer(PendingTransfers::OrderId).primary_key())
                .col(string_len(PendingTransfers::Destination, 255))
                .col(string_len(PendingTransfers::Currency, 3))
                .col(big_integer(PendingTransfers::AmountMinor))
                .col(string_len_null(PendingTransfers::SourceTransaction, 255))
                .col(string_len(PendingTransfers::TransferGroup, 255))
                .col(string_len_null(PendingTransfers::TransferId, 255))
                .col(string_len(PendingTransfers::Status, 32))
                .col(integer(PendingTransfers::Attempts).default(0))
                .col(text(PendingTransfers::LastError).default(""))
                .col(timestamp_with_time_zone(PendingTransfers::CreatedAt))
                .col(timestamp_with_time_zone(PendingTransfers::UpdatedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            PendingTransfers::Table.into_iden(),
            CheckoutPayments::Table.into_iden(),
            StripeEvents::Table.into_iden(),
            CoopPayoutDetails::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
