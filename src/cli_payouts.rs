//! `cooptrade payouts draft|show|export|execute`: the committee's payout runs from the command line.
use clap::{Subcommand, ValueEnum};
use sea_orm::DatabaseConnection;

use crate::config::Config;
use crate::domain::money::{Currency, Money};
use crate::{db, store};

#[derive(Subcommand)]
pub enum PayoutsCommand {
    /// Draft a payout run for a currency and ask the committee to review it.
    Draft {
        #[arg(long)]
        currency: String,
        /// The committee member drafting it (by e-mail); they cannot be its only approver.
        #[arg(long)]
        by: Option<String>,
    },
    /// Print a run: its status, lines and decisions.
    Show { id: i32 },
    /// Send an approved run's Stripe lines (co-ops with a ready connected account) as Stripe
    /// transfers; with --line, retry that one line. Sending twice never pays twice.
    Execute {
        id: i32,
        #[arg(long)]
        line: Option<i32>,
    },
    /// Write a run's bank file (to standard output without --output).
    Export {
        id: i32,
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Sepa,
}

pub async fn run(
    db: &DatabaseConnection,
    config: &Config,
    command: PayoutsCommand,
    tr: &i18n::Tr,
) -> anyhow::Result<()> {
    let email_arg = |email: &str| [("email", i18n::FluentValue::from(email.to_owned()))];
    match command {
        PayoutsCommand::Draft { currency, by } => {
            let currency = Currency::parse(&currency)?;
            let by = match by {
                Some(email) => {
                    let u = store::users::find_by_email(db, &email).await?;
                    let no_user = || anyhow::anyhow!(tr.t_args("cli-no-user", &email_arg(&email)));
                    let u = u.ok_or_else(no_user)?;
                    if !store::committee::is_member(db, u.id).await? {
                        anyhow::bail!(tr.t_args("cli-not-on-committee", &email_arg(&email)));
                    }
                    Some(u.id)
                }
                None => None,
            };
            let tx = db::begin_write(db).await?;
            let run =
                store::payouts::draft(&tx, &config.payouts, currency, by, &config.base_url).await?;
            tx.commit().await?;
            let args = [
                ("run", run.id.to_string().into()),
                ("currency", run.currency.clone().into()),
            ];
            println!("{}", tr.t_args("cli-run-drafted", &args));
            show(db, run.id).await?;
        }
        PayoutsCommand::Show { id } => show(db, id).await?,
        PayoutsCommand::Execute { id, line } => {
            let gateway = crate::payments::from_config(config)?;
            let done =
                crate::payments::payouts::execute(db, gateway.as_ref(), id, line, None).await?;
            let args = [("run", id.to_string().into()), ("count", done.paid.into())];
            println!("{}", tr.t_args("cli-run-paid", &args));
            for (line, error) in &done.failed {
                let args = [
                    ("line", line.to_string().into()),
                    (
                        "reason",
                        tr.say(&crate::error::Msg::from_stored(error)).into(),
                    ),
                ];
                println!("{}", tr.t_args("cli-line-failed", &args));
            }
            if !done.failed.is_empty() {
                let args = [("count", done.failed.len().into())];
                anyhow::bail!(tr.t_args("cli-lines-failed", &args));
            }
        }
        PayoutsCommand::Export { id, format, output } => {
            let bytes = match format {
                ExportFormat::Csv => store::payouts::csv(db, id).await?,
                ExportFormat::Sepa => {
                    let Some(debtor) = &config.payouts.debtor else {
                        anyhow::bail!(tr.t("cli-set-debtor"));
                    };
                    store::payouts::sepa(db, id, debtor, store::now())
                        .await?
                        .into_bytes()
                }
            };
            match output {
                Some(path) => std::fs::write(&path, bytes)
                    .map_err(|e| super::cannot(tr, "cli-cannot-write", &path, &e))?,
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&bytes)?;
                }
            }
        }
    }
    Ok(())
}

async fn show(db: &DatabaseConnection, id: i32) -> anyhow::Result<()> {
    let run = store::payouts::get(db, id).await?;
    let currency = Currency::parse(&run.currency)?;
    let m = |minor| Money::from_minor(minor, currency);
    println!(
        "payout run #{} {} ({}), up to ledger entry #{}",
        run.id, run.currency, run.status, run.max_entry_id
    );
    let mut total = 0i64;
    for l in store::payouts::lines(db, id).await? {
        let name = store::coops::get(db, l.coop_id).await?.name;
        total += l.amount_minor;
        // Stripe lines say where they go, the transfer that paid them, or why it failed.
        let stripe = match (&l.destination, &l.transfer_id, &l.error) {
            _ if l.method != crate::domain::status::PayoutMethod::Stripe => String::new(),
            (_, Some(t), _) => format!(" by Stripe transfer {t}"),
            (to, None, error) => format!(
                " by Stripe to {}{}",
                to.as_deref().unwrap_or("?"),
                error.as_ref().map(|e| format!(": {e}")).unwrap_or_default()
            ),
        };
        println!(
            "  line #{} {name}: {} (fair share {}, proceeds {}) {}{stripe}",
            l.id,
            m(l.amount_minor),
            m(l.fair_share_minor),
            m(l.proceeds_minor),
            l.status
        );
    }
    println!("  total {}", m(total));
    for d in store::payouts::run_decisions(db, id).await? {
        let who = match d.user_id {
            Some(u) => store::users::get(db, u).await?.email,
            None => "command line".into(),
        };
        println!(
            "  {} {who} {} {}",
            d.created_at.format("%Y-%m-%d %H:%M"),
            d.decision,
            d.reason
        );
    }
    Ok(())
}
