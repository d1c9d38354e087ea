//! A co-op's Stripe connected account as the marketplace sees it: linked or not, and ready
//! (Stripe lets it take charges and receive payouts) or not. Until it is ready the co-op is paid
//! by bank: per-order transfers and payout-run lines go to Stripe only for a ready account.
use sea_orm::{ConnectionTrait, DatabaseConnection};

use crate::error::AppError;

/// Where a co-op stands with Stripe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StripeState {
    NotConnected,
    /// Linked, but Stripe does not yet allow charges and payouts.
    Incomplete {
        account: String,
        charges_enabled: bool,
        payouts_enabled: bool,
    },
    /// Charges and payouts enabled: the co-op is paid through Stripe.
    Ready {
        account: String,
    },
}

/// The co-op's state with Stripe.
pub async fn state(db: &impl ConnectionTrait, coop_id: i32) -> Result<StripeState, AppError> {
    let d = super::payments::details(db, coop_id).await?;
    Ok(match d {
        Some(d) => match d.stripe_account_id {
            None => StripeState::NotConnected,
            Some(account) if d.charges_enabled && d.payouts_enabled => {
                StripeState::Ready { account }
            }
            Some(account) => StripeState::Incomplete {
                account,
                charges_enabled: d.charges_enabled,
                payouts_enabled: d.payouts_enabled,
            },
        },
        None => StripeState::NotConnected,
    })
}

/// The connected account to pay the co-op through, when it is ready; `None` means by bank.
pub async fn ready_account(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Option<String>, AppError> {
    Ok(match state(db, coop_id).await? {
        StripeState::Ready { account } => Some(account),
        _ => None,
    })
}

/// The account already linked to the co-op, if any (a second "connect" reuses it).
pub async fn linked_account(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Option<String>, AppError> {
    Ok(super::payments::details(db, coop_id)
        .await?
        .and_then(|d| d.stripe_account_id))
}

/// Links the account Stripe created for the co-op, in a write transaction of its own; linking
/// the same account again (a double click) keeps what Stripe already said of it.
pub async fn link(db: &DatabaseConnection, coop_id: i32, account: &str) -> Result<(), AppError> {
    match try_link(db, coop_id, account).await {
        // Two clicks at once on PostgreSQL: the other one inserted the row first.
        Err(AppError::Db(e)) if super::is_unique_violation(&e) => {
            if linked_account(db, coop_id).await?.as_deref() == Some(account) {
                Ok(())
            } else {
                try_link(db, coop_id, account).await
            }
        }
        other => other,
    }
}

async fn try_link(db: &DatabaseConnection, coop_id: i32, account: &str) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    if linked_account(&tx, coop_id).await?.as_deref() != Some(account) {
        super::payments::link_stripe_account(&tx, coop_id, account).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Records what Stripe says the account may do now (the onboarding return page).
pub async fn sync(
    db: &DatabaseConnection,
    account: &str,
    charges_enabled: bool,
    payouts_enabled: bool,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    super::payments::sync_stripe_account(&tx, account, charges_enabled, payouts_enabled).await?;
    tx.commit().await?;
    Ok(())
}
