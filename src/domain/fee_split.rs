//! Where a fee goes: the common pool's part (half-even rounded) and the users' part divided
//! between the seller and buyer co-ops by weight, plus the proportional claw-back on refund.
//! Every split adds up to its fee exactly, to the minor unit.

use serde::{Deserialize, Serialize};

use super::money::{div_round_half_even, Money, MoneyError};

/// How a fee is divided: the pool takes `pool_numerator / pool_denominator` of it (at most all of
/// it), the rest goes to the seller and buyer co-ops by weight (not both zero). Default: 1/2, 1:1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawSplitPolicy")]
pub struct SplitPolicy {
    pool_numerator: u32,
    pool_denominator: u32,
    buyer_weight: u32,
    seller_weight: u32,
}

/// The unchecked shape of a stored policy; deserializing goes through `SplitPolicy::new`.
#[derive(Deserialize)]
struct RawSplitPolicy {
    pool_numerator: u32,
    pool_denominator: u32,
    buyer_weight: u32,
    seller_weight: u32,
}

impl TryFrom<RawSplitPolicy> for SplitPolicy {
    type Error = MoneyError;
    fn try_from(raw: RawSplitPolicy) -> Result<Self, Self::Error> {
        SplitPolicy::new(
            raw.pool_numerator,
            raw.pool_denominator,
            raw.buyer_weight,
            raw.seller_weight,
        )
    }
}

impl SplitPolicy {
    /// Checks the policy: denominator > 0, numerator <= denominator, weights not both zero.
    pub fn new(
        pool_numerator: u32,
        pool_denominator: u32,
        buyer_weight: u32,
        seller_weight: u32,
    ) -> Result<SplitPolicy, MoneyError> {
        if pool_denominator == 0 {
            return Err(MoneyError::InvalidSplitPolicy(
                "the pool's denominator must be positive",
            ));
        }
        if pool_numerator > pool_denominator {
            return Err(MoneyError::InvalidSplitPolicy(
                "the pool cannot take more than the whole fee",
            ));
        }
        if buyer_weight == 0 && seller_weight == 0 {
            return Err(MoneyError::InvalidSplitPolicy(
                "the buyer's and seller's weights cannot both be zero",
            ));
        }
        Ok(SplitPolicy {
            pool_numerator,
            pool_denominator,
            buyer_weight,
            seller_weight,
        })
    }

    /// Numerator of the pool's fraction of the fee (default 1).
    pub fn pool_numerator(&self) -> u32 {
        self.pool_numerator
    }

    /// Denominator of the pool's fraction of the fee, always positive (default 2).
    pub fn pool_denominator(&self) -> u32 {
        self.pool_denominator
    }

    /// The buyer co-op's weight in the users' part (default 1).
    pub fn buyer_weight(&self) -> u32 {
        self.buyer_weight
    }

    /// The seller co-op's weight in the users' part (default 1).
    pub fn seller_weight(&self) -> u32 {
        self.seller_weight
    }
}

impl Default for SplitPolicy {
    fn default() -> Self {
        SplitPolicy {
            pool_numerator: 1,
            pool_denominator: 2,
            buyer_weight: 1,
            seller_weight: 1,
        }
    }
}

/// The three parts of a fee (or of a claw-back), all in the fee's currency; `split_fee` and
/// `split_refund` guarantee `pool + seller_share + buyer_share` is exactly the amount split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FeeSplit {
    /// The common pool's part.
    pub pool: Money,
    /// The seller co-op's fair share.
    pub seller_share: Money,
    /// The buyer co-op's fair share.
    pub buyer_share: Money,
}

impl FeeSplit {
    /// `pool + seller_share + buyer_share`; mixed currencies or overflow is an error.
    pub fn total(&self) -> Result<Money, MoneyError> {
        self.pool
            .checked_add(self.seller_share)?
            .checked_add(self.buyer_share)
    }

    /// Part by part `self - other`: what is left of a split after a claw-back.
    pub fn checked_sub(&self, other: &FeeSplit) -> Result<FeeSplit, MoneyError> {
        Ok(FeeSplit {
            pool: self.pool.checked_sub(other.pool)?,
            seller_share: self.seller_share.checked_sub(other.seller_share)?,
            buyer_share: self.buyer_share.checked_sub(other.buyer_share)?,
        })
    }

    /// The parts in tie-break order for claw-backs: pool, seller, buyer.
    fn parts(&self) -> [Money; 3] {
        [self.pool, self.seller_share, self.buyer_share]
    }
}

/// Divides `total >= 0` minor units in proportion to `weights >= 0` (not all zero when
/// `total > 0`) by the largest-remainder method: every part is the floor of its exact quota or
/// one more, the parts add up to `total`, and equal remainders favour the earlier index.
pub fn largest_remainder<const N: usize>(
    total: i64,
    weights: [i64; N],
) -> Result<[i64; N], MoneyError> {
    let mut parts = [0_i64; N];
    if total == 0 {
        return Ok(parts);
    }
    if total < 0 || weights.iter().any(|w| *w < 0) {
        return Err(MoneyError::InvalidSplitPolicy(
            "only non-negative amounts and weights can be divided",
        ));
    }
    let weight_sum: i128 = weights.iter().map(|w| i128::from(*w)).sum();
    if weight_sum == 0 {
        return Err(MoneyError::InvalidSplitPolicy(
            "weights must not all be zero",
        ));
    }
    // total and each weight are below 2^63, so total * weight < 2^126 fits i128.
    let mut remainders = [0_i128; N];
    let mut given: i128 = 0;
    for i in 0..N {
        let quota = i128::from(total) * i128::from(weights[i]);
        let floor = quota / weight_sum;
        remainders[i] = quota % weight_sum;
        parts[i] = i64::try_from(floor).map_err(|_| MoneyError::Overflow)?;
        given += floor;
    }
    // The floors fall short by fewer than N units; the largest remainders get one more each.
    let mut order: [usize; N] = std::array::from_fn(|i| i);
    order.sort_by(|a, b| remainders[*b].cmp(&remainders[*a])); // stable: ties keep index order
    let leftover = usize::try_from(i128::from(total) - given).map_err(|_| MoneyError::Overflow)?;
    for &i in order.iter().take(leftover) {
        parts[i] += 1;
    }
    Ok(parts)
}

/// Splits a fee (>= 0): `pool = round_half_even(fee × num / den)`, the users' rest goes to the
/// seller and buyer by weight (largest remainder, ties to the seller); the parts sum to `fee`.
pub fn split_fee(fee: Money, policy: &SplitPolicy) -> Result<FeeSplit, MoneyError> {
    if fee.is_negative() {
        return Err(MoneyError::Negative {
            what: "fee",
            amount: fee,
        });
    }
    let pool = Money::try_from_minor(
        div_round_half_even(
            i128::from(fee.minor) * i128::from(policy.pool_numerator),
            i128::from(policy.pool_denominator),
        )?,
        fee.currency,
    )?;
    // 0 <= pool <= fee because 0 <= num/den <= 1 and fee is a whole number of minor units.
    let users = fee.checked_sub(pool)?;
    let [seller, buyer] = largest_remainder(
        users.minor,
        [
            i64::from(policy.seller_weight),
            i64::from(policy.buyer_weight),
        ],
    )?;
    let currency = fee.currency;
    Ok(FeeSplit {
        pool,
        seller_share: Money::from_minor(seller, currency),
        buyer_share: Money::from_minor(buyer, currency),
    })
}

/// Divides a refunded part of a fee in proportion to the original parts (largest remainder, ties:
/// pool, seller, buyer): the claw-backs sum to `refunded_fee` and none exceeds its original part.
///
/// For a second partial refund, pass what is left (`original.checked_sub(&first_claw_back)`), so
/// that the claw-backs together never exceed the original parts.
pub fn split_refund(original: &FeeSplit, refunded_fee: Money) -> Result<FeeSplit, MoneyError> {
    let original_fee = original.total()?;
    for part in original.parts() {
        if part.is_negative() {
            return Err(MoneyError::Negative {
                what: "a part of the original fee",
                amount: part,
            });
        }
    }
    if refunded_fee.is_negative() {
        return Err(MoneyError::Negative {
            what: "refunded fee",
            amount: refunded_fee,
        });
    }
    if refunded_fee.checked_cmp(original_fee)? == std::cmp::Ordering::Greater {
        return Err(MoneyError::RefundExceedsFee {
            refunded: refunded_fee,
            original: original_fee,
        });
    }
    // Each claw-back is floor(r·p/T) or one more only when r·p/T is fractional, so it stays <= p.
    let [pool, seller, buyer] =
        largest_remainder(refunded_fee.minor, original.parts().map(|p| p.minor))?;
    let currency = refunded_fee.currency;
    Ok(FeeSplit {
        pool: Money::from_minor(pool, currency),
        seller_share: Money::from_minor(seller, currency),
        buyer_share: Money::from_minor(buyer, currency),
    })
}

#[cfg(test)]
#[path = "fee_split_tests.rs"]
mod tests;
