//! The command line as an operator uses it.
use crate::common;

use std::process::Command;

use common::TestApp;

fn cooptrade(app: &TestApp, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("PHOTO_DIR", &app.photo_dir)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run cooptrade")
}

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

async fn seed_demo_is_idempotent_and_every_demo_role_can_log_in(app: TestApp) {
    let first = cooptrade(&app, &["seed-demo"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let out = stdout(&first);
    assert!(out.contains("committee.marta@example.coop"));
    assert!(out.contains("Coopermondo (both, IT, EUR)"));
    let (users, coops, members) = (
        app.count("users").await,
        app.count("coops").await,
        app.count("memberships").await,
    );
    assert_eq!(coops, 9);
    assert_eq!(app.count("committee_members").await, 3);
    // Every demo listing has a drawn picture, stored once per size and format.
    let listings = app.count("listings").await;
    assert!(listings > 20);
    assert_eq!(app.count("listing_photos").await, listings);
    let stored = std::fs::read_dir(&app.photo_dir)
        .expect("photo dir")
        .count() as i64;
    assert_eq!(stored, listings, "one folder per photo");
    let history = demo_history(&app).await;
    assert_eq!(
        history,
        [13, 1, 1, 1, 1, 9],
        "orders, refunds, disputes, runs, spending, banks"
    );
    let entries = app.count("journal_entries").await;
    let second = cooptrade(&app, &["seed-demo"]);
    assert!(second.status.success());
    assert_eq!(stdout(&second), out, "the same logins are printed again");
    assert_eq!(demo_history(&app).await, history, "no second history");
    assert_eq!(app.count("journal_entries").await, entries);
    demo_history_shows(&app).await;
    assert_eq!(
        (
            app.count("users").await,
            app.count("coops").await,
            app.count("memberships").await
        ),
        (users, coops, members)
    );
    assert_eq!(
        app.count("listing_photos").await,
        listings,
        "no second picture"
    );

    // A committee member, a producer admin and a buyer member log in with the printed password.
    let password = cooptrade::seed::data::DEMO_PASSWORD;
    let marta = app.browser();
    marta
        .login("committee.marta@example.coop", password)
        .await
        .assert_status(303);
    marta.get("/committee").await.assert_status(200);
    let producer = &cooptrade::seed::data::COOPS[0];
    let admin = producer
        .members
        .iter()
        .find(|m| m.role == cooptrade::domain::coop::CoopRole::Admin)
        .unwrap();
    let b = app.browser();
    b.login(admin.email, password).await.assert_status(303);
    b.visit("/").await.assert_contains(producer.name);
    b.get("/committee").await.assert_status(403);
    b.get("/coops/apply").await.assert_status(200);
    let buyer = cooptrade::seed::data::COOPS
        .iter()
        .find(|c| c.kind == "buyer")
        .unwrap();
    let member = buyer
        .members
        .iter()
        .find(|m| m.role == cooptrade::domain::coop::CoopRole::Member)
        .unwrap();
    let c = app.browser();
    c.login(member.email, password).await.assert_status(303);
    c.visit("/").await.assert_contains(buyer.name);
}

/// What the demo's history wrote: orders, partial refunds, dispute statements, payout runs,
/// spending proposals and co-ops' payout details.
async fn demo_history(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "orders",
        "refunds",
        "dispute_statements",
        "payout_runs",
        "spending_proposals",
        "coop_payout_details",
    ] {
        counts.push(app.count(table).await);
    }
    counts
}

/// The demo's books balance, and the pool page shows months of inflows, the payout and the
/// spending; an order is still in dispute.
async fn demo_history_shows(app: &TestApp) {
    let verify = cooptrade(app, &["ledger", "verify"]);
    assert!(verify.status.success(), "{}", stdout(&verify));
    assert!(stdout(&verify).contains("ledger OK"));
    let pool = app.browser().visit("/pool").await;
    pool.assert_status(200);
    let now = chrono::Utc::now();
    // The first order of each month of the demo settled five days after it was placed.
    for days in [124 - 5, 94 - 5, 63 - 5, 33 - 5] {
        let month = (now - chrono::Duration::days(days))
            .format("%Y-%m")
            .to_string();
        let en = i18n::Tr::new(i18n::Lang::En, i18n::chrono_tz::UTC);
        pool.assert_contains(&templates::chart::month_label(&en, &month));
    }
    pool.assert_contains("Repair of the shared solar fruit dryer")
        .assert_contains("Coopermondo");
    let disputed = app.count("orders WHERE state = 'disputed'").await;
    assert_eq!(disputed, 1);
}

async fn users_and_committee_seats_are_made_from_the_cli(app: TestApp) {
    let o = cooptrade(
        &app,
        &[
            "user",
            "create",
            "--email",
            "Ops@Example.coop",
            "--name",
            "Ops",
            "--password",
            "a long enough secret",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).contains("ops@example.coop"));
    let weak = cooptrade(
        &app,
        &[
            "user",
            "create",
            "--email",
            "x@example.coop",
            "--name",
            "X",
            "--password",
            "short",
        ],
    );
    assert_eq!(weak.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 10 characters"));
    let dup = cooptrade(
        &app,
        &[
            "user",
            "create",
            "--email",
            "ops@example.coop",
            "--name",
            "Ops",
            "--password",
            "a long enough secret",
        ],
    );
    assert!(!dup.status.success());
    assert_eq!(app.count("users").await, 1);

    let o = cooptrade(&app, &["committee", "add", "ops@example.coop"]);
    assert!(o.status.success());
    let unknown = cooptrade(&app, &["committee", "add", "nobody@example.coop"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no user is registered"));
    assert_eq!(app.count("committee_members").await, 1);
    let b = app.browser();
    b.login("ops@example.coop", "a long enough secret")
        .await
        .assert_status(303);
    b.get("/committee").await.assert_status(200);
    // An operator's account needs no mailed link: it may apply for a co-op at once.
    b.get("/coops/apply").await.assert_status(200);
}

/// An operator whose locale is French reads the CLI's errors in French; the exit code is the same.
async fn errors_read_in_the_language_of_lang(app: TestApp) {
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_cooptrade"))
            .args(["payouts", "draft", "--currency", "EUR", "--by"])
            .arg("nobody@example.coop")
            .env("DATABASE_URL", &app.database_url)
            .env("RUST_LOG", "warn")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("run cooptrade")
    };
    let (fr, en) = (run("fr_FR.UTF-8"), run("C.UTF-8"));
    assert_eq!((fr.status.code(), en.status.code()), (Some(1), Some(1)));
    assert_eq!(
        String::from_utf8_lossy(&fr.stderr).trim(),
        "erreur : aucun utilisateur n'est inscrit avec l'adresse nobody@example.coop"
    );
    assert_eq!(
        String::from_utf8_lossy(&en.stderr).trim(),
        "error: no user is registered as nobody@example.coop"
    );
}

on_both_backends!(
    seed_demo_is_idempotent_and_every_demo_role_can_log_in,
    users_and_committee_seats_are_made_from_the_cli,
    errors_read_in_the_language_of_lang,
);

#[test]
fn a_bad_setting_is_one_line_naming_the_variable_and_exit_code_2() {
    for (var, value, expect) in [
        ("FEE_RATE", "30", "FEE_RATE: must be between 0 and 20"),
        ("BIND", "somewhere", "BIND: must be an address"),
        ("SMTP_URL", "mail", "SMTP_URL:"),
        ("DATABASE_URL", "mysql://x", "DATABASE_URL:"),
        (
            "PHOTO_STORE",
            "gs://bucket",
            "PHOTO_STORE: 'gs://' is not supported",
        ),
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
            .arg("migrate")
            .env(var, value)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{var}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(expect), "{err}");
    }
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["seed-demo", "--help"],
        vec!["user", "create", "--help"],
        vec!["committee", "add", "--help"],
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
            .args(&args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("Usage"),
            "{args:?}"
        );
    }
}
