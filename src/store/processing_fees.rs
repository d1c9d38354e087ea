//! Stripe's processing fees in the ledger: each balance transaction of a charge or a refund is
//! booked once (`stripe_balance_transactions`) with its fee posted as `stripe-fee:<txn id>`, in
//! one transaction. Also what we hold that `stripe reconcile` compares with Stripe's list.
use entity::stripe_balance_transaction as booked;
use entity::{checkout_payment, journal_entry, pending_transfer, posting, refund};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};

use crate::domain::ledger::{processing_fee_postings, Account, JournalEntry};
use crate::domain::money::{Currency, Money};
pub use crate::domain::reconcile::{BalanceTxn, Ours};
use crate::domain::status::{RefundStatus, CARD_PAID};
use crate::error::AppError;

async fn booked_sources(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(booked::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|b| b.source_id)
        .collect())
}

/// Charges of succeeded card payments whose fee is not booked yet.
pub async fn charges_to_book(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    let done = booked_sources(db).await?;
    Ok(checkout_payment::Entity::find()
        .filter(checkout_payment::Column::Status.is_in(CARD_PAID))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| p.charge_id)
        .filter(|c| !done.contains(c))
        .collect())
}

/// Refunds sent to Stripe whose balance transaction is not booked yet.
pub async fn refunds_to_book(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    let done = booked_sources(db).await?;
    Ok(refund::Entity::find()
        .filter(refund::Column::Status.eq(RefundStatus::Succeeded))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| r.stripe_refund_id)
        .filter(|r| !done.contains(r))
        .collect())
}

/// The fee entry's idempotency key.
pub fn fee_key(txn: &str) -> String {
    format!("stripe-fee:{txn}")
}

/// Books `t` and posts its fee in one transaction; false when it was booked already.
pub async fn book(db: &DatabaseConnection, t: &BalanceTxn) -> Result<bool, AppError> {
    let tx = crate::db::begin_write(db).await?;
    if booked::Entity::find_by_id(t.id.clone())
        .one(&tx)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    booked::ActiveModel {
        id: Set(t.id.clone()),
        source_id: Set(t.source.clone()),
        kind: Set(t.kind.clone()),
        currency: Set(t.currency.clone()),
        amount_minor: Set(t.amount),
        fee_minor: Set(t.fee),
        booked_at: Set(super::now()),
    }
    .insert(&tx)
    .await?;
    if t.fee != 0 {
        let fee = Money::from_minor(t.fee, Currency::parse(&t.currency)?);
        let ledger_err = |e: crate::domain::ledger::LedgerError| AppError::Internal(e.to_string());
        let postings = processing_fee_postings(fee).map_err(ledger_err)?;
        let memo = format!("Stripe fee on {} {}", t.kind, t.source);
        let entry = JournalEntry::new(fee_key(&t.id), "processing_fee", memo, postings)
            .map_err(ledger_err)?;
        super::ledger::post(&tx, entry).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The fee our ledger booked for a balance transaction (0 when none was posted).
pub async fn booked_fee(db: &impl ConnectionTrait, txn: &str) -> Result<i64, AppError> {
    let Some(entry) = journal_entry::Entity::find()
        .filter(journal_entry::Column::IdempotencyKey.eq(fee_key(txn)))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    let fees = Account::ProcessorFees.as_str();
    Ok(posting::Entity::find()
        .filter(posting::Column::EntryId.eq(entry.id))
        .filter(posting::Column::Account.eq(fees.as_ref()))
        .all(db)
        .await?
        .iter()
        .map(|p| p.amount_minor)
        .sum())
}

/// Every card movement we recorded since `since` (Unix seconds): charges (the sum of the
/// checkout's `pay:` entries), refunds, transfers and transfer reversals.
pub async fn ours_since(db: &impl ConnectionTrait, since: i64) -> Result<Vec<Ours>, AppError> {
    let after = |t: chrono::DateTime<chrono::Utc>| t.timestamp() >= since;
    let mut out = Vec::new();
    for p in checkout_payment::Entity::find().all(db).await? {
        if let (Some(charge), true) = (p.charge_id.clone(), after(p.created_at)) {
            let amount = paid_in_ledger(db, p.checkout_id).await?;
            out.push(ours(charge, "charge", &p.currency, amount, p.created_at));
        }
    }
    for r in refund::Entity::find().all(db).await? {
        if !after(r.created_at) {
            continue;
        }
        if let Some(re) = r.stripe_refund_id.clone() {
            out.push(ours(
                re,
                "refund",
                &r.currency,
                -r.amount_minor,
                r.created_at,
            ));
        }
        if let Some(trr) = r.reversal_id.clone() {
            let (amount, at) = (r.reversal_minor, r.updated_at);
            out.push(ours(trr, "transfer_refund", &r.currency, amount, at));
        }
    }
    for t in pending_transfer::Entity::find().all(db).await? {
        if let (Some(tr), true) = (t.transfer_id.clone(), after(t.created_at)) {
            out.push(ours(
                tr,
                "transfer",
                &t.currency,
                -t.amount_minor,
                t.updated_at,
            ));
        }
    }
    Ok(out)
}

fn ours(
    source: String,
    kind: &'static str,
    currency: &str,
    amount: i64,
    at: chrono::DateTime<chrono::Utc>,
) -> Ours {
    Ours {
        source,
        kind,
        currency: currency.to_ascii_uppercase(),
        amount,
        created: at.timestamp(),
    }
}

/// The sum of the clearing legs of the checkout's orders' `pay:` entries.
async fn paid_in_ledger(db: &impl ConnectionTrait, checkout_id: i32) -> Result<i64, AppError> {
    let orders = entity::order::Entity::find()
        .filter(entity::order::Column::CheckoutId.eq(checkout_id))
        .all(db)
        .await?;
    let keys: Vec<String> = orders.iter().map(|o| format!("pay:{}", o.id)).collect();
    let entries: Vec<i64> = journal_entry::Entity::find()
        .filter(journal_entry::Column::IdempotencyKey.is_in(keys))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    let clearing = Account::GatewayClearing.as_str();
    Ok(posting::Entity::find()
        .filter(posting::Column::EntryId.is_in(entries))
        .filter(posting::Column::Account.eq(clearing.as_ref()))
        .all(db)
        .await?
        .iter()
        .map(|p| p.amount_minor)
        .sum())
}
