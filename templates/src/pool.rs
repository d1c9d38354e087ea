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
        @let cols = ["pool-col-what", "pool-col-why", "pool-col-to", "pool-col-amount", "pool-col-status"].map(|k| tr.t(k));
        @if !v.spending.is_empty() { div.table-wrap { table.data {
            thead { tr { @for c in &cols { th { (c) } } } }
            // Each cell names its column: below 600 px a row is a card of labelled lines.
            tbody { @for (t, p, to, a, s) in &v.spending {
                tr {
                    td data-label=(cols[0]) { (t) } td data-label=(cols[1]) { (p) } td data-label=(cols[2]) { (to) }
                    td.num.money data-label=(cols[3]) { (a) } td data-label=(cols[4]) { (label(tr, "spending", s)) }
                }
            } }
        } } }
        @if let Some(h) = &v.spending_next { p.pager { a rel="next" href=(h) { (tr.t("pool-older-spending")) } } }
    }
}

fn fees(l: &Layout, v: &PoolView) -> Markup {
    let tr = &l.tr;
    let cols = [
        "pool-col-currency",
        "pool-col-fees",
        "pool-col-to-pool",
        "pool-col-to-coops",
    ]
    .map(|k| tr.t(k));
    html! {
        h2 { (tr.t("pool-fees")) }
        @if v.fees.is_empty() { p.muted { (tr.t("pool-no-inflow")) } }
        @if !v.fees.is_empty() { div.table-wrap { table.data {
            thead { tr { @for c in &cols { th { (c) } } } }
            // Each cell names its column: below 600 px a row is a card of labelled lines.
            tbody { @for (c, total, pool, coops) in &v.fees {
                tr {
                    td data-label=(cols[0]) { (c) } td.num.money data-label=(cols[1]) { (total) }
                    td.num.money data-label=(cols[2]) { (pool) } td.num.money data-label=(cols[3]) { (coops) }
                }
            } }
        } } }
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
            (fees(l, v))
            (runs(l, v))
            (spending(l, v))
        },
    )
}
