//! The ledger in the database: posting journal entries (idempotent by key, chained by hash),
//! balances, account statements, and `verify`, which re-proves the whole chain.
//!
//! Callers post inside their own write transaction (`db::begin_write`), together with the state
//! change that causes the entry.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use entity::{journal_entry, posting};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set, Statement,
};

use crate::domain::ledger::{Account, JournalEntry, GENESIS_HASH};
use crate::domain::money::Currency;
use crate::error::{AppError, Msg};

mod balances;
pub mod pool_totals;
pub mod statement;
mod verify;

pub use balances::{
    add_postings, balance_exact, balances, balances_of, ledger_page, record_running, trial_balance,
    AccountBalance, LedgerPage,
};
pub use statement::{entries_for_account, AccountStatement, StatementLine};
pub use verify::{verify, BadEntry, VerifyReport};

/// The key of the PostgreSQL advisory lock that keeps the hash chain linear ("ledger").
const CHAIN_LOCK_KEY: i64 = 0x6c65_6467_6572;

/// What `post` did with a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostOutcome {
    /// The entry was written with this id.
    Posted(i64),
    /// An identical entry with the same key was already written, with this id; nothing was written.
    AlreadyPosted(i64),
}

impl PostOutcome {
    /// The id of the entry, new or earlier.
    pub fn entry_id(&self) -> i64 {
        match self {
            PostOutcome::Posted(id) | PostOutcome::AlreadyPosted(id) => *id,
        }
    }
}

/// Writes a balanced entry after the latest one, or returns the entry already posted under its
/// key. Run it inside a write transaction: on PostgreSQL it takes a transaction-scoped advisory
/// lock so concurrent writers extend the chain one at a time (SQLite's IMMEDIATE transaction
/// already serializes writers). Reusing a key for a different entry is a `Conflict`.
pub async fn post(db: &impl ConnectionTrait, draft: JournalEntry) -> Result<PostOutcome, AppError> {
    post_all(db, vec![draft])
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal("ledger: no outcome for the entry".into()))
}

/// `post` for several entries, chained in the order given, in as few round trips as the
/// backend allows whatever their number: the lock on PostgreSQL, one query for the keys already
/// used and the chain's head, then one statement writing the entries and their postings on
/// PostgreSQL (a data-modifying `WITH`), two on SQLite.
pub async fn post_all(
    db: &impl ConnectionTrait,
    drafts: Vec<JournalEntry>,
) -> Result<Vec<PostOutcome>, AppError> {
    if drafts.is_empty() {
        return Ok(Vec::new());
    }
    lock(db).await?;
    let (existing, head) = keys_and_head(db, &drafts).await?;
    let mut outcomes = Vec::with_capacity(drafts.len());
    let mut new: Vec<&JournalEntry> = Vec::new();
    for (n, draft) in drafts.iter().enumerate() {
        if let Some(id) = existing.get(draft.key()) {
            let entry = journal_entry::Entity::find_by_id(*id)
                .one(db)
                .await?
                .ok_or_else(|| AppError::Internal(format!("ledger entry {id} vanished")))?;
            ensure_same_entry(db, &entry, draft).await?;
            outcomes.push(Some(PostOutcome::AlreadyPosted(entry.id)));
        } else if drafts[..n].iter().any(|d| d.key() == draft.key()) {
            return Err(AppError::Conflict(
                Msg::code("ledger-error-posted-twice").arg("key", draft.key()),
            ));
        } else {
            new.push(draft);
            outcomes.push(None);
        }
    }
    let ids = if new.is_empty() {
        Default::default()
    } else {
        let created_at = super::now();
        let mut prev = head.unwrap_or_else(|| GENESIS_HASH.to_string());
        let chain: Vec<Chained> = new
            .iter()
            .map(|&draft| {
                let hash = draft.hash(&prev, created_at);
                Chained {
                    draft,
                    prev_hash: std::mem::replace(&mut prev, hash.clone()),
                    hash,
                }
            })
            .collect();
        let written = match db.get_database_backend() {
            DbBackend::Postgres => insert_with_postings(db, &chain, created_at).await,
            _ => insert_then_postings(db, &chain, created_at).await,
        };
        // The maintained balances move in the postings' own transaction (crash-safe).
        let legs = new.iter().flat_map(|d| d.postings()).map(|p| {
            let account = p.account.as_str().into_owned();
            (
                account,
                p.amount.currency.code().to_string(),
                p.amount.minor,
            )
        });
        let written = match written {
            Ok(ids) => balances::add_postings(db, legs).await.map(|()| ids),
            Err(e) => Err(e),
        };
        let written = match written {
            Ok(ids) => match ids.values().min() {
                Some(&first) => balances::record_running(db, first).await.map(|()| ids),
                None => Ok(ids),
            },
            Err(e) => Err(e),
        };
        let at = new.iter().map(|&d| (d, created_at));
        let written = match written {
            Ok(ids) => pool_totals::add_entries(db, at).await.map(|()| ids),
            Err(e) => Err(e),
        };
        written.map_err(|e| {
            if super::is_unique_violation(&e) {
                AppError::Conflict(Msg::code("ledger-error-concurrent"))
            } else {
                e.into()
            }
        })?
    };
    drafts
        .iter()
        .zip(outcomes)
        .map(|(draft, done)| match done {
            Some(done) => Ok(done),
            None => ids
                .get(draft.key())
                .map(|id| PostOutcome::Posted(*id))
                .ok_or_else(|| AppError::Internal(format!("ledger: no id for {}", draft.key()))),
        })
        .collect()
}

/// The ids of the entries already posted under the drafts' keys, and the hash of the latest
/// entry (none before the first), in one query.
async fn keys_and_head(
    db: &impl ConnectionTrait,
    drafts: &[JournalEntry],
) -> Result<(HashMap<String, i64>, Option<String>), AppError> {
    let backend = db.get_database_backend();
    let mut binds = super::Binds::new(backend);
    let keys = if backend == DbBackend::Postgres {
        format!(
            "= ANY({})",
            binds.array(drafts.iter().map(|d| Some(d.key())), "text")
        )
    } else {
        let keys: Vec<String> = drafts.iter().map(|d| binds.push(d.key())).collect();
        format!("IN ({})", keys.join(", "))
    };
    let sql = format!(
        "SELECT id, idempotency_key AS k, hash FROM journal_entries WHERE idempotency_key {keys} \
         UNION ALL SELECT * FROM (SELECT id, NULL AS k, hash FROM journal_entries \
         ORDER BY id DESC LIMIT 1) AS head"
    );
    let (mut existing, mut head) = (HashMap::new(), None);
    for row in db.query_all_raw(binds.statement(sql)).await? {
        match row.try_get::<Option<String>>("", "k")? {
            Some(key) => {
                existing.insert(key, row.try_get("", "id")?);
            }
            None => head = Some(row.try_get("", "hash")?),
        }
    }
    Ok((existing, head))
}

/// The columns `post` writes of an entry, in the order both backends give their values.
const ENTRY_COLUMNS: &str = "idempotency_key, kind, memo, order_id, created_at, prev_hash, hash";

/// A new entry in its place in the chain.
struct Chained<'a> {
    draft: &'a JournalEntry,
    prev_hash: String,
    hash: String,
}

/// PostgreSQL: the entries and their postings in one statement (a data-modifying `WITH`) that
/// takes them as arrays, so its text is the same for any number of rows and is planned once per
/// connection (written into the text as rows, nearly every batch of orders made a new
/// statement). The entries take their ids in the order of their rows, which is the chain's;
/// the postings are inserted in each draft's order (their ids are the order `verify` hashes
/// them in).
async fn insert_with_postings(
    db: &impl ConnectionTrait,
    chain: &[Chained<'_>],
    created_at: DateTime<Utc>,
) -> Result<HashMap<String, i64>, sea_orm::DbErr> {
    let mut b = super::Binds::new(DbBackend::Postgres);
    let entries = [
        b.array(chain.iter().map(|c| Some(c.draft.key())), "text"),
        b.array(chain.iter().map(|c| Some(c.draft.kind())), "text"),
        b.array(chain.iter().map(|c| Some(c.draft.memo())), "text"),
        b.array(chain.iter().map(|c| c.draft.order_id()), "integer"),
        b.array(chain.iter().map(|c| Some(&c.prev_hash)), "text"),
        b.array(chain.iter().map(|c| Some(&c.hash)), "text"),
    ];
    let at = b.push(created_at);
    let postings = || {
        chain.iter().flat_map(|c| {
            c.draft
                .postings()
                .iter()
                .enumerate()
                .map(move |(n, p)| (c.draft.key(), n, p))
        })
    };
    let postings = [
        b.array(postings().map(|(k, _, _)| Some(k)), "text"),
        b.array(postings().map(|(_, n, _)| Some(n)), "integer"),
        b.array(postings().map(|(_, _, p)| Some(p.account.as_str())), "text"),
        b.array(
            postings().map(|(_, _, p)| Some(p.amount.currency.code())),
            "text",
        ),
        b.array(postings().map(|(_, _, p)| Some(p.amount.minor)), "bigint"),
    ];
    let sql = format!(
        "WITH v AS (SELECT * FROM unnest({}) WITH ORDINALITY \
         AS v(idempotency_key, kind, memo, order_id, prev_hash, hash, n)), \
         e AS (INSERT INTO journal_entries ({ENTRY_COLUMNS}) \
         SELECT idempotency_key, kind, memo, order_id, {at}, prev_hash, hash FROM v \
         ORDER BY n RETURNING id, idempotency_key), \
         p AS (INSERT INTO postings (entry_id, account, currency, amount_minor) \
         SELECT e.id, q.account, q.currency, q.amount FROM e \
         JOIN unnest({}) AS q(k, n, account, currency, amount) ON q.k = e.idempotency_key \
         ORDER BY e.id, q.n) \
         SELECT id, idempotency_key FROM e",
        entries.join(", "),
        postings.join(", ")
    );
    let mut ids = HashMap::new();
    for row in db.query_all_raw(b.statement(sql)).await? {
        ids.insert(row.try_get("", "idempotency_key")?, row.try_get("", "id")?);
    }
    Ok(ids)
}

/// SQLite: the entries (which take their ids in the order of their rows), then their postings.
async fn insert_then_postings(
    db: &impl ConnectionTrait,
    chain: &[Chained<'_>],
    created_at: DateTime<Utc>,
) -> Result<HashMap<String, i64>, sea_orm::DbErr> {
    let mut binds = super::Binds::new(DbBackend::Sqlite);
    let rows: Vec<String> = chain
        .iter()
        .map(|c| {
            let values = [
                binds.push(c.draft.key()),
                binds.push(c.draft.kind()),
                binds.push(c.draft.memo()),
                binds.push(c.draft.order_id()),
                binds.push(created_at),
                binds.push(c.prev_hash.as_str()),
                binds.push(c.hash.as_str()),
            ];
            format!("({})", values.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO journal_entries ({ENTRY_COLUMNS}) VALUES {} RETURNING id, idempotency_key",
        rows.join(", ")
    );
    let mut ids: HashMap<String, i64> = HashMap::new();
    for row in db.query_all_raw(binds.statement(sql)).await? {
        ids.insert(row.try_get("", "idempotency_key")?, row.try_get("", "id")?);
    }
    let mut postings = Vec::new();
    for draft in chain.iter().map(|c| c.draft) {
        let entry_id = ids
            .get(draft.key())
            .copied()
            .ok_or_else(|| sea_orm::DbErr::Custom(format!("ledger: no id for {}", draft.key())))?;
        postings.extend(draft.postings().iter().map(|p| posting::ActiveModel {
            entry_id: Set(entry_id),
            account: Set(p.account.as_str().into_owned()),
            currency: Set(p.amount.currency.code().to_string()),
            amount_minor: Set(p.amount.minor),
            ..Default::default()
        }));
    }
    posting::Entity::insert_many(postings)
        .exec_without_returning(db)
        .await?;
    Ok(ids)
}

/// Takes the ledger's write lock until the transaction ends: on PostgreSQL a transaction-scoped
/// advisory lock (re-entrant), on SQLite nothing more than the IMMEDIATE transaction already holds.
/// A use case that checks a balance before posting takes it first, so no one posts in between.
pub async fn lock(db: &impl ConnectionTrait) -> Result<(), AppError> {
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        let lock = format!("SELECT pg_advisory_xact_lock({CHAIN_LOCK_KEY})");
        db.execute_raw(Statement::from_string(backend, lock))
            .await?;
    }
    Ok(())
}

/// A replay must be the same entry: same kind, order and postings (TigerBeetle's
/// "exists with different fields"); anything else is a programming error worth refusing.
async fn ensure_same_entry(
    db: &impl ConnectionTrait,
    existing: &journal_entry::Model,
    draft: &JournalEntry,
) -> Result<(), AppError> {
    let stored: Vec<(String, String, i64)> = posting::Entity::find()
        .select_only()
        .columns([
            posting::Column::Account,
            posting::Column::Currency,
            posting::Column::AmountMinor,
        ])
        .filter(posting::Column::EntryId.eq(existing.id))
        .order_by_asc(posting::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let wanted = draft.postings().iter().map(|p| {
        let account = p.account.as_str().into_owned();
        (
            account,
            p.amount.currency.code().to_string(),
            p.amount.minor,
        )
    });
    let same = existing.kind == draft.kind()
        && existing.order_id == draft.order_id()
        && stored.iter().cloned().eq(wanted);
    if same {
        Ok(())
    } else {
        Err(AppError::Conflict(
            Msg::code("ledger-error-key-reused")
                .arg("key", draft.key())
                .arg("entry", existing.id.to_string()),
        ))
    }
}

/// The exact `SUM(postings.amount_minor)` as two BIGINT columns, `sum_high` and `sum_low`, that
/// `bounds::split_sum` rebuilds in `i128`: a plain SUM fails on SQLite past `i64` ("integer
/// overflow") and PostgreSQL's NUMERIC sum fails the cast back to BIGINT, so a balance beyond
/// `i64` would be a 500. Each half fits BIGINT for up to 2^31 postings per group.
pub(crate) fn sum_halves<S: QuerySelect>(select: S) -> S {
    select
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(postings.amount_minor >> 32), 0) AS BIGINT)"),
            "sum_high",
        )
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(postings.amount_minor & 4294967295), 0) AS BIGINT)"),
            "sum_low",
        )
}

fn parse_currency(code: &str) -> Result<Currency, AppError> {
    Currency::parse(code).map_err(|e| AppError::Internal(format!("ledger: {e}")))
}

fn parse_account(name: &str) -> Result<Account, AppError> {
    Account::parse(name).map_err(|e| AppError::Internal(format!("ledger: {e}")))
}

/// The balance of one account in one currency, in minor units; a balance beyond `i64` (which
/// the bounds keep out of any realistic history) is a `Conflict` that says so.
pub async fn balance(
    db: &impl ConnectionTrait,
    account: &Account,
    currency: Currency,
) -> Result<i64, AppError> {
    let b = balance_exact(db, account, currency).await?;
    b.to_money().map(|m| m.minor).map_err(|_| {
        AppError::Conflict(
            Msg::code("ledger-error-balance-large")
                .arg("account", account.as_str())
                .arg("balance", b.to_string()),
        )
    })
}
