//! Tests for the chain hash: deterministic, sensitive to every field, fields framed.

use super::*;
use crate::domain::ledger::{Account, JournalEntry, Posting};
use crate::domain::money::{Currency, Money};
use chrono::TimeZone;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).unwrap()
}

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

fn p(account: Account, amount: Money) -> Posting {
    Posting::new(account, amount)
}

#[test]
fn the_hash_covers_every_field_and_frames_them() {
    let legs = [
        ("pool:common", "EUR", 1_i64),
        ("gateway_clearing", "EUR", -1),
    ];
    let header = EntryHeader {
        key: "settle:1",
        kind: "settlement",
        memo: "m",
        order_id: Some(1),
        created_at: at(),
    };
    let base = entry_hash(GENESIS_HASH, &header, legs);
    assert_eq!(base.len(), 64);
    assert_eq!(
        base,
        entry_hash(GENESIS_HASH, &header, legs),
        "deterministic"
    );
    let micro = at() + chrono::Duration::microseconds(1);
    let variants = [
        entry_hash(&"1".repeat(64), &header, legs),
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                key: "settle:2",
                ..header
            },
            legs,
        ),
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                kind: "refund",
                ..header
            },
            legs,
        ),
        entry_hash(GENESIS_HASH, &EntryHeader { memo: "", ..header }, legs),
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                order_id: None,
                ..header
            },
            legs,
        ),
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                order_id: Some(0),
                ..header
            },
            legs,
        ),
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                created_at: micro,
                ..header
            },
            legs,
        ),
        entry_hash(GENESIS_HASH, &header, [legs[1], legs[0]]),
        entry_hash(GENESIS_HASH, &header, [legs[0]]),
        entry_hash(GENESIS_HASH, &header, [("pool:common", "EUR", 2), legs[1]]),
        entry_hash(GENESIS_HASH, &header, [("pool:common", "JPY", 1), legs[1]]),
        // Moving a character from one field to the next changes the bytes: fields are framed.
        entry_hash(
            GENESIS_HASH,
            &EntryHeader {
                key: "settle:",
                kind: "1settlement",
                ..header
            },
            legs,
        ),
    ];
    for (i, v) in variants.iter().enumerate() {
        assert_ne!(v, &base, "variant {i}");
    }
    let entry = JournalEntry::new(
        "settle:1",
        "settlement",
        "m",
        vec![
            p(Account::Pool, eur(1)),
            p(Account::GatewayClearing, eur(-1)),
        ],
    )
    .unwrap()
    .for_order(1);
    assert_eq!(entry.hash(GENESIS_HASH, at()), base);
}
