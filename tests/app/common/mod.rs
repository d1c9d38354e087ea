//! Test harness: the real server on a random port, over a fresh SQLite file or a fresh
//! PostgreSQL database, driven by a cookie-keeping HTTP client.
#![allow(dead_code)]

pub mod browser;
pub mod chrome;
pub mod skips;

use cooptrade::config::Config;
use cooptrade::http::AppState;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

pub use browser::Browser;

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A running server and the database behind it; the database is removed on drop.
pub struct TestApp {
    pub base: String,
    pub db: DatabaseConnection,
    pub database_url: String,
    /// The folder the app keeps photos in (`PHOTO_DIR`), removed on drop.
    pub photo_dir: std::path::PathBuf,
    _guard: DbGuard,
    _dir: Option<tempfile::TempDir>,
    _photos: tempfile::TempDir,
}

/// PostgreSQL server used for tests; trust auth, database `test`.
pub fn pg_admin_url() -> String {
    std::env::var("TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// The webhook secret every test app is configured with, so tests can sign Stripe events.
pub const WEBHOOK_SECRET: &str = "whsec_cooptrade_tests";

impl TestApp {
    /// Starts the app, or returns None (with a note) when PostgreSQL is absent outside CI.
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, &[]).await
    }

    /// Starts the app with extra environment settings (e.g. `STRIPE_SECRET_KEY`).
    pub async fn spawn_with(backend: Backend, env: &[(&str, &str)]) -> Option<TestApp> {
        let (database_url, guard, dir) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
                (url, DbGuard(None), Some(dir))
            }
            Backend::Postgres => {
                let (url, guard) = fresh_pg_database().await?;
                (url, guard, None)
            }
        };
        let photos = tempfile::tempdir().expect("photo dir");
        let photo_dir = photos.path().to_path_buf();
        let own_store = env.iter().any(|(k, _)| *k == "PHOTO_STORE");
        let config = Config::from_lookup(|k| match k {
            "DATABASE_URL" => Some(database_url.clone()),
            "PHOTO_DIR" if !own_store => Some(photo_dir.display().to_string()),
            "BIND" => Some("127.0.0.1:0".into()),
            "STRIPE_WEBHOOK_SECRET" => Some(WEBHOOK_SECRET.into()),
            _ => env
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.to_string()),
        })
        .expect("test config");
        let state: AppState = cooptrade::app_state(config).await.expect("app state");
        let db = state.db.clone();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            let app = cooptrade::http::router(state)
                .into_make_service_with_connect_info::<std::net::SocketAddr>();
            let _ = axum::serve(listener, app).await;
        });
        Some(TestApp {
            base,
            db,
            database_url,
            photo_dir,
            _guard: guard,
            _dir: dir,
            _photos: photos,
        })
    }

    pub fn browser(&self) -> Browser {
        Browser::with_mail(&self.base, self.db.clone())
    }

    /// Counts rows in a table, to prove a refused request wrote nothing.
    pub async fn count(&self, table: &str) -> i64 {
        let backend = self.db.get_database_backend();
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count query")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("count")
    }

    /// Seats a registered user on the committee, as `cooptrade committee add` does.
    pub async fn make_committee(&self, email: &str) {
        cooptrade::store::committee::add(&self.db, email, None)
            .await
            .expect("committee add");
    }
}

struct DbGuard(Option<(String, String)>);

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.0.take() {
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(rt) = rt {
                    rt.block_on(async {
                        if let Ok(db) = Database::connect(&admin).await {
                            let _ = db
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                ))
                                .await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

async fn fresh_pg_database() -> Option<(String, DbGuard)> {
    let admin = pg_admin_url();
    let db = match Database::connect(&admin).await {
        Ok(db) => db,
        Err(e) => {
            skips::skip("PostgreSQL", &format!("{admin} unreachable: {e}"));
            return None;
        }
    };
    let name = format!("cooptrade_t_{}", uuid::Uuid::new_v4().simple());
    db.execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create database");
    let mut url = url::Url::parse(&admin).expect("admin url");
    url.set_path(&name);
    Some((url.to_string(), DbGuard(Some((admin, name)))))
}

/// Runs an async scenario once on SQLite and once on PostgreSQL; `with ENV;` first starts the
/// app with those settings (`TestApp::spawn_with`).
#[macro_export]
macro_rules! on_both_backends {
    (with $env:expr; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = $crate::common::TestApp::spawn_with($crate::common::Backend::Sqlite, $env).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = $crate::common::TestApp::spawn_with($crate::common::Backend::Postgres, $env).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
    ($($name:ident),* $(,)?) => {
        $crate::on_both_backends!(with &[]; $($name),*);
    };
}
