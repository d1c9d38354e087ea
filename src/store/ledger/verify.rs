//! `verify`: walks every entry in id order with its postings, a range of ids at a time (one
//! query per page, never one per entry), re-linking the hash chain, recomputing each entry's
//! hash and checking that its postings sum to zero in every currency.
//!
//! Postings come aggregated per entry (`string_agg ... ORDER BY id`, the same SQL on SQLite
//! 3.44+ and PostgreSQL): the driver's cost is per row, and a million postings are then
//! about 200,000 rows.
//! The integers in the SQL are ids we computed, so formatting them in is safe and keeps one
//! SQL text for both backends' placeholder styles.
use std::collections::{BTreeMap, VecDeque};
use std::fmt;

use entity::journal_entry;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, FromQueryResult, QueryResult, Statement,
};

use crate::domain::ledger::{entry_hash, EntryHeader, GENESIS_HASH};
use crate::error::AppError;

/// Entry ids per page; each page is one query.
const PAGE: i64 = 5_000;

/// Pages PostgreSQL works on while the one before is checked (see `walk_prefetched`).
const AHEAD: usize = 3;

/// One entry's postings, `account|currency|amount|kept` joined by `;` in posting order, where
/// `kept` is the posting's stored balance after it, `high:low` (`-` when none). One ordered
/// aggregate, not one for the postings and one for their balances: PostgreSQL 15 sorts each
/// entry's rows once per ordered aggregate.
const LEGS_AGG: &str = "string_agg(postings.account || '|' || postings.currency || '|' || \
     CAST(postings.amount_minor AS TEXT) || '|' || COALESCE(CAST(r.sum_high AS TEXT) || ':' || \
     CAST(r.sum_low AS TEXT), '-'), ';' ORDER BY postings.id)";

/// The postings of one entry as the database aggregated them, with their count.
struct Bundle {
    entry_id: i64,
    count: i64,
    text: String,
}

/// `(account, currency, amount_minor)` of one stored posting.
type Leg<'a> = (&'a str, &'a str, i64);

/// Splits a bundle into its postings and each one's stored balance after it; `None` when a
/// record is malformed or the count differs, so a separator smuggled into a field can neither
/// merge two rows nor split one.
fn legs(bundle: &Bundle) -> Option<(Vec<Leg<'_>>, Vec<&str>)> {
    let capacity = usize::try_from(bundle.count).ok()?;
    let (mut legs, mut kept) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
    for record in bundle.text.split(';') {
        let mut fields = record.split('|');
        let (Some(account), Some(currency), Some(amount), Some(balance), None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            return None;
        };
        legs.push((account, currency, amount.parse().ok()?));
        kept.push(balance);
    }
    (i64::try_from(legs.len()).ok()? == bundle.count).then_some((legs, kept))
}

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
    /// The first account whose maintained balance (`account_balances`) is not the sum of its
    /// postings, and both figures.
    pub stale_balance: Option<String>,
}

impl VerifyReport {
    /// True when every entry links, hashes and balances, every currency sums to zero, and every
    /// maintained balance is the sum of its account's postings.
    pub fn is_ok(&self) -> bool {
        self.first_bad.is_none()
            && self.stale_balance.is_none()
            && self.balances.iter().all(|(_, sum)| *sum == 0)
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
        match (&self.first_bad, &self.stale_balance) {
            (None, _) if self.is_ok() => writeln!(f, "ledger OK"),
            (Some(bad), _) => writeln!(f, "ledger NOT OK: {bad}"),
            (None, Some(stale)) => writeln!(f, "ledger NOT OK: {stale}"),
            (None, None) => writeln!(f, "ledger NOT OK: the currencies do not sum to zero"),
        }
    }
}

/// Walks the ledger, keeps the running state and remembers the first fault.
struct Walk {
    report: VerifyReport,
    totals: BTreeMap<String, i128>,
    /// Sums per currency, then account, to prove the maintained balances.
    accounts: BTreeMap<String, BTreeMap<String, i128>>,
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

    /// Adds postings to the sums; with an entry's id, checks each one's stored balance.
    fn add_totals(&mut self, legs: &[Leg<'_>], kept: Option<(i64, &[&str])>) {
        let mut stored = kept.map(|(entry, k)| (entry, k.iter().copied()));
        for (account, currency, amount) in legs {
            let per_account = match self.accounts.get_mut(*currency) {
                Some(m) => m,
                None => self.accounts.entry(currency.to_string()).or_default(),
            };
            let sum = match per_account.get_mut(*account) {
                Some(sum) => {
                    *sum += i128::from(*amount);
                    *sum
                }
                None => {
                    per_account.insert(account.to_string(), i128::from(*amount));
                    i128::from(*amount)
                }
            };
            if let Some((entry, next)) = stored.as_mut().map(|(e, it)| (*e, it.next())) {
                self.check_kept(entry, account, currency, sum, next);
            }
            match self.totals.get_mut(*currency) {
                Some(sum) => *sum += i128::from(*amount),
                None => {
                    self.totals
                        .insert(currency.to_string(), i128::from(*amount));
                }
            }
        }
    }

    /// The first posting whose stored balance (`posting_balances`) is not its account's sum.
    fn check_kept(
        &mut self,
        entry: i64,
        account: &str,
        currency: &str,
        sum: i128,
        kept: Option<&str>,
    ) {
        if self.report.stale_balance.is_some() {
            return;
        }
        let parsed = kept.and_then(|k| k.split_once(':')).and_then(|(h, l)| {
            Some((i128::from(h.parse::<i64>().ok()?) << 32) + i128::from(l.parse::<i64>().ok()?))
        });
        if parsed != Some(sum) {
            let kept = parsed.map_or("missing".to_string(), |k| k.to_string());
            self.report.stale_balance = Some(format!(
                "entry {entry}: the balance stored after its posting to {account} in {currency} \
                 is {kept}, its postings sum to {sum}"
            ));
        }
    }

    fn orphans(&mut self, bundles: &[Bundle]) {
        for bundle in bundles {
            self.report.postings += bundle.count.unsigned_abs();
            self.add_totals(&legs(bundle).unwrap_or_default().0, None);
            let reason = "postings whose entry is missing — an entry was removed".to_string();
            self.flag(bundle.entry_id, "", reason);
        }
    }

    fn entry(&mut self, entry: &journal_entry::Model, bundle: Option<&Bundle>) {
        self.report.entries += 1;
        let parsed = match bundle {
            None => Some((Vec::new(), Vec::new())),
            Some(b) => {
                self.report.postings += b.count.unsigned_abs();
                legs(b)
            }
        };
        let reason = match &parsed {
            None => Some("a posting holds a separator — edited".to_string()),
            Some((legs, kept)) => {
                self.add_totals(legs, Some((entry.id, kept)));
                fault(entry, legs, &self.report.head_hash)
            }
        };
        if let Some(reason) = reason {
            self.flag(entry.id, &entry.idempotency_key, reason);
        }
        self.report.head_hash.clone_from(&entry.hash);
    }
}

/// Why one entry is bad, given the hash of the entry before it; `None` when it is sound.
fn fault(entry: &journal_entry::Model, legs: &[Leg<'_>], expected_prev: &str) -> Option<String> {
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
    if entry_hash(&entry.prev_hash, &header, legs.iter().copied()) != entry.hash {
        return Some("hash mismatch — edited or reordered".into());
    }
    if legs.is_empty() {
        return Some("has no postings".into());
    }
    let mut sums: Vec<(&str, i128)> = Vec::new();
    for (_, currency, amount) in legs {
        match sums.iter_mut().find(|(c, _)| c == currency) {
            Some((_, sum)) => *sum += i128::from(*amount),
            None => sums.push((currency, i128::from(*amount))),
        }
    }
    let (currency, sum) = sums.into_iter().find(|(_, sum)| *sum != 0)?;
    Some(format!("its {currency} postings sum to {sum}, not zero"))
}

/// The entries with ids in `(lo, hi]`, each with its postings aggregated (ids are ours, not input).
///
/// On PostgreSQL the stored balances are joined within the page's posting ids (`k`): a bound
/// that changes nothing (every joined row has its posting's id) but lets it read them by a
/// range of the primary key; unbounded, it hashed all of `posting_balances` for every page
/// (230 against 50 ms a page at 1,000,000 postings). SQLite looks each one up by its key.
fn page_sql(backend: DbBackend, lo: i64, hi: i64) -> String {
    let (with, postings, bound) = match backend {
        DbBackend::Postgres => (
            format!(
                "WITH p AS MATERIALIZED (SELECT id, entry_id, account, currency, amount_minor \
                 FROM postings WHERE entry_id > {lo} AND entry_id <= {hi}), \
                 k AS MATERIALIZED (SELECT MIN(id) AS lo, MAX(id) AS hi FROM p) "
            ),
            "p postings",
            " AND r.posting_id >= (SELECT lo FROM k) AND r.posting_id <= (SELECT hi FROM k)",
        ),
        _ => (String::new(), "postings", ""),
    };
    format!(
        "{with}SELECT e.id, e.idempotency_key, e.kind, e.memo, e.order_id, e.created_at, \
         e.prev_hash, e.hash, b.n, b.legs FROM journal_entries e LEFT JOIN (SELECT \
         postings.entry_id, COUNT(*) AS n, {LEGS_AGG} AS legs \
         FROM {postings} LEFT JOIN posting_balances r ON r.posting_id = postings.id{bound} \
         WHERE postings.entry_id > {lo} AND postings.entry_id <= {hi} \
         GROUP BY postings.entry_id) b ON b.entry_id = e.id \
         WHERE e.id > {lo} AND e.id <= {hi} ORDER BY e.id"
    )
}

fn bundle(row: &QueryResult, entry_id: i64) -> Result<Option<Bundle>, AppError> {
    let count: Option<i64> = row.try_get("", "n")?;
    let text: Option<String> = row.try_get("", "legs")?;
    Ok(count.zip(text).map(|(count, text)| Bundle {
        entry_id,
        count,
        text,
    }))
}

async fn single_i64(db: &impl ConnectionTrait, sql: &str) -> Result<Option<i64>, AppError> {
    let row = db
        .query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    Ok(row
        .map(|r| r.try_get::<Option<i64>>("", "v"))
        .transpose()?
        .flatten())
}

/// Postings whose entry does not exist (only possible when someone bypassed the foreign key).
async fn orphans(db: &impl ConnectionTrait) -> Result<Vec<Bundle>, AppError> {
    let sql = format!(
        "SELECT entry_id, COUNT(*) AS n, {LEGS_AGG} AS legs FROM postings \
         LEFT JOIN posting_balances r ON r.posting_id = postings.id WHERE NOT EXISTS \
         (SELECT 1 FROM journal_entries e WHERE e.id = postings.entry_id) \
         GROUP BY entry_id ORDER BY entry_id"
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let mut bundles = Vec::with_capacity(rows.len());
    for row in rows {
        let entry_id: i64 = row.try_get("", "entry_id")?;
        bundles.extend(bundle(&row, entry_id)?);
    }
    Ok(bundles)
}

impl Walk {
    fn page(&mut self, rows: &[QueryResult]) -> Result<(), AppError> {
        for row in rows {
            let entry = journal_entry::Model::from_query_result(row, "")?;
            let bundle = bundle(row, entry.id)?;
            self.entry(&entry, bundle.as_ref());
        }
        Ok(())
    }
}

fn page_query(db: &DatabaseConnection, lo: i64) -> Statement {
    Statement::from_string(
        db.get_database_backend(),
        page_sql(db.get_database_backend(), lo, lo.saturating_add(PAGE)),
    )
}

/// PostgreSQL: up to `AHEAD` pages are fetched by tasks of their own, on other pool connections,
/// while this task checks the page before, so PostgreSQL's backends use the other core.
async fn walk_prefetched(
    db: &DatabaseConnection,
    walk: &mut Walk,
    max_id: i64,
) -> Result<(), AppError> {
    let fetch = |lo: i64| {
        let db = db.clone();
        tokio::spawn(async move { db.query_all_raw(page_query(&db, lo)).await })
    };
    let mut next = 0_i64;
    let mut in_flight = VecDeque::with_capacity(AHEAD);
    while next < max_id && in_flight.len() < AHEAD {
        in_flight.push_back(fetch(next));
        next = next.saturating_add(PAGE);
    }
    while let Some(page) = in_flight.pop_front() {
        let rows = page
            .await
            .map_err(|e| AppError::Internal(format!("a ledger page's query failed: {e}")))??;
        if next < max_id {
            in_flight.push_back(fetch(next));
            next = next.saturating_add(PAGE);
        }
        walk.page(&rows)?;
    }
    Ok(())
}

/// SQLite: the next page's query is sent before this page is checked, in this task (readers on
/// more connections only contend there).
async fn walk_pipelined(
    db: &DatabaseConnection,
    walk: &mut Walk,
    max_id: i64,
) -> Result<(), AppError> {
    let mut lo = 0_i64;
    let mut rows = if max_id > 0 {
        db.query_all_raw(page_query(db, lo)).await?
    } else {
        Vec::new()
    };
    while lo < max_id {
        lo = lo.saturating_add(PAGE);
        let next = async {
            if lo < max_id {
                db.query_all_raw(page_query(db, lo)).await
            } else {
                Ok(Vec::new())
            }
        };
        let (next, walked) = tokio::join!(next, async { walk.page(&rows) });
        walked?;
        rows = next?;
    }
    Ok(())
}

/// Re-proves the whole ledger: every entry follows the one before it (by hash), hashes to what
/// it stores, has postings, and balances per currency; every posting belongs to an entry.
/// Keeps going after a fault so the counts and sums cover everything; reports the first fault.
pub async fn verify(db: &DatabaseConnection) -> Result<VerifyReport, AppError> {
    let mut walk = Walk {
        report: VerifyReport {
            entries: 0,
            postings: 0,
            balances: Vec::new(),
            head_hash: GENESIS_HASH.to_string(),
            first_bad: None,
            stale_balance: None,
        },
        totals: BTreeMap::new(),
        accounts: BTreeMap::new(),
    };
    // Read before walking: entries posted meanwhile are not covered, and cannot look orphaned.
    let stored = single_i64(db, "SELECT COUNT(*) AS v FROM postings").await?;
    // The maintained balances and the last entry they cover, in one statement.
    let (max_id, maintained) = super::balances::snapshot(db).await?;
    // Pages are id ranges, so a page's postings are aggregated in the same query.
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        walk_prefetched(db, &mut walk, max_id).await?;
    } else {
        walk_pipelined(db, &mut walk, max_id).await?;
    }
    if walk.report.postings < stored.unwrap_or(0).unsigned_abs() {
        walk.orphans(&orphans(db).await?);
    }
    walk.report.balances = walk.totals.into_iter().collect();
    if walk.report.stale_balance.is_none() {
        walk.report.stale_balance = stale_balance(&walk.accounts, &maintained);
    }
    Ok(walk.report)
}

/// The first (account, currency) whose maintained balance differs from its postings' sum.
fn stale_balance(
    walked: &BTreeMap<String, BTreeMap<String, i128>>,
    maintained: &BTreeMap<(String, String), i128>,
) -> Option<String> {
    let mut sums: BTreeMap<(&str, &str), (i128, i128)> = BTreeMap::new();
    for (currency, accounts) in walked {
        for (account, sum) in accounts {
            sums.entry((account, currency)).or_default().0 = *sum;
        }
    }
    for ((account, currency), sum) in maintained {
        sums.entry((account, currency)).or_default().1 = *sum;
    }
    sums.into_iter()
        .find(|(_, (posted, kept))| posted != kept)
        .map(|((account, currency), (posted, kept))| {
            format!(
                "the balance kept for {account} in {currency} is {kept}, its postings sum to {posted}"
            )
        })
}
