//! Account statements: one account's postings in one currency, each with the balance after it,
//! read a page (or a CSV chunk) at a time by posting id. Each posting's balance is stored with
//! it (`posting_balances`, written by `post_all`), so a page at any depth is one index range.
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, QueryResult};

use super::balances::{balance_exact, by_name, AccountBalance};
use super::{parse_account, parse_currency};
use crate::domain::balance::Balance;
use crate::domain::bounds::split_sum;
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::domain::page::{Cursor, PageRequest};
use crate::error::AppError;
use crate::store::Binds;

/// One line of an account statement: a posting, its entry, and the balance after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub posting_id: i64,
    pub entry_id: i64,
    pub key: String,
    pub kind: String,
    pub memo: String,
    pub order_id: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub amount: Money,
    /// The account's balance after this posting (postings in id order).
    pub balance: Balance,
}

/// Which postings of which account a statement shows: entries written in `[from, to)`, an end
/// left open when `None`.
#[derive(Clone, Debug)]
pub struct StatementOf {
    pub account: Account,
    pub currency: Currency,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// One page of a statement, newest first: the account's balance now, the lines, the next cursor.
#[derive(Clone, Debug)]
pub struct StatementPage {
    pub balance: Balance,
    pub lines: Vec<StatementLine>,
    pub next: Option<Cursor>,
}

/// The page's postings with their balances (columns in the order `line` reads them): the
/// account's, in the date range, with ids
/// `op bound` (values are bound in the order they appear, as SQLite's `?` needs), and `extra`
/// columns (whose values the caller bound first).
fn page_rows(
    b: &mut Binds,
    of: &StatementOf,
    (op, bound): (&str, i64),
    order: &str,
    limit: i64,
    extra: &str,
) -> String {
    if b.backend() == DbBackend::Postgres && op == "<" && of.from.is_none() && of.to.is_none() {
        return newest_first_pg(b, of, bound, limit, extra);
    }
    let account = b.push(of.account.as_str().into_owned());
    let currency = b.push(of.currency.code());
    // The bound twice: on `r` too, so PostgreSQL's merge join starts its scan at the cursor.
    let (bound, again) = (b.push(bound), b.push(bound));
    let mut range = String::new();
    if let Some(from) = of.from {
        range.push_str(&format!(" AND e.created_at >= {}", b.push(from)));
    }
    if let Some(to) = of.to {
        range.push_str(&format!(" AND e.created_at < {}", b.push(to)));
    }
    let limit = b.push(limit);
    format!(
        "SELECT p.id, p.entry_id, p.amount_minor, e.idempotency_key, e.kind, e.memo, e.order_id, \
         e.created_at, r.sum_high AS after_high, r.sum_low AS after_low{extra} FROM postings p \
         JOIN journal_entries e ON e.id = p.entry_id JOIN posting_balances r ON r.posting_id = p.id \
         WHERE p.account = {account} AND p.currency = {currency} AND p.id {op} {bound} \
         AND r.posting_id {op} {again}{range} ORDER BY p.id {order} LIMIT {limit}"
    )
}

/// PostgreSQL, a page newest first over every date: `page_rows` in a shape PostgreSQL plans
/// once per connection and keeps (a generic plan). The general statement, with `LIMIT $n` and
/// the dates as parameters, was planned again at every execution (a custom plan: its generic
/// plan, with the limit and dates unknown, looks far dearer), and that planning cost the
/// database more than reading the page. Here the limit is a literal (one text per page size),
/// the 26 postings come first by the (account, currency, id) index and the joins follow them.
/// The account is bounded by row comparisons and ordered by (account, currency, id): only
/// that index yields this order, so the generic plan reads it from the cursor down for any
/// account; the primary key with a filter (which would read every newer posting of other
/// accounts first) never gives the order asked for.
fn newest_first_pg(
    b: &mut Binds,
    of: &StatementOf,
    before: i64,
    limit: i64,
    extra: &str,
) -> String {
    let (account, currency) = (of.account.as_str().into_owned(), of.currency.code());
    let (a, c, id) = (b.push(account.clone()), b.push(currency), b.push(before));
    let (a2, c2) = (b.push(account), b.push(currency));
    format!(
        "SELECT p.id, p.entry_id, p.amount_minor, e.idempotency_key, e.kind, e.memo, e.order_id, \
         e.created_at, r.sum_high AS after_high, r.sum_low AS after_low{extra} FROM \
         (SELECT id, entry_id, amount_minor, account, currency FROM postings \
         WHERE (account, currency, id) < ({a}, {c}, {id}) AND (account, currency) >= ({a2}, {c2}) \
         ORDER BY account DESC, currency DESC, id DESC LIMIT {limit}) p \
         JOIN journal_entries e ON e.id = p.entry_id JOIN posting_balances r ON r.posting_id = p.id \
         ORDER BY p.id DESC"
    )
}

/// `SUM(postings.amount_minor ...)` halves of the account's postings matching `filter`.
fn sum_of(b: &mut Binds, of: &StatementOf, filter: impl FnOnce(&mut Binds) -> String) -> String {
    let account = b.push(of.account.as_str().into_owned());
    let currency = b.push(of.currency.code());
    let filter = filter(b);
    format!(
        "SELECT COALESCE(SUM(amount_minor >> 32), 0) AS h, \
         COALESCE(SUM(amount_minor & 4294967295), 0) AS l FROM postings \
         WHERE account = {account} AND currency = {currency} AND {filter}"
    )
}

/// One line from a row of `page_rows` (or `newest_first_pg`), read by position in their
/// shared column order: by name, each value was a search among the row's columns (an eighth
/// of the server's time in a statement export).
fn line(r: &QueryResult, currency: Currency) -> Result<StatementLine, AppError> {
    let (high, low) = (r.try_get_by_index(8)?, r.try_get_by_index(9)?);
    Ok(StatementLine {
        posting_id: r.try_get_by_index(0)?,
        entry_id: r.try_get_by_index(1)?,
        key: r.try_get_by_index(3)?,
        kind: r.try_get_by_index(4)?,
        memo: r.try_get_by_index(5)?,
        order_id: r.try_get_by_index(6)?,
        created_at: r.try_get_by_index(7)?,
        amount: Money::from_minor(r.try_get_by_index(2)?, currency),
        balance: split_sum(high, low, currency),
    })
}

/// One page of `of`, newest first, with the account's balance now: one query whatever the
/// page's depth (the balance is read with the lines; a second query when there are none).
pub async fn page(
    db: &impl ConnectionTrait,
    of: &StatementOf,
    page: &PageRequest,
) -> Result<StatementPage, AppError> {
    let mut b = Binds::new(db.get_database_backend());
    let mut now = |col: &str| {
        let (account, currency) = (
            b.push(of.account.as_str().into_owned()),
            b.push(of.currency.code()),
        );
        format!(", (SELECT {col} FROM account_balances WHERE account = {account} AND currency = {currency}) AS now_{col}")
    };
    let extra = now("sum_high") + &now("sum_low");
    let (found, (lines, next)) = rows(db, b, of, page, &extra).await?;
    let balance = match found {
        Some((Some(high), Some(low))) => split_sum(high, low, of.currency),
        Some(_) => Balance::zero(of.currency),
        None => balance_exact(db, &of.account, of.currency).await?,
    };
    Ok(StatementPage {
        balance,
        lines,
        next,
    })
}

type Lines = (Vec<StatementLine>, Option<Cursor>);

/// The page's lines and, when there is a line, its `now_sum_high` and `now_sum_low` columns.
async fn rows(
    db: &impl ConnectionTrait,
    mut b: Binds,
    of: &StatementOf,
    page: &PageRequest,
    extra: &str,
) -> Result<(Option<(Option<i64>, Option<i64>)>, Lines), AppError> {
    let before = page.before.unwrap_or(i64::MAX);
    let limit = i64::try_from(page.limit()).unwrap_or(i64::MAX);
    let sql = page_rows(&mut b, of, ("<", before), "DESC", limit, extra);
    let found = db.query_all_raw(b.statement(sql)).await?;
    let now = match (found.first(), extra.is_empty()) {
        (Some(r), false) => Some((
            r.try_get("", "now_sum_high")?,
            r.try_get("", "now_sum_low")?,
        )),
        _ => None,
    };
    let lines = found
        .iter()
        .map(|r| line(r, of.currency))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((now, page.cut(lines, |l| l.posting_id)))
}

/// One page of `of`'s lines, newest first, and the next page's cursor: one query, whatever the
/// page's depth (for a caller that has read the balance with others).
pub async fn lines_page(
    db: &impl ConnectionTrait,
    of: &StatementOf,
    page: &PageRequest,
) -> Result<Lines, AppError> {
    let b = Binds::new(db.get_database_backend());
    Ok(rows(db, b, of, page, "").await?.1)
}

/// `lines_page` with the balances of `accounts` in every currency they hold, by account name
/// then currency (as `balances_of` gives them), in one statement: the page's rows, then a row
/// per balance (`id, postings, 0, account, currency, '', NULL, NULL, sum_high, sum_low`), told
/// apart by a last column.
pub async fn lines_page_with_balances(
    db: &impl ConnectionTrait,
    of: &StatementOf,
    page: &PageRequest,
    accounts: &[Account],
) -> Result<(Lines, Vec<AccountBalance>), AppError> {
    let mut b = Binds::new(db.get_database_backend());
    let before = page.before.unwrap_or(i64::MAX);
    let limit = i64::try_from(page.limit()).unwrap_or(i64::MAX);
    let lines = page_rows(&mut b, of, ("<", before), "DESC", limit, ", 0 AS part");
    let names: Vec<String> = accounts
        .iter()
        .map(|a| b.push(a.as_str().into_owned()))
        .collect();
    let sql = if names.is_empty() {
        lines
    } else {
        format!(
            "SELECT * FROM ({lines}) AS l UNION ALL SELECT id, postings, 0, account, currency, '', \
             NULL, NULL, sum_high, sum_low, 1 FROM account_balances WHERE account IN ({})",
            names.join(", ")
        )
    };
    let (mut found, mut balances) = (Vec::new(), Vec::new());
    for r in db.query_all_raw(b.statement(sql)).await? {
        if r.try_get_by_index::<i32>(10)? == 0 {
            found.push(line(&r, of.currency)?);
            continue;
        }
        let currency = parse_currency(&r.try_get_by_index::<String>(4)?)?;
        balances.push(AccountBalance {
            id: r.try_get_by_index(0)?,
            account: parse_account(&r.try_get_by_index::<String>(3)?)?,
            balance: split_sum(r.try_get_by_index(8)?, r.try_get_by_index(9)?, currency),
            postings: r.try_get_by_index(1)?,
        });
    }
    // A union's rows come in no promised order.
    found.sort_by_key(|l| std::cmp::Reverse(l.posting_id));
    by_name(&mut balances);
    Ok((page.cut(found, |l| l.posting_id), balances))
}

/// Where an export stands: the last posting written.
#[derive(Clone, Copy, Debug)]
pub struct Carry {
    pub after_id: i64,
}

impl Carry {
    /// Before the first chunk.
    pub const START: Carry = Carry { after_id: 0 };
}

/// The next `limit` lines of `of` after `carry`, oldest first, and where the next chunk starts.
pub async fn chunk(
    db: &impl ConnectionTrait,
    of: &StatementOf,
    carry: Carry,
    limit: i64,
) -> Result<(Vec<StatementLine>, Carry), AppError> {
    let lines = if of.from.is_none() && of.to.is_none() {
        chunk_by_entry(db, of, carry, limit).await?
    } else {
        let mut b = Binds::new(db.get_database_backend());
        let sql = page_rows(&mut b, of, (">", carry.after_id), "ASC", limit, "");
        db.query_all_raw(b.statement(sql))
            .await?
            .iter()
            .map(|r| line(r, of.currency))
            .collect::<Result<Vec<_>, _>>()?
    };
    let next = lines.last().map_or(carry, |l| Carry {
        after_id: l.posting_id,
    });
    Ok((lines, next))
}

/// A chunk over every date (an export): the postings with their balances, then their entries,
/// each entry once. Joined in one statement, each entry's key, kind, memo and time came with
/// every one of its postings (nine for a busy seller's usual entry): on PostgreSQL the database
/// spent twice as long on a chunk (7.3 ms against 3.1 + 0.3 ms for 2,000 postings of the
/// history bench's data, pgbench), and both databases' rows were decoded nine times over.
async fn chunk_by_entry(
    db: &impl ConnectionTrait,
    of: &StatementOf,
    carry: Carry,
    limit: i64,
) -> Result<Vec<StatementLine>, AppError> {
    let backend = db.get_database_backend();
    let mut b = Binds::new(backend);
    let (account, currency) = (
        b.push(of.account.as_str().into_owned()),
        b.push(of.currency.code()),
    );
    // The bound twice: on `r` too, so PostgreSQL's merge join starts its scan at the cursor.
    let (bound, again, limit) = (
        b.push(carry.after_id),
        b.push(carry.after_id),
        b.push(limit),
    );
    let sql = format!(
        "SELECT p.id, p.entry_id, p.amount_minor, r.sum_high, r.sum_low FROM postings p \
         JOIN posting_balances r ON r.posting_id = p.id WHERE p.account = {account} \
         AND p.currency = {currency} AND p.id > {bound} AND r.posting_id > {again} \
         ORDER BY p.id LIMIT {limit}"
    );
    let postings = db.query_all_raw(b.statement(sql)).await?;
    let mut ids = postings
        .iter()
        .map(|r| r.try_get_by_index::<i64>(1))
        .collect::<Result<Vec<_>, _>>()?;
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // The ids as one text, so the statement is the same text for every chunk.
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    let mut b = Binds::new(backend);
    let ids = match backend {
        DbBackend::Postgres => format!(
            "= ANY(CAST(string_to_array({}, ',') AS BIGINT[]))",
            b.push(list.join(","))
        ),
        _ => format!(
            "IN (SELECT value FROM json_each({}))",
            b.push(format!("[{}]", list.join(",")))
        ),
    };
    let sql = format!(
        "SELECT id, idempotency_key, kind, memo, order_id, created_at FROM journal_entries \
         WHERE id {ids} ORDER BY id"
    );
    let entries = db.query_all_raw(b.statement(sql)).await?;
    let entry_ids = entries
        .iter()
        .map(|r| r.try_get_by_index::<i64>(0))
        .collect::<Result<Vec<_>, _>>()?;
    postings
        .iter()
        .map(|p| {
            let entry_id: i64 = p.try_get_by_index(1)?;
            let Ok(at) = entry_ids.binary_search(&entry_id) else {
                return Err(AppError::Internal(format!(
                    "posting of entry {entry_id} without its entry"
                )));
            };
            let e = &entries[at];
            let (high, low) = (p.try_get_by_index(3)?, p.try_get_by_index(4)?);
            Ok(StatementLine {
                posting_id: p.try_get_by_index(0)?,
                entry_id,
                key: e.try_get_by_index(1)?,
                kind: e.try_get_by_index(2)?,
                memo: e.try_get_by_index(3)?,
                order_id: e.try_get_by_index(4)?,
                created_at: e.try_get_by_index(5)?,
                amount: Money::from_minor(p.try_get_by_index(2)?, of.currency),
                balance: split_sum(high, low, of.currency),
            })
        })
        .collect()
}

/// An account's postings over `[from, to)` with opening and closing balances (all of them: for
/// short ranges and tests; pages and exports read `page` and `chunk`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountStatement {
    pub opening: Balance,
    pub lines: Vec<StatementLine>,
    pub closing: Balance,
}

/// The whole statement of `account` in `currency` for entries written in `[from, to)`.
pub async fn entries_for_account(
    db: &impl ConnectionTrait,
    account: &Account,
    currency: Currency,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<AccountStatement, AppError> {
    let of = StatementOf {
        account: *account,
        currency,
        from: Some(from),
        to: Some(to),
    };
    let (mut lines, mut carry) = (Vec::new(), Carry::START);
    loop {
        let (chunk, next) = chunk(db, &of, carry, 1_000).await?;
        if chunk.is_empty() {
            break;
        }
        lines.extend(chunk);
        carry = next;
    }
    let opening = match lines.first() {
        Some(first) => Balance::from_minor(
            first.balance.minor - i128::from(first.amount.minor),
            currency,
        ),
        None => before(db, &of).await?,
    };
    let closing = lines.last().map_or(opening, |l| l.balance);
    Ok(AccountStatement {
        opening,
        lines,
        closing,
    })
}

/// The balance of the account from the entries written before `of.from`.
async fn before(db: &impl ConnectionTrait, of: &StatementOf) -> Result<Balance, AppError> {
    let Some(from) = of.from else {
        return Ok(Balance::zero(of.currency));
    };
    let mut b = Binds::new(db.get_database_backend());
    let sql = sum_of(&mut b, of, |b| {
        let from = b.push(from);
        format!("entry_id IN (SELECT id FROM journal_entries WHERE created_at < {from})")
    });
    let sql = format!("SELECT CAST(h AS BIGINT) AS h, CAST(l AS BIGINT) AS l FROM ({sql}) AS s");
    let r = db.query_one_raw(b.statement(sql)).await?;
    let (high, low) = match r {
        Some(r) => (r.try_get("", "h")?, r.try_get("", "l")?),
        None => (0, 0),
    };
    Ok(split_sum(high, low, of.currency))
}
