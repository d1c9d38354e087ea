//! Stripe's webhooks: signed events applied once each, in the transaction that records them;
//! bad signatures, stale timestamps and malformed bodies refused with 400 and nothing changed.
use crate::common;
use crate::market;
use crate::payments::checkout;
use crate::payments::events;

use checkout::accepted_checkout;
use common::{TestApp, WEBHOOK_SECRET};
use cooptrade::domain::ledger::Account;
use events::{deliver, deliver_raw, event, fixture, now, payment_intent, signature};
use market::{assert_trial_balance_zero as assert_trial_balance_is_zero, balance, keys_of};
use serde_json::{json, Value};

/// One buyer's checkout across three sellers (10, 20 and 30 EUR), every order accepted.
async fn three_seller_checkout(app: &TestApp) -> (i64, Vec<Value>, crate::market::Coop) {
    let c = accepted_checkout(
        app,
        &[
            ("Coopermondo", "10"),
            ("Kuapa Kokoo", "20"),
            ("Mondragon", "30"),
        ],
    )
    .await;
    (c.id, c.orders, c.buyer)
}

async fn states(app: &TestApp, orders: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for o in orders {
        let m = cooptrade::store::orders::get(&app.db, o["id"].as_i64().unwrap() as i32)
            .await
            .unwrap();
        out.push(m.state.to_string());
    }
    out
}

async fn one_payment_delivered_five_times_pays_the_checkouts_orders_once(app: TestApp) {
    let (checkout, orders, buyer) = three_seller_checkout(&app).await;
    let e = event(
        "evt_paid_1",
        "payment_intent.succeeded",
        payment_intent("pi_1", checkout, 6_000, "succeeded"),
    );
    let mut outcomes = Vec::new();
    for _ in 0..5 {
        let (s, v) = deliver(&app, &e).await;
        assert_eq!(s, 200, "{v}");
        outcomes.push(v["outcome"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        outcomes,
        [
            "applied",
            "duplicate",
            "duplicate",
            "duplicate",
            "duplicate"
        ]
    );
    assert_eq!(states(&app, &orders).await, ["paid", "paid", "paid"]);
    assert_eq!(app.count("stripe_events").await, 1);
    for o in &orders {
        let id = o["id"].as_i64().unwrap();
        assert_eq!(keys_of(&app, id).await, [format!("pay:{id}")]);
    }
    assert_eq!(balance(&app, Account::GatewayClearing).await, 6_000);
    assert_eq!(balance(&app, Account::CoopPayments(buyer.id)).await, -6_000);
    assert_trial_balance_is_zero(&app).await;
    let (_, o) = buyer.api.get(&format!("/orders/{}", orders[0]["id"])).await;
    let history = cooptrade::store::orders::events(&app.db, o["id"].as_i64().unwrap() as i32)
        .await
        .unwrap();
    let last = history.last().unwrap();
    assert_eq!(
        (last.actor_role.as_str(), last.action.as_str()),
        ("system", "payment_succeeded")
    );
}

async fn a_failed_payment_leaves_the_orders_unpaid_and_the_stock_reserved(app: TestApp) {
    let (checkout, orders, _) = three_seller_checkout(&app).await;
    let e = event(
        "evt_failed_1",
        "payment_intent.payment_failed",
        payment_intent("pi_2", checkout, 6_000, "requires_payment_method"),
    );
    let (s, v) = deliver(&app, &e).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(
        states(&app, &orders).await,
        ["accepted", "accepted", "accepted"]
    );
    let reserved =
        cooptrade::store::orders::lines(&app.db, orders[0]["id"].as_i64().unwrap() as i32)
            .await
            .unwrap();
    assert_eq!(reserved[0].reserved_milli, 1_000, "stock stays reserved");
    assert_eq!(app.count("journal_entries").await, 0);
    // A payment for less than the checkout owes pays nothing.
    let short = event(
        "evt_short",
        "payment_intent.succeeded",
        payment_intent("pi_3", checkout, 5_999, "succeeded"),
    );
    assert_eq!(deliver(&app, &short).await.1["outcome"], "ignored");
    assert_eq!(
        states(&app, &orders).await,
        ["accepted", "accepted", "accepted"]
    );
}

async fn bad_signatures_stale_timestamps_and_malformed_bodies_are_refused(app: TestApp) {
    let (checkout, orders, _) = three_seller_checkout(&app).await;
    let body = event(
        "evt_forged",
        "payment_intent.succeeded",
        payment_intent("pi_4", checkout, 6_000, "succeeded"),
    )
    .to_string();
    let t = now();
    let good = signature(WEBHOOK_SECRET, t, &body);
    let v1 = good.split("v1=").nth(1).unwrap().to_owned();
    for (why, b, header) in [
        ("no header", body.clone(), String::new()),
        (
            "another secret",
            body.clone(),
            signature("whsec_attacker", t, &body),
        ),
        ("tampered body", body.replace("6000", "6001"), good.clone()),
        (
            "stale timestamp",
            body.clone(),
            signature(WEBHOOK_SECRET, t - 301, &body),
        ),
        (
            "timestamp not signed",
            body.clone(),
            format!("t={},v1={v1}", t + 1),
        ),
        (
            "malformed body",
            "{\"id\": 12".to_owned(),
            signature(WEBHOOK_SECRET, t, "{\"id\": 12"),
        ),
        (
            "not an event",
            "{}".to_owned(),
            signature(WEBHOOK_SECRET, t, "{}"),
        ),
    ] {
        let (s, v) = deliver_raw(&app, &b, &header).await;
        assert_eq!(s, 400, "{why}: {v}");
        assert_eq!(v["error"]["code"], "bad_request", "{why}");
    }
    assert_eq!(app.count("stripe_events").await, 0);
    assert_eq!(
        states(&app, &orders).await,
        ["accepted", "accepted", "accepted"]
    );
    // Several v1 signatures (a secret being rolled): any one that matches is enough.
    let rolled = format!("t={t},v1={},v1={v1}", "ab".repeat(32));
    assert_eq!(deliver_raw(&app, &body, &rolled).await.0, 200);
    assert_eq!(states(&app, &orders).await, ["paid", "paid", "paid"]);
}

async fn unknown_events_are_acknowledged_and_accounts_and_transfers_are_recorded(app: TestApp) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let mut account = fixture("account");
    account["id"] = json!("acct_coopermondo");
    account["charges_enabled"] = json!(true);
    account["payouts_enabled"] = json!(true);
    let updated = event("evt_acct_1", "account.updated", account.clone());
    assert_eq!(
        deliver(&app, &updated).await.1["outcome"],
        "ignored",
        "an account we do not know"
    );
    cooptrade::store::payments::link_stripe_account(&app.db, seller.id, "acct_coopermondo")
        .await
        .unwrap();
    let again = event("evt_acct_2", "account.updated", account);
    assert_eq!(deliver(&app, &again).await.1["outcome"], "applied");
    let d = cooptrade::store::payments::details(&app.db, seller.id)
        .await
        .unwrap()
        .unwrap();
    assert!(d.charges_enabled && d.payouts_enabled);
    let plan = event(
        "evt_plan",
        "plan.created",
        json!({"id": "price_1", "object": "plan"}),
    );
    let (s, v) = deliver(&app, &plan).await;
    assert_eq!((s, v["outcome"].as_str()), (200, Some("ignored")));
    let transfer = event("evt_tr", "transfer.created", fixture("transfer"));
    assert_eq!(deliver(&app, &transfer).await.0, 200);
    assert_eq!(app.count("stripe_events").await, 4);
}

on_both_backends!(
    one_payment_delivered_five_times_pays_the_checkouts_orders_once,
    a_failed_payment_leaves_the_orders_unpaid_and_the_stock_reserved,
    bad_signatures_stale_timestamps_and_malformed_bodies_are_refused,
    unknown_events_are_acknowledged_and_accounts_and_transfers_are_recorded,
);
