//! Tampering behind the database's back (triggers and foreign key dropped, as someone with DDL
//! rights could): `verify` and `cooptrade ledger verify` name the entry.
use super::*;
use std::process::Command;

fn verify_cli(app: &TestApp) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(["ledger", "verify"])
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

/// Drops a table's append-only trigger for an operation, as an attacker with DDL rights could.
async fn drop_trigger(app: &TestApp, table: &str, operation: &str) {
    let sql = match app.db.get_database_backend() {
        DbBackend::Postgres => format!("DROP TRIGGER {table}_append_only ON {table}"),
        _ => format!("DROP TRIGGER {table}_no_{operation}"),
    };
    app.db.execute_unprepared(&sql).await.unwrap();
}

async fn three_settlements(app: &TestApp) -> Vec<i64> {
    let mut ids = Vec::new();
    for order in 1..=3 {
        let subtotal = Money::from_minor(10_000 * i64::from(order), Currency::EUR);
        let (entry, _) = settlement(order, parties(SELLER, BUYER), subtotal);
        ids.push(post(app, entry).await.unwrap().entry_id());
    }
    ids
}

async fn verify_names_an_entry_edited_behind_the_triggers_back(app: TestApp) {
    let ids = three_settlements(&app).await;
    let good = verify_cli(&app);
    let out = String::from_utf8_lossy(&good.stdout);
    assert_eq!(good.status.code(), Some(0), "{out}");
    assert!(out.contains("ledger: 3 entries, 15 postings"), "{out}");
    assert!(out.contains("ledger OK"), "{out}");

    drop_trigger(&app, "postings", "update").await;
    let sql = format!(
        "UPDATE postings SET amount_minor = amount_minor + 1 \
         WHERE id = (SELECT MIN(id) FROM postings WHERE entry_id = {})",
        ids[1]
    );
    app.db.execute_unprepared(&sql).await.unwrap();
    let bad = verify_cli(&app);
    let err = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(bad.status.code(), Some(1), "{err}");
    let expected = format!(
        "entry {} (settle:2): hash mismatch — edited or reordered",
        ids[1]
    );
    assert!(err.contains(&expected), "{err}");
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(
        out.contains("EUR: postings sum to 1 (NOT balanced)"),
        "{out}"
    );
}

async fn verify_notices_a_removed_entry(app: TestApp) {
    let ids = three_settlements(&app).await;
    drop_trigger(&app, "postings", "delete").await;
    drop_trigger(&app, "journal_entries", "delete").await;
    for table_and_column in [("postings", "entry_id"), ("journal_entries", "id")] {
        let (table, column) = table_and_column;
        let sql = format!("DELETE FROM {table} WHERE {column} = {}", ids[1]);
        app.db.execute_unprepared(&sql).await.unwrap();
    }
    let report = ledger::verify(&app.db).await.unwrap();
    let bad = report.first_bad.clone().unwrap();
    assert_eq!((bad.entry_id, bad.key.as_str()), (ids[2], "settle:3"));
    assert!(bad.reason.contains("an entry was removed"), "{report}");
    assert_eq!((report.entries, report.postings), (2, 10));
}

/// Deletes an entry but keeps its postings, bypassing the trigger and the foreign key.
async fn delete_entry_keeping_postings(app: &TestApp, id: i64) {
    drop_trigger(app, "journal_entries", "delete").await;
    let delete = format!("DELETE FROM journal_entries WHERE id = {id}");
    if app.db.get_database_backend() == DbBackend::Postgres {
        let fk = "SELECT conname::text AS name FROM pg_constraint \
                  WHERE conrelid = 'postings'::regclass AND contype = 'f'";
        let row = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(DbBackend::Postgres, fk));
        let name: String = row.await.unwrap().unwrap().try_get("", "name").unwrap();
        let drop = format!("ALTER TABLE postings DROP CONSTRAINT \"{name}\"");
        app.db.execute_unprepared(&drop).await.unwrap();
        app.db.execute_unprepared(&delete).await.unwrap();
    } else {
        // The foreign-key pragma is per connection: use one connection of our own.
        let mut opts = sea_orm::ConnectOptions::new(app.database_url.clone());
        opts.max_connections(1).sqlx_logging(false);
        let own = sea_orm::Database::connect(opts).await.unwrap();
        own.execute_unprepared("PRAGMA foreign_keys = OFF")
            .await
            .unwrap();
        own.execute_unprepared(&delete).await.unwrap();
        own.close().await.unwrap();
    }
}

async fn verify_reports_postings_whose_entry_was_deleted(app: TestApp) {
    let ids = three_settlements(&app).await;
    delete_entry_keeping_postings(&app, ids[2]).await;
    let report = ledger::verify(&app.db).await.unwrap();
    let bad = report.first_bad.clone().unwrap();
    assert_eq!(bad.entry_id, ids[2], "{report}");
    assert!(bad.reason.contains("entry is missing"), "{report}");
    assert_eq!((report.entries, report.postings), (2, 15));
    assert!(report.balances.iter().all(|(_, sum)| *sum == 0));
    assert!(!report.is_ok());
}

async fn verify_is_not_fooled_by_a_separator_in_a_posting(app: TestApp) {
    let ids = three_settlements(&app).await;
    drop_trigger(&app, "postings", "update").await;
    // Folding one posting into another's account name would keep the aggregated text the same.
    let sql = format!(
        "UPDATE postings SET account = 'gateway_clearing|EUR|-20000;coop:12:proceeds' \
         WHERE id = (SELECT MIN(id) FROM postings WHERE entry_id = {})",
        ids[1]
    );
    app.db.execute_unprepared(&sql).await.unwrap();
    let report = ledger::verify(&app.db).await.unwrap();
    let bad = report.first_bad.clone().unwrap();
    assert_eq!(
        (bad.entry_id, bad.key.as_str()),
        (ids[1], "settle:2"),
        "{report}"
    );
    assert!(!report.is_ok());
}

on_both_backends!(
    verify_names_an_entry_edited_behind_the_triggers_back,
    verify_notices_a_removed_entry,
    verify_reports_postings_whose_entry_was_deleted,
    verify_is_not_fooled_by_a_separator_in_a_posting,
);
