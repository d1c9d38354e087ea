//! Payout runs as the committee runs them: drafted with frozen amounts, reviewed by a quorum
//! without conflicts of interest, exported as CSV and SEPA, and paid line by line exactly once.
use crate::common;
use crate::market;

use cooptrade::domain::ledger::Account;
use cooptrade::domain::sepa::Party;
use cooptrade::store;
use market::*;

use common::TestApp;

/// Drafts a EUR run as `who` through the committee's page and returns its id.
async fn draft(who: &common::Browser) -> i32 {
    let p = who
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    id_from(p.location.clone())
}

async fn decide(who: &common::Browser, run: i32, decision: &str, reason: &str) -> u16 {
    let path = format!("/committee/payouts/{run}/decide");
    who.submit(&path, &[("decision", decision), ("reason", reason)])
        .await
        .status
        .as_u16()
}

/// Gives the seller bank details, so that its bank line is payable (not held).
async fn seller_bank(app: &TestApp, m: &Market) {
    store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "Coopermondo",
        "IT60X0542811101000000123456",
        "",
    )
    .await
    .unwrap();
}

async fn status(app: &TestApp, run: i32) -> String {
    store::payouts::get(&app.db, run)
        .await
        .unwrap()
        .status
        .to_string()
}

async fn the_drafter_alone_cannot_approve_and_two_distinct_approvals_allow_payment(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    seller_bank(&app, &m).await;
    let run = draft(&m.alice).await;
    let lines = store::payouts::lines(&app.db, run).await.unwrap();
    assert_eq!(
        lines.len(),
        1,
        "the buyer's 0.50 share is under the 10 EUR minimum"
    );
    let line = &lines[0];
    assert_eq!(
        (
            line.coop_id,
            line.fair_share_minor,
            line.proceeds_minor,
            line.amount_minor
        ),
        (m.seller.id, 50, 4800, 4850)
    );
    assert_eq!(
        mail_count(
            &app,
            "bob@committee.example.coop",
            &format!("Payout run #{run} awaits")
        )
        .await,
        1
    );

    assert_eq!(decide(&m.alice, run, "approve", "").await, 303);
    assert_eq!(
        status(&app, run).await,
        "awaiting_review",
        "the drafter alone is not a quorum"
    );
    assert_eq!(
        decide(&m.alice, run, "approve", "").await,
        409,
        "one person, one approval"
    );
    let paid_early = m
        .alice
        .submit(&format!("/committee/payouts/{run}/paid"), &[])
        .await;
    paid_early.assert_status(409);
    assert_eq!(decide(&m.bob, run, "approve", "").await, 303);
    assert_eq!(status(&app, run).await, "approved");

    let path = format!("/committee/payouts/{run}/lines/{}/paid", line.id);
    m.carol.submit(&path, &[]).await.assert_status(303);
    let entries = app.count("journal_entries").await;
    m.bob.submit(&path, &[]).await.assert_status(303);
    m.bob
        .submit(
            &format!("/committee/payouts/{run}/paid"),
            &[("confirm", "yes")],
        )
        .await
        .assert_status(303);
    assert_eq!(
        app.count("journal_entries").await,
        entries,
        "marking twice pays once"
    );
    assert_eq!(status(&app, run).await, "paid");
    assert_eq!(balance(&app, Account::CoopProceeds(m.seller.id)).await, 0);
    assert_eq!(balance(&app, Account::CoopFairShare(m.seller.id)).await, 0);
    assert_eq!(
        balance(&app, Account::CoopFairShare(m.buyer.id)).await,
        50,
        "kept for a later run"
    );
    assert_eq!(
        mail_count(&app, &m.seller.admin_email, "Payout of EUR\u{a0}48.50 sent").await,
        1
    );
    assert_trial_balance_zero(&app).await;
    let page = m.carol.get(&format!("/committee/payouts/{run}")).await;
    page.assert_status(200)
        .assert_contains("Alice</strong> drafted")
        .assert_contains("Bob</strong> approved")
        .assert_contains("Carol</strong> paid")
        .assert_contains("order #");
}

async fn a_committee_member_whose_coop_receives_money_cannot_vote(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    app.make_committee(&m.seller.admin_email).await;
    let run = draft(&m.alice).await;
    assert_eq!(decide(&m.seller.admin, run, "approve", "").await, 403);
    assert_eq!(decide(&m.seller.admin, run, "reject", "mine").await, 403);
    assert_eq!(status(&app, run).await, "awaiting_review");
    assert_eq!(
        app.count("decisions").await,
        1,
        "only the draft is recorded"
    );
}

async fn one_rejection_with_a_reason_stops_a_run_and_frees_its_amounts(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    let run = draft(&m.alice).await;
    assert_eq!(decide(&m.bob, run, "approve", "").await, 303);
    assert_eq!(
        decide(&m.carol, run, "reject", "").await,
        422,
        "a rejection needs a reason"
    );
    assert_eq!(
        decide(&m.carol, run, "reject", "wrong bank month").await,
        303
    );
    assert_eq!(status(&app, run).await, "rejected");
    assert_eq!(decide(&m.alice, run, "approve", "").await, 409);
    m.alice
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains("wrong bank month");
    let next = draft(&m.alice).await;
    let lines = store::payouts::lines(&app.db, next).await.unwrap();
    assert_eq!(
        lines[0].amount_minor, 4850,
        "a rejected run's amounts go to the next one"
    );
}

async fn a_draft_freezes_its_amounts_and_later_settlements_go_to_the_next_run(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    let first = draft(&m.alice).await;
    m.settled_order("8").await;
    let lines = store::payouts::lines(&app.db, first).await.unwrap();
    assert_eq!(lines[0].amount_minor, 4850);
    let second = draft(&m.bob).await;
    let lines = store::payouts::lines(&app.db, second).await.unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        (lines[0].fair_share_minor, lines[0].proceeds_minor),
        (100, 9600)
    );
    let empty = m
        .carol
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    empty.assert_status(409);
}

async fn only_the_committee_sees_and_drafts_payout_runs(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    m.buyer
        .admin
        .get("/committee/payouts")
        .await
        .assert_status(403);
    let p = m
        .buyer
        .admin
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(403);
    let run = draft(&m.alice).await;
    assert_eq!(decide(&m.buyer.admin, run, "approve", "").await, 403);
    m.buyer
        .admin
        .get(&format!("/committee/payouts/{run}/export.csv"))
        .await
        .assert_status(403);
    assert_eq!(app.count("payout_runs").await, 1);
}

async fn a_failed_line_keeps_its_error_and_is_paid_on_retry(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    seller_bank(&app, &m).await;
    let run = draft(&m.alice).await;
    decide(&m.alice, run, "approve", "").await;
    decide(&m.bob, run, "approve", "").await;
    let line = store::payouts::lines(&app.db, run).await.unwrap()[0].id;
    let failed = format!("/committee/payouts/{run}/lines/{line}/failed");
    m.bob
        .submit(&failed, &[("error", "IBAN closed")])
        .await
        .assert_status(303);
    let l = &store::payouts::lines(&app.db, run).await.unwrap()[0];
    assert_eq!(
        (l.status.as_str(), l.error.as_deref()),
        ("failed", Some("IBAN closed"))
    );
    assert_eq!(
        balance(&app, Account::CoopProceeds(m.seller.id)).await,
        4800,
        "nothing posted"
    );
    m.bob
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains("IBAN closed");
    m.bob
        .submit(&format!("/committee/payouts/{run}/lines/{line}/paid"), &[])
        .await
        .assert_status(303);
    assert_eq!(balance(&app, Account::CoopProceeds(m.seller.id)).await, 0);
    assert_eq!(status(&app, run).await, "paid");
    assert_trial_balance_zero(&app).await;
}

/// Checks that every opened tag closes in order (enough to prove the file well-formed here).
fn assert_well_formed(xml: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').unwrap() + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.ends_with('/') {
            continue;
        }
        let name = tag
            .trim_start_matches('/')
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        if tag.starts_with('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name.as_str()),
                "mismatched </{name}>"
            );
        } else {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

fn between<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    xml.split(&format!("<{tag}>"))
        .skip(1)
        .filter_map(|s| s.split(&format!("</{tag}>")).next())
        .collect()
}

async fn an_approved_eur_run_exports_csv_and_a_sepa_file_matching_its_lines(app: TestApp) {
    let m = market(&app).await;
    for _ in 0..3 {
        m.settled_order("100").await;
    }
    let bad = store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "Coopermondo",
        "IT60X0542811101000000123457",
        "",
    )
    .await;
    assert_eq!(
        bad.unwrap_err().status(),
        422,
        "a bad IBAN checksum is refused"
    );
    store::payouts::set_bank_details(
        &app.db,
        m.seller.id,
        "Coopermondo soc. coop.",
        "IT60 X054 2811 1010 0000 0123 456",
        "BPMOIT22",
    )
    .await
    .unwrap();
    store::payouts::set_bank_details(
        &app.db,
        m.buyer.id,
        "Coop Danmark & Co",
        "DE89370400440532013000",
        "",
    )
    .await
    .unwrap();
    let run = draft(&m.alice).await;
    decide(&m.alice, run, "approve", "").await;
    decide(&m.bob, run, "approve", "").await;
    let lines = store::payouts::lines(&app.db, run).await.unwrap();
    assert_eq!(lines.len(), 2, "both co-ops are owed more than 10 EUR");
    let csv = m
        .bob
        .get(&format!("/committee/payouts/{run}/export.csv"))
        .await;
    csv.assert_status(200)
        .assert_contains("IT60X0542811101000000123456")
        .assert_contains("3637.50");
    let debtor = Party {
        name: "cooptrade pool".into(),
        iban: cooptrade::domain::iban::Iban::parse("DE89370400440532013000").unwrap(),
        bic: None,
    };
    let xml = store::payouts::sepa(&app.db, run, &debtor, store::now())
        .await
        .unwrap();
    assert_well_formed(&xml);
    let total: i64 = lines.iter().map(|l| l.amount_minor).sum();
    let ctrl = eur(total).format_amount();
    assert_eq!(between(&xml, "CtrlSum"), vec![ctrl.as_str(), ctrl.as_str()]);
    assert_eq!(between(&xml, "NbOfTxs"), vec!["2", "2"]);
    assert_eq!(xml.matches("<CdtTrfTxInf>").count(), 2);
    assert!(xml.contains("Coop Danmark &amp; Co"));
    for l in &lines {
        assert!(xml.contains(&format!("<EndToEndId>payout-line:{}</EndToEndId>", l.id)));
    }
    // Without a debtor account configured, the committee is told in plain words.
    m.bob
        .get(&format!("/committee/payouts/{run}/export.xml"))
        .await
        .assert_status(409)
        .assert_contains("own bank account is not set up yet");
}

on_both_backends!(
    the_drafter_alone_cannot_approve_and_two_distinct_approvals_allow_payment,
    a_committee_member_whose_coop_receives_money_cannot_vote,
    one_rejection_with_a_reason_stops_a_run_and_frees_its_amounts,
    a_draft_freezes_its_amounts_and_later_settlements_go_to_the_next_run,
    only_the_committee_sees_and_drafts_payout_runs,
    a_failed_line_keeps_its_error_and_is_paid_on_retry,
    an_approved_eur_run_exports_csv_and_a_sepa_file_matching_its_lines,
);
