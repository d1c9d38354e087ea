//! The hash that chains journal entries: SHA-256 over a canonical encoding in which every text
//! field is length-prefixed, so no two different entries encode to the same bytes.

use chrono::{DateTime, SecondsFormat, Utc};
use sha2::{Digest, Sha256};

/// The `prev_hash` of the very first entry: 64 zeros.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Tags the encoding so a future format can never collide with this one.
const FORMAT_TAG: &[u8] = b"cooptrade-ledger-entry-v1";

/// The fields of an entry that its hash covers, besides the previous hash and the postings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryHeader<'a> {
    /// The idempotency key.
    pub key: &'a str,
    /// The entry's kind (settlement, refund ...).
    pub kind: &'a str,
    /// The free-text note.
    pub memo: &'a str,
    /// The order that caused the entry, if any.
    pub order_id: Option<i32>,
    /// When the entry was written; hashed as RFC 3339 UTC with microseconds, as both databases store it.
    pub created_at: DateTime<Utc>,
}

fn field(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_be_bytes());
    h.update(bytes);
}

/// SHA-256 (lowercase hex) of `prev_hash`, the header and the postings `(account, currency code,
/// amount in minor units)` in order; the count of postings is hashed too, so none can be dropped.
pub fn entry_hash<'p>(
    prev_hash: &str,
    header: &EntryHeader<'_>,
    postings: impl IntoIterator<Item = (&'p str, &'p str, i64)>,
) -> String {
    let mut h = Sha256::new();
    field(&mut h, FORMAT_TAG);
    field(&mut h, prev_hash.as_bytes());
    field(&mut h, header.key.as_bytes());
    field(&mut h, header.kind.as_bytes());
    field(&mut h, header.memo.as_bytes());
    match header.order_id {
        None => h.update([0u8]),
        Some(id) => {
            h.update([1u8]);
            h.update(id.to_be_bytes());
        }
    }
    let at = header
        .created_at
        .to_rfc3339_opts(SecondsFormat::Micros, true);
    field(&mut h, at.as_bytes());
    // The postings follow the fixed-size header; each is framed, and the count closes the list.
    let mut count: u64 = 0;
    for (account, currency, amount) in postings {
        h.update([b'P']);
        field(&mut h, account.as_bytes());
        field(&mut h, currency.as_bytes());
        h.update(amount.to_be_bytes());
        count += 1;
    }
    h.update([b'E']);
    h.update(count.to_be_bytes());
    hex::encode(h.finalize())
}

#[cfg(test)]
#[path = "hash_tests.rs"]
mod tests;
