//! Tests for `ledger`: account names, entry validation, the hash's sensitivity to every field,
//! the worked settlement examples in EUR, JPY and KWD, refunds, and properties over random orders.

use super::*;
use crate::domain::fee_split::{split_fee, FeeSplit, SplitPolicy};
use crate::domain::money::FeeRate;
use proptest::prelude::*;

const PARTIES: OrderParties = OrderParties {
    seller_coop: 12,
    buyer_coop: 7,
};

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

fn p(account: Account, amount: Money) -> Posting {
    Posting::new(account, amount)
}

fn settle(subtotal: Money) -> (Vec<Posting>, FeeSplit) {
    let fee = FeeRate::DEFAULT.fee_on(subtotal).unwrap();
    let split = split_fee(fee, &SplitPolicy::default()).unwrap();
    (
        settlement_postings(PARTIES, subtotal, fee, &split).unwrap(),
        split,
    )
}

fn minors(postings: &[Posting]) -> Vec<(String, i64)> {
    postings
        .iter()
        .map(|p| (p.account.to_string(), p.amount.minor))
        .collect()
}

fn named(rows: &[(&str, i64)]) -> Vec<(String, i64)> {
    rows.iter().map(|(a, m)| (a.to_string(), *m)).collect()
}

#[test]
fn account_names_round_trip() {
    let all = [
        Account::GatewayClearing,
        Account::PayoutsInTransit,
        Account::ProcessorFees,
        Account::Pool,
        Account::CoopProceeds(12),
        Account::CoopFairShare(1),
        Account::CoopReceivable(i32::MAX),
        Account::CoopPayments(7),
    ];
    for account in all {
        assert_eq!(Account::parse(&account.as_str()), Ok(account));
        assert_eq!(account.to_string().parse::<Account>(), Ok(account));
    }
    assert_eq!(Account::CoopProceeds(12).as_str(), "coop:12:proceeds");
    assert_eq!(Account::CoopFairShare(12).as_str(), "coop:12:fair_share");
    assert_eq!(Account::Pool.as_str(), "pool:common");
    assert_eq!(Account::CoopPayments(7).as_str(), "coop:7:payments");
}

#[test]
fn only_canonical_account_names_parse() {
    for bad in [
        "",
        "pool",
        "pool:Common",
        "coop:12",
        "coop:12:",
        "coop::proceeds",
        "coop:012:proceeds",
        "coop:0:proceeds",
        "coop:-1:proceeds",
        "coop:+1:proceeds",
        "coop:1:payouts",
        "coop:99999999999:proceeds",
        "Gateway_clearing",
        " gateway_clearing",
    ] {
        assert_eq!(
            Account::parse(bad),
            Err(LedgerError::UnknownAccount(bad.to_string())),
            "{bad:?}"
        );
    }
}

#[test]
fn an_entry_must_have_postings_that_balance_per_currency() {
    let entry = |postings| JournalEntry::new("k", "settlement", "", postings);
    assert_eq!(entry(vec![]), Err(LedgerError::Empty));
    let err = entry(vec![
        p(Account::Pool, eur(1)),
        p(Account::GatewayClearing, eur(-2)),
    ]);
    assert_eq!(err, Err(LedgerError::Unbalanced(eur(-1))));
    assert_eq!(
        err.unwrap_err().to_string(),
        "the postings in EUR sum to -0.01 EUR, not zero"
    );
    // Two currencies cannot offset each other: there is never any conversion.
    let yen = Money::from_minor(1, Currency::JPY);
    let mixed = entry(vec![
        p(Account::Pool, eur(1)),
        p(Account::GatewayClearing, yen.checked_neg().unwrap()),
    ]);
    assert_eq!(
        mixed,
        Err(LedgerError::Unbalanced(eur(1))),
        "the first currency by code"
    );
    let both = entry(vec![
        p(Account::Pool, eur(1)),
        p(Account::Pool, yen),
        p(Account::GatewayClearing, eur(-1)),
        p(
            Account::GatewayClearing,
            Money::from_minor(-1, Currency::JPY),
        ),
    ])
    .unwrap();
    assert_eq!(both.postings().len(), 4);
    assert_eq!(
        entry(vec![p(Account::Pool, eur(0))]),
        Err(LedgerError::ZeroPosting(Account::Pool))
    );
}

#[test]
fn an_overflowing_entry_is_refused_not_wrapped() {
    let postings = vec![
        p(Account::Pool, eur(i64::MAX)),
        p(Account::Pool, eur(1)),
        p(Account::GatewayClearing, eur(i64::MIN)),
    ];
    let entry = JournalEntry::new("k", "settlement", "", postings);
    assert_eq!(entry, Err(LedgerError::Overflow));
}

#[test]
fn keys_and_kinds_are_checked() {
    let ok = || {
        vec![
            p(Account::Pool, eur(1)),
            p(Account::GatewayClearing, eur(-1)),
        ]
    };
    assert_eq!(
        JournalEntry::new("", "x", "", ok()),
        Err(LedgerError::InvalidKey)
    );
    let long = "k".repeat(MAX_KEY_LEN + 1);
    assert_eq!(
        JournalEntry::new(long, "x", "", ok()),
        Err(LedgerError::InvalidKey)
    );
    assert!(JournalEntry::new("k".repeat(MAX_KEY_LEN), "x", "", ok()).is_ok());
    assert_eq!(
        JournalEntry::new("k", "", "", ok()),
        Err(LedgerError::InvalidKind)
    );
    let entry = JournalEntry::new("settle:17", "settlement", "memo", ok())
        .unwrap()
        .for_order(17);
    assert_eq!(
        (entry.key(), entry.kind(), entry.memo(), entry.order_id()),
        ("settle:17", "settlement", "memo", Some(17))
    );
}

#[test]
fn settling_1234_57_eur_at_4_percent_posts_every_cent() {
    let (postings, _) = settle(eur(123_457));
    let expected = [
        ("gateway_clearing", -123_457),
        ("coop:12:proceeds", 118_519),
        ("pool:common", 2_469),
        ("coop:12:fair_share", 1_235),
        ("coop:7:fair_share", 1_234),
    ];
    assert_eq!(minors(&postings), named(&expected));
    assert!(JournalEntry::new("settle:1", "settlement", "", postings).is_ok());
}

#[test]
fn settling_in_yen_and_kuwaiti_dinar_uses_their_minor_units() {
    // 123457 JPY at 4 % is 4938.28 -> 4938; the pool 2469, shares 1235 / 1234.
    let (yen, _) = settle(Money::from_minor(123_457, Currency::JPY));
    assert!(yen.iter().all(|p| p.amount.currency == Currency::JPY));
    let expected = [
        ("gateway_clearing", -123_457),
        ("coop:12:proceeds", 118_519),
        ("pool:common", 2_469),
        ("coop:12:fair_share", 1_235),
        ("coop:7:fair_share", 1_234),
    ];
    assert_eq!(minors(&yen), named(&expected));
    // 1234.567 KWD at 4 % is 49.38268 -> 49.383; the pool 24.6915 -> 24.692 (half-even), 24.691 left.
    let (dinar, _) = settle(Money::from_minor(1_234_567, Currency::KWD));
    let expected = [
        ("gateway_clearing", -1_234_567),
        ("coop:12:proceeds", 1_185_184),
        ("pool:common", 24_692),
        ("coop:12:fair_share", 12_346),
        ("coop:7:fair_share", 12_345),
    ];
    assert_eq!(minors(&dinar), named(&expected));
}

#[test]
fn a_zero_fee_posts_only_clearing_and_proceeds() {
    let split = split_fee(eur(0), &SplitPolicy::default()).unwrap();
    let postings = settlement_postings(PARTIES, eur(500), eur(0), &split).unwrap();
    assert_eq!(
        minors(&postings),
        named(&[("gateway_clearing", -500), ("coop:12:proceeds", 500)])
    );
}

#[test]
fn inconsistent_settlements_are_refused() {
    let split = split_fee(eur(40), &SplitPolicy::default()).unwrap();
    let refused = |subtotal: Money, fee: Money| settlement_postings(PARTIES, subtotal, fee, &split);
    assert!(matches!(
        refused(eur(0), eur(0)),
        Err(LedgerError::InvalidAmounts(_))
    ));
    assert!(matches!(
        refused(eur(30), eur(40)),
        Err(LedgerError::InvalidAmounts(_))
    ));
    assert!(matches!(
        refused(eur(1000), eur(41)),
        Err(LedgerError::InvalidAmounts(_))
    ));
    let yen = Money::from_minor(1000, Currency::JPY);
    assert!(matches!(refused(yen, eur(40)), Err(LedgerError::Money(_))));
}

#[test]
fn a_full_refund_reverses_the_settlement_to_the_cent() {
    let (settled, split) = settle(eur(123_457));
    let refund =
        refund_after_settlement_postings(PARTIES, eur(123_457), split.total().unwrap(), &split)
            .unwrap();
    let expected = [
        ("gateway_clearing", 123_457),
        ("coop:12:proceeds", -118_519),
        ("pool:common", -2_469),
        ("coop:12:fair_share", -1_235),
        ("coop:7:fair_share", -1_234),
    ];
    assert_eq!(minors(&refund), named(&expected));
    let both: Vec<Posting> = settled.into_iter().chain(refund).collect();
    assert_eq!(sums_per_currency(&both).unwrap(), vec![eur(0)]);
}

#[test]
fn a_partial_refund_claws_back_in_proportion() {
    let (_, split) = settle(eur(123_457));
    // A quarter of the order comes back: 308.64 with its fee 12.35 (of 49.38); the pool's quota
    // 6.175 stays at 6.17, the shares' larger remainders (.875, .625) get the two cents left.
    let refund =
        refund_after_settlement_postings(PARTIES, eur(30_864), eur(1_235), &split).unwrap();
    let expected = [
        ("gateway_clearing", 30_864),
        ("coop:12:proceeds", -29_629),
        ("pool:common", -617),
        ("coop:12:fair_share", -309),
        ("coop:7:fair_share", -309),
    ];
    assert_eq!(minors(&refund), named(&expected));
    assert!(JournalEntry::new("refund:1:1", "refund", "", refund).is_ok());
    let too_much = refund_after_settlement_postings(PARTIES, eur(100), eur(101), &split);
    assert!(matches!(too_much, Err(LedgerError::InvalidAmounts(_))));
    let over_fee = refund_after_settlement_postings(PARTIES, eur(999_999), eur(4_939), &split);
    assert!(matches!(over_fee, Err(LedgerError::Money(_))));
}

fn policy() -> impl Strategy<Value = SplitPolicy> {
    (0u32..=10, 1u32..=10, 0u32..=5, 0u32..=5).prop_filter_map("valid policy", |(n, d, b, s)| {
        SplitPolicy::new(n.min(d), d, b, s).ok()
    })
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::ALL)
}

proptest! {
    #[test]
    fn every_settlement_and_refund_balances(
        subtotal in 1i64..=1_000_000_000_000,
        rate in 0u32..=FeeRate::MAX_BASIS_POINTS,
        policy in policy(),
        currency in currency(),
        refund_per_mille in 1i64..=1000,
    ) {
        let subtotal = Money::from_minor(subtotal, currency);
        let fee = FeeRate::from_basis_points(rate).unwrap().fee_on(subtotal).unwrap();
        let split = split_fee(fee, &policy).unwrap();
        let settled = settlement_postings(PARTIES, subtotal, fee, &split).unwrap();
        prop_assert!(JournalEntry::new("s", "settlement", "", settled.clone()).is_ok());
        let refunded = Money::from_minor((subtotal.minor * refund_per_mille / 1000).max(1), currency);
        let refunded_fee = FeeRate::from_basis_points(rate).unwrap().fee_on(refunded).unwrap();
        let refund = refund_after_settlement_postings(PARTIES, refunded, refunded_fee, &split).unwrap();
        prop_assert!(JournalEntry::new("r", "refund", "", refund.clone()).is_ok());
        // No part gives back more than it received.
        let all: Vec<Posting> = settled.into_iter().chain(refund).collect();
        for account in [Account::Pool, Account::CoopFairShare(12), Account::CoopFairShare(7), Account::CoopProceeds(12)] {
            let net: i64 = all.iter().filter(|p| p.account == account).map(|p| p.amount.minor).sum();
            prop_assert!(net >= 0, "{account} went to {net}");
        }
    }

    #[test]
    fn arbitrary_postings_are_accepted_exactly_when_each_currency_sums_to_zero(
        amounts in prop::collection::vec((-1_000_000i64..1_000_000, 0usize..3), 1..12),
    ) {
        let currencies = [Currency::EUR, Currency::JPY, Currency::KWD];
        let postings: Vec<Posting> = amounts
            .iter()
            .map(|(m, c)| p(Account::Pool, Money::from_minor(*m, currencies[*c])))
            .collect();
        let balanced = currencies.iter().all(|c| {
            postings.iter().filter(|p| p.amount.currency == *c).map(|p| p.amount.minor).sum::<i64>() == 0
        });
        let has_zero = postings.iter().any(|p| p.amount.is_zero());
        let result = JournalEntry::new("k", "test", "", postings);
        prop_assert_eq!(result.is_ok(), balanced && !has_zero);
    }
}
