//! Statements for a co-op, and the committee's view of every account with the trial balance.
//! Accounts are shown by whose they are and what they mean, never by their internal key.
use maud::{html, Markup};

use crate::components::{field, select, FormData};
use crate::layout::{page, Layout};

/// One account's balance: whose it is, what it means, the currency and the balance.
pub struct AccountRow {
    pub owner: String,
    pub meaning: String,
    pub currency: String,
    pub balance: String,
    /// Where the owner's page is, when it has one.
    pub href: Option<String>,
}

pub struct StatementLineRow {
    pub when: String,
    pub what: String,
    pub order_id: Option<i32>,
    pub amount: String,
    pub balance: String,
}

pub struct StatementView {
    pub coop_id: i32,
    pub coop_name: String,
    pub balances: Vec<AccountRow>,
    pub form: FormData,
    /// (account value, label) the co-op has.
    pub accounts: Vec<(String, String)>,
    pub currencies: Vec<(String, String)>,
    /// The account shown, by owner and meaning.
    pub account: String,
    /// Its balance now.
    pub balance: String,
    /// One page of lines, newest first.
    pub lines: Vec<StatementLineRow>,
    pub csv_href: String,
    /// The next (older) page, when there is one.
    pub next_href: Option<String>,
}

fn balances_table(l: &Layout, rows: &[AccountRow]) -> Markup {
    let tr = &l.tr;
    html! {
        @let cols = ["ledger-col-coop", "ledger-col-account", "ledger-col-currency", "ledger-col-balance"].map(|k| tr.t(k));
        div.table-wrap { table.data {
            thead { tr { th { (cols[0]) } th { (cols[1]) } th { (cols[2]) } th.num { (cols[3]) } } }
            tbody { @for r in rows { tr {
                td data-label=(cols[0]) { @if let Some(h) = &r.href { a href=(h) { (r.owner) } } @else { (r.owner) } }
                td data-label=(cols[1]) { (r.meaning) } td data-label=(cols[2]) { (r.currency) }
                td.num.money data-label=(cols[3]) { (r.balance) }
            } } }
        } }
    }
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn filters(l: &Layout, v: &StatementView) -> Markup {
    let tr = &l.tr;
    let (accounts, currencies) = (pairs(&v.accounts), pairs(&v.currencies));
    let (account, currency) = (tr.t("ledger-col-account"), tr.t("ledger-col-currency"));
    let (from, to) = (tr.t("ledger-from"), tr.t("ledger-until"));
    html! {
        form.filters.stack method="get" action={ "/coops/" (v.coop_id) "/statement" } {
            (select("account", &account, &accounts, v.form.value("account"), v.form.error("account")))
            (select("currency", &currency, &currencies, v.form.value("currency"), v.form.error("currency")))
            (field(v.form.field("from", &from).kind("date")))
            (field(v.form.field("to", &to).kind("date")))
            div.actions { button type="submit" { (tr.t("ledger-show")) } a href=(v.csv_href) { (tr.t("ledger-csv")) } }
        }
    }
}

fn lines(l: &Layout, v: &StatementView) -> Markup {
    let tr = &l.tr;
    html! {
        @if v.lines.is_empty() { p.muted { (tr.t("ledger-no-entries")) } }
        @else {
            @let cols = ["ledger-col-when", "ledger-col-what", "ledger-col-order", "ledger-col-amount", "ledger-col-balance-after"].map(|k| tr.t(k));
            div.table-wrap { table.data {
                thead { tr {
                    th { (cols[0]) } th { (cols[1]) } th { (cols[2]) } th.num { (cols[3]) } th.num { (cols[4]) }
                } }
                tbody { @for line in &v.lines { tr {
                    td data-label=(cols[0]) { (line.when) } td data-label=(cols[1]) { (line.what) }
                    td data-label=(cols[2]) { @if let Some(o) = line.order_id { a href={ "/orders/" (o) } { "#" (o) } } }
                    td.num.money data-label=(cols[3]) { (line.amount) } td.num.money data-label=(cols[4]) { (line.balance) }
                } } }
            } }
        }
    }
}

pub fn statement(l: &Layout, v: &StatementView) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("ledger-statement-title"),
        html! {
            h1 { (tr.t_args("ledger-statement-of", &[("coop", v.coop_name.as_str().into())])) }
            @if v.balances.is_empty() { p.muted { (tr.t("ledger-nothing-posted")) } }
            @else { (balances_table(l, &v.balances)) }
            (filters(l, v))
            h2 { (v.account) }
            @let (before, after) = tr.t_around("ledger-balance-now", "balance", &[]);
            p { (before) span.money { (v.balance) } (after) }
            (lines(l, v))
            @if let Some(h) = &v.next_href { p.pager { a rel="next" href=(h) { (tr.t("ledger-older")) } } }
        },
    )
}

pub fn committee_ledger(
    l: &Layout,
    accounts: &[AccountRow],
    trial: &[(String, String)],
    balanced: bool,
    next_href: Option<&str>,
) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("ledger-title"),
        html! {
            h1 { (tr.t("ledger-title")) }
            h2 { (tr.t("ledger-trial")) }
            p.muted { (tr.t("ledger-trial-rule")) }
            @let (currency, sum) = (tr.t("ledger-col-currency"), tr.t("ledger-col-sum"));
            div.table-wrap { table.data {
                thead { tr { th { (currency) } th.num { (sum) } } }
                tbody { @for (c, s) in trial { tr { td data-label=(currency) { (c) } td.num.money data-label=(sum) { (s) } } } }
            } }
            p { (tr.t(if balanced { "ledger-balanced" } else { "ledger-unbalanced" })) }
            h2 { (tr.t("ledger-accounts")) }
            (balances_table(l, accounts))
            @if let Some(h) = next_href { p.pager { a rel="next" href=(h) { (tr.t("ledger-more-accounts")) } } }
        },
    )
}
