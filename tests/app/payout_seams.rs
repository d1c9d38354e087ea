//! Where payouts meet refunds, bank details and the committee: a run never pays more than is
//! owed at the moment it is paid, a co-op without bank details is held, bank files need an
//! approved run, and the committee sees who may still vote.
use crate::common;
use crate::market;

use cooptrade::domain::ledger::Account;
use cooptrade::store;
use market::*;

use common::{Browser, TestApp};

/// The seller's and the buyer's IBANs (valid test numbers).
const SELLER_IBAN: &str = "IT60X0542811101000000123456";
const BUYER_IBAN: &str = "DE89370400440532013000";

async fn draft(who: &Browser) -> i32 {
    let p = who
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    id_from(p.location.clone())
}

async fn decide(who: &Browser, run: i32, decision: &str) -> common::browser::Page {
    let path = format!("/committee/payouts/{run}/decide");
    who.submit(&path, &[("decision", decision), ("reason", "")])
        .await
}

async fn approve_by_two(app: &TestApp, m: &Market, run: i32) {
    decide(&m.alice, run, "approve").await.assert_status(303);
    decide(&m.bob, run, "approve").await.assert_status(303);
    assert_eq!(status(&app.db, run).await, "approved");
}

async fn status(db: &sea_orm::DatabaseConnection, run: i32) -> String {
    store::payouts::get(db, run)
        .await
        .unwrap()
        .status
        .to_string()
}

/// The bodies of the mail queued to `to` whose subject contains `subject`.
async fn mail_bodies(app: &TestApp, to: &str, subject: &str) -> Vec<String> {
    use entity::outbox_message::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Entity::find()
        .filter(Column::ToAddr.eq(to))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.contains(subject))
        .map(|m| m.body_text)
        .collect()
}

/// (fair share, proceeds, amount) of each line of `run`, by co-op id.
async fn line_amounts(app: &TestApp, run: i32) -> Vec<(i32, i64, i64, i64)> {
    store::payouts::lines(&app.db, run)
        .await
        .unwrap()
        .iter()
        .map(|l| {
            (
                l.coop_id,
                l.fair_share_minor,
                l.proceeds_minor,
                l.amount_minor,
            )
        })
        .collect()
}

async fn bank_details(app: &TestApp, coop: i32, holder: &str, iban: &str) {
    store::payouts::set_bank_details(&app.db, coop, holder, iban, "")
        .await
        .unwrap();
}

/// Refunds `amount` EUR of settled order `order` as committee member `who`.
pub(crate) async fn refund(who: &Browser, order: i64, amount: &str) {
    who.submit(
        &format!("/orders/{order}/refunds"),
        &[("amount", amount), ("reason", "spoiled on arrival")],
    )
    .await
    .assert_status(303);
}

/// The four balances the run pays from, in minor units: seller proceeds and fair share, buyer
/// fair share; none may be negative after paying.
async fn balances(app: &TestApp, m: &Market) -> [i64; 3] {
    [
        balance(app, Account::CoopProceeds(m.seller.id)).await,
        balance(app, Account::CoopFairShare(m.seller.id)).await,
        balance(app, Account::CoopFairShare(m.buyer.id)).await,
    ]
}

/// A settled 2,500.00 EUR order (fee 100.00: pool 50.00, each co-op's share 25.00), both co-ops
/// with bank details, and a run drafted by Alice: the seller 25.00 + 2,400.00, the buyer 25.00.
async fn settled_run(app: &TestApp) -> (Market, i64, i32) {
    let m = market(app).await;
    let order = m.settled_order("200").await;
    bank_details(app, m.seller.id, "Coopermondo", SELLER_IBAN).await;
    bank_details(app, m.buyer.id, "Coop Danmark", BUYER_IBAN).await;
    let run = draft(&m.alice).await;
    assert_eq!(
        line_amounts(app, run).await,
        vec![
            (m.seller.id, 2_500, 240_000, 242_500),
            (m.buyer.id, 2_500, 0, 2_500)
        ]
    );
    (m, order, run)
}

async fn a_refund_after_the_draft_makes_the_run_stale_and_a_redraft_pays_what_is_owed(
    app: TestApp,
) {
    let (m, order, run) = settled_run(&app).await;
    // 100.00 EUR back after settlement: the seller's proceeds lose 96.00, each share 1.00.
    refund(&m.alice, order, "100").await;
    assert_eq!(balances(&app, &m).await, [230_400, 2_400, 2_400]);

    let refused = decide(&m.bob, run, "approve").await;
    refused
        .assert_status(409)
        .assert_contains("out of date")
        .assert_contains("by EUR\u{a0}97.00")
        .assert_contains("by EUR\u{a0}1.00");
    assert_eq!(status(&app.db, run).await, "awaiting_review");
    m.bob
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_status(200)
        .assert_contains("This run is out of date.")
        .assert_contains("Pays <strong>EUR\u{a0}97.00</strong> more")
        .assert_contains("Pays <strong>EUR\u{a0}1.00</strong> more")
        .assert_contains(&format!("/committee/payouts/{run}/redraft"));

    let redrafted = m
        .carol
        .submit(&format!("/committee/payouts/{run}/redraft"), &[])
        .await;
    redrafted.assert_status(303);
    let fresh = id_from(redrafted.location.clone());
    assert_ne!(fresh, run);
    let old = store::payouts::get(&app.db, run).await.unwrap();
    assert_eq!(
        (old.status.as_str(), old.superseded_by),
        ("superseded", Some(fresh))
    );
    assert_eq!(
        line_amounts(&app, fresh).await,
        vec![
            (m.seller.id, 2_400, 230_400, 232_800),
            (m.buyer.id, 2_400, 0, 2_400)
        ],
        "the new run pays what is owed now"
    );
    m.alice
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains(&format!(
            "Replaced by <a href=\"/committee/payouts/{fresh}\">"
        ))
        .assert_contains("Alice</strong> drafted")
        .assert_contains("Carol</strong> superseded");
    decide(&m.alice, run, "approve").await.assert_status(409);
    m.alice
        .get(&format!("/committee/payouts/{fresh}"))
        .await
        .assert_contains(&format!("Replaces <a href=\"/committee/payouts/{run}\">"));

    approve_by_two(&app, &m, fresh).await;
    let paid = format!("/committee/payouts/{fresh}/paid");
    m.carol
        .submit(&paid, &[("confirm", "yes")])
        .await
        .assert_status(303);
    assert_eq!(status(&app.db, fresh).await, "paid");
    assert_eq!(balances(&app, &m).await, [0, 0, 0], "nothing negative");
    assert_trial_balance_zero(&app).await;
}

async fn an_approved_run_refuses_export_and_payment_once_a_refund_makes_it_stale(app: TestApp) {
    let (m, order, run) = settled_run(&app).await;
    approve_by_two(&app, &m, run).await;
    refund(&m.alice, order, "100").await;
    let lines = store::payouts::lines(&app.db, run).await.unwrap();
    let base = format!("/committee/payouts/{run}");
    m.carol
        .get(&format!("{base}/export.csv"))
        .await
        .assert_status(409)
        .assert_contains("re-draft it");
    m.carol
        .submit(&format!("{base}/lines/{}/paid", lines[1].id), &[])
        .await
        .assert_status(409);
    m.carol
        .submit(&format!("{base}/paid"), &[])
        .await
        .assert_status(409);
    m.carol
        .submit(&format!("{base}/paid"), &[("confirm", "yes")])
        .await
        .assert_status(409);
    assert_eq!(
        balances(&app, &m).await,
        [230_400, 2_400, 2_400],
        "nothing was paid"
    );
    let fresh = m.bob.submit(&format!("{base}/redraft"), &[]).await;
    fresh.assert_status(303);
    let fresh = id_from(fresh.location.clone());
    assert_eq!(status(&app.db, run).await, "superseded");
    approve_by_two(&app, &m, fresh).await;
    m.bob
        .submit(
            &format!("/committee/payouts/{fresh}/paid"),
            &[("confirm", "yes")],
        )
        .await
        .assert_status(303);
    assert_eq!(balances(&app, &m).await, [0, 0, 0]);
    assert_trial_balance_zero(&app).await;
}

async fn a_fresh_run_is_not_redrafted_and_marking_the_file_paid_asks_first(app: TestApp) {
    let (m, _, run) = settled_run(&app).await;
    let base = format!("/committee/payouts/{run}");
    m.bob
        .submit(&format!("{base}/redraft"), &[])
        .await
        .assert_status(409);
    m.bob
        .get(&format!("{base}/export.csv"))
        .await
        .assert_status(409)
        .assert_contains("once the committee has approved it");
    m.bob
        .get(&base)
        .await
        .assert_contains(
            "The bank files can be downloaded once the committee has approved the run.",
        )
        .assert_contains("4 committee members may still vote; 2 more approvals needed.");
    approve_by_two(&app, &m, run).await;
    let ask = m.carol.submit(&format!("{base}/paid"), &[]).await;
    ask.assert_status(200)
        .assert_contains("This marks 2 lines, <strong>EUR\u{a0}2,450.00</strong> in total")
        .assert_contains("name=\"confirm\" value=\"yes\"");
    assert_eq!(balances(&app, &m).await, [240_000, 2_500, 2_500], "not yet");
    m.carol
        .submit(&format!("{base}/paid"), &[("confirm", "yes")])
        .await
        .assert_status(303);
    assert_eq!(balances(&app, &m).await, [0, 0, 0]);
    assert_eq!(status(&app.db, run).await, "paid");
}

async fn a_coop_without_bank_details_is_held_and_its_admins_are_asked_for_them(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("200").await;
    bank_details(&app, m.seller.id, "Coopermondo", SELLER_IBAN).await;
    let run = draft(&m.alice).await;
    let asked = mail_bodies(&app, &m.buyer.admin_email, "Add your bank details").await;
    assert_eq!(asked.len(), 1);
    assert!(
        asked[0].contains(&format!("/coops/{}/manage", m.buyer.id))
            && asked[0].contains("EUR\u{a0}25.00"),
        "{}",
        asked[0]
    );
    assert_eq!(
        mail_count(&app, &m.seller.admin_email, "Add your bank details").await,
        0
    );
    let base = format!("/committee/payouts/{run}");
    m.bob
        .get(&base)
        .await
        .assert_contains("no bank details")
        .assert_contains("1 co-op has no bank details");
    approve_by_two(&app, &m, run).await;
    let lines = store::payouts::lines(&app.db, run).await.unwrap();
    let (seller_line, buyer_line) = (lines[0].id, lines[1].id);
    let csv = m.bob.get(&format!("{base}/export.csv")).await;
    csv.assert_status(200)
        .assert_contains(&format!("payout-line:{seller_line}"));
    assert!(
        !csv.body.contains(&format!("payout-line:{buyer_line}")),
        "a held line is left out of the bank file: {}",
        csv.body
    );
    m.bob
        .submit(&format!("{base}/lines/{buyer_line}/paid"), &[])
        .await
        .assert_status(409)
        .assert_contains("no bank details");
    m.bob
        .submit(&format!("{base}/paid"), &[])
        .await
        .assert_status(200)
        .assert_contains("This marks 1 line, <strong>")
        .assert_contains("1 held line (no bank details) stays open.");
    m.bob
        .submit(&format!("{base}/paid"), &[("confirm", "yes")])
        .await
        .assert_status(303);
    assert_eq!(
        status(&app.db, run).await,
        "approved",
        "the held line is still open"
    );
    assert_eq!(balances(&app, &m).await, [0, 0, 2_500]);

    bank_details(&app, m.buyer.id, "Coop Danmark", BUYER_IBAN).await;
    m.bob
        .submit(&format!("{base}/lines/{buyer_line}/paid"), &[])
        .await
        .assert_status(303);
    assert_eq!(status(&app.db, run).await, "paid");
    assert_eq!(balances(&app, &m).await, [0, 0, 0]);
    assert_trial_balance_zero(&app).await;
}

async fn without_a_debtor_account_the_committee_is_told_in_plain_words(app: TestApp) {
    let (m, _, run) = settled_run(&app).await;
    approve_by_two(&app, &m, run).await;
    let base = format!("/committee/payouts/{run}");
    let page = m.bob.get(&base).await;
    page.assert_contains("The marketplace's own bank account is not set up yet")
        .assert_contains("export.csv");
    assert!(!page.body.contains("export.xml"), "no SEPA link is offered");
    let xml = m.bob.get(&format!("{base}/export.xml")).await;
    xml.assert_status(409)
        .assert_contains("ask the operator to set it up");
    assert!(!xml.body.contains("PAYOUT_DEBTOR"), "{}", xml.body);
}

async fn ten_concurrent_drafts_give_one_run(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    m.alice.get("/").await;
    let alice = std::sync::Arc::new(m.alice);
    let mut clicks = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let alice = alice.clone();
        clicks.spawn(async move {
            alice
                .submit("/committee/payouts", &[("currency", "EUR")])
                .await
        });
    }
    let pages = clicks.join_all().await;
    let codes: Vec<u16> = pages.iter().map(|p| p.status.as_u16()).collect();
    assert_eq!(codes.iter().filter(|c| **c == 303).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 409).count(), 9, "{codes:?}");
    let run = store::payouts::list(&app.db).await.unwrap()[0].id;
    for p in pages.iter().filter(|p| p.status.as_u16() == 409) {
        p.assert_contains(&format!(
            "payout run #{run} (awaiting review) already holds"
        ));
    }
    assert_eq!(app.count("payout_runs").await, 1);
    assert_eq!(app.count("payout_lines").await, 1);
}

async fn the_run_page_warns_when_too_few_members_may_still_vote(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    // Everyone on the committee but Alice belongs to the seller co-op, which the run pays.
    for email in [
        "bob@committee.example.coop",
        "carol@committee.example.coop",
        "committee.builder@example.coop",
    ] {
        // (They joined by accepting an invitation; the test writes the membership directly.)
        let user = store::users::find_by_email(&app.db, email)
            .await
            .unwrap()
            .unwrap();
        store::invitations::add_membership(
            &app.db,
            m.seller.id,
            user.id,
            cooptrade::domain::coop::CoopRole::Member,
        )
        .await
        .unwrap();
    }
    let run = draft(&m.alice).await;
    m.alice
        .get(&format!("/committee/payouts/{run}"))
        .await
        .assert_contains("1 committee member may still vote; 2 more approvals needed.")
        .assert_contains("The committee cannot approve this as it is.");
    for who in ["alice", "bob", "carol"] {
        assert_eq!(
            mail_count(
                &app,
                &format!("{who}@committee.example.coop"),
                &format!("Payout run #{run} cannot be approved")
            )
            .await,
            1,
            "{who} is told once"
        );
    }
}

async fn a_run_everyone_may_vote_on_warns_nobody_and_counts_down(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    let run = draft(&m.alice).await;
    let page = format!("/committee/payouts/{run}");
    m.bob
        .get(&page)
        .await
        .assert_contains("4 committee members may still vote; 2 more approvals needed.");
    decide(&m.bob, run, "approve").await.assert_status(303);
    let after = m.bob.get(&page).await;
    after.assert_contains("3 committee members may still vote; 1 more approval needed.");
    assert!(!after.body.contains("cannot approve this"));
    assert_eq!(
        mail_count(&app, "bob@committee.example.coop", "cannot be approved").await,
        0
    );
}

on_both_backends!(
    a_refund_after_the_draft_makes_the_run_stale_and_a_redraft_pays_what_is_owed,
    an_approved_run_refuses_export_and_payment_once_a_refund_makes_it_stale,
    a_fresh_run_is_not_redrafted_and_marking_the_file_paid_asks_first,
    a_coop_without_bank_details_is_held_and_its_admins_are_asked_for_them,
    without_a_debtor_account_the_committee_is_told_in_plain_words,
    ten_concurrent_drafts_give_one_run,
    the_run_page_warns_when_too_few_members_may_still_vote,
    a_run_everyone_may_vote_on_warns_nobody_and_counts_down,
);
