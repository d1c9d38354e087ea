//! The ledger side of settling an order: the fee split snapshotted at placement, on what refunds
//! before settlement left; runs in the state change's transaction (refunds live in `refunds`).
use entity::order;
use sea_orm::ConnectionTrait;

use crate::domain::ledger::{settlement_postings, JournalEntry, OrderParties};
use crate::error::AppError;

fn ledger_err(e: crate::domain::ledger::LedgerError) -> AppError {
    AppError::Internal(format!("ledger: {e}"))
}

/// Posts `o`'s settlement: clearing −S, seller proceeds +(S−F), pool and both fair shares
/// their parts, where S, F and the parts are what was kept after refunds before settlement
/// (`domain::refund`). Keyed `settle:<id>`, so settling twice posts once.
pub async fn post_settlement(db: &impl ConnectionTrait, o: &order::Model) -> Result<(), AppError> {
    let kept = super::refunds::kept_by(db, o).await?;
    let parties = OrderParties {
        seller_coop: o.seller_coop_id,
        buyer_coop: o.buyer_coop_id,
    };
    let postings =
        settlement_postings(parties, kept.subtotal, kept.fee, &kept.split).map_err(ledger_err)?;
    let entry = JournalEntry::new(
        format!("settle:{}", o.id),
        "settlement",
        format!("order #{} settled", o.id),
        postings,
    )
    .map_err(ledger_err)?
    .for_order(o.id);
    super::ledger::post(db, entry).await?;
    Ok(())
}
