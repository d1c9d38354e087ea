//! The public common-pool page: balance, inflows by month (a server-drawn chart), fees and
//! their split, approved payouts and spending.
use maud::{html, Markup};

use crate::chart::{bar_chart, Bar};
use crate::layout::{page, Layout};
use crate::status::label;

/// Every amount is written in the viewer's language already; statuses are stable codes.
pub struct PoolView {
    /// The pool's balance per currency.
    pub balances: Vec<String>,
    /// One chart per currency: (currency, minor units per major unit, bars by month).
    pub inflows: Vec<(String, i64, Vec<Bar>)>,
    /// (currency, total fees, to the pool, to the co-ops)
    pub fees: Vec<(String, String, String, String)>,
    pub runs: Vec<PoolRun>,
    /// (title, purpose, recipient, amount, status code)
    pub spending: Vec<(String, String, String, String, String)>,
    /// The next pages' links, while older runs or spending follow.
    pub runs_next: Option<String>,
    pub spending_next: Option<String>,
}

pub struct PoolRun {
    pub id: i32,
    pub total: String,
    /// The run's status code (`approved`, `paid`).
    pub status: String,
    /// (co-op, amount, line status code)
    pub recipients: Vec<(String, String, String)>,
}

fn inflows(l: &Layout, v: &PoolView) -> Markup {
    let tr = &l.tr;
    html! {
        h2 { (tr.t("pool-inflows")) }
        @if v.inflows.is_empty() { p.muted { (tr.t("pool-no-inflow")) } }
        @for (currency, per_unit, bars) in &v.inflows {
            @let args = [("currency", currency.as_str().into())];
            figure {
                (bar_chart(tr, &tr.t_args("pool-chart-title", &args), bars, *per_unit))
                figcaption { (tr.t_args("pool-chart-caption", &args)) }
            }
        }
    }
}

fn runs(l: &Layout, v: &PoolView) -> Markup {
    let tr = &l.tr;
    html! {
        h2 { (tr.t("pool-runs")) }
        @if v.runs.is_empty() { p.muted { (tr.t("pool-no-run")) } }
        @for r in &v.runs {
            article.card {
                h3 { (tr.t_args("pool-run", &[("id", r.id.into())])) " · " (r.total) " · " (label(tr, "run", &r.status)) }
                ul { @for (coop, amount, status) in &r.recipients {
                    li { (coop) ": " (amount) " (" (label(tr, "line", status)) ")" }
                } }
            }
        }
        @if let Some(h) = &v.runs_next { p.pager { a rel="next" href=(h) { (tr.t("pool-older-runs")) } } }
    }
}

fn spending(l: &Layout, v: &PoolView) -> Markup {
    let tr = &l.tr;
    html! {
        h2 { (tr.t("pool-spending")) }
        @for (id, name) in &l.coops {
            p { a href={ "/coops/" (id) "/spending" } { (tr.t_args("pool-propose-as", &[("coop", name.as_str().into())])) } }
        }
        @if v.spending.is_empty() { p.muted { (tr.t("pool-no-spending")) } }
        div.table-wrap { table.data {
            thead { tr {
                th { (tr.t("pool-col-what")) } th { (tr.t("pool-col-why")) } th { (tr.t("pool-col-to")) }
                th { (tr.t("pool-col-amount")) } th { (tr.t("pool-col-status")) }
            } }
            tbody { @for (t, p, to, a, s) in &v.spending {
                tr { td { (t) } td { (p) } td { (to) } td.num.money { (a) } td { (label(tr, "spending", s)) } }
            } }
        } }
        @if let Some(h) = &v.spending_next { p.pager { a rel="next" href=(h) { (tr.t("pool-older-spending")) } } }
    }
}

pub fn pool(l: &Layout, v: &PoolView) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("pool-title"),
        html! {
            h1 { (tr.t("pool-heading")) }
            p { (tr.t("pool-intro")) }
            h2 { (tr.t("pool-balance")) }
            @if v.balances.is_empty() { p.muted { (tr.t("pool-empty")) } }
            ul.balances { @for b in &v.balances { li { strong { (b) } } } }
            (inflows(l, v))
            h2 { (tr.t("pool-fees")) }
            div.table-wrap { table.data {
                thead { tr {
                    th { (tr.t("pool-col-currency")) } th { (tr.t("pool-col-fees")) }
                    th { (tr.t("pool-col-to-pool")) } th { (tr.t("pool-col-to-coops")) }
                } }
                tbody { @for (c, total, pool, coops) in &v.fees {
                    tr { td { (c) } td.num.money { (total) } td.num.money { (pool) } td.num.money { (coops) } }
                } }
            } }
            (runs(l, v))
            (spending(l, v))
        },
    )
}
