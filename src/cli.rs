//! The command line: `serve`, `migrate`, `seed-demo`, `user create`, `committee add`,
//! `listings import|export`, `ledger verify`, `payouts draft|show|export`, `stripe reconcile`.
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use crate::config::Config;

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

/// Runs the command line; the exit code is 2 for bad configuration or usage, 1 for other failures.
pub async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match run(cli.command, config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is::<stripe::UsageError>() => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let bind = config.bind;
            let base = config.base_url.clone();
            let state = app_state(config).await?;
            let jobs = jobs::start(&state.writes, &state.config)?;
            let transfers = jobs::transfers::spawn(state.db.clone(), state.gateway.clone());
            let listener = tokio::net::TcpListener::bind(bind).await?;
            tracing::info!("serving cooptrade at {base}");
            crate::http::serve(state, listener).await?;
            transfers.abort();
            jobs.shutdown(std::time::Duration::from_secs(10)).await;
        }
        Command::Migrate => {
            db::connect_and_migrate(&config.database_url).await?;
            println!("database is up to date");
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
                eprintln!("drew {drawn} listing photos into {}", photos.describe());
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
            println!("created user {} <{}>", u.name, u.email);
        }
        Command::Committee {
            command: CommitteeCommand::Add { email },
        } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            let u = store::committee::add(&db, &email, None).await?;
            println!("{} <{}> is on the committee", u.name, u.email);
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
                anyhow::bail!("the ledger's currencies do not sum to zero");
            }
        }
        Command::Listings { command } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            listings_command(&db, &config, command).await?;
        }
        Command::Payouts { command } => {
            let db = db::connect_and_migrate(&config.database_url).await?;
            payouts::run(&db, &config, command).await?;
        }
        Command::Stripe { command } => stripe::run(&config, command).await?,
    }
    Ok(())
}

async fn listings_command(
    db: &sea_orm::DatabaseConnection,
    config: &Config,
    command: ListingsCommand,
) -> anyhow::Result<()> {
    use crate::store::listings_csv::{self, ImportResult};
    match command {
        ListingsCommand::Import { coop, file } => {
            let c = store::coops::get(db, coop).await?;
            use crate::domain::trading::{may_sell, Trader};
            may_sell(&Trader::stored(&c.name, c.status, &c.kind))?;
            let currency = crate::domain::money::Currency::parse(&c.currency)?;
            let data = std::fs::read(&file)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
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
                    let photos = if photos > 0 {
                        format!(", {photos} photos added")
                    } else {
                        String::new()
                    };
                    println!("imported into {}: {created} created, {updated} updated, {unchanged} unchanged{photos}", c.name);
                }
                ImportResult::Rejected(errors) => {
                    for e in &errors {
                        eprintln!(
                            "row {}, column {}: {}",
                            e.row,
                            if e.column.is_empty() { "-" } else { &e.column },
                            e.message
                        );
                    }
                    anyhow::bail!(
                        "nothing imported: {} problems in {}",
                        errors.len(),
                        file.display()
                    );
                }
            }
        }
        ListingsCommand::Export { coop, output } => {
            let c = store::coops::get(db, coop).await?;
            let currency = crate::domain::money::Currency::parse(&c.currency)?;
            let csv = listings_csv::export(db, c.id, currency).await?;
            match output {
                Some(path) => std::fs::write(&path, csv)
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?,
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&csv)?;
                }
            }
        }
    }
    Ok(())
}
