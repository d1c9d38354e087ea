//! The public common-pool page: anyone may look, no login. Runs and spending a page at a time.
use axum::extract::{Query, State};
use maud::Markup;
use templates::chart::Bar;
use templates::pool::{PoolRun, PoolView};

use crate::domain::money::Currency;
use crate::error::AppError;
use crate::http::api::pool::PoolQuery;
use crate::http::viewer::Viewer;
use crate::http::AppState;
use crate::store::pool::{report, PoolReport};

pub async fn page(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(q): Query<PoolQuery>,
) -> Result<Markup, AppError> {
    let pages = q.pages()?;
    let r = report(&state.db, &pages).await?;
    let per_page = pages.runs.per_page;
    Ok(templates::pool::pool(&viewer.layout(), &view(r, per_page)))
}

fn view(r: PoolReport, per_page: u32) -> PoolView {
    let next =
        |name: &str, c: Option<String>| c.map(|c| format!("/pool?per_page={per_page}&{name}={c}"));
    let mut inflows: Vec<(String, i64, Vec<Bar>)> = Vec::new();
    for i in r.inflows {
        let bar = Bar {
            label: templates::chart::month_label(&i.month),
            caption: i.amount,
            value: i.amount_minor,
        };
        match inflows.iter_mut().find(|(c, _, _)| *c == i.currency) {
            Some((_, _, bars)) => bars.push(bar),
            None => {
                let per_unit = Currency::parse(&i.currency).map_or(1, |c| c.minor_per_major());
                inflows.push((i.currency, per_unit, vec![bar]));
            }
        }
    }
    PoolView {
        balances: r
            .balances
            .into_iter()
            .map(|b| format!("{} {}", b.amount, b.currency))
            .collect(),
        inflows,
        fees: r
            .fees
            .into_iter()
            .map(|f| (f.currency, f.total, f.to_pool, f.to_coops))
            .collect(),
        runs: r
            .payout_runs
            .into_iter()
            .map(|run| PoolRun {
                id: run.id,
                total: format!("{} {}", run.total.amount, run.total.currency),
                status: run.status,
                recipients: run
                    .recipients
                    .into_iter()
                    .map(|x| (x.coop_name, x.amount, x.status))
                    .collect(),
            })
            .collect(),
        runs_next: next("runs_cursor", r.runs_next),
        spending_next: next("spending_cursor", r.spending_next),
        spending: r
            .spending
            .into_iter()
            .map(|s| {
                let amount = format!("{} {}", s.amount.amount, s.amount.currency);
                (s.title, s.purpose, s.recipient_name, amount, s.status)
            })
            .collect(),
    }
}
