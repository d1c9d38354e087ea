//! `cooptrade stripe reconcile --since YYYY-MM-DD`: Stripe's balance transactions since a date
//! against our books; prints every difference. Exit 0 when none, 1 when some, 2 on bad input.
use std::collections::HashMap;

use clap::Subcommand;

use crate::config::Config;
use crate::domain::money::{Currency, Money};
use crate::domain::reconcile::{compare, Difference};
use crate::payments::stripe::StripeGateway;
use crate::{db, store};

#[derive(Subcommand)]
pub enum StripeCommand {
    /// Compare Stripe's balance transactions since a date with our postings; list every difference.
    Reconcile {
        /// The first day (UTC) to compare, as YYYY-MM-DD.
        #[arg(long)]
        since: String,
    },
}

/// Bad input or configuration: the command exits with 2; the message is said in the language
/// of `LANG` (English in `Display`).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub crate::error::Msg);

pub async fn run(config: &Config, command: StripeCommand) -> anyhow::Result<()> {
    let StripeCommand::Reconcile { since } = command;
    let day = chrono::NaiveDate::parse_from_str(since.trim(), "%Y-%m-%d").map_err(|_| {
        UsageError(crate::error::Msg::code("cli-error-since").arg("value", since.clone()))
    })?;
    let Some(key) = &config.stripe_secret_key else {
        return Err(UsageError(crate::error::Msg::code("cli-error-stripe-key")).into());
    };
    let from = day
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc()
        .timestamp();
    let db = db::connect_and_migrate(&config.database_url).await?;
    let stripe = StripeGateway::new(key, &config.stripe_api_base)?;
    let theirs = stripe.balance_since(from).await?;
    let ours = store::processing_fees::ours_since(&db, from).await?;
    let mut fees = HashMap::new();
    for t in &theirs {
        fees.insert(
            t.id.clone(),
            store::processing_fees::booked_fee(&db, &t.id).await?,
        );
    }
    let diffs = compare(&theirs, &ours, &fees);
    if diffs.is_empty() {
        println!(
            "no differences: {} balance transaction(s) since {day} match our books",
            theirs.len()
        );
        return Ok(());
    }
    print!("{}", table(&diffs));
    anyhow::bail!(
        "{} difference(s) between Stripe and our books since {day}",
        diffs.len()
    )
}

fn amount(minor: Option<i64>, currency: &str) -> String {
    match (minor, Currency::parse(currency)) {
        (None, _) => "-".into(),
        (Some(m), Ok(c)) => Money::from_minor(m, c).format_amount(),
        (Some(m), Err(_)) => m.to_string(),
    }
}

/// The differences as an aligned text table.
fn table(diffs: &[Difference]) -> String {
    let header = [
        "balance txn",
        "source",
        "type",
        "cur",
        "Stripe",
        "ours",
        "Stripe fee",
        "our fee",
        "difference",
    ]
    .map(str::to_owned);
    let rows: Vec<[String; 9]> = diffs
        .iter()
        .map(|d| {
            [
                d.txn.clone().unwrap_or_else(|| "-".into()),
                d.source.clone(),
                d.kind.clone(),
                d.currency.clone(),
                amount(d.stripe_amount, &d.currency),
                amount(d.our_amount, &d.currency),
                amount(d.stripe_fee, &d.currency),
                amount(d.our_fee, &d.currency),
                d.problem.clone(),
            ]
        })
        .collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    for r in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = r
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
