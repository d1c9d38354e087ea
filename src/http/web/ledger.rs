//! Statements for a co-op's members; every account and the trial balance for the committee.
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use maud::Markup;
use templates::ledger::StatementLineRow;

use super::form_data;
use crate::domain::balance::Balance;
use crate::domain::ledger::Account;
use crate::domain::money::Currency;
use crate::domain::text::spreadsheet_cell;
use crate::error::{AppError, FieldErrors};
use crate::http::extract::{CommitteeMember, CoopReader};
use crate::http::AppState;
use crate::store;

fn label(a: &Account) -> String {
    match a {
        Account::CoopProceeds(_) => "proceeds (owed for sales)".into(),
        Account::CoopFairShare(_) => "fair share (half of fees, shared)".into(),
        Account::CoopReceivable(_) => "receivable".into(),
        other => other.as_str().into_owned(),
    }
}

fn kind(a: &Account) -> &'static str {
    match a {
        Account::CoopProceeds(_) => "proceeds",
        Account::CoopFairShare(_) => "fair_share",
        _ => "receivable",
    }
}

fn coop_of(a: &Account) -> Option<i32> {
    match a {
        Account::CoopProceeds(id) | Account::CoopFairShare(id) | Account::CoopReceivable(id) => {
            Some(*id)
        }
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

pub async fn statement(
    State(state): State<AppState>,
    m: CoopReader,
    Query(q): Query<StatementQuery>,
) -> Result<Response, AppError> {
    let coop = &m.coop;
    let mine: Vec<(Account, Balance)> = store::ledger::balances(&state.db)
        .await?
        .into_iter()
        .filter(|(a, _)| coop_of(a) == Some(coop.id))
        .collect();
    let mut e = FieldErrors::default();
    let account = match q.account.as_str() {
        "" | "proceeds" => Account::CoopProceeds(coop.id),
        "fair_share" => Account::CoopFairShare(coop.id),
        "receivable" => Account::CoopReceivable(coop.id),
        _ => {
            e.add("account", "choose proceeds or fair_share");
            Account::CoopProceeds(coop.id)
        }
    };
    let default_cur = mine
        .iter()
        .find(|(a, _)| *a == account)
        .map(|(_, b)| b.currency.code())
        .unwrap_or(coop.currency.as_str());
    let cur_text = if q.currency.is_empty() {
        default_cur.to_owned()
    } else {
        q.currency.clone()
    };
    let currency = Currency::parse(&cur_text)
        .map_err(|err| e.add("currency", err.to_string()))
        .ok();
    // Open ends default to bounds both databases store (PostgreSQL refuses chrono's extremes).
    let from = day(&q.from, "from", &mut e).unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let to =
        day(&q.to, "to", &mut e).unwrap_or_else(|| store::now() + chrono::TimeDelta::days(36_500));
    let (Some(currency), true) = (currency, e.is_empty()) else {
        return Err(AppError::Invalid(e));
    };
    let st = store::ledger::entries_for_account(&state.db, &account, currency, from, to).await?;
    if q.format == "csv" {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record([
            "date", "entry", "kind", "memo", "order", "amount", "balance", "currency",
        ]);
        for l in &st.lines {
            let order = l.order_id.map(|o| o.to_string()).unwrap_or_default();
            // Text cells are neutralised for spreadsheets; amounts (maybe negative) stay numbers.
            let _ = w.write_record([
                l.created_at.to_rfc3339().as_str(),
                &spreadsheet_cell(&l.key),
                &spreadsheet_cell(&l.kind),
                &spreadsheet_cell(&l.memo),
                &order,
                &l.amount.format_amount(),
                &l.balance.format_amount(),
                currency.code(),
            ]);
        }
        let body = w
            .into_inner()
            .map_err(|err| AppError::Internal(err.to_string()))?;
        let name = format!(
            "attachment; filename=\"statement-{}-{}-{}.csv\"",
            coop.id,
            kind(&account),
            currency.code()
        );
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CONTENT_DISPOSITION, name),
            ],
            body,
        )
            .into_response());
    }
    let mut currencies: Vec<(String, String)> = mine
        .iter()
        .map(|(_, b)| (b.currency.code().to_owned(), b.currency.code().to_owned()))
        .collect();
    currencies.push((coop.currency.clone(), coop.currency.clone()));
    currencies.sort();
    currencies.dedup();
    let values = [
        ("account", kind(&account)),
        ("currency", currency.code()),
        ("from", q.from.as_str()),
        ("to", q.to.as_str()),
    ];
    let csv_href = format!(
        "/coops/{}/statement?{}",
        coop.id,
        serde_urlencoded::to_string([
            ("account", kind(&account)),
            ("currency", currency.code()),
            ("from", &q.from),
            ("to", &q.to),
            ("format", "csv")
        ])
        .unwrap_or_default()
    );
    let v = templates::ledger::StatementView {
        coop_id: coop.id,
        coop_name: coop.name.clone(),
        balances: mine
            .iter()
            .map(|(a, b)| (label(a), b.currency.code().to_owned(), b.to_string()))
            .collect(),
        form: form_data(values, &FieldErrors::default()),
        accounts: vec![
            ("proceeds".into(), "Proceeds".into()),
            ("fair_share".into(), "Fair share".into()),
        ],
        currencies,
        opening: st.opening.to_string(),
        closing: st.closing.to_string(),
        lines: st
            .lines
            .iter()
            .map(|l| StatementLineRow {
                when: l.created_at.format("%Y-%m-%d %H:%M").to_string(),
                what: l.memo.clone(),
                order_id: l.order_id,
                amount: l.amount.to_string(),
                balance: l.balance.to_string(),
            })
            .collect(),
        csv_href,
    };
    Ok(templates::ledger::statement(&m.signed_in.viewer.layout(), &v).into_response())
}

pub async fn committee(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
) -> Result<Markup, AppError> {
    let balances = store::ledger::balances(&state.db)
        .await?
        .into_iter()
        .map(|(a, b)| {
            (
                a.as_str().into_owned(),
                b.currency.code().to_owned(),
                b.to_string(),
            )
        })
        .collect::<Vec<_>>();
    let sums = store::ledger::trial_balance(&state.db).await?;
    let balanced = sums.iter().all(Balance::is_zero);
    let trial: Vec<(String, String)> = sums
        .iter()
        .map(|m| (m.currency.code().to_owned(), m.to_string()))
        .collect();
    let verdict = if balanced {
        "Every currency balances."
    } else {
        "A currency does not balance: run `cooptrade ledger verify`."
    };
    Ok(templates::ledger::committee_ledger(
        &s.viewer.layout(),
        &balances,
        &trial,
        verdict,
    ))
}
