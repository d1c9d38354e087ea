//! The ledger side of an order's lifecycle: settlement posts the fee split snapshotted at
//! placement; a refund after settlement reverses it. Both run in the state change's transaction.
use entity::order;
use sea_orm::ConnectionTrait;

use crate::domain::fee_split::FeeSplit;
use crate::domain::ledger::{
    refund_after_settlement_postings, settlement_postings, JournalEntry, OrderParties,
};
use crate::domain::money::{Currency, Money};
use crate::domain::order_state::OrderState;
use crate::error::AppError;

fn parts(o: &order::Model) -> Result<(OrderParties, Money, Money, FeeSplit), AppError> {
    let c = Currency::parse(&o.currency)?;
    let m = |minor| Money::from_minor(minor, c);
    let split = FeeSplit {
        pool: m(o.pool_minor),
        seller_share: m(o.seller_share_minor),
        buyer_share: m(o.buyer_share_minor),
    };
    let parties = OrderParties {
        seller_coop: o.seller_coop_id,
        buyer_coop: o.buyer_coop_id,
    };
    Ok((parties, m(o.subtotal_minor), m(o.fee_minor), split))
}

fn ledger_err(e: crate::domain::ledger::LedgerError) -> AppError {
    AppError::Internal(format!("ledger: {e}"))
}

/// Posts `o`'s settlement: clearing −S, seller proceeds +(S−F), pool and both fair shares
/// their parts. Keyed `settle:<id>`, so settling twice posts once.
pub async fn post_settlement(db: &impl ConnectionTrait, o: &order::Model) -> Result<(), AppError> {
    let (parties, subtotal, fee, split) = parts(o)?;
    let postings = settlement_postings(parties, subtotal, fee, &split).map_err(ledger_err)?;
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

/// A refund of a settled order reverses its settlement in a new entry (`refund:<id>`);
/// before settlement nothing was posted, so there is nothing to reverse.
pub async fn post_refund(
    db: &impl ConnectionTrait,
    o: &order::Model,
    from: OrderState,
) -> Result<(), AppError> {
    if from != OrderState::Settled {
        return Ok(());
    }
    let (parties, subtotal, fee, split) = parts(o)?;
    let postings =
        refund_after_settlement_postings(parties, subtotal, fee, &split).map_err(ledger_err)?;
    let entry = JournalEntry::new(
        format!("refund:{}", o.id),
        "refund",
        format!("order #{} refunded after settlement", o.id),
        postings,
    )
    .map_err(ledger_err)?
    .for_order(o.id);
    super::ledger::post(db, entry).await?;
    Ok(())
}
