use super::*;
use crate::domain::catalog::Quantity;
use crate::domain::fee_split::{split_fee, SplitPolicy};
use crate::domain::ledger::{
    payment_postings, payment_reversal_postings, refund_after_settlement_postings,
    settlement_postings, Account, OrderParties, Posting,
};
use crate::domain::money::FeeRate;
use crate::domain::refund::{kept, plan_refund, refundable, Charged, Refunded};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

#[test]
fn amounts_over_their_bound_name_the_limit() {
    let over = at_most(eur(MAX_PRICE_MINOR + 1), MAX_PRICE_MINOR, "price");
    assert_eq!(
        over.map_err(|m| m.to_string()),
        Err("the price must be at most EUR\u{a0}10,000,000.00".into())
    );
    assert_eq!(
        at_most(eur(MAX_PRICE_MINOR), MAX_PRICE_MINOR, "price"),
        Ok(eur(MAX_PRICE_MINOR))
    );
    let huge = parse_at_most(
        "99999999999999999999",
        Currency::JPY,
        MAX_REFUND_MINOR,
        "refund",
    );
    assert_eq!(
        huge.map_err(|m| m.to_string()),
        Err("a refund must be at most JPY\u{a0}1,000,000,000".into())
    );
    let bad = parse_at_most("1.001", Currency::EUR, MAX_REFUND_MINOR, "refund");
    assert_eq!(
        bad.map_err(|m| m.to_string()),
        Err("EUR allows at most 2 decimals".into())
    );
}

#[test]
fn an_order_total_of_zero_or_over_the_bound_is_refused() {
    let said = |lines: &[Money]| order_subtotal(lines, Currency::EUR).map_err(|m| m.to_string());
    assert_eq!(
        said(&[eur(0)]),
        Err("the order's total must be at least one minor unit (EUR\u{a0}0.01); order more".into())
    );
    assert_eq!(
        said(&[eur(MAX_ORDER_SUBTOTAL_MINOR), eur(1)]),
        Err(
            "the order's total must be at most EUR\u{a0}10,000,000.00; split it into several orders"
                .into()
        )
    );
    let lines = [eur(i64::MAX), eur(i64::MAX)];
    assert_eq!(
        order_subtotal(&lines, Currency::EUR).unwrap_err().key(),
        Some("error-order-total-over")
    );
    assert_eq!(order_subtotal(&[eur(1), eur(2)], Currency::EUR), Ok(eur(3)));
}

/// Every posting of one order's life: paid, refunded in `steps` (per mille of what is left),
/// settled after `settle_after` of them (on what is kept).
fn order_life(c: &Charged, steps: &[u16], settle_after: usize) -> Vec<Posting> {
    let parties = OrderParties {
        seller_coop: 2,
        buyer_coop: 1,
    };
    let mut all = payment_postings(1, c.subtotal).unwrap();
    let mut so_far = Refunded::none(c);
    let mut settled = false;
    for i in 0..=steps.len() {
        if i >= settle_after && !settled {
            let k = kept(c, &so_far).unwrap();
            if k.subtotal.is_positive() {
                all.extend(settlement_postings(parties, k.subtotal, k.fee, &k.split).unwrap());
            }
            settled = true;
        }
        let left = refundable(c, &so_far).unwrap();
        let Some(step) = steps.get(i).filter(|_| left.is_positive()) else {
            continue;
        };
        let a = (left.minor / 1000 * i64::from(*step)).max(1);
        let r = plan_refund(c, &so_far, Money::from_minor(a, c.subtotal.currency)).unwrap();
        if settled && kept(c, &so_far).unwrap().subtotal.is_positive() {
            let remaining = c.split.checked_sub(&so_far.claw_back).unwrap();
            let refund = refund_after_settlement_postings(parties, r.amount, r.fee, &remaining);
            all.extend(refund.unwrap());
        }
        all.extend(payment_reversal_postings(1, r.amount).unwrap());
        so_far = so_far.plus(&r).unwrap();
    }
    all
}

proptest! {
    /// The premise of `MAX_BALANCE_MINOR`: one order, whatever its rate and refunds, moves at
    /// most its subtotal (net) into or out of any account; so a billion orders at the bound stay
    /// within 10^18 minor units per account, and any sum of up to nine such balances in `i64`.
    #[test]
    fn one_order_moves_at_most_its_subtotal_through_any_account(
        subtotal in 1i64..=MAX_ORDER_SUBTOTAL_MINOR,
        basis_points in 0u32..=FeeRate::MAX_BASIS_POINTS,
        steps in prop::collection::vec(1u16..=1000, 0..6),
        settle_after in 0usize..7,
    ) {
        let subtotal = eur(subtotal);
        let fee = FeeRate::from_basis_points(basis_points).unwrap().fee_on(subtotal).unwrap();
        let split = split_fee(fee, &SplitPolicy::default()).unwrap();
        let c = Charged { subtotal, fee, split };
        let mut net: BTreeMap<Account, i128> = BTreeMap::new();
        for p in order_life(&c, &steps, settle_after) {
            *net.entry(p.account).or_default() += i128::from(p.amount.minor);
        }
        for (account, sum) in &net {
            prop_assert!(sum.abs() <= i128::from(subtotal.minor), "{account}: {sum}");
        }
        let worst = i128::from(REALISTIC_ORDERS) * i128::from(MAX_ORDER_SUBTOTAL_MINOR);
        prop_assert_eq!(worst, i128::from(MAX_BALANCE_MINOR));
        prop_assert!(worst * 9 <= i128::from(i64::MAX));
    }

    /// The database's two half sums rebuild the exact sum of any BIGINT values, even where the
    /// sum itself is far beyond `i64` (and each half stays inside `i64`).
    #[test]
    fn split_sums_rebuild_the_exact_sum_of_any_values(
        values in prop::collection::vec(
            prop_oneof![any::<i64>(), Just(i64::MAX), Just(i64::MIN), -5i64..5], 0..200),
    ) {
        let (mut high, mut low) = (0i64, 0i64);
        for v in &values {
            high = high.checked_add(v >> SUM_SPLIT_BITS).unwrap();
            low = low.checked_add(v & ((1i64 << SUM_SPLIT_BITS) - 1)).unwrap();
        }
        let exact: i128 = values.iter().map(|v| i128::from(*v)).sum();
        prop_assert_eq!(split_sum(high, low, Currency::EUR).minor, exact);
    }

    /// Any price and quantity within their bounds make a line total inside `i64`, so placing
    /// an order can only be refused by the subtotal's own bound, never by an overflow.
    #[test]
    fn lines_within_the_bounds_never_overflow(
        prices in prop::collection::vec(1i64..=MAX_PRICE_MINOR, 1..20),
        milli in prop::collection::vec(1i64..=MAX_QUANTITY_MILLI, 20),
    ) {
        let totals: Vec<Money> = prices
            .iter()
            .zip(&milli)
            .map(|(p, q)| eur(*p).mul_quantity_round(Quantity(*q).to_decimal()).unwrap())
            .collect();
        match order_subtotal(&totals, Currency::EUR) {
            Ok(s) => prop_assert!(s.minor > 0 && s.minor <= MAX_ORDER_SUBTOTAL_MINOR),
            Err(e) => prop_assert_eq!(e.key(), Some("error-order-total-over")),
        }
    }
}
