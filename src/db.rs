//! Opening the database (SQLite or PostgreSQL, one code path) and starting write transactions.
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::postgres::{PgConnectOptions, PgSslMode};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// A `DB_POOL_SIZE` value: a whole number from 1 to 1000 (`Config` refuses anything else at start).
pub fn parse_pool_size(value: &str) -> Option<u32> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=1000).contains(n))
}

/// Two PostgreSQL connections per core the process may use.
fn pg_pool_default() -> u32 {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    u32::try_from(2 * cores).unwrap_or(u32::MAX)
}

/// WAL pages after which the server's committing writer checkpoints by itself (40 MB of 4 KB
/// pages): the server checkpoints in the background (`jobs::checkpoint`), off the writer's path,
/// and this is the writer's fallback. Other processes keep SQLite's 1,000.
pub const SERVER_WAL_AUTOCHECKPOINT_PAGES: u32 = 10_000;

/// SQLite's own WAL checkpoint threshold, which every other process keeps.
const WAL_AUTOCHECKPOINT_PAGES: u32 = 1000;

/// Prepared statements each PostgreSQL connection keeps (sqlx's default is 100). The order desk's
/// multi-row statements change text with the number of rows, so a busy writer cycles through a
/// few hundred texts; with 100 it prepared most of them again each time.
const PG_STATEMENT_CACHE: usize = 1000;

/// Connects with settings that make SQLite safe under concurrent writers
/// (WAL, a busy timeout, foreign keys) and sizes the pool for the backend (`DB_POOL_SIZE` overrides).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    open(url, pool_size(url), WAL_AUTOCHECKPOINT_PAGES).await
}

/// `connect` for the server: its writer leaves WAL checkpoints to the background checkpointer.
pub async fn connect_server(url: &str) -> Result<DatabaseConnection, DbErr> {
    open(url, pool_size(url), SERVER_WAL_AUTOCHECKPOINT_PAGES).await
}

/// SQLite: the group-commit writer's own connection (see `group_commit::Writes::grouped_pinned`),
/// a pool of one that leaves WAL checkpoints to the background checkpointer as `connect_server`.
pub async fn connect_sqlite_writer(url: &str) -> Result<DatabaseConnection, DbErr> {
    open(url, 1, SERVER_WAL_AUTOCHECKPOINT_PAGES).await
}

/// `connect` with a pool of `pool` connections.
pub async fn connect_with_pool(url: &str, pool: u32) -> Result<DatabaseConnection, DbErr> {
    open(url, pool, WAL_AUTOCHECKPOINT_PAGES).await
}

fn pool_size(url: &str) -> u32 {
    let sqlite = url.starts_with("sqlite");
    std::env::var("DB_POOL_SIZE")
        .ok()
        .and_then(|v| parse_pool_size(&v))
        // SQLite: few connections, so writers queue in the pool rather than sleep in SQLite's
        // busy handler. PostgreSQL: two per core; more only add backends fighting for the CPUs.
        .unwrap_or(if sqlite { 2 } else { pg_pool_default() })
}

/// The settings of every pool: `pool` connections, kept open, checked when idle a while.
fn pool_options(url: &str, pool: u32) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(30))
        .max_connections(pool)
        .min_connections(1)
        // A ping before every checkout costs a round trip per query; check only connections idle a while.
        .test_before_acquire_if_idle_for(Duration::from_secs(30));
    opts
}

/// Whether a PostgreSQL URL names a server on this machine (a loopback address, `localhost`, or
/// a Unix socket) and says nothing of TLS (`sslmode`).
pub fn local_without_sslmode(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else {
        return false;
    };
    if url
        .query_pairs()
        .any(|(k, _)| k == "sslmode" || k == "ssl-mode")
    {
        return false;
    }
    let socket = url
        .query_pairs()
        .any(|(k, v)| k == "host" && v.starts_with('/'));
    // `postgres:` is not a scheme the URL standard knows, so an IPv4 address comes as a name.
    socket
        || match url.host() {
            None => true,
            Some(url::Host::Domain(d)) => {
                d.eq_ignore_ascii_case("localhost")
                    || d.parse::<std::net::Ipv4Addr>()
                        .is_ok_and(|ip| ip.is_loopback())
            }
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        }
}

/// Every PostgreSQL connection's options: `PG_STATEMENT_CACHE` prepared statements, and no TLS
/// to a server on this machine unless asked for (an `sslmode` in the URL, or `PGSSLMODE` in the
/// environment, which sqlx reads too). sqlx, like libpq, otherwise tries TLS first
/// (`sslmode=prefer`), and a server with `ssl = on` (Debian's default) then encrypts every round
/// trip on loopback, where it protects nothing. A server elsewhere keeps sqlx's default.
fn pg_options(url: &str) -> impl Fn(PgConnectOptions) -> PgConnectOptions + Send + Sync + 'static {
    let plain = local_without_sslmode(url) && std::env::var_os("PGSSLMODE").is_none();
    move |o| {
        let o = o.statement_cache_capacity(PG_STATEMENT_CACHE);
        if plain {
            o.ssl_mode(PgSslMode::Disable)
        } else {
            o
        }
    }
}

async fn open(url: &str, pool: u32, wal_autocheckpoint: u32) -> Result<DatabaseConnection, DbErr> {
    let mut opts = pool_options(url, pool);
    opts.map_sqlx_postgres_opts(pg_options(url))
        .map_sqlx_sqlite_opts(move |o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .pragma("wal_autocheckpoint", wal_autocheckpoint.to_string())
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    Database::connect(opts).await
}

/// PostgreSQL: the group-commit writer's own connections, two (the pool tests a connection
/// with a round trip each time one comes back, so the next batch takes the other meanwhile).
/// Its statements find every row by key; they are planned with sequential scans disabled.
/// Without fresh statistics (a database whose autovacuum is off, as on the machines the
/// benchmark runs on, or before autovacuum's first analyze of tables that start empty),
/// PostgreSQL plans the order tables as tiny, keeps those plans (the prepared statements' and
/// the foreign-key checks') and scans the whole tables as they grow. A pool of its own also
/// keeps the writer's prepared statements on two connections instead of every one of the pool.
pub async fn connect_pg_writer(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = pool_options(url, 2);
    let common = pg_options(url);
    opts.map_sqlx_postgres_opts(move |o| common(o).options([("enable_seqscan", "off")]));
    Database::connect(opts).await
}

/// Connects and brings the schema up to date.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// `connect_server` and brings the schema up to date.
pub async fn connect_server_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect_server(url).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// Begins a transaction that will write: on SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`), so a read that later writes waits instead of failing with SQLITE_BUSY.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::local_without_sslmode;

    #[test]
    fn only_a_server_on_this_machine_without_an_sslmode_is_spoken_to_in_plain() {
        for local in [
            "postgres://postgres@127.0.0.1:5432/test",
            "postgres://u:p@localhost/db",
            "postgres://u@LOCALHOST:5433/db?application_name=x",
            "postgres://u@[::1]/db",
            "postgres://u@127.0.0.2/db",
            "postgres:///db?host=/var/run/postgresql",
            "postgres:///db",
        ] {
            assert!(local_without_sslmode(local), "{local}");
        }
        for other in [
            "postgres://u@db.example.coop/db",
            "postgres://u@10.0.0.5/db",
            "postgres://u@localhost.example.coop/db",
            "postgres://u@127.0.0.1/db?sslmode=require",
            "postgres://u@localhost/db?ssl-mode=verify-full",
            "postgres://u@db.example.coop/db?host=/var/run/postgresql&sslmode=prefer",
            "not a url",
        ] {
            assert!(!local_without_sslmode(other), "{other}");
        }
    }
}
