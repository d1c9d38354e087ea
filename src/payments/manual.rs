//! The manual gateway: the buyer transfers the order's amount to the seller co-op's bank account
//! with a checked reference; the seller (or the committee) confirms receipt.
use entity::order;
use sea_orm::DatabaseConnection;

use super::{CheckoutPayment, Gateway, PaymentInstructions};
use crate::domain::bank::payment_reference;
use crate::error::AppError;
use crate::store;

/// Bank transfers, confirmed by people.
pub struct ManualGateway;

#[async_trait::async_trait]
impl Gateway for ManualGateway {
    fn name(&self) -> &'static str {
        "manual"
    }

    fn confirms_by_hand(&self) -> bool {
        true
    }

    async fn instructions(
        &self,
        db: &DatabaseConnection,
        o: &order::Model,
    ) -> Result<PaymentInstructions, AppError> {
        let reference = payment_reference(o.id);
        let details = store::payments::details(db, o.seller_coop_id).await?;
        let bank = details.and_then(|d| Some((d.account_holder?, d.iban?, d.bic?)));
        Ok(match bank {
            Some((account_holder, iban, bic)) => PaymentInstructions::BankTransfer {
                account_holder,
                iban,
                bic,
                reference,
            },
            None => PaymentInstructions::BankDetailsMissing { reference },
        })
    }

    async fn start_checkout_payment(
        &self,
        _db: &DatabaseConnection,
        _buyer_coop: i32,
        _checkout_id: i32,
    ) -> Result<CheckoutPayment, AppError> {
        Err(AppError::Conflict(crate::error::Msg::code(
            "payments-error-pay-by-bank",
        )))
    }

    async fn send_transfers(&self, _db: &DatabaseConnection) -> Result<usize, AppError> {
        // Bank payouts go out in the committee's payout run (a SEPA file), not one by one.
        Ok(0)
    }

    async fn send_refunds(&self, _db: &DatabaseConnection) -> Result<usize, AppError> {
        // A bank refund is made by people and recorded with the refund (status `recorded`).
        Ok(0)
    }

    async fn record_processing_fees(&self, _db: &DatabaseConnection) -> Result<usize, AppError> {
        // Bank transfers cost the platform nothing it books.
        Ok(0)
    }
}
