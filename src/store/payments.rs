//! Payments in the database: the ledger entry of a payment (in the state change's transaction;
//! refunds return it in `refunds`), and co-ops' payout details (bank account, Stripe connected account).
use entity::{coop_payout_details as details, order};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::bank::BankDetails;
use crate::domain::ledger::{payment_postings, proceeds_transfer_postings, JournalEntry, Posting};
use crate::domain::money::{Currency, Money};
use crate::error::AppError;

fn ledger_err(e: crate::domain::ledger::LedgerError) -> AppError {
    AppError::Internal(format!("ledger: {e}"))
}

fn subtotal(o: &order::Model) -> Result<Money, AppError> {
    Ok(super::orders::money(o)?.subtotal)
}

/// Posts one entry of `o`'s money (payment, refund) under `key`.
pub(super) async fn post(
    db: &impl ConnectionTrait,
    key: String,
    kind: &str,
    memo: String,
    o: &order::Model,
    postings: Vec<Posting>,
) -> Result<(), AppError> {
    let entry = JournalEntry::new(key, kind, memo, postings)
        .map_err(ledger_err)?
        .for_order(o.id);
    super::ledger::post(db, entry).await?;
    Ok(())
}

/// `o`'s payment (`pay:<id>`): gateway clearing +S, the buyer's payments −S.
pub fn payment_entry(o: &order::Model) -> Result<JournalEntry, AppError> {
    let postings = payment_postings(o.buyer_coop_id, subtotal(o)?).map_err(ledger_err)?;
    let memo = format!("payment for order #{} received", o.id);
    Ok(
        JournalEntry::new(format!("pay:{}", o.id), "payment", memo, postings)
            .map_err(ledger_err)?
            .for_order(o.id),
    )
}

/// Posts proceeds of `o` leaving for (`amount` > 0) or coming back from (`amount` < 0) the
/// seller's connected account under `key`, so a payout run never pays them a second time.
pub async fn post_proceeds_transfer(
    db: &impl ConnectionTrait,
    o: &order::Model,
    key: String,
    amount: i64,
) -> Result<(), AppError> {
    let money = Money::from_minor(amount, Currency::parse(&o.currency)?);
    let postings = proceeds_transfer_postings(o.seller_coop_id, money).map_err(ledger_err)?;
    let memo = if amount > 0 {
        format!(
            "order #{}: {money} of proceeds sent by Stripe transfer",
            o.id
        )
    } else {
        format!(
            "order #{}: {} of proceeds taken back from the Stripe transfer",
            o.id,
            money.checked_neg()?
        )
    };
    post(db, key, "transfer", memo, o, postings).await
}

/// A co-op's payout details, if it has any.
pub async fn details(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Option<details::Model>, AppError> {
    Ok(details::Entity::find_by_id(coop_id).one(db).await?)
}

/// Saves a co-op's bank details in one write transaction (a read, then an insert or update).
pub async fn set_bank_details(
    db: &sea_orm::DatabaseConnection,
    coop_id: i32,
    bank: &BankDetails,
) -> Result<(), AppError> {
    let tx = crate::db::begin_write(db).await?;
    save_bank_details(&tx, coop_id, bank).await?;
    tx.commit().await?;
    Ok(())
}

/// Saves a co-op's bank details, keeping its Stripe account as it is.
pub async fn save_bank_details(
    db: &impl ConnectionTrait,
    coop_id: i32,
    bank: &BankDetails,
) -> Result<(), AppError> {
    upsert_details(db, coop_id, |m| {
        m.account_holder = Set(Some(bank.account_holder.clone()));
        m.iban = Set(Some(bank.iban.as_str().to_owned()));
        m.bic = Set(Some(bank.bic.as_str().to_owned()));
    })
    .await
}

/// Links a co-op to its Stripe connected account (`acct_...`), capabilities off until Stripe says.
pub async fn link_stripe_account(
    db: &impl ConnectionTrait,
    coop_id: i32,
    account_id: &str,
) -> Result<(), AppError> {
    upsert_details(db, coop_id, |m| {
        m.stripe_account_id = Set(Some(account_id.to_owned()));
        m.charges_enabled = Set(false);
        m.payouts_enabled = Set(false);
    })
    .await
}

/// Changes a co-op's payout details with `change`, creating the (empty) row first if it has none.
pub async fn upsert_details(
    db: &impl ConnectionTrait,
    coop_id: i32,
    change: impl FnOnce(&mut details::ActiveModel),
) -> Result<(), AppError> {
    let existing = details(db, coop_id).await?;
    let mut m: details::ActiveModel = match &existing {
        Some(row) => row.clone().into(),
        None => details::ActiveModel {
            coop_id: Set(coop_id),
            account_holder: Set(None),
            iban: Set(None),
            bic: Set(None),
            stripe_account_id: Set(None),
            charges_enabled: Set(false),
            payouts_enabled: Set(false),
            updated_at: Set(super::now()),
        },
    };
    change(&mut m);
    m.updated_at = Set(super::now());
    if existing.is_some() {
        m.update(db).await?;
    } else {
        m.insert(db).await?;
    }
    Ok(())
}

/// Syncs what Stripe says a connected account may do; an unknown account changes nothing.
pub async fn sync_stripe_account(
    db: &impl ConnectionTrait,
    account_id: &str,
    charges_enabled: bool,
    payouts_enabled: bool,
) -> Result<bool, AppError> {
    let res = details::Entity::update_many()
        .col_expr(
            details::Column::ChargesEnabled,
            Expr::value(charges_enabled),
        )
        .col_expr(
            details::Column::PayoutsEnabled,
            Expr::value(payouts_enabled),
        )
        .col_expr(details::Column::UpdatedAt, Expr::value(super::now()))
        .filter(details::Column::StripeAccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
