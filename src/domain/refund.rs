//! Refunds of an order, whole or in parts: what may still be refunded, and how much of each
//! refund is fee (given back by the pool and both shares in proportion) and how much proceeds.
//!
//! Rule: after refunds totalling `A` of an order of subtotal `S` and fee `F`, the fee given back
//! so far is exactly `round_half_even(F × A / S)`; each refund's fee part is the step from the
//! previous total. One refund's part is therefore `round_half_even(F × a / S)`, several parts
//! never give back more than `F`, and a full refund by parts gives back exactly `F`. The part is
//! divided with `split_refund` over what is left of the split, so pool + shares = part exactly.
//! The same figures are used whether the order is settled or not: a later settlement charges
//! what is left (`kept`), so refunding before or after settlement ends in the same balances.

use std::cmp::Ordering;

use super::fee_split::{split_refund, FeeSplit};
use super::money::{div_round_half_even, Money, MoneyError};

/// An order's money as charged at placement: subtotal, fee and the fee's split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Charged {
    /// The order's subtotal S > 0.
    pub subtotal: Money,
    /// The fee 0 <= F <= S.
    pub fee: Money,
    /// The fee's parts, summing to F.
    pub split: FeeSplit,
}

/// What refunds have given back so far (sums over the order's refunds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refunded {
    /// The amount returned to the buyer.
    pub amount: Money,
    /// The part of it that was fee.
    pub fee: Money,
    /// That fee part, divided between the pool and the two shares.
    pub claw_back: FeeSplit,
}

impl Refunded {
    /// Nothing refunded yet, in the order's currency.
    pub fn none(charged: &Charged) -> Refunded {
        let zero = Money::zero(charged.subtotal.currency);
        Refunded {
            amount: zero,
            fee: zero,
            claw_back: FeeSplit {
                pool: zero,
                seller_share: zero,
                buyer_share: zero,
            },
        }
    }

    /// These sums plus one more refund.
    pub fn plus(&self, r: &RefundParts) -> Result<Refunded, MoneyError> {
        Ok(Refunded {
            amount: self.amount.checked_add(r.amount)?,
            fee: self.fee.checked_add(r.fee)?,
            claw_back: FeeSplit {
                pool: self.claw_back.pool.checked_add(r.claw_back.pool)?,
                seller_share: self
                    .claw_back
                    .seller_share
                    .checked_add(r.claw_back.seller_share)?,
                buyer_share: self
                    .claw_back
                    .buyer_share
                    .checked_add(r.claw_back.buyer_share)?,
            },
        })
    }
}

/// One refund's figures: the amount, its fee part, and how that part is given back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefundParts {
    /// The amount returned to the buyer, 0 < a <= what is still refundable.
    pub amount: Money,
    /// Its fee part, 0 <= fee <= a.
    pub fee: Money,
    /// The fee part divided between the pool and the shares (sums to `fee`).
    pub claw_back: FeeSplit,
    /// True when this refund returns everything that was left: the order is refunded.
    pub completes: bool,
}

impl RefundParts {
    /// What the seller gives back: the amount less its fee part.
    pub fn proceeds(&self) -> Result<Money, MoneyError> {
        self.amount.checked_sub(self.fee)
    }
}

/// Why a refund was refused; the message is shown to people as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefundError {
    /// Zero or negative.
    #[error("the amount to refund must be positive")]
    NotPositive,
    /// More than what was paid and not yet refunded.
    #[error("at most {refundable} can still be refunded")]
    TooMuch {
        /// What may still be refunded.
        refundable: Money,
    },
    /// A money rule was broken (currency mismatch, overflow ...).
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// What may still be refunded: S minus what was refunded.
pub fn refundable(charged: &Charged, so_far: &Refunded) -> Result<Money, MoneyError> {
    charged.subtotal.checked_sub(so_far.amount)
}

/// The order as it stands after refunds: the subtotal, fee and split a settlement charges.
pub fn kept(charged: &Charged, so_far: &Refunded) -> Result<Charged, MoneyError> {
    Ok(Charged {
        subtotal: refundable(charged, so_far)?,
        fee: charged.fee.checked_sub(so_far.fee)?,
        split: charged.split.checked_sub(&so_far.claw_back)?,
    })
}

/// The figures of refunding `amount` of an order after `so_far` (see the module's rule).
pub fn plan_refund(
    charged: &Charged,
    so_far: &Refunded,
    amount: Money,
) -> Result<RefundParts, RefundError> {
    if !amount.is_positive() {
        return Err(RefundError::NotPositive);
    }
    let left = refundable(charged, so_far)?;
    if amount.checked_cmp(left)? == Ordering::Greater {
        return Err(RefundError::TooMuch { refundable: left });
    }
    let total = so_far.amount.checked_add(amount)?;
    let fee_total = Money::try_from_minor(
        div_round_half_even(
            i128::from(charged.fee.minor) * i128::from(total.minor),
            i128::from(charged.subtotal.minor),
        )?,
        amount.currency,
    )?;
    let fee = fee_total.checked_sub(so_far.fee)?;
    let remaining_split = charged.split.checked_sub(&so_far.claw_back)?;
    let claw_back = split_refund(&remaining_split, fee)?;
    Ok(RefundParts {
        amount,
        fee,
        claw_back,
        completes: amount == left,
    })
}

#[cfg(test)]
#[path = "refund_tests.rs"]
mod tests;
