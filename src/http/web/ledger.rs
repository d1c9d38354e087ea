//! Statements for a co-op's members, a page at a time (or a streamed CSV); every account and
//! the trial balance for the committee, from the maintained balances.
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use i18n::Tr;
use maud::Markup;
use templates::ledger::{AccountRow, StatementLineRow};

use super::form_data;
use crate::domain::balance::Balance;
use crate::domain::ledger::Account;
use crate::domain::money::Currency;
use crate::domain::page::PageRequest;
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::error::page_refused;
use crate::http::extract::{CommitteeMember, CoopReader};
use crate::http::local_text;
use crate::http::AppState;
use crate::store;
use crate::store::ledger::statement::StatementOf;
use crate::store::ledger::AccountBalance;

#[path = "ledger_csv.rs"]
mod csv_export;

/// A co-op's accounts in the order its statement offers them, with their query value.
pub(crate) fn own_accounts(coop: i32) -> [(&'static str, Account); 4] {
    [
        ("proceeds", Account::CoopProceeds(coop)),
        ("fair_share", Account::CoopFairShare(coop)),
        ("receivable", Account::CoopReceivable(coop)),
        ("payments", Account::CoopPayments(coop)),
    ]
}

/// What an account means to a person, without its internal key.
pub(crate) fn meaning(a: &Account) -> &'static str {
    match a {
        Account::CoopProceeds(_) => "sale proceeds",
        Account::CoopFairShare(_) => "fair share owed",
        Account::CoopReceivable(_) => "owed back (claw-back)",
        Account::CoopPayments(_) => "payments made",
        Account::Pool => "common pool",
        Account::GatewayClearing => "held by the payment gateway or bank",
        Account::PayoutsInTransit => "payouts in transit",
        Account::ProcessorFees => "payment processor fees",
    }
}

/// The stable code of what an account means (`ledger-account` in ledger.ftl).
fn meaning_code(a: &Account) -> &'static str {
    match a {
        Account::CoopProceeds(_) => "proceeds",
        Account::CoopFairShare(_) => "fair_share",
        Account::CoopReceivable(_) => "receivable",
        Account::CoopPayments(_) => "payments",
        Account::Pool => "pool",
        Account::GatewayClearing => "gateway_clearing",
        Account::PayoutsInTransit => "payouts_in_transit",
        Account::ProcessorFees => "processor_fees",
    }
}

/// What an account means, in the viewer's language.
pub(crate) fn account_meaning(tr: &Tr, a: &Account) -> String {
    tr.t_args("ledger-account", &[("code", meaning_code(a).into())])
}

/// What moved the money on a statement line: the entry's kind, with its order when it has one.
fn what(tr: &Tr, kind: &str, order: Option<i32>) -> String {
    match order {
        Some(id) => tr.t_args(
            "ledger-entry-order",
            &[("kind", kind.to_owned().into()), ("id", id.into())],
        ),
        None => tr.t_args("ledger-entry-kind", &[("kind", kind.to_owned().into())]),
    }
}

fn coop_of(a: &Account) -> Option<i32> {
    match a {
        Account::CoopProceeds(id)
        | Account::CoopFairShare(id)
        | Account::CoopReceivable(id)
        | Account::CoopPayments(id) => Some(*id),
        _ => None,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct StatementQuery {
    account: String,
    currency: String,
    from: String,
    to: String,
    format: String,
    per_page: String,
    cursor: String,
}

fn day(s: &str, field: &'static str, e: &mut FieldErrors) -> Option<DateTime<Utc>> {
    if s.trim().is_empty() {
        return None;
    }
    match crate::domain::day::parse_day(s) {
        Ok(d) => d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()),
        Err(m) => {
            e.add(field, m);
            None
        }
    }
}

/// The account and currency asked for; without one, the first of the co-op's accounts that has
/// postings (a buying co-op opens on its fair share, not on an empty "proceeds").
fn chosen(
    q: &StatementQuery,
    coop: &entity::coop::Model,
    mine: &[AccountBalance],
    e: &mut FieldErrors,
) -> (&'static str, Account, Option<Currency>) {
    let accounts = own_accounts(coop.id);
    let used = |a: &Account| mine.iter().any(|b| b.account == *a && b.postings > 0);
    let (value, account) = match q.account.as_str() {
        "" => accounts
            .iter()
            .find(|(_, a)| used(a))
            .copied()
            .unwrap_or(accounts[0]),
        v => accounts
            .iter()
            .find(|(k, _)| *k == v)
            .copied()
            .unwrap_or_else(|| {
                e.add("account", Msg::code("error-ledger-account"));
                accounts[0]
            }),
    };
    let currency = match q.currency.as_str() {
        "" => mine
            .iter()
            .find(|b| b.account == account && b.postings > 0)
            .map(|b| b.balance.currency)
            .or_else(|| Currency::parse(&coop.currency).ok()),
        c => Currency::parse(c)
            .map_err(|err| e.add("currency", err.msg()))
            .ok(),
    };
    (value, account, currency)
}

pub async fn statement(
    State(state): State<AppState>,
    m: CoopReader,
    Query(q): Query<StatementQuery>,
) -> Result<Response, AppError> {
    let (coop, tr) = (&m.coop, &m.signed_in.viewer.tr);
    let own: Vec<Account> = own_accounts(coop.id).into_iter().map(|(_, a)| a).collect();
    let mut e = FieldErrors::default();
    // Before the balances are read: what was asked for, or the first account and the co-op's
    // currency, which a co-op with postings in its own currency gets.
    let (_, guess_account, guess_currency) = chosen(&q, coop, &[], &mut e);
    // An end not given stays open.
    let from = day(&q.from, "from", &mut e);
    let to = day(&q.to, "to", &mut e);
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|err| e.add(err.field(), page_refused(&err)));
    let (Ok(page), true) = (page, e.is_empty()) else {
        return Err(AppError::Invalid(e.said(tr)));
    };
    let csv = q.format == "csv";
    // The lines are read with the balances when the guess holds (checked below).
    let (mine, guessed) = match guess_currency.filter(|_| !csv) {
        Some(currency) => {
            let of = StatementOf {
                account: guess_account,
                currency,
                from,
                to,
            };
            let (read, mine) =
                store::ledger::statement::lines_page_with_balances(&state.db, &of, &page, &own)
                    .await?;
            (mine, Some((of, read)))
        }
        None => (store::ledger::balances_of(&state.db, &own).await?, None),
    };
    let (value, account, currency) = chosen(&q, coop, &mine, &mut e);
    let Some(currency) = currency else {
        return Err(AppError::Invalid(e.said(tr)));
    };
    let of = StatementOf {
        account,
        currency,
        from,
        to,
    };
    let base = serde_urlencoded::to_string([
        ("account", value),
        ("currency", currency.code()),
        ("from", &q.from),
        ("to", &q.to),
    ])
    .unwrap_or_default();
    if csv {
        let name = format!("statement-{}-{value}-{}.csv", coop.id, currency.code());
        return Ok(csv_export::statement(state.db.clone(), of, name));
    }
    let (lines, next) = match guessed {
        Some((g, read)) if g.account == of.account && g.currency == of.currency => read,
        _ => store::ledger::statement::lines_page(&state.db, &of, &page).await?,
    };
    // The balance now, from the co-op's balances read above.
    let balance = mine
        .iter()
        .find(|b| b.account == of.account && b.balance.currency == of.currency)
        .map_or(Balance::zero(of.currency), |b| b.balance);
    let mut currencies: Vec<(String, String)> = mine
        .iter()
        .map(|b| {
            (
                b.balance.currency.code().to_owned(),
                b.balance.currency.code().to_owned(),
            )
        })
        .collect();
    currencies.push((coop.currency.clone(), coop.currency.clone()));
    currencies.sort();
    currencies.dedup();
    let values = [
        ("account", value),
        ("currency", currency.code()),
        ("from", q.from.as_str()),
        ("to", q.to.as_str()),
    ];
    let path = format!("/coops/{}/statement", coop.id);
    let v = templates::ledger::StatementView {
        coop_id: coop.id,
        coop_name: coop.name.clone(),
        balances: mine
            .iter()
            .map(|b| account_row(tr, b, &coop.name, None))
            .collect(),
        form: form_data(values, &FieldErrors::default()),
        accounts: own_accounts(coop.id)
            .iter()
            .map(|(k, _)| {
                let choice = tr.t_args("ledger-account-choice", &[("code", (*k).into())]);
                ((*k).into(), choice)
            })
            .collect(),
        currencies,
        account: tr.t_args(
            "ledger-account-of",
            &[
                ("coop", coop.name.clone().into()),
                ("account", account_meaning(tr, &of.account).into()),
            ],
        ),
        balance: local_text::sum(tr, balance),
        lines: lines
            .iter()
            .map(|l| StatementLineRow {
                when: tr.date_time(l.created_at),
                what: what(tr, &l.kind, l.order_id),
                order_id: l.order_id,
                amount: local_text::of(tr, l.amount),
                balance: local_text::sum(tr, l.balance),
            })
            .collect(),
        csv_href: format!("{path}?{base}&format=csv"),
        next_href: next.map(|c| format!("{path}?{base}&per_page={}&cursor={c}", page.per_page)),
    };
    Ok(templates::ledger::statement(&m.signed_in.viewer.layout(), &v).into_response())
}

/// A balance row: whose account, what it means, and the balance.
fn account_row(tr: &Tr, b: &AccountBalance, owner: &str, href: Option<String>) -> AccountRow {
    AccountRow {
        owner: owner.to_owned(),
        meaning: account_meaning(tr, &b.account),
        currency: b.balance.currency.code().to_owned(),
        balance: local_text::sum(tr, b.balance),
        href,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct LedgerQuery {
    per_page: String,
    cursor: String,
}

pub async fn committee(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Query(q): Query<LedgerQuery>,
) -> Result<Markup, AppError> {
    let tr = &s.viewer.tr;
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|err| AppError::Invalid(FieldErrors(vec![(err.field(), page_refused(&err))])))?;
    let store::ledger::LedgerPage {
        trial: sums,
        accounts,
        next,
    } = store::ledger::ledger_page(&state.db, &page).await?;
    // Every co-op's name as the server keeps it; a co-op made since by another process is read.
    let kept = state.pages.coop_names(&state.db).await?;
    let name_of = |id: i32| {
        let at = kept.binary_search_by_key(&id, |(i, _)| *i).ok()?;
        Some(kept[at].1.clone())
    };
    let unknown = accounts
        .iter()
        .filter_map(|a| coop_of(&a.account))
        .filter(|id| name_of(*id).is_none());
    let read = store::coops::names(&state.db, unknown).await?;
    let rows: Vec<AccountRow> = accounts
        .iter()
        .map(|a| match coop_of(&a.account) {
            Some(id) => {
                let name = name_of(id).or_else(|| read.get(&id).cloned());
                let name = name.unwrap_or_else(|| tr.t("ledger-some-coop"));
                account_row(tr, a, &name, Some(format!("/coops/{id}")))
            }
            None => account_row(tr, a, &tr.t("ledger-marketplace"), None),
        })
        .collect();
    let balanced = sums.iter().all(Balance::is_zero);
    let trial: Vec<(String, String)> = sums
        .iter()
        .map(|m| (m.currency.code().to_owned(), local_text::sum(tr, *m)))
        .collect();
    let next = next.map(|c| format!("/committee/ledger?per_page={}&cursor={c}", page.per_page));
    Ok(templates::ledger::committee_ledger(
        &s.viewer.layout(),
        &rows,
        &trial,
        balanced,
        next.as_deref(),
    ))
}
