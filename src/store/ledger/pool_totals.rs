//! The common pool's figures per currency and month (`pool_months`), maintained by `post_all`
//! in the postings' own transaction: what flowed into the pool, and the fee parts posted by
//! settlements and refunds to the pool and to the co-ops' fair shares. Sums are kept as two
//! BIGINT halves, exact beyond `i64` (`bounds::split_sum`).
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use crate::domain::balance::Balance;
use crate::domain::ledger::{Account, JournalEntry};
use crate::domain::money::Currency;
use crate::error::AppError;
use crate::store::Binds;

/// The entry kinds whose pool and fair-share postings are fee parts.
const FEE_KINDS: [&str; 2] = ["settlement", "refund"];

/// One month's sums in one currency, in minor units.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoolMonth {
    pub currency: String,
    /// `YYYY-MM` (UTC)
    pub month: String,
    pub inflow: i128,
    pub fee_pool: i128,
    pub fee_coops: i128,
}

/// Three sums as (high, low) halves.
#[derive(Default, Clone, Copy)]
struct Halves([(i64, i64); 3]);

impl Halves {
    fn add(&mut self, which: usize, minor: i64) {
        self.0[which].0 += minor >> 32;
        self.0[which].1 += minor & 0xFFFF_FFFF;
    }
}

/// Adds what `entries` (each written at its instant) bring to the pool's months; one statement,
/// none when they touch neither the pool nor a fair share.
pub async fn add_entries<'a>(
    db: &impl ConnectionTrait,
    entries: impl IntoIterator<Item = (&'a JournalEntry, DateTime<Utc>)>,
) -> Result<(), sea_orm::DbErr> {
    let mut months: BTreeMap<(&'static str, String), Halves> = BTreeMap::new();
    for (entry, at) in entries {
        let fee = FEE_KINDS.contains(&entry.kind());
        for p in entry.postings() {
            let pool = match p.account {
                Account::Pool => true,
                Account::CoopFairShare(_) => false,
                _ => continue,
            };
            let key = (p.amount.currency.code(), at.format("%Y-%m").to_string());
            let sums = months.entry(key).or_default();
            if pool && p.amount.minor > 0 {
                sums.add(0, p.amount.minor);
            }
            if fee {
                sums.add(if pool { 1 } else { 2 }, p.amount.minor);
            }
        }
    }
    if months.is_empty() {
        return Ok(());
    }
    let mut b = Binds::new(db.get_database_backend());
    let rows: Vec<String> = months
        .into_iter()
        .map(|((currency, month), h)| {
            let mut v = vec![b.push(currency), b.push(month)];
            for (high, low) in h.0 {
                v.push(b.push(high));
                v.push(b.push(low));
            }
            format!("({})", v.join(", "))
        })
        .collect();
    let sums = ["inflow_high", "inflow_low", "fee_pool_high", "fee_pool_low"]
        .into_iter()
        .chain(["fee_coops_high", "fee_coops_low"])
        .map(|c| format!("{c} = pool_months.{c} + excluded.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "INSERT INTO pool_months (currency, month, inflow_high, inflow_low, fee_pool_high, \
         fee_pool_low, fee_coops_high, fee_coops_low) VALUES {} \
         ON CONFLICT (currency, month) DO UPDATE SET {sums}",
        rows.join(", ")
    );
    db.execute_raw(b.statement(sql)).await.map(|_| ())
}

/// Every month's sums, by currency then month (one row per month, whatever the postings), and
/// the pool's balance in each currency it holds, by code: one statement.
pub async fn pool_figures(
    db: &impl ConnectionTrait,
) -> Result<(Vec<PoolMonth>, Vec<Balance>), AppError> {
    let mut b = Binds::new(db.get_database_backend());
    let pool = b.push(Account::Pool.as_str().into_owned());
    // The balance rows have no month.
    let sql = format!(
        "SELECT currency, month, inflow_high, inflow_low, fee_pool_high, fee_pool_low, \
         fee_coops_high, fee_coops_low FROM pool_months UNION ALL \
         SELECT currency, '', sum_high, sum_low, 0, 0, 0, 0 FROM account_balances \
         WHERE account = {pool}"
    );
    let whole = |r: &sea_orm::QueryResult, at: usize| -> Result<i128, AppError> {
        let high: i64 = r.try_get_by_index(at)?;
        let low: i64 = r.try_get_by_index(at + 1)?;
        Ok((i128::from(high) << 32) + i128::from(low))
    };
    let (mut months, mut balances) = (Vec::new(), Vec::new());
    for r in db.query_all_raw(b.statement(sql)).await? {
        let currency: String = r.try_get_by_index(0)?;
        let month: String = r.try_get_by_index(1)?;
        if month.is_empty() {
            let currency = Currency::parse(&currency)?;
            balances.push(Balance::from_minor(whole(&r, 2)?, currency));
        } else {
            months.push(PoolMonth {
                currency,
                month,
                inflow: whole(&r, 2)?,
                fee_pool: whole(&r, 4)?,
                fee_coops: whole(&r, 6)?,
            });
        }
    }
    // A union's rows come in no promised order.
    months.sort_by(|a, b| (&a.currency, &a.month).cmp(&(&b.currency, &b.month)));
    balances.sort_by(|a, b| a.currency.code().cmp(b.currency.code()));
    Ok((months, balances))
}
