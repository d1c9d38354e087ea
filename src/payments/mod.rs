//! Payment gateways behind one trait: the manual one (bank transfer, confirmed by the seller),
//! the default when no `STRIPE_SECRET_KEY` is set, and Stripe Connect. Everything above the trait
//! (order pages, actions, the ledger) is written once; webhooks live in `webhook`.
pub mod amount;
pub mod manual;
pub mod payouts;
pub mod signature;
pub mod stripe;
mod stripe_books;
pub mod webhook;

use std::sync::Arc;

use entity::order;
use sea_orm::DatabaseConnection;

use crate::config::Config;
use crate::domain::order_state::Action;
use crate::error::AppError;

/// Where the buyer of an accepted order sends its money.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentInstructions {
    /// A bank transfer to the seller co-op, with the reference to write on it.
    BankTransfer {
        account_holder: String,
        iban: String,
        bic: String,
        reference: String,
    },
    /// The seller co-op has not entered bank details yet.
    BankDetailsMissing { reference: String },
    /// Paid by card for the whole checkout through Stripe.
    Card { checkout_id: i32 },
}

/// A card payment started for a checkout: what the buyer's browser needs to confirm it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct CheckoutPayment {
    pub checkout_id: i32,
    pub payment_intent: String,
    pub client_secret: String,
    pub amount_minor: i64,
    pub currency: String,
}

/// A payment gateway: how buyers pay and how sellers are paid.
#[async_trait::async_trait]
pub trait Gateway: Send + Sync {
    /// A short name for logs and pages ("manual", "stripe").
    fn name(&self) -> &'static str;

    /// True when people confirm payments by hand (`confirm_payment`); false when the gateway
    /// reports them (a Stripe webhook), so a person cannot mark an order paid.
    fn confirms_by_hand(&self) -> bool;

    /// What the buyer of an accepted order is told to do to pay it.
    async fn instructions(
        &self,
        db: &DatabaseConnection,
        o: &order::Model,
    ) -> Result<PaymentInstructions, AppError>;

    /// Starts paying a checkout's accepted orders at once (Stripe: one PaymentIntent); the
    /// manual gateway has nothing to start. Calls the network outside any transaction.
    async fn start_checkout_payment(
        &self,
        db: &DatabaseConnection,
        buyer_coop: i32,
        checkout_id: i32,
    ) -> Result<CheckoutPayment, AppError>;

    /// Sends what settled orders owe their sellers; returns how many transfers went out.
    /// Runs outside any transaction (it may call the network).
    async fn send_transfers(&self, db: &DatabaseConnection) -> Result<usize, AppError>;

    /// Sends recorded card refunds back to the buyer, then the transfer reversals that take the
    /// seller's part back; returns how many calls succeeded. Runs outside any transaction; each
    /// call carries the key fixed when the refund was recorded, so a retry never refunds twice.
    async fn send_refunds(&self, db: &DatabaseConnection) -> Result<usize, AppError>;

    /// Books the processor's fee on each card charge and refund into the ledger (once each, as
    /// `stripe-fee:<balance transaction>`); returns how many were booked. Outside any transaction.
    async fn record_processing_fees(&self, db: &DatabaseConnection) -> Result<usize, AppError>;

    // --- Connect: onboarding co-ops' connected accounts and paying them ---
    // Every method calls the network: never inside a database transaction. The defaults are
    // the manual gateway's: it connects no account and sends no transfer.

    /// True when co-ops can connect an account (Stripe): the payout page offers the button.
    fn connects_accounts(&self) -> bool {
        false
    }

    /// Creates the co-op's connected account (idempotent per co-op); returns its id (`acct_...`).
    async fn create_account(&self, _coop: &NewAccount) -> Result<String, AppError> {
        Err(no_connect(self.name()))
    }

    /// A one-time onboarding link for `account`, where Stripe sends the admin back to
    /// `return_url` (done or left) or `refresh_url` (link expired).
    async fn onboarding_link(
        &self,
        _account: &str,
        _refresh_url: &str,
        _return_url: &str,
    ) -> Result<String, AppError> {
        Err(no_connect(self.name()))
    }

    /// What the connected account may do now, as Stripe says.
    async fn account_status(&self, _account: &str) -> Result<AccountStatus, AppError> {
        Err(no_connect(self.name()))
    }

    /// Sends `p.amount_minor` to a connected account (a Stripe Transfer) under the
    /// idempotency key `p.key`, so a retry never pays twice; returns the transfer's id.
    /// `Conflict` means Stripe refused it (nothing was sent); any other error leaves the
    /// outcome unknown, so the retry must reuse the key.
    async fn pay_out(&self, _p: &PayOut) -> Result<String, AppError> {
        Err(no_connect(self.name()))
    }
    // --- end Connect ---
}

// --- Connect: types of the onboarding and pay-out calls ---

/// The co-op a connected account is created for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccount {
    pub coop_id: i32,
    /// ISO 3166-1 alpha-2, e.g. "IT".
    pub country: String,
    /// The admin's address, prefilled on Stripe's onboarding form.
    pub email: Option<String>,
}

/// What Stripe lets a connected account do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccountStatus {
    pub charges_enabled: bool,
    pub payouts_enabled: bool,
}

/// Money sent to a connected account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayOut {
    pub destination: String,
    pub amount_minor: i64,
    /// ISO code, e.g. "EUR".
    pub currency: String,
    pub description: String,
    pub transfer_group: Option<String>,
    /// The idempotency key, fixed before the first attempt (e.g. `payout-line-7`).
    pub key: String,
}

/// The idempotency key of creating co-op `coop_id`'s connected account: a double click makes one.
pub fn account_key(coop_id: i32) -> String {
    format!("connect-coop-{coop_id}")
}

fn no_connect(gateway: &str) -> AppError {
    AppError::Conflict(crate::error::Msg::code("payments-error-no-connect").arg("gateway", gateway))
}
// --- end Connect ---

impl dyn Gateway {
    /// Refuses actions this gateway does not let people take (confirming a card payment by hand).
    pub fn check_action(&self, action: Action) -> Result<(), AppError> {
        if action == Action::ConfirmPayment && !self.confirms_by_hand() {
            let why = crate::error::Msg::code("payments-error-by-hand").arg("gateway", self.name());
            return Err(AppError::Conflict(why));
        }
        Ok(())
    }
}

/// The gateway the configuration asks for: manual without a Stripe key.
pub fn from_config(config: &Config) -> Result<Arc<dyn Gateway>, AppError> {
    Ok(match &config.stripe_secret_key {
        None => Arc::new(manual::ManualGateway),
        Some(key) => Arc::new(stripe::StripeGateway::new(key, &config.stripe_api_base)?),
    })
}
