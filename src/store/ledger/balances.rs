//! Maintained balances: `account_balances` holds each account's sum per currency as two BIGINT
//! halves (`bounds::split_sum`, exact beyond `i64`). `post_all` adds every new posting to it in
//! the posting's own transaction, so a balance is one row to read whatever the history's
//! length, and `verify` proves the rows equal the sums of the postings.
use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, QueryResult};

use super::{parse_account, parse_currency};
use crate::domain::balance::Balance;
use crate::domain::bounds::split_sum;
use crate::domain::ledger::Account;
use crate::domain::money::Currency;
use crate::domain::page::{Cursor, PageRequest};
use crate::error::AppError;
use crate::store::Binds;

/// The low 32 bits of an amount, as SQL and Rust split it.
const LOW_MASK: i64 = 0xFFFF_FFFF;

/// What a batch of postings adds to one account in one currency.
#[derive(Default, Clone, Copy)]
struct Delta {
    high: i64,
    low: i64,
    count: i64,
}

/// Adds postings `(account, currency, amount_minor)` to the maintained balances, one statement
/// whatever their number. Call it in the transaction that writes the postings.
pub async fn add_postings(
    db: &impl ConnectionTrait,
    postings: impl IntoIterator<Item = (String, String, i64)>,
) -> Result<(), sea_orm::DbErr> {
    let mut deltas: BTreeMap<(String, String), Delta> = BTreeMap::new();
    for (account, currency, minor) in postings {
        let d = deltas.entry((account, currency)).or_default();
        d.high += minor >> 32;
        d.low += minor & LOW_MASK;
        d.count += 1;
    }
    if deltas.is_empty() {
        return Ok(());
    }
    let mut b = Binds::new(db.get_database_backend());
    let rows: Vec<String> = deltas
        .into_iter()
        .map(|((account, currency), d)| {
            let v = [
                b.push(account),
                b.push(currency),
                b.push(d.high),
                b.push(d.low),
                b.push(d.count),
            ];
            format!("({})", v.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO account_balances (account, currency, sum_high, sum_low, postings) VALUES {} \
         ON CONFLICT (account, currency) DO UPDATE SET \
         sum_high = account_balances.sum_high + excluded.sum_high, \
         sum_low = account_balances.sum_low + excluded.sum_low, \
         postings = account_balances.postings + excluded.postings",
        rows.join(", ")
    );
    db.execute_raw(b.statement(sql)).await.map(|_| ())
}

/// Records each posting's balance after it for the entries with ids from `first_entry` on
/// (the ones just written, under the ledger lock): the account's new total less the newer
/// postings of the batch, by a window function. Call it after `add_postings`, in the same
/// transaction.
pub async fn record_running(
    db: &impl ConnectionTrait,
    first_entry: i64,
) -> Result<(), sea_orm::DbErr> {
    let mut b = Binds::new(db.get_database_backend());
    // The batch's postings first, by `entry_id`'s index: left to itself, SQLite walks the
    // whole of `postings` in the window's (account, currency, id) order instead, a cost that
    // grew with the ledger (744 rows read per settled order after 136 orders).
    let sql = format!(
        "INSERT INTO posting_balances (posting_id, sum_high, sum_low) \
         WITH p AS MATERIALIZED (SELECT id, account, currency, amount_minor FROM postings \
         WHERE entry_id >= {}) \
         SELECT p.id, CAST(t.sum_high - COALESCE(SUM(p.amount_minor >> 32) OVER w, 0) AS BIGINT), \
         CAST(t.sum_low - COALESCE(SUM(p.amount_minor & 4294967295) OVER w, 0) AS BIGINT) \
         FROM p JOIN account_balances t ON t.account = p.account AND t.currency = p.currency \
         WINDOW w AS (PARTITION BY p.account, p.currency ORDER BY p.id DESC \
         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)",
        b.push(first_entry)
    );
    db.execute_raw(b.statement(sql)).await.map(|_| ())
}

/// One account's maintained balance, with the row id that pages the committee's account list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountBalance {
    pub id: i64,
    pub account: Account,
    pub balance: Balance,
    /// How many postings the account has in this currency.
    pub postings: i64,
}

const COLUMNS: &str = "id, account, currency, sum_high, sum_low, postings";

fn row(r: &QueryResult) -> Result<AccountBalance, AppError> {
    let currency = parse_currency(&r.try_get::<String>("", "currency")?)?;
    Ok(AccountBalance {
        id: r.try_get("", "id")?,
        account: parse_account(&r.try_get::<String>("", "account")?)?,
        balance: split_sum(
            r.try_get("", "sum_high")?,
            r.try_get("", "sum_low")?,
            currency,
        ),
        postings: r.try_get("", "postings")?,
    })
}

async fn read(
    db: &impl ConnectionTrait,
    b: Binds,
    sql: String,
) -> Result<Vec<AccountBalance>, AppError> {
    db.query_all_raw(b.statement(sql))
        .await?
        .iter()
        .map(row)
        .collect()
}

/// The balance of one account in one currency, exact (zero when nothing was posted): one row.
pub async fn balance_exact(
    db: &impl ConnectionTrait,
    account: &Account,
    currency: Currency,
) -> Result<Balance, AppError> {
    let mut b = Binds::new(db.get_database_backend());
    let sql = format!(
        "SELECT {COLUMNS} FROM account_balances WHERE account = {} AND currency = {}",
        b.push(account.as_str().as_ref()),
        b.push(currency.code())
    );
    Ok(read(db, b, sql)
        .await?
        .pop()
        .map_or(Balance::zero(currency), |a| a.balance))
}

/// The balances of `accounts` in every currency they hold, by account name then currency.
pub async fn balances_of(
    db: &impl ConnectionTrait,
    accounts: &[Account],
) -> Result<Vec<AccountBalance>, AppError> {
    if accounts.is_empty() {
        return Ok(Vec::new());
    }
    let mut b = Binds::new(db.get_database_backend());
    let names: Vec<String> = accounts
        .iter()
        .map(|a| b.push(a.as_str().into_owned()))
        .collect();
    let sql = format!(
        "SELECT {COLUMNS} FROM account_balances WHERE account IN ({})",
        names.join(", ")
    );
    let mut balances = read(db, b, sql).await?;
    by_name(&mut balances);
    Ok(balances)
}

/// Sorts balances by account name then currency code, as bytes: the one order of a co-op's
/// balances, whichever statement read them (a database's collation may order names otherwise).
pub(super) fn by_name(balances: &mut [AccountBalance]) {
    balances.sort_by(|a, b| {
        (a.account.as_str(), a.balance.currency.code())
            .cmp(&(b.account.as_str(), b.balance.currency.code()))
    });
}

/// Every account's balance per currency, by account name then currency (zero balances included).
pub async fn balances(db: &impl ConnectionTrait) -> Result<Vec<(Account, Balance)>, AppError> {
    let b = Binds::new(db.get_database_backend());
    let sql = format!("SELECT {COLUMNS} FROM account_balances ORDER BY account, currency");
    Ok(read(db, b, sql)
        .await?
        .into_iter()
        .map(|a| (a.account, a.balance))
        .collect())
}

/// The committee's ledger: the trial balance (as `trial_balance` gives it) and one page of the
/// account list, newest account first, with the next page's cursor.
#[derive(Clone, Debug)]
pub struct LedgerPage {
    pub trial: Vec<Balance>,
    pub accounts: Vec<AccountBalance>,
    pub next: Option<Cursor>,
}

/// The trial balance and a page of accounts in one statement: the page's rows, then one row
/// per currency with an empty account name holding the sums of every account's balance.
pub async fn ledger_page(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<LedgerPage, AppError> {
    let mut b = Binds::new(db.get_database_backend());
    let before = b.push(page.before.unwrap_or(i64::MAX));
    // The limit is written into the text (at most 101 texts), so PostgreSQL keeps one plan.
    let limit = page.limit();
    let sql = format!(
        "SELECT * FROM (SELECT {COLUMNS} FROM account_balances WHERE id < {before} \
         ORDER BY id DESC LIMIT {limit}) AS page UNION ALL \
         SELECT 0, '', t.currency, t.h, t.l, 0 FROM ({TRIAL_SUMS}) AS t"
    );
    let (mut trial, mut accounts) = (Vec::new(), Vec::new());
    for r in db.query_all_raw(b.statement(sql)).await? {
        if r.try_get_by_index::<String>(1)?.is_empty() {
            let currency = parse_currency(&r.try_get_by_index::<String>(2)?)?;
            trial.push(split_sum(
                r.try_get_by_index(3)?,
                r.try_get_by_index(4)?,
                currency,
            ));
        } else {
            accounts.push(row(&r)?);
        }
    }
    // A union's rows come in no promised order.
    trial.sort_by(|a, b| a.currency.code().cmp(b.currency.code()));
    accounts.sort_by_key(|a| std::cmp::Reverse(a.id));
    let (accounts, next) = page.cut(accounts, |a| a.id);
    Ok(LedgerPage {
        trial,
        accounts,
        next,
    })
}

/// Every account's balance summed per currency (`currency`, halves `h` and `l`), the rows of
/// the trial balance.
const TRIAL_SUMS: &str = "SELECT currency, CAST(SUM(sum_high) AS BIGINT) AS h, \
    CAST(SUM(sum_low) AS BIGINT) AS l FROM account_balances GROUP BY currency";

/// The sum of all balances per currency, by code; a sound ledger has only zeros here. Reads
/// one row per account, never the postings.
pub async fn trial_balance(db: &impl ConnectionTrait) -> Result<Vec<Balance>, AppError> {
    let sql = format!("{TRIAL_SUMS} ORDER BY currency");
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(backend, sql))
        .await?;
    rows.iter()
        .map(|r| {
            let currency = parse_currency(&r.try_get::<String>("", "currency")?)?;
            Ok(split_sum(
                r.try_get("", "h")?,
                r.try_get("", "l")?,
                currency,
            ))
        })
        .collect()
}

/// The maintained balances by (account, currency) and the id of the latest entry, read in one
/// statement so that they describe the same moment (for `verify`).
pub(super) async fn snapshot(
    db: &impl ConnectionTrait,
) -> Result<(i64, BTreeMap<(String, String), i128>), AppError> {
    let sql = "SELECT account, currency, sum_high, sum_low FROM account_balances UNION ALL \
               SELECT '', '', COALESCE(MAX(id), 0), 0 FROM journal_entries";
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(sea_orm::Statement::from_string(backend, sql))
        .await?;
    let (mut head, mut sums) = (0, BTreeMap::new());
    for r in rows {
        let account: String = r.try_get("", "account")?;
        let (high, low): (i64, i64) = (r.try_get("", "sum_high")?, r.try_get("", "sum_low")?);
        if account.is_empty() {
            head = high;
        } else {
            let whole = (i128::from(high) << 32) + i128::from(low);
            sums.insert((account, r.try_get("", "currency")?), whole);
        }
    }
    Ok((head, sums))
}
