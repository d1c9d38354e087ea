//! The postings of an order's money events: settling it (the fee is charged and split) and
//! refunding it after settlement (proceeds reversed, fee parts clawed back in proportion).

use std::cmp::Ordering;

use super::{Account, LedgerError, Posting};
use crate::domain::fee_split::{split_refund, FeeSplit};
use crate::domain::money::Money;

/// The two co-ops of an order: the seller, paid the proceeds, and the buyer; both get a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OrderParties {
    /// The seller co-op's id.
    pub seller_coop: i32,
    /// The buyer co-op's id.
    pub buyer_coop: i32,
}

/// Adds a posting unless the amount is zero (a zero posting says nothing and is refused).
fn push(postings: &mut Vec<Posting>, account: Account, amount: Money) {
    if !amount.is_zero() {
        postings.push(Posting::new(account, amount));
    }
}

fn refuse_negative(split: &FeeSplit) -> Result<(), LedgerError> {
    let parts = [split.pool, split.seller_share, split.buyer_share];
    if parts.iter().any(Money::is_negative) {
        return Err(LedgerError::InvalidAmounts("a part of the fee is negative"));
    }
    Ok(())
}

/// Settling an order of subtotal S > 0 with fee 0 <= F <= S split as `split` (which must add up
/// to F): clearing -S; seller proceeds +(S-F); pool +pool; seller and buyer fair shares + their
/// shares. Zero amounts are left out; the postings always sum to zero.
pub fn settlement_postings(
    parties: OrderParties,
    subtotal: Money,
    fee: Money,
    split: &FeeSplit,
) -> Result<Vec<Posting>, LedgerError> {
    if !subtotal.is_positive() {
        return Err(LedgerError::InvalidAmounts("the subtotal must be positive"));
    }
    if fee.is_negative() || fee.checked_cmp(subtotal)? == Ordering::Greater {
        return Err(LedgerError::InvalidAmounts(
            "the fee must be between zero and the subtotal",
        ));
    }
    refuse_negative(split)?;
    if split.total()? != fee {
        return Err(LedgerError::InvalidAmounts(
            "the fee's parts do not add up to the fee",
        ));
    }
    let mut postings = Vec::with_capacity(5);
    push(
        &mut postings,
        Account::GatewayClearing,
        subtotal.checked_neg()?,
    );
    let proceeds = subtotal.checked_sub(fee)?;
    push(
        &mut postings,
        Account::CoopProceeds(parties.seller_coop),
        proceeds,
    );
    push(&mut postings, Account::Pool, split.pool);
    push(
        &mut postings,
        Account::CoopFairShare(parties.seller_coop),
        split.seller_share,
    );
    push(
        &mut postings,
        Account::CoopFairShare(parties.buyer_coop),
        split.buyer_share,
    );
    Ok(postings)
}

/// Refunding R > 0 of a settled order, of which the fee part is 0 <= Fr <= R: clearing +R;
/// seller proceeds -(R-Fr); the pool and both shares give back Fr divided by `split_refund` in
/// proportion to `remaining` (the original split minus earlier claw-backs), so no part ever
/// gives back more than it received. A negative share nets against the co-op's next payout.
pub fn refund_after_settlement_postings(
    parties: OrderParties,
    refunded: Money,
    refunded_fee: Money,
    remaining: &FeeSplit,
) -> Result<Vec<Posting>, LedgerError> {
    if !refunded.is_positive() {
        return Err(LedgerError::InvalidAmounts("the refund must be positive"));
    }
    if refunded_fee.checked_cmp(refunded)? == Ordering::Greater {
        return Err(LedgerError::InvalidAmounts(
            "the refunded fee cannot exceed the refund",
        ));
    }
    let claw_back = split_refund(remaining, refunded_fee)?;
    let mut postings = Vec::with_capacity(5);
    push(&mut postings, Account::GatewayClearing, refunded);
    let proceeds = refunded.checked_sub(refunded_fee)?;
    push(
        &mut postings,
        Account::CoopProceeds(parties.seller_coop),
        proceeds.checked_neg()?,
    );
    push(&mut postings, Account::Pool, claw_back.pool.checked_neg()?);
    push(
        &mut postings,
        Account::CoopFairShare(parties.seller_coop),
        claw_back.seller_share.checked_neg()?,
    );
    push(
        &mut postings,
        Account::CoopFairShare(parties.buyer_coop),
        claw_back.buyer_share.checked_neg()?,
    );
    Ok(postings)
}
