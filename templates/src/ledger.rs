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

fn balances_table(rows: &[AccountRow]) -> Markup {
    html! {
        div.table-wrap { table.data {
            thead { tr { th { "Co-op" } th { "Account" } th { "Currency" } th.num { "Balance" } } }
            tbody { @for r in rows { tr {
                td { @if let Some(h) = &r.href { a href=(h) { (r.owner) } } @else { (r.owner) } }
                td { (r.meaning) } td { (r.currency) } td.num.money { (r.balance) }
            } } }
        } }
    }
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

pub fn statement(l: &Layout, v: &StatementView) -> Markup {
    let (accounts, currencies) = (pairs(&v.accounts), pairs(&v.currencies));
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
            h2 { (v.account) }
            p { "Balance now: " span.money { (v.balance) } }
            @if v.lines.is_empty() { p.muted { "No entries in this period." } }
            @else {
                div.table-wrap { table.data {
                    thead { tr { th { "When" } th { "What" } th { "Order" } th.num { "Amount" } th.num { "Balance after" } } }
                    tbody { @for line in &v.lines { tr {
                        td { (line.when) } td { (line.what) }
                        td { @if let Some(o) = line.order_id { a href={ "/orders/" (o) } { "#" (o) } } }
                        td.num.money { (line.amount) } td.num.money { (line.balance) }
                    } } }
                } }
            }
            @if let Some(h) = &v.next_href { p.pager { a rel="next" href=(h) { "Older entries" } } }
        },
    )
}

pub fn committee_ledger(
    l: &Layout,
    accounts: &[AccountRow],
    trial: &[(String, String)],
    verified: &str,
    next_href: Option<&str>,
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
            (balances_table(accounts))
            @if let Some(h) = next_href { p.pager { a rel="next" href=(h) { "More accounts" } } }
        },
    )
}
