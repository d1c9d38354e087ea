//! The write path the order API shares (`group_commit::Writes`): many concurrent requests, some
//! failing after they wrote, in batches (grouped) or alone (direct). Each caller gets its own
//! answer, what failed leaves nothing, and everything else is committed.
use crate::common;
use crate::support;

use std::collections::BTreeSet;

use common::TestApp;
use cooptrade::error::AppError;
use cooptrade::group_commit::{CarriesWork, Work, Writes};
use cooptrade::store::order_batch::OrderJob;
use sea_orm::{ConnectionTrait, Statement};

/// 120 requests at once; request n inserts row n, then fails when n is a multiple of 7.
async fn each_caller_gets_its_own_answer_and_failures_leave_nothing<J: CarriesWork>(
    app: &TestApp,
    writes: Writes<J>,
) {
    let db = &app.db;
    let backend = db.get_database_backend();
    db.execute_unprepared("CREATE TABLE gc_probe (n INTEGER PRIMARY KEY)")
        .await
        .unwrap();
    let mut calls = tokio::task::JoinSet::new();
    for n in 0..120_i32 {
        let writes = writes.clone();
        calls.spawn(async move {
            let answer = writes
                .run(move |tx| {
                    Box::pin(async move {
                        tx.execute_raw(Statement::from_sql_and_values(
                            backend,
                            match backend {
                                sea_orm::DbBackend::Postgres => {
                                    "INSERT INTO gc_probe (n) VALUES ($1)"
                                }
                                _ => "INSERT INTO gc_probe (n) VALUES (?)",
                            },
                            [n.into()],
                        ))
                        .await?;
                        if n % 7 == 0 {
                            return Err(AppError::Conflict(format!("request {n} refused").into()));
                        }
                        Ok(format!("request {n} done"))
                    })
                })
                .await;
            (n, answer)
        });
    }
    let mut committed = BTreeSet::new();
    for (n, answer) in calls.join_all().await {
        match answer {
            Ok(text) => {
                assert_eq!(text, format!("request {n} done"));
                committed.insert(n);
            }
            Err(AppError::Conflict(m)) => {
                assert_eq!(m.to_string(), format!("request {n} refused"));
                assert_eq!(n % 7, 0);
            }
            Err(e) => panic!("request {n}: {e}"),
        }
    }
    let expected: BTreeSet<i32> = (0..120).filter(|n| n % 7 != 0).collect();
    assert_eq!(committed, expected);
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT n FROM gc_probe ORDER BY n",
        ))
        .await
        .unwrap();
    let stored: BTreeSet<i32> = rows
        .iter()
        .map(|r| r.try_get::<i32>("", "n").unwrap())
        .collect();
    assert_eq!(stored, expected, "exactly the answered requests are stored");
}

async fn grouped(app: TestApp) {
    let writes = Writes::<Work>::grouped(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

async fn direct(app: TestApp) {
    let writes = Writes::<Work>::direct(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

/// Any write can join the order desk's batches (`OrderJob::Work`), as the mail worker's do.
async fn in_the_order_desks_batches(app: TestApp) {
    let writes = Writes::<OrderJob>::grouped(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

/// The server's writer: a thread of its own on one CPU, with connections it opened there.
async fn pinned(app: TestApp) {
    let url = app.database_url.clone();
    let writes = Writes::<OrderJob>::grouped_pinned(app.db.clone(), move || async move {
        if url.starts_with("postgres") {
            cooptrade::db::connect_pg_writer(&url).await
        } else {
            cooptrade::db::connect_sqlite_writer(&url).await
        }
    })
    .await
    .expect("the writer opens its connections");
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

on_both_backends!(grouped, direct, in_the_order_desks_batches, pinned);

/// The one boolean `sql` selects (as `b`) on `db`.
async fn pg_bool(db: &sea_orm::DatabaseConnection, sql: &str) -> bool {
    let row = db
        .query_one_raw(Statement::from_string(sea_orm::DbBackend::Postgres, sql))
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no row for {sql}"));
    row.try_get::<bool>("", "b").unwrap()
}

/// Whether the connection `db` holds is encrypted, as PostgreSQL sees it.
async fn encrypted(db: &sea_orm::DatabaseConnection) -> bool {
    pg_bool(
        db,
        "SELECT ssl AS b FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    )
    .await
}

/// Whether the PostgreSQL server `db` is on offers TLS (`ssl = on`).
async fn tls_offered(db: &sea_orm::DatabaseConnection) -> bool {
    pg_bool(db, "SELECT current_setting('ssl') = 'on' AS b").await
}

/// A server on this machine is spoken to without TLS (which protects nothing on loopback and
/// cost a tenth of the CPU of both sides), by the pool and by the writer, unless the URL asks
/// for it with `sslmode`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_on_this_machine_is_spoken_to_without_tls_unless_the_url_asks() {
    let Some(app) = TestApp::spawn(common::Backend::Postgres).await else {
        return;
    };
    let url = app.database_url.clone();
    let db = cooptrade::db::connect(&url).await.unwrap();
    assert!(cooptrade::db::local_without_sslmode(&url), "{url}");
    assert!(!encrypted(&db).await, "the pool");
    let writer = cooptrade::db::connect_pg_writer(&url).await.unwrap();
    assert!(!encrypted(&writer).await, "the writer");
    // Asked for, TLS is used where the server offers it, and refused where it does not.
    let asked = format!("{url}?sslmode=require");
    let server_offers = tls_offered(&db).await;
    match cooptrade::db::connect(&asked).await {
        Ok(tls) => assert!(server_offers && encrypted(&tls).await, "{asked}"),
        Err(e) => assert!(!server_offers, "{asked}: {e}"),
    }
}

/// The connections a `cooptrade serve` named `app` has open to the database, and how many
/// of them are encrypted.
async fn serve_connections(db: &sea_orm::DatabaseConnection, app: &str) -> (i64, i64) {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT count(*) AS n, count(*) FILTER (WHERE s.ssl) AS tls \
             FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.application_name = $1",
            [app.into()],
        ))
        .await
        .unwrap()
        .unwrap();
    (
        row.try_get("", "n").unwrap(),
        row.try_get("", "tls").unwrap(),
    )
}

/// `cooptrade serve` on this machine's PostgreSQL: its pool and its writer speak without TLS,
/// and with TLS when `PGSSLMODE` asks for it (where the server offers TLS).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_speaks_tls_to_postgres_on_this_machine_only_when_pgsslmode_asks() {
    let Some(app) = TestApp::spawn(common::Backend::Postgres).await else {
        return;
    };
    let offered = tls_offered(&app.db).await;
    let dir = tempfile::tempdir().unwrap();
    for (name, pgsslmode) in [("serve_plain", None), ("serve_require", Some("require"))] {
        if pgsslmode.is_some() && !offered {
            continue;
        }
        let url = format!("{}?application_name={name}", app.database_url);
        let (mut cmd, port) = support::serve_command(&url, dir.path());
        cmd.env_remove("PGSSLMODE");
        if let Some(mode) = pgsslmode {
            cmd.env("PGSSLMODE", mode);
        }
        let _serve = support::KillOnDrop(cmd.spawn().unwrap());
        let health = format!("http://127.0.0.1:{port}/healthz");
        for _ in 0..100 {
            if reqwest::get(&health)
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let (n, tls) = serve_connections(&app.db, name).await;
        // At least the pool's first connection and the writer's.
        assert!(n >= 2, "{name}: {n} connections");
        let want = if pgsslmode.is_some() { n } else { 0 };
        assert_eq!(tls, want, "{name}: {tls} of {n} connections encrypted");
    }
}

/// A writer that cannot open its connections says why, and no `Writes` comes back.
#[tokio::test]
async fn a_writer_whose_database_will_not_open_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = cooptrade::db::connect(&format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("ok.db").display()
    ))
    .await
    .unwrap();
    // Without `mode=rwc` SQLite does not create a missing file.
    let missing = format!(
        "sqlite://{}",
        dir.path().join("missing/nowhere.db").display()
    );
    let err = Writes::<Work>::grouped_pinned(db, move || async move {
        cooptrade::db::connect_sqlite_writer(&missing).await
    })
    .await
    .err()
    .expect("no writer without a database");
    assert!(err.to_string().contains("unable to open"), "{err}");
}

/// A server on an in-memory SQLite database writes where it reads: its writer shares the pool
/// (a connection of the writer's own would open an empty database of its own).
#[tokio::test]
async fn a_server_on_an_in_memory_database_writes_where_it_reads() {
    let config = cooptrade::config::Config::from_lookup(|k| match k {
        "DATABASE_URL" => Some("sqlite::memory:".into()),
        _ => None,
    })
    .unwrap();
    let state = cooptrade::app_state(config).await.unwrap();
    let backend = state.db.get_database_backend();
    state
        .db
        .execute_unprepared("CREATE TABLE gc_probe (n INTEGER PRIMARY KEY)")
        .await
        .unwrap();
    let answer = state
        .writes
        .run(move |tx| {
            Box::pin(async move {
                tx.execute_unprepared("INSERT INTO gc_probe (n) VALUES (1)")
                    .await?;
                Ok(())
            })
        })
        .await;
    assert!(answer.is_ok(), "{:?}", answer.err());
    let row = state
        .db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM gc_probe",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 1);
}
