//! The command line: `serve`, `migrate`, `seed-demo`, `user create`, `committee add`,
//! `listings import|export`, `ledger verify`, `payouts draft|show|export`, `stripe reconcile`.
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use i18n::Tr;

use crate::config::Config;
use crate::error::AppError;

#[path = "cli_payouts.rs"]
mod payouts;
#[path = "cli_stripe.rs"]
mod stripe;
use crate::{app_state, db, jobs, seed, store};

#[derive(Parser)]
#[command(
    name = "cooptrade",
    version,
    about = "A marketplace for trade between co-operatives."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the marketplace on BIND (default 127.0.0.1:3000).
    Serve,
    /// Bring the database schema up to date.
    Migrate,
    /// Fill the marketplace with demo co-ops, members and listings (safe to run twice).
    SeedDemo,
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage the common-pool committee.
    Committee {
        #[command(subcommand)]
        command: CommitteeCommand,
    },
    /// Inspect the double-entry ledger.
    Ledger {
        #[command(subcommand)]
        command: LedgerCommand,
    },
    /// Import or export a co-op's listings as CSV.
    Listings {
        #[command(subcommand)]
        command: ListingsCommand,
    },
    /// Draft, show, export and execute the committee's payout runs.
    Payouts {
        #[command(subcommand)]
        command: payouts::PayoutsCommand,
    },
    /// Compare our books with Stripe's.
    Stripe {
        #[command(subcommand)]
        command: stripe::StripeCommand,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Re-prove the hash chain and that every entry balances; exit code 1 names the first bad entry.
    Verify,
}

#[derive(Subcommand)]
enum ListingsCommand {
    /// Create or update listings by SKU from a CSV file, or a ZIP of the CSV and the photos its
    /// `photos` column names; nothing is written if any row is bad.
    Import {
        #[arg(long)]
        coop: i32,
        file: std::path::PathBuf,
    },
    /// Write every listing of the co-op as CSV (to standard output without --output).
    Export {
        #[arg(long)]
        coop: i32,
        #[arg(long)]
        output: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user with a login.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// The password (or set COOPTRADE_PASSWORD to keep it out of the shell history).
        #[arg(long, env = "COOPTRADE_PASSWORD", hide_env_values = true)]
        password: String,
    },
}

#[derive(Subcommand)]
enum CommitteeCommand {
    /// Give a registered user a seat on the committee.
    Add { email: String },
}

/// The language people read the command line's sentences in: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set (`fr_FR.UTF-8` gives French), else English.
pub fn language() -> Tr {
    let name = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    Tr::new(i18n::Lang::from_posix_locale(&name), i18n::chrono_tz::UTC)
}

/// `e` as a line on standard error, in `tr`'s language.
fn error_line(tr: &Tr, e: &anyhow::Error) -> String {
    let message = match e.downcast_ref::<crate::error::AppError>() {
        // An operator needs the details a web visitor is not shown.
        Some(app @ (AppError::Db(_) | AppError::Internal(_))) => app.to_string(),
        Some(AppError::Invalid(fields)) => fields.said(tr).to_string(),
        Some(app) => app.said(tr),
        None => match e.downcast_ref::<stripe::UsageError>() {
            Some(usage) => tr.say(&usage.0),
            None => e.to_string(),
        },
    };
    tr.t_args("cli-error", &[("message", message.into())])
}

/// Runs the command line; the exit code is 2 for bad configuration or usage, 1 for other failures.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    let tr = language();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", error_line(&tr, &e.into()));
            return ExitCode::from(2);
        }
    };
    match run(cli.command, config, &tr).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<stripe::UsageError>() => {
            eprintln!("{}", error_line(&tr, &e));
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("{}", error_line(&tr, &e));
            ExitCode::from(1)
        }
    }
}

async fn run(command: Command, config: Config, tr: &Tr) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let bind = config.bind;
            let base = config.base_url.clone();
            let state = app_state(config).await?;
            let pages = state.pages.clone();
            let changed: jobs::Changed = std::sync::Arc::new(move || pages.bump());
            let jobs = jobs::start(&state.writes, &state.config, changed.clone())?;
            let transfers =
                jobs::transfers::spawn(state.db.clone(), state.gateway.clone(), changed);
            let listener = tokio::net::TcpListener::bind(bind).await?;
            tracing::info!("serving cooptrade at {base}");
            crate::http::serve(state, listener).await?;
            transfers.abort();
            jobs.shutdown(std::time::Duration::from_secs(10)).await;
        }
        Command::Migrate => {
            db::connect_and_migrate(&config.database_url).await?;
            println!("{}", tr.t("cli-database-up-to-date"));
        }
        Command::SeedDemo => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let report = seed::seed_demo(&db).await?;
            let photos = crate::photos::store::open(&config.photos)?;
            let drawn = seed::seed_photos(&db, &photos).await?;
            let history = seed::seed_history(&db, &config).await?;
            print!("{report}");
            eprint!("\ndemo history:\n{history}");
            if drawn > 0 {
                let args = [("count", drawn.into()), ("where", photos.describe().into())];
                eprintln!("{}", tr.t_args("cli-drew-photos", &args));
            }
        }
        Command::User {
            command:
                UserCommand::Create {
                    email,
                    name,
                    password,
                },
        } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let form = store::users::Registration {
                name,
                email,
                password,
            };
            let u = store::users::register_verified(&db, &form).await?;
            let args = [("name", u.name.into()), ("email", u.email.into())];
            println!("{}", tr.t_args("cli-user-created", &args));
        }
        Command::Committee {
            command: CommitteeCommand::Add { email },
        } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let u = store::committee::add(&db, &email, None).await?;
            let args = [("name", u.name.into()), ("email", u.email.into())];
            println!("{}", tr.t_args("cli-committee-added", &args));
        }
        Command::Ledger {
            command: LedgerCommand::Verify,
        } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let report = store::ledger::verify(&db).await?;
            print!("{report}");
            if let Some(bad) = &report.first_bad {
                anyhow::bail!("{bad}");
            }
            if !report.is_ok() {
                anyhow::bail!(tr.t("cli-ledger-not-zero"));
            }
        }
        Command::Listings { command } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            listings_command(&db, &config, command, tr).await?;
        }
        Command::Payouts { command } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            payouts::run(&db, &config, command, tr).await?;
        }
        Command::Stripe { command } => stripe::run(&config, command).await?,
    }
    Ok(())
}

async fn listings_command(
    db: &sea_orm::DatabaseConnection,
    config: &Config,
    command: ListingsCommand,
    tr: &Tr,
) -> anyhow::Result<()> {
    use crate::store::listings_csv::{self, ImportResult};
    match command {
        ListingsCommand::Import { coop, file } => {
            let c = store::coops::get(db, coop).await?;
            use crate::domain::trading::{may_sell, Trader};
            may_sell(&Trader::stored(&c.name, c.status, c.kind))?;
            let currency = crate::domain::money::Currency::parse(&c.currency)?;
            let data =
                std::fs::read(&file).map_err(|e| cannot(tr, "cli-cannot-read", &file, &e))?;
            let rows = data.iter().filter(|b| **b == b'\n').count() as u64;
            let bar = indicatif::ProgressBar::new(rows.saturating_sub(1));
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows checked")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            // A ZIP brings the CSV with the photos its rows name.
            let (result, photos) = if crate::photos::bundle::is_zip(&data) {
                let store = crate::photos::store::open(&config.photos)?;
                let zip = crate::photos::zip_import::import_zip;
                zip(db, &store, c.id, currency, data.into()).await?
            } else {
                let progress = |n| bar.set_position(n);
                (
                    listings_csv::import_file(db, c.id, currency, &data, &progress).await?,
                    0,
                )
            };
            bar.finish_and_clear();
            match result {
                ImportResult::Imported {
                    created,
                    updated,
                    unchanged,
                } => {
                    let args = [
                        ("coop", c.name.clone().into()),
                        ("created", created.into()),
                        ("updated", updated.into()),
                        ("unchanged", unchanged.into()),
                        ("count", photos.into()),
                    ];
                    let key = match photos {
                        0 => "cli-imported",
                        _ => "cli-imported-photos",
                    };
                    println!("{}", tr.t_args(key, &args));
                }
                ImportResult::Rejected(errors) => {
                    for e in &errors {
                        let column = if e.column.is_empty() { "-" } else { &e.column };
                        let args = [
                            ("row", e.row.to_string().into()),
                            ("column", column.to_owned().into()),
                            ("message", tr.say(&e.message).into()),
                        ];
                        eprintln!("{}", tr.t_args("cli-row-problem", &args));
                    }
                    let args = [
                        ("count", errors.len().into()),
                        ("file", file.display().to_string().into()),
                    ];
                    anyhow::bail!(tr.t_args("cli-nothing-imported", &args));
                }
            }
        }
        ListingsCommand::Export { coop, output } => {
            let c = store::coops::get(db, coop).await?;
            let currency = crate::domain::money::Currency::parse(&c.currency)?;
            let csv = listings_csv::export(db, c.id, currency).await?;
            match output {
                Some(path) => std::fs::write(&path, csv)
                    .map_err(|e| cannot(tr, "cli-cannot-write", &path, &e))?,
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&csv)?;
                }
            }
        }
    }
    Ok(())
}

/// "cannot read/write <file>: <why>" (`key`), in `tr`'s language.
pub(crate) fn cannot(
    tr: &Tr,
    key: &str,
    file: &std::path::Path,
    e: &std::io::Error,
) -> anyhow::Error {
    let args = [
        ("file", file.display().to_string().into()),
        ("reason", e.to_string().into()),
    ];
    anyhow::anyhow!(tr.t_args(key, &args))
}
