//! cooptrade: a marketplace for trade between co-operatives, with a FairShares fee split.
pub mod auth;
pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod group_commit;
pub mod http;
pub mod jobs;
pub mod mail;
pub mod payments;
pub mod photos;
pub mod seed;
pub mod store;

use std::sync::Arc;

/// Counts the statements `db` runs in `metrics` (`/metrics`' `db_statements_total`).
fn count_statements(db: &mut sea_orm::DatabaseConnection, metrics: &Arc<http::metrics::Metrics>) {
    let counter = metrics.clone();
    db.set_metric_callback(move |info| counter.statement(info.elapsed));
}

/// Opens the database, migrates it and builds the state every handler shares.
pub async fn app_state(config: config::Config) -> Result<http::AppState, sea_orm::DbErr> {
    let mut db = db::connect_server_and_migrate(&config.database_url).await?;
    let metrics = Arc::new(http::metrics::Metrics::default());
    count_statements(&mut db, &metrics);
    let gateway =
        payments::from_config(&config).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    // Group commit unless `GROUP_COMMIT` says otherwise; a transaction per request when off.
    let url = &config.database_url;
    let writes = if !config.group_commit.unwrap_or(true) {
        group_commit::Writes::direct(db.clone())
    } else if url.contains(":memory:") || url.contains("mode=memory") {
        // An in-memory SQLite database lives in its pool: another connection would open another.
        group_commit::Writes::grouped(db.clone())
    } else {
        let (url, counted) = (url.clone(), metrics.clone());
        let backend = db.get_database_backend();
        group_commit::Writes::grouped_pinned(db.clone(), move || async move {
            let mut writer = match backend {
                sea_orm::DbBackend::Postgres => db::connect_pg_writer(&url).await?,
                _ => db::connect_sqlite_writer(&url).await?,
            };
            count_statements(&mut writer, &counted);
            Ok(writer)
        })
        .await?
    };
    let photos =
        photos::store::open(&config.photos).map_err(|e| sea_orm::DbErr::Custom(e.to_string()))?;
    Ok(http::AppState::new(http::Shared {
        db,
        photos,
        writes,
        gateway,
        config: Arc::new(config),
        metrics,
        pages: Arc::default(),
        hot: Arc::default(),
        login_throttle: Arc::default(),
    }))
}
