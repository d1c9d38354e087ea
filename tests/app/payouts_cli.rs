//! `cooptrade payouts draft|show|export` as an operator runs them.
use crate::common;
use crate::market;

use std::process::{Command, Output};

use common::TestApp;
use market::*;

fn cooptrade(app: &TestApp, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("PAYOUT_DEBTOR_IBAN", "DE89 3704 0044 0532 0130 00")
        .env("RUST_LOG", "warn")
        .output()
        .expect("run cooptrade")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

async fn the_committee_drafts_shows_and_exports_a_run_from_the_command_line(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    let out = cooptrade(
        &app,
        &[
            "payouts",
            "draft",
            "--currency",
            "EUR",
            "--by",
            "alice@committee.example.coop",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("drafted payout run #1 in EUR"), "{stdout}");
    assert!(
        stdout.contains("Coopermondo: 48.50 EUR (fair share 0.50 EUR, proceeds 48.00 EUR) open"),
        "{stdout}"
    );
    let refused = cooptrade(&app, &["payouts", "export", "1", "--format", "sepa"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("can be downloaded once the committee has approved it"));
    for who in [&m.alice, &m.bob] {
        let p = who
            .submit("/committee/payouts/1/decide", &[("decision", "approve")])
            .await;
        p.assert_status(303);
    }
    cooptrade::store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "",
        "IT60X0542811101000000123456",
        "",
    )
    .await
    .unwrap();
    let show = text(&cooptrade(&app, &["payouts", "show", "1"]).stdout);
    assert!(
        show.contains("(approved)") && show.contains("bob@committee.example.coop approved"),
        "{show}"
    );
    let csv = text(&cooptrade(&app, &["payouts", "export", "1", "--format", "csv"]).stdout);
    assert!(
        csv.starts_with("line_id,coop_id,account_holder,iban"),
        "{csv}"
    );
    assert!(
        csv.contains("Coopermondo,IT60X0542811101000000123456,,EUR,48.50"),
        "{csv}"
    );
    let xml = text(&cooptrade(&app, &["payouts", "export", "1", "--format", "sepa"]).stdout);
    assert!(
        xml.contains("<CtrlSum>48.50</CtrlSum>")
            && xml.contains("<IBAN>DE89370400440532013000</IBAN>"),
        "{xml}"
    );
}

on_both_backends!(the_committee_drafts_shows_and_exports_a_run_from_the_command_line);
