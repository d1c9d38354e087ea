//! Tests for `fee_split`: the worked examples, policy validation, claw-backs, properties over
//! random fees and a statistical check that half-even rounding keeps the pool unbiased.

use super::*;
use crate::domain::money::Currency;
use proptest::prelude::*;

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

fn split(pool: i64, seller: i64, buyer: i64) -> FeeSplit {
    FeeSplit {
        pool: eur(pool),
        seller_share: eur(seller),
        buyer_share: eur(buyer),
    }
}

fn default_split(fee: i64) -> FeeSplit {
    split_fee(eur(fee), &SplitPolicy::default()).unwrap()
}

#[test]
fn worked_examples_from_the_design() {
    assert_eq!(default_split(4938), split(2469, 1235, 1234)); // 49.38
    assert_eq!(default_split(494), split(247, 124, 123)); // 4.94

    // 0.01: the pool's 0.005 rounds half-even to 0.00, the single cent goes to the seller first.
    assert_eq!(default_split(1), split(0, 1, 0));
    // 0.03: the pool's 1.5 cents round to 2, the one cent left goes to the seller.
    assert_eq!(default_split(3), split(2, 1, 0));
    assert_eq!(default_split(2), split(1, 1, 0));
    assert_eq!(default_split(5), split(2, 2, 1)); // 2.5 -> 2
    assert_eq!(default_split(7), split(4, 2, 1)); // 3.5 -> 4
    assert_eq!(default_split(0), split(0, 0, 0));
    let yen = split_fee(
        Money::from_minor(45, Currency::JPY),
        &SplitPolicy::default(),
    )
    .unwrap();
    assert_eq!(
        [
            yen.pool.minor,
            yen.seller_share.minor,
            yen.buyer_share.minor
        ],
        [22, 12, 11]
    );
    assert_eq!(yen.pool.currency, Currency::JPY);
}

#[test]
fn a_negative_fee_is_refused() {
    let err = split_fee(eur(-1), &SplitPolicy::default()).unwrap_err();
    assert_eq!(err.to_string(), "fee must not be negative, got -0.01 EUR");
}

#[test]
fn split_policies_are_validated() {
    let p = SplitPolicy::default();
    assert_eq!(
        (
            p.pool_numerator(),
            p.pool_denominator(),
            p.buyer_weight(),
            p.seller_weight()
        ),
        (1, 2, 1, 1)
    );
    assert_eq!(SplitPolicy::new(1, 2, 1, 1), Ok(p));
    assert!(SplitPolicy::new(0, 1, 0, 1).is_ok());
    assert!(SplitPolicy::new(3, 3, 1, 0).is_ok());
    for (num, den, buyer, seller) in [(1, 0, 1, 1), (0, 0, 1, 1), (3, 2, 1, 1), (1, 2, 0, 0)] {
        let err = SplitPolicy::new(num, den, buyer, seller).unwrap_err();
        assert!(
            err.to_string().starts_with("invalid split policy: "),
            "{err}"
        );
    }
}

#[test]
fn split_policies_round_trip_through_serde_and_are_validated_on_the_way_in() {
    let p = SplitPolicy::new(1, 3, 2, 5).unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(
        json,
        r#"{"pool_numerator":1,"pool_denominator":3,"buyer_weight":2,"seller_weight":5}"#
    );
    assert_eq!(serde_json::from_str::<SplitPolicy>(&json).unwrap(), p);
    let bad = r#"{"pool_numerator":3,"pool_denominator":2,"buyer_weight":1,"seller_weight":1}"#;
    assert!(serde_json::from_str::<SplitPolicy>(bad).is_err());
}

#[test]
fn other_policies_split_by_their_fractions_and_weights() {
    // Seller 2 : buyer 1 of 0.50: exact 0.3333 and 0.1667, the larger remainder is the buyer's.
    let p = SplitPolicy::new(1, 2, 1, 2).unwrap();
    assert_eq!(split_fee(eur(100), &p).unwrap(), split(50, 33, 17));
    let only_seller = SplitPolicy::new(1, 2, 0, 1).unwrap();
    assert_eq!(split_fee(eur(101), &only_seller).unwrap(), split(50, 51, 0));
    let no_pool = SplitPolicy::new(0, 1, 1, 1).unwrap();
    assert_eq!(split_fee(eur(101), &no_pool).unwrap(), split(0, 51, 50));
    let all_pool = SplitPolicy::new(1, 1, 1, 1).unwrap();
    assert_eq!(split_fee(eur(101), &all_pool).unwrap(), split(101, 0, 0));
    let third = SplitPolicy::new(1, 3, 1, 1).unwrap();
    assert_eq!(split_fee(eur(100), &third).unwrap(), split(33, 34, 33));
    assert_eq!(
        split_fee(eur(i64::MAX), &SplitPolicy::default())
            .unwrap()
            .total(),
        Ok(eur(i64::MAX))
    );
}

#[test]
fn largest_remainder_breaks_ties_by_position() {
    assert_eq!(largest_remainder(2, [1, 1, 1]), Ok([1, 1, 0]));
    assert_eq!(largest_remainder(1, [1, 1]), Ok([1, 0]));
    assert_eq!(largest_remainder(10, [1, 2, 2]), Ok([2, 4, 4]));
    assert_eq!(largest_remainder(0, [0, 0]), Ok([0, 0]));
    assert_eq!(largest_remainder(7, [0, 3]), Ok([0, 7]));
    assert!(largest_remainder(1, [0, 0]).is_err());
    assert!(largest_remainder(-1, [1, 1]).is_err());
    assert!(largest_remainder(1, [1, -1]).is_err());
    assert_eq!(
        largest_remainder(i64::MAX, [i64::MAX, i64::MAX]),
        Ok([i64::MAX / 2 + 1, i64::MAX / 2])
    );
}

#[test]
fn refunds_claw_back_in_proportion_to_the_original_parts() {
    let original = default_split(4938); // 24.69 / 12.35 / 12.34
    assert_eq!(split_refund(&original, eur(4938)), Ok(original));
    assert_eq!(split_refund(&original, eur(0)), Ok(split(0, 0, 0)));
    assert_eq!(split_refund(&original, eur(1000)), Ok(split(500, 250, 250)));
    assert_eq!(split_refund(&original, eur(1)), Ok(split(1, 0, 0)));
    // Equal remainders: pool first, then the seller, then the buyer.
    let even = split(1, 1, 1);
    assert_eq!(split_refund(&even, eur(1)), Ok(split(1, 0, 0)));
    assert_eq!(split_refund(&even, eur(2)), Ok(split(1, 1, 0)));
    assert_eq!(split_refund(&split(0, 0, 0), eur(0)), Ok(split(0, 0, 0)));
}

#[test]
fn refunds_are_checked() {
    let original = default_split(494);
    let err = split_refund(&original, eur(495)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "refunded fee 4.95 EUR exceeds the original fee 4.94 EUR"
    );
    assert!(split_refund(&original, eur(-1)).is_err());
    let yen = Money::from_minor(1, Currency::JPY);
    assert!(matches!(
        split_refund(&original, yen),
        Err(MoneyError::CurrencyMismatch { .. })
    ));
    let mixed = FeeSplit {
        buyer_share: yen,
        ..original
    };
    assert!(split_refund(&mixed, eur(1)).is_err());
    assert!(split_refund(&split(5, -1, 1), eur(1)).is_err());
}

#[test]
fn a_second_partial_refund_splits_what_is_left() {
    let original = default_split(4938);
    let first = split_refund(&original, eur(1)).unwrap();
    let left = original.checked_sub(&first).unwrap();
    assert_eq!(left, split(2468, 1235, 1234));
    let second = split_refund(&left, eur(4937)).unwrap();
    assert_eq!(second, left);
}

/// Splits `fee` with the default policy but rounding the pool half-up, as a naive version would.
fn pool_half_up(fee: i64) -> i64 {
    // round_half_up(fee / 2) for fee >= 0
    (fee + 1) / 2
}

/// A fixed-seed xorshift64 generator, so the statistical test is deterministic.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

/// |2·Σpool − Σfee| in half minor units, and the 0.01 % bound on it (Σfee / 10 000 half-units).
fn pool_bias(fees: &[i64], pool_of: impl Fn(i64) -> i64) -> (i128, i128) {
    let fee_sum: i128 = fees.iter().map(|f| i128::from(*f)).sum();
    let pool_sum: i128 = fees.iter().map(|f| i128::from(pool_of(*f))).sum();
    ((2 * pool_sum - fee_sum).abs(), fee_sum / 10_000)
}

#[test]
fn half_even_keeps_the_pool_unbiased_where_half_up_does_not() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    // Small fees, half of them odd: each odd fee puts the pool exactly on a half minor unit.
    let fees: Vec<i64> = (0..100_000)
        .map(|_| 1 + (rng.next() % 200) as i64)
        .collect();
    let policy = SplitPolicy::default();
    let (bias, bound) = pool_bias(&fees, |f| split_fee(eur(f), &policy).unwrap().pool.minor);
    assert!(bias <= bound, "half-even bias {bias} > bound {bound}");
    let (bias_up, _) = pool_bias(&fees, pool_half_up);
    assert!(bias_up > bound, "half-up bias {bias_up} <= bound {bound}");
    // Half-up adds half a minor unit for each odd fee: about a quarter unit per fee.
    assert!(bias_up > 10 * bound);

    // Larger fees too, the unbiased rounding holds.
    let fees: Vec<i64> = (0..100_000)
        .map(|_| 1 + (rng.next() % 1_000_000) as i64)
        .collect();
    let (bias, bound) = pool_bias(&fees, |f| split_fee(eur(f), &policy).unwrap().pool.minor);
    assert!(bias <= bound, "half-even bias {bias} > bound {bound}");
}

fn any_currency() -> impl Strategy<Value = Currency> {
    proptest::sample::select(Currency::ALL.to_vec())
}

/// Checks the invariants of one split of `fee` under `policy`.
fn check_split(fee: Money, policy: &SplitPolicy) -> Result<FeeSplit, TestCaseError> {
    let s = split_fee(fee, policy).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(s.total(), Ok(fee));
    for part in [s.pool, s.seller_share, s.buyer_share] {
        prop_assert_eq!(part.currency, fee.currency);
        prop_assert!(!part.is_negative());
    }
    let (num, den) = (
        i128::from(policy.pool_numerator()),
        i128::from(policy.pool_denominator()),
    );
    // |pool − fee·num/den| <= 1/2, in units of 1/(2·den).
    prop_assert!((2 * (i128::from(s.pool.minor) * den - i128::from(fee.minor) * num)).abs() <= den);
    let users = i128::from(fee.minor - s.pool.minor);
    let (sw, bw) = (
        i128::from(policy.seller_weight()),
        i128::from(policy.buyer_weight()),
    );
    // Each share is less than one minor unit away from users·w/(sw+bw).
    prop_assert!((i128::from(s.seller_share.minor) * (sw + bw) - users * sw).abs() < sw + bw);
    prop_assert!((i128::from(s.buyer_share.minor) * (sw + bw) - users * bw).abs() < sw + bw);
    Ok(s)
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn default_pool_splits_add_up_and_stay_fair(
        fee in 0_i64..1_000_000_000_000_000,
        currency in any_currency(),
        buyer in 1_u32..=10,
        seller in 1_u32..=10,
    ) {
        let policy = SplitPolicy::new(1, 2, buyer, seller).unwrap();
        let s = check_split(Money::from_minor(fee, currency), &policy)?;
        prop_assert!((2 * i128::from(s.pool.minor) - i128::from(fee)).abs() <= 1);
    }

    #[test]
    fn any_policy_splits_add_up_and_stay_fair(
        fee in 0_i64..1_000_000_000_000_000,
        currency in any_currency(),
        (num, den) in (1_u32..=100).prop_flat_map(|den| (0..=den, Just(den))),
        buyer in 0_u32..=10,
        seller in 1_u32..=10,
    ) {
        let policy = SplitPolicy::new(num, den, buyer, seller).unwrap();
        check_split(Money::from_minor(fee, currency), &policy)?;
    }

    #[test]
    fn refund_claw_backs_add_up_and_stay_proportional(
        fee in 0_i64..1_000_000_000_000_000,
        refund_permille in 0_i64..=1000,
        currency in any_currency(),
        buyer in 1_u32..=10,
        seller in 1_u32..=10,
    ) {
        let policy = SplitPolicy::new(1, 2, buyer, seller).unwrap();
        let original = split_fee(Money::from_minor(fee, currency), &policy).unwrap();
        let refunded = Money::from_minor(
            (i128::from(fee) * i128::from(refund_permille) / 1000) as i64,
            currency,
        );
        let claw = split_refund(&original, refunded).unwrap();
        prop_assert_eq!(claw.total(), Ok(refunded));
        let total = i128::from(fee);
        for (c, o) in claw.parts().into_iter().zip(original.parts()) {
            prop_assert_eq!(c.currency, currency);
            prop_assert!(!c.is_negative() && c.minor <= o.minor);
            // Less than one minor unit from refunded·part/fee.
            let exact = i128::from(refunded.minor) * i128::from(o.minor);
            prop_assert!(total == 0 || (i128::from(c.minor) * total - exact).abs() < total);
        }
        let too_much = Money::from_minor(fee + 1, currency);
        prop_assert!(split_refund(&original, too_much).is_err());
    }

    #[test]
    fn successive_refunds_never_claw_back_more_than_was_split(
        fee in 0_i64..1_000_000,
        cuts in proptest::collection::vec(0_i64..=1000, 1..6),
    ) {
        let original = default_split(fee);
        let mut left = original;
        for cut in cuts {
            let remaining = left.total().unwrap().minor;
            let claw = split_refund(&left, eur(remaining * cut / 1000)).unwrap();
            left = left.checked_sub(&claw).unwrap();
            for part in left.parts() {
                prop_assert!(!part.is_negative());
            }
        }
        let clawed = original.checked_sub(&left).unwrap();
        for (c, o) in clawed.parts().into_iter().zip(original.parts()) {
            prop_assert!(c.minor <= o.minor);
        }
    }
}
