//! The public common-pool page: anyone may look, no login. Runs and spending a page at a time.
use axum::extract::{Query, State};
use i18n::Tr;
use maud::Markup;
use templates::chart::Bar;
use templates::pool::{PoolRun, PoolView};

use crate::domain::money::Currency;
use crate::error::AppError;
use crate::http::api::pool::PoolQuery;
use crate::http::local_text::text;
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
    Ok(templates::pool::pool(
        &viewer.layout(),
        &view(&viewer.tr, r, per_page),
    ))
}

/// One chart per currency, a bar per month, named and captioned in the viewer's language.
fn inflows(tr: &Tr, r: &PoolReport) -> Vec<(String, i64, Vec<Bar>)> {
    let mut out: Vec<(String, i64, Vec<Bar>)> = Vec::new();
    for i in &r.inflows {
        let bar = Bar {
            label: templates::chart::month_label(tr, &i.month),
            caption: text(tr, &i.amount, &i.currency),
            value: i.amount_minor,
        };
        match out.iter_mut().find(|(c, _, _)| *c == i.currency) {
            Some((_, _, bars)) => bars.push(bar),
            None => {
                let per_unit = Currency::parse(&i.currency).map_or(1, |c| c.minor_per_major());
                out.push((i.currency.clone(), per_unit, vec![bar]));
            }
        }
    }
    out
}

fn view(tr: &Tr, r: PoolReport, per_page: u32) -> PoolView {
    let next =
        |name: &str, c: Option<String>| c.map(|c| format!("/pool?per_page={per_page}&{name}={c}"));
    PoolView {
        inflows: inflows(tr, &r),
        balances: r
            .balances
            .iter()
            .map(|b| text(tr, &b.amount, &b.currency))
            .collect(),
        fees: r
            .fees
            .iter()
            .map(|f| {
                let m = |a: &str| text(tr, a, &f.currency);
                let (total, pool, coops) = (m(&f.total), m(&f.to_pool), m(&f.to_coops));
                (f.currency.clone(), total, pool, coops)
            })
            .collect(),
        runs: r
            .payout_runs
            .into_iter()
            .map(|run| PoolRun {
                id: run.id,
                total: text(tr, &run.total.amount, &run.total.currency),
                status: run.status,
                recipients: run
                    .recipients
                    .into_iter()
                    .map(|x| {
                        (
                            x.coop_name,
                            text(tr, &x.amount, &run.total.currency),
                            x.status,
                        )
                    })
                    .collect(),
            })
            .collect(),
        runs_next: next("runs_cursor", r.runs_next),
        spending_next: next("spending_cursor", r.spending_next),
        spending: r
            .spending
            .into_iter()
            .map(|s| {
                let amount = text(tr, &s.amount.amount, &s.amount.currency);
                (s.title, s.purpose, s.recipient_name, amount, s.status)
            })
            .collect(),
    }
}
