//! Statements for a co-op, and the committee's view of every account with the trial balance.
use maud::{html, Markup};

use crate::components::{field, select, FormData};
use crate::layout::{page, Layout};

/// (account label, currency, balance)
pub type BalanceRow = (String, String, String);

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
    pub balances: Vec<BalanceRow>,
    pub form: FormData,
    /// (account value, label) the co-op has.
    pub accounts: Vec<(String, String)>,
    pub currencies: Vec<(String, String)>,
    pub opening: String,
    pub closing: String,
    pub lines: Vec<StatementLineRow>,
    pub csv_href: String,
}

fn balances_table(rows: &[BalanceRow]) -> Markup {
    html! {
        div.table-wrap { table.data {
            thead { tr { th { "Account" } th { "Currency" } th.num { "Balance" } } }
            tbody { @for (a, c, b) in rows { tr { td { (a) } td { (c) } td.num.money { (b) } } } }
        } }
    }
}

pub fn statement(l: &Layout, v: &StatementView) -> Markup {
    let accounts: Vec<(&str, &str)> = v
        .accounts
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let currencies: Vec<(&str, &str)> = v
        .currencies
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    page(
        l,
        "Statement",
        html! {
            h1 { "Statement of " (v.coop_name) }
            @if v.balances.is_empty() { p.muted { "Nothing has been posted for this co-op yet." } }
            @else { (balances_table(&v.balances)) }
            form.filters.stack method="get" action={ "/coops/" (v.coop_id) "/statement" } {
                (select("account", "Account", &accounts, v.form.value("account"), v.form.error("account")))
                (select("currency", "Currency", &currencies, v.form.value("currency"), v.form.error("currency")))
                (field(v.form.field("from", "From").kind("date")))
                (field(v.form.field("to", "Until (exclusive)").kind("date")))
                div.actions { button type="submit" { "Show" } a href=(v.csv_href) { "Download CSV" } }
            }
            p { "Opening balance: " span.money { (v.opening) } }
            div.table-wrap { table.data {
                thead { tr { th { "When" } th { "What" } th { "Order" } th.num { "Amount" } th.num { "Balance" } } }
                tbody { @for line in &v.lines { tr {
                    td { (line.when) } td { (line.what) }
                    td { @if let Some(o) = line.order_id { a href={ "/orders/" (o) } { "#" (o) } } }
                    td.num.money { (line.amount) } td.num.money { (line.balance) }
                } } }
            } }
            p { "Closing balance: " span.money { (v.closing) } }
        },
    )
}

pub fn committee_ledger(
    l: &Layout,
    balances: &[BalanceRow],
    trial: &[(String, String)],
    verified: &str,
) -> Markup {
    page(
        l,
        "Ledger",
        html! {
            h1 { "Ledger" }
            h2 { "Trial balance" }
            p.muted { "Every currency's postings must sum to zero." }
            div.table-wrap { table.data {
                thead { tr { th { "Currency" } th.num { "Sum of all postings" } } }
                tbody { @for (c, s) in trial { tr { td { (c) } td.num.money { (s) } } } }
            } }
            p { (verified) }
            h2 { "Accounts" }
            (balances_table(balances))
        },
    )
}
