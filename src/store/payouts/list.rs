//! The committee's lists of payout runs and pool spending, a page at a time by keyset (newest
//! first), each page in a fixed number of queries whatever its length.
use entity::{payout_line, payout_run, spending_proposal};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::bounds::split_sum;
use crate::domain::money::Currency;
use crate::domain::page::{Cursor, PageRequest};
use crate::error::AppError;

/// A run on the list: the run, how many lines it has and their total in minor units.
#[derive(Clone, Debug)]
pub struct RunOnList {
    pub run: payout_run::Model,
    pub lines: i64,
    pub total: i128,
}

fn before(page: &PageRequest) -> i32 {
    page.before
        .map_or(i32::MAX, |b| i32::try_from(b).unwrap_or(i32::MAX))
}

/// One page of payout runs with their line counts and totals: two queries.
pub async fn runs_page(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<(Vec<RunOnList>, Option<Cursor>), AppError> {
    let runs = payout_run::Entity::find()
        .filter(payout_run::Column::Id.lt(before(page)))
        .order_by_desc(payout_run::Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    let (runs, next) = page.cut(runs, |r| i64::from(r.id));
    let sums: Vec<(i32, i64, i64, i64)> = payout_line::Entity::find()
        .select_only()
        .column(payout_line::Column::RunId)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(amount_minor >> 32), 0) AS BIGINT)"),
            "h",
        )
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(amount_minor & 4294967295), 0) AS BIGINT)"),
            "l",
        )
        .filter(payout_line::Column::RunId.is_in(runs.iter().map(|r| r.id)))
        .group_by(payout_line::Column::RunId)
        .into_tuple()
        .all(db)
        .await?;
    let on_list = runs
        .into_iter()
        .map(|run| {
            let (lines, high, low) = sums
                .iter()
                .find(|s| s.0 == run.id)
                .map_or((0, 0, 0), |s| (s.1, s.2, s.3));
            // The currency only names the sum; its minor units are what is added.
            let total = split_sum(high, low, Currency::EUR).minor;
            RunOnList { run, lines, total }
        })
        .collect();
    Ok((on_list, next))
}

/// One page of pool spending proposals, newest first: one query.
pub async fn spending_page(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<(Vec<spending_proposal::Model>, Option<Cursor>), AppError> {
    let rows = spending_proposal::Entity::find()
        .filter(spending_proposal::Column::Id.lt(before(page)))
        .order_by_desc(spending_proposal::Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    Ok(page.cut(rows, |p| i64::from(p.id)))
}
