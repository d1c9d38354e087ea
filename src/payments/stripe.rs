//! Stripe Connect with separate charges and transfers: one PaymentIntent per checkout
//! (`transfer_group` = checkout id), and after settlement one Transfer per order to the seller's
//! connected account, from the checkout's charge. Idempotency keys are fixed before the first
//! attempt; no call is made inside a database transaction.
use entity::{order, pending_transfer, refund};
use sea_orm::DatabaseConnection;
use stripe::{Client, ClientBuilder, IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_connect::account::{
    CreateAccount, CreateAccountCapabilities, CreateAccountCapabilitiesTransfers,
    CreateAccountType, RetrieveAccount,
};
use stripe_connect::account_link::{CreateAccountLink, CreateAccountLinkType};
use stripe_connect::transfer::CreateTransfer;
use stripe_connect::transfer_reversal::CreateIdTransferReversal;
use stripe_core::payment_intent::CreatePaymentIntent;
use stripe_core::refund::CreateRefund;

use super::{
    amount, AccountStatus, CheckoutPayment, Gateway, NewAccount, PayOut, PaymentInstructions,
};
use crate::domain::money::{Currency, Money};
use crate::error::AppError;
use crate::store;

/// The Stripe gateway: a client pointed at `STRIPE_API_BASE`.
pub struct StripeGateway {
    pub(super) client: Client,
}

pub(super) fn stripe_err(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("Stripe: {e}"))
}

fn idempotent(key: &str) -> Result<RequestStrategy, AppError> {
    Ok(RequestStrategy::Idempotent(
        IdempotencyKey::new(key).map_err(stripe_err)?,
    ))
}

impl StripeGateway {
    /// A client for `secret_key` that sends its requests to `api_base`.
    pub fn new(secret_key: &str, api_base: &url::Url) -> Result<StripeGateway, AppError> {
        let client = ClientBuilder::new(secret_key)
            .url(api_base.as_str())
            .build()
            .map_err(stripe_err)?;
        Ok(StripeGateway { client })
    }

    async fn send_transfer(&self, t: &pending_transfer::Model) -> Result<String, AppError> {
        let money = Money::from_minor(t.amount_minor, Currency::parse(&t.currency)?);
        let mut req = CreateTransfer::new(stripe_currency(money.currency)?, t.destination.clone())
            .amount(amount::transfer_amount(money))
            .description(format!("order #{}", t.order_id))
            .transfer_group(t.transfer_group.clone());
        if let Some(source) = &t.source_transaction {
            req = req.source_transaction(source.clone());
        }
        let transfer = req
            .customize()
            .request_strategy(idempotent(&transfer_key(t.order_id))?)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(transfer.id.to_string())
    }
}

/// async-stripe's currency for one of ours.
fn stripe_currency(c: Currency) -> Result<stripe_types::Currency, AppError> {
    amount::currency_code(c).parse().map_err(stripe_err)
}

impl StripeGateway {
    async fn send_refund(&self, r: &refund::Model) -> Result<String, AppError> {
        let intent = r
            .payment_intent_id
            .clone()
            .ok_or_else(|| AppError::Internal("a card refund without its PaymentIntent".into()))?;
        let metadata = std::collections::HashMap::from([
            ("order_id".to_owned(), r.order_id.to_string()),
            ("refund_id".to_owned(), r.id.to_string()),
        ]);
        let refund = CreateRefund::new()
            .payment_intent(intent)
            .amount(amount::charge_amount(Money::from_minor(
                r.amount_minor,
                Currency::parse(&r.currency)?,
            ))?)
            .metadata(metadata)
            .customize()
            .request_strategy(idempotent(&r.idempotency_key)?)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(refund.id.to_string())
    }

    async fn send_reversal(&self, r: &refund::Model, transfer: &str) -> Result<String, AppError> {
        let metadata =
            std::collections::HashMap::from([("refund_id".to_owned(), r.id.to_string())]);
        let reversal = CreateIdTransferReversal::new(transfer)
            .amount(amount::transfer_amount(Money::from_minor(
                r.reversal_minor,
                Currency::parse(&r.currency)?,
            )))
            .description(format!("refund of order #{}", r.order_id))
            .metadata(metadata)
            .customize()
            .request_strategy(idempotent(&store::refunds::reversal_key(r.id))?)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(reversal.id.to_string())
    }
}

// --- Connect ---
/// Stripe's answer to a request it refused (4xx, not a rate limit or a clash of concurrent
/// requests with one key) is a `Conflict` with Stripe's message: nothing happened at Stripe.
/// Anything else (no answer, 5xx) leaves the outcome unknown: `Internal`.
fn refusal(e: stripe::StripeError) -> AppError {
    match e {
        stripe::StripeError::Stripe(api, status)
            if (400..500).contains(&status) && status != 409 && status != 429 =>
        {
            let message = api.message.clone().unwrap_or_else(|| "no message".into());
            let m = crate::error::Msg::code("payments-error-stripe-refused")
                .arg("status", status.to_string())
                .arg("message", message);
            AppError::Conflict(m)
        }
        other => stripe_err(other),
    }
}
// --- end Connect ---

/// The idempotency key of an order's transfer: the order's id, so it is sent at most once.
pub fn transfer_key(order_id: i32) -> String {
    format!("order-{order_id}")
}

#[async_trait::async_trait]
impl Gateway for StripeGateway {
    fn name(&self) -> &'static str {
        "Stripe"
    }

    fn confirms_by_hand(&self) -> bool {
        false
    }

    async fn instructions(
        &self,
        _db: &DatabaseConnection,
        o: &order::Model,
    ) -> Result<PaymentInstructions, AppError> {
        Ok(PaymentInstructions::Card {
            checkout_id: o.checkout_id,
        })
    }

    async fn start_checkout_payment(
        &self,
        db: &DatabaseConnection,
        buyer_coop: i32,
        checkout_id: i32,
    ) -> Result<CheckoutPayment, AppError> {
        // The key is stored (committed) before the first attempt; a retry reuses it.
        let row = store::checkout_payments::prepare(db, buyer_coop, checkout_id).await?;
        let money = Money::from_minor(row.amount_minor, Currency::parse(&row.currency)?);
        let (amount, currency) = (
            amount::charge_amount(money)?,
            stripe_currency(money.currency)?,
        );
        let metadata =
            std::collections::HashMap::from([("checkout_id".to_owned(), checkout_id.to_string())]);
        let pi = CreatePaymentIntent::new(amount, currency)
            .transfer_group(checkout_id.to_string())
            .metadata(metadata)
            .customize()
            .request_strategy(idempotent(&row.idempotency_key)?)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        let id = pi.id.to_string();
        store::checkout_payments::record_intent(db, checkout_id, &id).await?;
        Ok(CheckoutPayment {
            checkout_id,
            payment_intent: id,
            client_secret: pi.client_secret.unwrap_or_default(),
            amount_minor: row.amount_minor,
            currency: row.currency,
        })
    }

    async fn send_transfers(&self, db: &DatabaseConnection) -> Result<usize, AppError> {
        let mut sent = 0;
        for t in store::checkout_payments::due_transfers(db).await? {
            // A refund that cut this transfer meanwhile wins; the new amount goes next round.
            if !store::checkout_payments::start_sending(db, &t).await? {
                continue;
            }
            match self.send_transfer(&t).await {
                Ok(id) => {
                    store::checkout_payments::transfer_sent(db, t.order_id, &id).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(order = t.order_id, "transfer failed: {e}");
                    store::checkout_payments::transfer_failed(db, t.order_id, &e.to_string())
                        .await?;
                }
            }
        }
        Ok(sent)
    }

    async fn send_refunds(&self, db: &DatabaseConnection) -> Result<usize, AppError> {
        use store::refund_queue as queue;
        let mut sent = 0;
        for r in queue::due_refunds(db).await? {
            match self.send_refund(&r).await {
                Ok(id) => {
                    queue::refund_sent(db, r.id, &id).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(refund = r.id, "refund failed: {e}");
                    queue::refund_failed(db, r.id, &e.to_string()).await?;
                }
            }
        }
        for (r, transfer) in queue::due_reversals(db).await? {
            match self.send_reversal(&r, &transfer).await {
                Ok(id) => {
                    queue::reversal_sent(db, r.id, &transfer, &id).await?;
                    sent += 1;
                }
                Err(e) => {
                    tracing::warn!(refund = r.id, "transfer reversal failed: {e}");
                    queue::reversal_failed(db, r.id, &e.to_string()).await?;
                }
            }
        }
        Ok(sent)
    }

    async fn record_processing_fees(&self, db: &DatabaseConnection) -> Result<usize, AppError> {
        self.book_fees(db).await
    }

    // --- Connect: onboarding and pay-outs ---
    fn connects_accounts(&self) -> bool {
        true
    }

    async fn create_account(&self, coop: &NewAccount) -> Result<String, AppError> {
        let mut capabilities = CreateAccountCapabilities::new();
        capabilities.transfers = Some(CreateAccountCapabilitiesTransfers {
            requested: Some(true),
        });
        let metadata =
            std::collections::HashMap::from([("coop_id".to_owned(), coop.coop_id.to_string())]);
        let mut req = CreateAccount::new()
            .type_(CreateAccountType::Express)
            .country(coop.country.clone())
            .capabilities(capabilities)
            .metadata(metadata);
        if let Some(email) = &coop.email {
            req = req.email(email.clone());
        }
        let account = req
            .customize()
            .request_strategy(idempotent(&super::account_key(coop.coop_id))?)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(account.id.to_string())
    }

    async fn onboarding_link(
        &self,
        account: &str,
        refresh_url: &str,
        return_url: &str,
    ) -> Result<String, AppError> {
        let link = CreateAccountLink::new(account, CreateAccountLinkType::AccountOnboarding)
            .refresh_url(refresh_url)
            .return_url(return_url)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(link.url)
    }

    async fn account_status(&self, account: &str) -> Result<AccountStatus, AppError> {
        let a = RetrieveAccount::new(account)
            .send(&self.client)
            .await
            .map_err(stripe_err)?;
        Ok(AccountStatus {
            charges_enabled: a.charges_enabled.unwrap_or(false),
            payouts_enabled: a.payouts_enabled.unwrap_or(false),
        })
    }

    async fn pay_out(&self, p: &PayOut) -> Result<String, AppError> {
        let money = Money::from_minor(p.amount_minor, Currency::parse(&p.currency)?);
        let mut req = CreateTransfer::new(stripe_currency(money.currency)?, p.destination.clone())
            .amount(amount::transfer_amount(money))
            .description(p.description.clone());
        if let Some(group) = &p.transfer_group {
            req = req.transfer_group(group.clone());
        }
        let transfer = req
            .customize()
            .request_strategy(idempotent(&p.key)?)
            .send(&self.client)
            .await
            .map_err(refusal)?;
        Ok(transfer.id.to_string())
    }
    // --- end Connect ---
}
