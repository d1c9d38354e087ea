//! The public common-pool page: balance, inflows by month (a server-drawn chart), fees and
//! their split, approved payouts and spending.
use maud::{html, Markup};

use crate::chart::{bar_chart, Bar};
use crate::layout::{page, Layout};

pub struct PoolView {
    /// "12.50 EUR" per currency.
    pub balances: Vec<String>,
    /// One chart per currency: (currency, minor units per major unit, bars by month).
    pub inflows: Vec<(String, i64, Vec<Bar>)>,
    /// (currency, total fees, to the pool, to the co-ops)
    pub fees: Vec<(String, String, String, String)>,
    pub runs: Vec<PoolRun>,
    /// (title, purpose, recipient, amount, status)
    pub spending: Vec<(String, String, String, String, String)>,
    /// The next pages' links, while older runs or spending follow.
    pub runs_next: Option<String>,
    pub spending_next: Option<String>,
}

pub struct PoolRun {
    pub id: i32,
    pub total: String,
    pub status: String,
    /// (co-op, amount, status)
    pub recipients: Vec<(String, String, String)>,
}

pub fn pool(l: &Layout, v: &PoolView) -> Markup {
    page(
        l,
        "Common pool",
        html! {
            h1 { "The common pool" }
            p { "Half of every marketplace fee goes to the common pool; the committee spends it and pays the co-ops their share, in the open." }
            h2 { "Balance" }
            @if v.balances.is_empty() { p.muted { "The pool is empty so far." } }
            ul.balances { @for b in &v.balances { li { strong { (b) } } } }
            h2 { "Inflows by month" }
            @if v.inflows.is_empty() { p.muted { "Nothing has flowed in yet." } }
            @for (currency, per_unit, bars) in &v.inflows {
                figure {
                    (bar_chart(&format!("Inflows to the pool in {currency} by month"), bars, *per_unit))
                    figcaption { "Inflows in " (currency) }
                }
            }
            h2 { "Fees and how they split" }
            div.table-wrap { table.data {
                thead { tr { th { "Currency" } th { "Fees charged" } th { "To the pool" } th { "To the co-ops" } } }
                tbody { @for (c, total, pool, coops) in &v.fees { tr { td { (c) } td { (total) } td { (pool) } td { (coops) } } } }
            } }
            h2 { "Payout runs" }
            @if v.runs.is_empty() { p.muted { "No payout run has been approved yet." } }
            @for r in &v.runs {
                article.card {
                    h3 { "Run #" (r.id) " · " (r.total) " · " (r.status) }
                    ul { @for (coop, amount, status) in &r.recipients { li { (coop) ": " (amount) " (" (status) ")" } } }
                }
            }
            @if let Some(h) = &v.runs_next { p.pager { a rel="next" href=(h) { "Older runs" } } }
            h2 { "Spending" }
            @for (id, name) in &l.coops {
                p { a href={ "/coops/" (id) "/spending" } { "Propose spending from the pool as " (name) } }
            }
            @if v.spending.is_empty() { p.muted { "Nothing has been spent from the pool yet." } }
            div.table-wrap { table.data {
                thead { tr { th { "What" } th { "Why" } th { "To" } th { "Amount" } th { "Status" } } }
                tbody { @for (t, p, to, a, s) in &v.spending { tr { td { (t) } td { (p) } td { (to) } td { (a) } td { (s) } } } }
            } }
            @if let Some(h) = &v.spending_next { p.pager { a rel="next" href=(h) { "Older spending" } } }
        },
    )
}
