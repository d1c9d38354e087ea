//! The common pool as everyone may see it: balance per currency, inflows by month, the fees
//! charged and how they split, and the approved payout runs and spending, a page at a time.
use std::collections::BTreeMap;

use entity::{payout_line, payout_run, spending_proposal};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use utoipa::ToSchema;

use super::ledger::pool_totals::PoolMonth;
use crate::domain::balance::Balance;
use crate::domain::money::{Currency, Money};
use crate::domain::page::{Cursor, PageRequest};
use crate::domain::status::{RunStatus, SpendingStatus};
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

/// The public report of the common pool; runs and spending a page at a time, newest first.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PoolReport {
    pub balances: Vec<Amount>,
    pub inflows: Vec<MonthlyInflow>,
    pub fees: Vec<FeeTotals>,
    pub payout_runs: Vec<RunSummary>,
    /// The `runs_cursor` of the next page of runs, while older ones follow.
    #[schema(value_type = Option<String>)]
    pub runs_next: Option<String>,
    pub spending: Vec<SpendingSummary>,
    /// The `spending_cursor` of the next page of spending, while older ones follow.
    #[schema(value_type = Option<String>)]
    pub spending_next: Option<String>,
}

/// Which page of each list the report shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct PoolPages {
    pub runs: PageRequest,
    pub spending: PageRequest,
}

fn money(minor: i64, code: &str) -> Result<Money, AppError> {
    Ok(Money::from_minor(minor, Currency::parse(code)?))
}

/// A sum of many postings, exact in `i128`.
fn sum(minor: i128, code: &str) -> Result<Balance, AppError> {
    Ok(Balance::from_minor(minor, Currency::parse(code)?))
}

/// Builds the report with the given pages of runs and spending: the same statements whatever
/// the history's length.
pub async fn report(db: &impl ConnectionTrait, pages: &PoolPages) -> Result<PoolReport, AppError> {
    let (months, balances) = super::ledger::pool_totals::pool_figures(db).await?;
    let balances = balances.into_iter().map(Amount::from).collect();
    let (payout_runs, runs_next) = runs(db, &pages.runs).await?;
    let (spending, spending_next) = spending(db, &pages.spending).await?;
    Ok(PoolReport {
        balances,
        inflows: inflows(&months)?,
        fees: fees(&months)?,
        payout_runs,
        runs_next: runs_next.map(|c| c.to_string()),
        spending,
        spending_next: spending_next.map(|c| c.to_string()),
    })
}

fn before(page: &PageRequest) -> i32 {
    page.before
        .map_or(i32::MAX, |b| i32::try_from(b).unwrap_or(i32::MAX))
}

/// What flowed into the pool, by currency and month, from the maintained monthly sums.
fn inflows(months: &[PoolMonth]) -> Result<Vec<MonthlyInflow>, AppError> {
    months
        .iter()
        .filter(|m| m.inflow != 0)
        .map(|m| {
            Ok(MonthlyInflow {
                amount: sum(m.inflow, &m.currency)?.format_amount(),
                month: m.month.clone(),
                currency: m.currency.clone(),
                amount_minor: i64::try_from(m.inflow).unwrap_or(i64::MAX),
            })
        })
        .collect()
}

/// The fee parts posted by settlements and refunds per currency: the pool's and the co-ops'.
fn fees(months: &[PoolMonth]) -> Result<Vec<FeeTotals>, AppError> {
    let mut parts: BTreeMap<&str, (i128, i128, bool)> = BTreeMap::new();
    for m in months {
        let p = parts.entry(&m.currency).or_default();
        p.0 += m.fee_pool;
        p.1 += m.fee_coops;
        p.2 |= m.fee_pool != 0 || m.fee_coops != 0;
    }
    parts
        .into_iter()
        .filter(|(_, (_, _, any))| *any)
        .map(|(currency, (pool, coops, _))| {
            Ok(FeeTotals {
                total: sum(pool + coops, currency)?.format_amount(),
                to_pool: sum(pool, currency)?.format_amount(),
                to_coops: sum(coops, currency)?.format_amount(),
                currency: currency.to_owned(),
            })
        })
        .collect()
}

/// A page of approved and paid runs with their recipients: three queries (one when there is
/// no run).
async fn runs(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<(Vec<RunSummary>, Option<Cursor>), AppError> {
    let runs = payout_run::Entity::find()
        .filter(payout_run::Column::Status.is_in([RunStatus::Approved, RunStatus::Paid]))
        .filter(payout_run::Column::Id.lt(before(page)))
        .order_by_desc(payout_run::Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    let (runs, next) = page.cut(runs, |r| i64::from(r.id));
    // A page without runs has no lines to read: one round trip fewer.
    let lines = if runs.is_empty() {
        Vec::new()
    } else {
        payout_line::Entity::find()
            .filter(payout_line::Column::RunId.is_in(runs.iter().map(|r| r.id)))
            .order_by_asc(payout_line::Column::CoopId)
            .all(db)
            .await?
    };
    let names = super::coops::names(db, lines.iter().map(|l| l.coop_id)).await?;
    let mut out = Vec::with_capacity(runs.len());
    for run in runs {
        let currency = Currency::parse(&run.currency)?;
        let mut total = Balance::zero(currency);
        let mut recipients = Vec::new();
        for l in lines.iter().filter(|l| l.run_id == run.id) {
            let amount = Money::from_minor(l.amount_minor, currency);
            total = total.checked_add(amount)?;
            recipients.push(Recipient {
                coop_id: l.coop_id,
                coop_name: names.get(&l.coop_id).cloned().unwrap_or_default(),
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
    Ok((out, next))
}

/// A page of approved and paid spending with the recipients' names: two queries.
async fn spending(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<(Vec<SpendingSummary>, Option<Cursor>), AppError> {
    use spending_proposal::Column;
    let rows = spending_proposal::Entity::find()
        .filter(Column::Status.is_in([SpendingStatus::Approved, SpendingStatus::Paid]))
        .filter(Column::Id.lt(before(page)))
        .order_by_desc(Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    let (proposals, next) = page.cut(rows, |p| i64::from(p.id));
    let names = super::coops::names(db, proposals.iter().map(|p| p.recipient_coop_id)).await?;
    let mut out = Vec::with_capacity(proposals.len());
    for p in proposals {
        out.push(SpendingSummary {
            id: p.id,
            amount: money(p.amount_minor, &p.currency)?.into(),
            recipient_name: names.get(&p.recipient_coop_id).cloned().unwrap_or_default(),
            recipient_coop_id: p.recipient_coop_id,
            title: p.title,
            purpose: p.purpose,
            status: p.status.as_str().to_owned(),
        });
    }
    Ok((out, next))
}
