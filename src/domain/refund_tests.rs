//! Tests for `refund`: worked figures, refusals, and properties over random sequences of partial
//! refunds before and after settlement, with the ledger postings the store writes for them.

use super::*;
use crate::domain::fee_split::{split_fee, SplitPolicy};
use crate::domain::ledger::{
    payment_postings, payment_reversal_postings, refund_after_settlement_postings,
    settlement_postings, sums_per_currency, Account, OrderParties, Posting,
};
use crate::domain::money::{Currency, FeeRate};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn charged(minor: i64, currency: Currency) -> Charged {
    let subtotal = Money::from_minor(minor, currency);
    let fee = FeeRate::DEFAULT.fee_on(subtotal).unwrap();
    let split = split_fee(fee, &SplitPolicy::default()).unwrap();
    Charged {
        subtotal,
        fee,
        split,
    }
}

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

#[test]
fn a_quarter_of_a_sixty_euro_order_gives_back_a_quarter_of_the_fee() {
    let c = charged(6_000, Currency::EUR); // fee 2.40: pool 1.20, seller 0.60, buyer 0.60
    let r = plan_refund(&c, &Refunded::none(&c), eur(1_500)).unwrap();
    assert_eq!(r.fee, eur(60));
    assert_eq!(
        (
            r.claw_back.pool,
            r.claw_back.seller_share,
            r.claw_back.buyer_share
        ),
        (eur(30), eur(15), eur(15))
    );
    assert_eq!(r.proceeds().unwrap(), eur(1_440));
    assert!(!r.completes);
    let so_far = Refunded::none(&c).plus(&r).unwrap();
    let k = kept(&c, &so_far).unwrap();
    assert_eq!((k.subtotal, k.fee), (eur(4_500), eur(180)));
    let rest = plan_refund(&c, &so_far, eur(4_500)).unwrap();
    assert!(rest.completes);
    assert_eq!(rest.fee, eur(180));
}

#[test]
fn refusals_say_what_is_left() {
    let c = charged(1_000, Currency::EUR);
    let none = Refunded::none(&c);
    assert_eq!(
        plan_refund(&c, &none, eur(0)),
        Err(RefundError::NotPositive)
    );
    let err = plan_refund(&c, &none, eur(1_001)).unwrap_err();
    assert_eq!(err.to_string(), "at most 10.00 EUR can still be refunded");
}

#[test]
fn fee_parts_of_many_small_refunds_never_exceed_the_fee() {
    // 1 % steps of 0.07 on a fee of 0.05: rounding each step alone would overshoot.
    let c = Charged {
        subtotal: eur(7),
        fee: eur(5),
        split: split_fee(eur(5), &SplitPolicy::default()).unwrap(),
    };
    let mut so_far = Refunded::none(&c);
    for _ in 0..7 {
        let r = plan_refund(&c, &so_far, eur(1)).unwrap();
        so_far = so_far.plus(&r).unwrap();
        assert!(so_far.fee.minor <= 5);
    }
    assert_eq!(so_far.fee, eur(5));
    assert_eq!(so_far.claw_back, c.split);
}

fn balances(all: &[Posting]) -> BTreeMap<Account, i64> {
    let mut b = BTreeMap::new();
    for p in all {
        *b.entry(p.account).or_insert(0) += p.amount.minor;
    }
    b
}

/// Runs the refunds (as fractions of what is left, in per mille), settling after `settle_after`
/// of them, and returns every posting and the sums refunded.
fn run(c: &Charged, steps: &[u16], settle_after: usize) -> (Vec<Vec<Posting>>, Refunded) {
    let parties = OrderParties {
        seller_coop: 2,
        buyer_coop: 1,
    };
    let mut entries = vec![payment_postings(1, c.subtotal).unwrap()];
    let mut so_far = Refunded::none(c);
    let mut settled = false;
    for (i, step) in steps.iter().enumerate() {
        if i == settle_after && !settled {
            let k = kept(c, &so_far).unwrap();
            if k.subtotal.is_positive() {
                entries.push(settlement_postings(parties, k.subtotal, k.fee, &k.split).unwrap());
                settled = true;
            }
        }
        let left = refundable(c, &so_far).unwrap();
        if !left.is_positive() {
            break;
        }
        let a = (left.minor * i64::from(*step) / 1000).max(1);
        let r = plan_refund(c, &so_far, Money::from_minor(a, c.subtotal.currency)).unwrap();
        assert!(r.fee.minor >= 0 && r.fee.minor <= a);
        if settled {
            let remaining = c.split.checked_sub(&so_far.claw_back).unwrap();
            entries.push(
                refund_after_settlement_postings(parties, r.amount, r.fee, &remaining).unwrap(),
            );
        }
        entries.push(payment_reversal_postings(1, r.amount).unwrap());
        so_far = so_far.plus(&r).unwrap();
    }
    (entries, so_far)
}

proptest! {
    #[test]
    fn partial_refunds_never_exceed_the_payment_and_a_full_refund_by_parts_zeroes_every_account(
        minor in 1i64..5_000_000,
        currency in prop_oneof![Just(Currency::EUR), Just(Currency::JPY), Just(Currency::KWD)],
        steps in prop::collection::vec(1u16..=1000, 1..12),
        settle_after in 0usize..12,
    ) {
        let c = charged(minor, currency);
        let (entries, so_far) = run(&c, &steps, settle_after);
        prop_assert!(so_far.amount.minor <= minor);
        prop_assert!(so_far.fee.minor <= c.fee.minor);
        for e in &entries {
            prop_assert!(sums_per_currency(e).unwrap().iter().all(Money::is_zero));
        }
        let all: Vec<Posting> = entries.concat();
        let b = balances(&all);
        if so_far.amount == c.subtotal {
            prop_assert!(b.values().all(|v| *v == 0), "{b:?}");
        } else {
            // What is owed never goes negative: nobody gives back more than it received.
            for (acct, v) in &b {
                if !matches!(acct, Account::GatewayClearing | Account::CoopPayments(_)) {
                    prop_assert!(*v >= 0, "{acct}: {v}");
                }
            }
        }
        // Finishing by one last part of everything left always brings every account to zero.
        let (entries, so_far) = run(&c, &[steps.as_slice(), &[1000]].concat(), settle_after);
        prop_assert_eq!(so_far.amount, c.subtotal);
        prop_assert_eq!(so_far.claw_back, c.split);
        let b = balances(&entries.concat());
        prop_assert!(b.values().all(|v| *v == 0), "{:?}", b);
    }
}
