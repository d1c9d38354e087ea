//! The public common-pool page: anyone may look, no login.
use axum::extract::State;
use i18n::Tr;
use maud::Markup;
use templates::chart::Bar;
use templates::pool::{PoolRun, PoolView};

use crate::domain::money::Currency;
use crate::error::AppError;
use crate::http::local_text::text;
use crate::http::viewer::Viewer;
use crate::http::AppState;
use crate::store::pool::{report, PoolReport};

pub async fn page(State(state): State<AppState>, viewer: Viewer) -> Result<Markup, AppError> {
    let r = report(&state.db).await?;
    Ok(templates::pool::pool(
        &viewer.layout(),
        &view(&viewer.tr, r),
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

fn view(tr: &Tr, r: PoolReport) -> PoolView {
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
