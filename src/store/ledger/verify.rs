//! `verify`: walks every entry in id order with its postings, a page at a time (two queries per
//! page of entries, never one per entry), re-linking the hash chain, recomputing each entry's
//! hash and checking that its postings sum to zero in every currency.
use std::collections::BTreeMap;
use std::fmt;

use entity::{journal_entry, posting};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::ledger::{entry_hash, EntryHeader, GENESIS_HASH};
use crate::error::AppError;

/// Entries read per page; their postings come in one query right after.
const PAGE: u64 = 20_000;

/// `(entry_id, account, currency, amount_minor)` of one stored posting.
type Leg = (i64, String, String, i64);

/// The first entry that fails verification, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadEntry {
    pub entry_id: i64,
    /// The entry's idempotency key (empty for postings whose entry is missing).
    pub key: String,
    pub reason: String,
}

impl fmt::Display for BadEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "entry {} ({}): {}", self.entry_id, self.key, self.reason)
    }
}

/// What `verify` found: counts, the sum per currency, the chain's head and the first bad entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    pub entries: u64,
    pub postings: u64,
    /// The sum of all postings per currency code (all zero in a sound ledger); `i128` so that
    /// tampered amounts cannot overflow the check itself.
    pub balances: Vec<(String, i128)>,
    /// The last entry's hash: record it elsewhere to detect the removal of the newest entries.
    pub head_hash: String,
    pub first_bad: Option<BadEntry>,
}

impl VerifyReport {
    /// True when every entry links, hashes and balances, and every currency sums to zero.
    pub fn is_ok(&self) -> bool {
        self.first_bad.is_none() && self.balances.iter().all(|(_, sum)| *sum == 0)
    }
}

impl fmt::Display for VerifyReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ledger: {} entries, {} postings, head {}",
            self.entries, self.postings, self.head_hash
        )?;
        for (currency, sum) in &self.balances {
            let state = if *sum == 0 {
                "balanced"
            } else {
                "NOT balanced"
            };
            writeln!(f, "  {currency}: postings sum to {sum} ({state})")?;
        }
        match &self.first_bad {
            None if self.is_ok() => writeln!(f, "ledger OK"),
            None => writeln!(f, "ledger NOT OK: the currencies do not sum to zero"),
            Some(bad) => writeln!(f, "ledger NOT OK: {bad}"),
        }
    }
}

/// Walks the ledger, keeps the running state and remembers the first fault.
struct Walk {
    report: VerifyReport,
    totals: BTreeMap<String, i128>,
}

impl Walk {
    fn flag(&mut self, entry_id: i64, key: &str, reason: String) {
        if self.report.first_bad.is_none() {
            let key = key.to_string();
            self.report.first_bad = Some(BadEntry {
                entry_id,
                key,
                reason,
            });
        }
    }

    fn add_totals(&mut self, legs: &[Leg]) {
        for (_, _, currency, amount) in legs {
            match self.totals.get_mut(currency.as_str()) {
                Some(sum) => *sum += i128::from(*amount),
                None => {
                    self.totals.insert(currency.clone(), i128::from(*amount));
                }
            }
        }
        self.report.postings += legs.len() as u64;
    }

    fn orphans(&mut self, legs: &[Leg]) {
        self.add_totals(legs);
        if let Some((entry_id, ..)) = legs.first() {
            let reason = "postings whose entry is missing — an entry was removed".to_string();
            self.flag(*entry_id, "", reason);
        }
    }

    fn entry(&mut self, entry: &journal_entry::Model, legs: &[Leg]) {
        self.add_totals(legs);
        self.report.entries += 1;
        if let Some(reason) = fault(entry, legs, &self.report.head_hash) {
            self.flag(entry.id, &entry.idempotency_key, reason);
        }
        self.report.head_hash.clone_from(&entry.hash);
    }
}

/// Why one entry is bad, given the hash of the entry before it; `None` when it is sound.
fn fault(entry: &journal_entry::Model, legs: &[Leg], expected_prev: &str) -> Option<String> {
    if entry.prev_hash != expected_prev {
        return Some(
            "does not follow the entry before it — an entry was removed or reordered".into(),
        );
    }
    let header = EntryHeader {
        key: &entry.idempotency_key,
        kind: &entry.kind,
        memo: &entry.memo,
        order_id: entry.order_id,
        created_at: entry.created_at,
    };
    let fields = legs
        .iter()
        .map(|(_, account, currency, amount)| (account.as_str(), currency.as_str(), *amount));
    if entry_hash(&entry.prev_hash, &header, fields) != entry.hash {
        return Some("hash mismatch — edited or reordered".into());
    }
    if legs.is_empty() {
        return Some("has no postings".into());
    }
    let mut sums: Vec<(&str, i128)> = Vec::new();
    for (_, _, currency, amount) in legs {
        match sums.iter_mut().find(|(c, _)| *c == currency.as_str()) {
            Some((_, sum)) => *sum += i128::from(*amount),
            None => sums.push((currency.as_str(), i128::from(*amount))),
        }
    }
    let (currency, sum) = sums.into_iter().find(|(_, sum)| *sum != 0)?;
    Some(format!("its {currency} postings sum to {sum}, not zero"))
}

async fn legs_after(
    db: &impl ConnectionTrait,
    after: i64,
    up_to: Option<i64>,
) -> Result<Vec<Leg>, AppError> {
    let mut query = posting::Entity::find()
        .select_only()
        .columns([
            posting::Column::EntryId,
            posting::Column::Account,
            posting::Column::Currency,
            posting::Column::AmountMinor,
        ])
        .filter(posting::Column::EntryId.gt(after));
    if let Some(last) = up_to {
        query = query.filter(posting::Column::EntryId.lte(last));
    }
    let legs = query
        .order_by_asc(posting::Column::EntryId)
        .order_by_asc(posting::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(legs)
}

/// Re-proves the whole ledger: every entry follows the one before it (by hash), hashes to what
/// it stores, has postings, and balances per currency; every posting belongs to an entry.
/// Keeps going after a fault so the counts and sums cover everything; reports the first fault.
pub async fn verify(db: &impl ConnectionTrait) -> Result<VerifyReport, AppError> {
    let mut walk = Walk {
        report: VerifyReport {
            entries: 0,
            postings: 0,
            balances: Vec::new(),
            head_hash: GENESIS_HASH.to_string(),
            first_bad: None,
        },
        totals: BTreeMap::new(),
    };
    let mut after = 0_i64;
    loop {
        let entries = journal_entry::Entity::find()
            .filter(journal_entry::Column::Id.gt(after))
            .order_by_asc(journal_entry::Column::Id)
            .limit(PAGE)
            .all(db)
            .await?;
        let last_page = (entries.len() as u64) < PAGE;
        // The last page reads every posting left, so none escapes the check.
        let up_to = if last_page {
            None
        } else {
            entries.last().map(|e| e.id)
        };
        let legs = legs_after(db, after, up_to).await?;
        let mut rest = legs.as_slice();
        for entry in &entries {
            let before = rest.partition_point(|leg| leg.0 < entry.id);
            walk.orphans(&rest[..before]);
            rest = &rest[before..];
            let mine = rest.partition_point(|leg| leg.0 == entry.id);
            walk.entry(entry, &rest[..mine]);
            rest = &rest[mine..];
        }
        walk.orphans(rest);
        match entries.last() {
            Some(last) if !last_page => after = last.id,
            _ => break,
        }
    }
    walk.report.balances = walk.totals.into_iter().collect();
    Ok(walk.report)
}
