//! Spending from the common pool and the public pool page: proposals reviewed by the same
//! quorum, a pool that never goes negative under concurrent approvals, and the page anyone sees.
use crate::common;
use crate::market;

use cooptrade::domain::ledger::Account;
use cooptrade::store;
use market::*;

use common::{Browser, TestApp};

/// The buyer's admin proposes `amount` EUR for the buyer co-op; returns the proposal's id.
pub(crate) async fn propose(app: &TestApp, m: &Market, title: &str, amount: &str) -> i32 {
    let recipient = m.buyer.id.to_string();
    let fields = [
        ("title", title),
        ("purpose", "A shared cold store"),
        ("amount", amount),
        ("currency", "EUR"),
        ("recipient_coop_id", recipient.as_str()),
    ];
    let path = format!("/coops/{}/spending", m.buyer.id);
    m.buyer
        .admin
        .submit(&path, &fields)
        .await
        .assert_status(303);
    store::spending::list(&app.db, false).await.unwrap()[0].id
}

async fn decide(who: &Browser, id: i32, decision: &str) -> u16 {
    let path = format!("/committee/spending/{id}/decide");
    who.submit(&path, &[("decision", decision), ("reason", "not now")])
        .await
        .status
        .as_u16()
}

async fn status(app: &TestApp, id: i32) -> String {
    store::spending::get(&app.db, id)
        .await
        .unwrap()
        .status
        .to_string()
}

async fn concurrent_spending_approvals_never_overdraw_the_pool(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("40").await; // subtotal 500.00, fee 20.00, pool 10.00
    assert_eq!(balance(&app, Account::Pool).await, 1000);
    let p = m
        .buyer
        .admin
        .submit(
            &format!("/coops/{}/spending", m.buyer.id),
            &[("title", ""), ("amount", "-1"), ("currency", "EUR")],
        )
        .await;
    p.assert_status(422)
        .assert_contains("say what the money is for");
    let outsider = m
        .carol
        .submit(
            &format!("/coops/{}/spending", m.buyer.id),
            &[("title", "x")],
        )
        .await;
    outsider.assert_status(403);
    let first = propose(&app, &m, "Cold store", "6").await;
    let second = propose(&app, &m, "Training", "6").await;
    assert_eq!(
        mail_count(&app, "alice@committee.example.coop", "awaits your review").await,
        2
    );
    assert_eq!(decide(&m.alice, first, "approve").await, 303);
    assert_eq!(decide(&m.alice, second, "approve").await, 303);
    let (a, b) = tokio::join!(
        decide(&m.bob, first, "approve"),
        decide(&m.carol, second, "approve")
    );
    let mut outcomes = [a, b];
    outcomes.sort();
    assert_eq!(
        outcomes,
        [303, 409],
        "exactly one approval fits in the pool"
    );
    assert_eq!(balance(&app, Account::Pool).await, 400);
    let (fa, fb) = (
        format!("/committee/spending/{first}/paid"),
        format!("/committee/spending/{second}/paid"),
    );
    let (pa, pb) = tokio::join!(m.bob.submit(&fa, &[]), m.carol.submit(&fb, &[]));
    let mut paid = [pa.status.as_u16(), pb.status.as_u16()];
    paid.sort();
    assert_eq!(paid, [303, 409]);
    let statuses = [status(&app, first).await, status(&app, second).await];
    assert_eq!(statuses.iter().filter(|s| *s == "paid").count(), 1);
    assert_eq!(
        statuses.iter().filter(|s| *s == "awaiting_review").count(),
        1
    );
    assert_eq!(balance(&app, Account::PayoutsInTransit).await, 0);
    assert_eq!(balance(&app, Account::Pool).await, 400);
    assert_eq!(
        mail_count(
            &app,
            &m.buyer.admin_email,
            "EUR\u{a0}6.00 from the common pool"
        )
        .await,
        1
    );
    assert_trial_balance_zero(&app).await;
}

async fn spending_follows_the_quorum_rules(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("40").await;
    let id = propose(&app, &m, "Cold store", "5").await;
    app.make_committee(&m.buyer.admin_email).await;
    assert_eq!(
        decide(&m.buyer.admin, id, "approve").await,
        403,
        "the recipient's member is conflicted"
    );
    assert_eq!(decide(&m.alice, id, "approve").await, 303);
    assert_eq!(status(&app, id).await, "awaiting_review");
    m.bob
        .get(&format!("/committee/spending/{id}"))
        .await
        .assert_contains("3 committee members may still vote; 1 more approval needed.");
    assert_eq!(decide(&m.bob, id, "reject").await, 303);
    assert_eq!(status(&app, id).await, "rejected");
    assert_eq!(decide(&m.carol, id, "approve").await, 409);
    m.carol
        .submit(&format!("/committee/spending/{id}/paid"), &[])
        .await
        .assert_status(409);
    assert_eq!(
        balance(&app, Account::Pool).await,
        1000,
        "nothing left the pool"
    );
    m.alice
        .get(&format!("/committee/spending/{id}"))
        .await
        .assert_contains("not now");
}

async fn the_pool_page_shows_the_balance_chart_fees_and_approved_payouts_to_anyone(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("40").await;
    m.settled_order("4").await;
    let id = propose(&app, &m, "Cold store", "2.50").await;
    decide(&m.alice, id, "approve").await;
    decide(&m.bob, id, "approve").await;
    let p = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    let run = id_from(p.location.clone());
    for who in [&m.alice, &m.bob] {
        who.submit(
            &format!("/committee/payouts/{run}/decide"),
            &[("decision", "approve")],
        )
        .await
        .assert_status(303);
    }
    let anyone = app.browser();
    let page = anyone.get("/pool").await;
    page.assert_status(200)
        .assert_contains("<svg")
        .assert_contains("<rect")
        .assert_contains(&store::now().format("%b %Y").to_string())
        .assert_contains("Inflows to the pool in EUR by month")
        .assert_contains("EUR\u{a0}8.50") // 10.00 + 1.00 in, 2.50 earmarked for spending
        .assert_contains(">EUR\u{a0}22.00</td>") // fees 20.00 + 2.00
        .assert_contains(">EUR\u{a0}11.00</td>")
        .assert_contains("Cold store")
        .assert_contains(&format!("Run #{run}"))
        .assert_contains("Coopermondo: EUR\u{a0}533.50");
    let link = format!("/coops/{}/spending", m.buyer.id);
    m.buyer.admin.get("/pool").await.assert_contains(&link);
    m.buyer
        .admin
        .get(&link)
        .await
        .assert_status(200)
        .assert_contains("Recipient co-op");
    let json: serde_json::Value = reqwest::get(format!("{}/api/v1/pool", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        json["balances"][0],
        serde_json::json!({"currency": "EUR", "amount": "8.50"})
    );
    assert_eq!(json["fees"][0]["to_coops"], "11.00");
    assert_eq!(json["inflows"][0]["amount"], "11.00");
    assert_eq!(json["spending"][0]["recipient_name"], "Coop Danmark");
    assert_eq!(json["payout_runs"][0]["recipients"][0]["amount"], "533.50");
    let doc: serde_json::Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["paths"]["/api/v1/pool"]["get"].is_object());
}

on_both_backends!(
    concurrent_spending_approvals_never_overdraw_the_pool,
    spending_follows_the_quorum_rules,
    the_pool_page_shows_the_balance_chart_fees_and_approved_payouts_to_anyone,
);
