//! The common pool as everyone may see it: balance per currency, inflows by month, the fees
//! charged and how they split, and every approved payout run and spending.
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{journal_entry, posting};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, RelationTrait};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::balance::Balance;
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::error::AppError;

/// An amount as exact text in its currency ("12.50").
#[derive(Clone, Debug, Serialize, ToSchema, PartialEq, Eq)]
pub struct Amount {
    pub currency: String,
    pub amount: String,
}

impl From<Money> for Amount {
    fn from(m: Money) -> Self {
        Balance::from(m).into()
    }
}

impl From<Balance> for Amount {
    fn from(b: Balance) -> Self {
        Amount {
            currency: b.currency.code().to_string(),
            amount: b.format_amount(),
        }
    }
}

/// What flowed into the pool in one month and currency.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct MonthlyInflow {
    /// `YYYY-MM`
    pub month: String,
    pub currency: String,
    pub amount: String,
    /// For charts; capped at the largest `i64` (`amount` is exact even beyond it).
    pub amount_minor: i64,
}

/// The fees charged in one currency and where they went.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct FeeTotals {
    pub currency: String,
    pub total: String,
    pub to_pool: String,
    pub to_coops: String,
}

/// One co-op paid in a run.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Recipient {
    pub coop_id: i32,
    pub coop_name: String,
    pub amount: String,
    pub status: String,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct RunSummary {
    pub id: i32,
    pub status: String,
    pub total: Amount,
    pub recipients: Vec<Recipient>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SpendingSummary {
    pub id: i32,
    pub title: String,
    pub purpose: String,
    pub amount: Amount,
    pub recipient_coop_id: i32,
    pub recipient_name: String,
    pub status: String,
}

/// The public report of the common pool.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PoolReport {
    pub balances: Vec<Amount>,
    pub inflows: Vec<MonthlyInflow>,
    pub fees: Vec<FeeTotals>,
    pub payout_runs: Vec<RunSummary>,
    pub spending: Vec<SpendingSummary>,
}

fn money(minor: i64, code: &str) -> Result<Money, AppError> {
    Ok(Money::from_minor(minor, Currency::parse(code)?))
}

/// A sum of many postings, exact in `i128`.
fn sum(minor: i128, code: &str) -> Result<Balance, AppError> {
    Ok(Balance::from_minor(minor, Currency::parse(code)?))
}

/// Builds the whole report.
pub async fn report(db: &impl ConnectionTrait) -> Result<PoolReport, AppError> {
    let balances = super::ledger::balances(db)
        .await?
        .into_iter()
        .filter(|(a, _)| *a == Account::Pool)
        .map(|(_, m)| m.into())
        .collect();
    Ok(PoolReport {
        balances,
        inflows: inflows(db).await?,
        fees: fees(db).await?,
        payout_runs: runs(db).await?,
        spending: spending(db).await?,
    })
}

/// Positive postings to the pool, summed by month and currency.
async fn inflows(db: &impl ConnectionTrait) -> Result<Vec<MonthlyInflow>, AppError> {
    let rows: Vec<(String, DateTime<Utc>, i64)> = posting::Entity::find()
        .select_only()
        .column(posting::Column::Currency)
        .column(journal_entry::Column::CreatedAt)
        .column(posting::Column::AmountMinor)
        .join(
            sea_orm::JoinType::InnerJoin,
            posting::Relation::JournalEntry.def(),
        )
        .filter(posting::Column::Account.eq(Account::Pool.as_str().as_ref()))
        .filter(posting::Column::AmountMinor.gt(0))
        .into_tuple()
        .all(db)
        .await?;
    let mut by_month: BTreeMap<(String, String), i128> = BTreeMap::new();
    for (currency, at, minor) in rows {
        *by_month
            .entry((currency, at.format("%Y-%m").to_string()))
            .or_default() += i128::from(minor);
    }
    by_month
        .into_iter()
        .map(|((currency, month), minor)| {
            Ok(MonthlyInflow {
                amount: sum(minor, &currency)?.format_amount(),
                month,
                currency,
                amount_minor: i64::try_from(minor).unwrap_or(i64::MAX),
            })
        })
        .collect()
}

/// The fee parts posted by settlements and refunds: the pool's half and the co-ops' shares.
async fn fees(db: &impl ConnectionTrait) -> Result<Vec<FeeTotals>, AppError> {
    let rows: Vec<(String, String, i64)> = posting::Entity::find()
        .select_only()
        .column(posting::Column::Currency)
        .column(posting::Column::Account)
        .column(posting::Column::AmountMinor)
        .join(
            sea_orm::JoinType::InnerJoin,
            posting::Relation::JournalEntry.def(),
        )
        .filter(journal_entry::Column::Kind.is_in(["settlement", "refund"]))
        .into_tuple()
        .all(db)
        .await?;
    let mut parts: BTreeMap<String, (i128, i128)> = BTreeMap::new();
    for (currency, account, minor) in rows {
        match Account::parse(&account) {
            Ok(Account::Pool) => parts.entry(currency).or_default().0 += i128::from(minor),
            Ok(Account::CoopFairShare(_)) => {
                parts.entry(currency).or_default().1 += i128::from(minor)
            }
            _ => {}
        }
    }
    parts
        .into_iter()
        .map(|(currency, (pool, coops))| {
            Ok(FeeTotals {
                total: sum(pool + coops, &currency)?.format_amount(),
                to_pool: sum(pool, &currency)?.format_amount(),
                to_coops: sum(coops, &currency)?.format_amount(),
                currency,
            })
        })
        .collect()
}

async fn coop_name(db: &impl ConnectionTrait, id: i32) -> Result<String, AppError> {
    Ok(super::coops::get(db, id).await?.name)
}

/// Approved and paid runs with their recipients.
async fn runs(db: &impl ConnectionTrait) -> Result<Vec<RunSummary>, AppError> {
    let mut out = Vec::new();
    for run in super::payouts::list(db).await? {
        if !crate::domain::payout::is_payable(run.status) {
            continue;
        }
        let currency = Currency::parse(&run.currency)?;
        let mut total = Balance::zero(currency);
        let mut recipients = Vec::new();
        for l in super::payouts::lines(db, run.id).await? {
            let amount = Money::from_minor(l.amount_minor, currency);
            total = total.checked_add(amount)?;
            recipients.push(Recipient {
                coop_id: l.coop_id,
                coop_name: coop_name(db, l.coop_id).await?,
                amount: amount.format_amount(),
                status: l.status.as_str().to_owned(),
            });
        }
        out.push(RunSummary {
            id: run.id,
            status: run.status.as_str().to_owned(),
            total: total.into(),
            recipients,
        });
    }
    Ok(out)
}

async fn spending(db: &impl ConnectionTrait) -> Result<Vec<SpendingSummary>, AppError> {
    let mut out = Vec::new();
    for p in super::spending::list(db, true).await? {
        out.push(SpendingSummary {
            id: p.id,
            amount: money(p.amount_minor, &p.currency)?.into(),
            recipient_name: coop_name(db, p.recipient_coop_id).await?,
            recipient_coop_id: p.recipient_coop_id,
            title: p.title,
            purpose: p.purpose,
            status: p.status.as_str().to_owned(),
        });
    }
    Ok(out)
}
