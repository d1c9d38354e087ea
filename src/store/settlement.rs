//! The ledger side of settling an order: the fee split snapshotted at placement, on what refunds
//! before settlement left; runs in the state change's transaction (refunds live in `refunds`).
use crate::domain::ledger::{settlement_postings, JournalEntry, OrderParties};
use crate::domain::refund::Charged;
use crate::error::AppError;
use entity::order;

fn ledger_err(e: crate::domain::ledger::LedgerError) -> AppError {
    AppError::Internal(format!("ledger: {e}"))
}

/// `o`'s settlement: clearing −S, seller proceeds +(S−F), pool and both fair shares their
/// parts, where S, F and the parts are what was `kept` after refunds before settlement
/// (`domain::refund`). Keyed `settle:<id>`, so settling twice posts once.
pub fn settlement_entry(o: &order::Model, kept: &Charged) -> Result<JournalEntry, AppError> {
    let parties = OrderParties {
        seller_coop: o.seller_coop_id,
        buyer_coop: o.buyer_coop_id,
    };
    let postings =
        settlement_postings(parties, kept.subtotal, kept.fee, &kept.split).map_err(ledger_err)?;
    Ok(JournalEntry::new(
        format!("settle:{}", o.id),
        "settlement",
        format!("order #{} settled", o.id),
        postings,
    )
    .map_err(ledger_err)?
    .for_order(o.id))
}

/// Posts `o`'s settlement entry in the caller's transaction (a second time posts nothing).
pub async fn post_settlement(
    db: &impl sea_orm::ConnectionTrait,
    o: &order::Model,
) -> Result<(), AppError> {
    let kept = super::refunds::kept_by(db, o).await?;
    super::ledger::post(db, settlement_entry(o, &kept)?).await?;
    Ok(())
}
