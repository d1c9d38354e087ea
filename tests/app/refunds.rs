//! Refunds, whole and in parts, before and after settlement: money goes back at Stripe once (and
//! the seller's transfer is reversed, or never sent), the manual gateway records bank refunds,
//! and the ledger's figures are exact, with a zero trial balance after every scenario.
use crate::common;
use crate::market;
use crate::payments::card;
use crate::payments::fake_stripe;

use card::{card_market, committee, gateway, paid_by_card};
use common::TestApp;
use cooptrade::domain::ledger::Account;
use cooptrade::payments::Gateway;
use fake_stripe::FakeStripe;
use market::{
    act, assert_trial_balance_zero as assert_trial_balance_is_zero, balance, keys_of, order,
    small_market, walk, Market,
};
use serde_json::{json, Value};

fn id(o: &Value) -> i64 {
    o["id"].as_i64().unwrap()
}

async fn refund_rows(app: &TestApp, order_id: i64) -> Vec<entity::refund::Model> {
    cooptrade::store::refunds::of_order(&app.db, order_id as i32)
        .await
        .unwrap()
}

async fn state(app: &TestApp, o: &Value) -> String {
    cooptrade::store::orders::get(&app.db, id(o) as i32)
        .await
        .unwrap()
        .state
        .to_string()
}

/// Every account an order of `m` touches, with its balance.
async fn accounts(app: &TestApp, m: &Market) -> Vec<(Account, i64)> {
    let mut out = Vec::new();
    for a in [
        Account::GatewayClearing,
        Account::CoopPayments(m.buyer.id),
        Account::CoopProceeds(m.seller.id),
        Account::Pool,
        Account::CoopFairShare(m.seller.id),
        Account::CoopFairShare(m.buyer.id),
    ] {
        out.push((a, balance(app, a).await));
    }
    out
}

async fn assert_order_accounts_are_zero(app: &TestApp, m: &Market) {
    for (a, b) in accounts(app, m).await {
        assert_eq!(b, 0, "{a}");
    }
    assert_trial_balance_is_zero(app).await;
}

async fn refund_api(m: &Market, o: &Value, amount: &str) -> (u16, Value) {
    m.seller
        .api
        .post(
            &format!("/orders/{}/refunds", id(o)),
            json!({"amount": amount, "reason": "damaged in transit"}),
        )
        .await
}

async fn settle(m: &Market, o: &Value) {
    walk(m, o, &[("seller", "ship"), ("buyer", "confirm_delivery")]).await;
}

async fn a_full_refund_before_settlement_refunds_once_at_stripe_and_never_sends_a_transfer(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, pi) = paid_by_card(&app, &fake, &m, "4").await; // 50.00 EUR
    let (s, v) = act(&m.seller, &o, "refund").await;
    assert_eq!((s, v["state"].as_str()), (200, Some("refunded")), "{v}");
    assert!(
        fake.requests("/v1/refunds").is_empty(),
        "no call inside the transaction"
    );
    let g = gateway(&fake);
    for _ in 0..3 {
        g.send_refunds(&app.db).await.unwrap();
        assert_eq!(g.send_transfers(&app.db).await.unwrap(), 0);
    }
    let rows = refund_rows(&app, id(&o)).await;
    assert_eq!(rows.len(), 1);
    let sent = fake.requests("/v1/refunds");
    assert_eq!(sent.len(), 1, "refunded once");
    let r = &sent[0];
    assert_eq!(r.param("payment_intent"), Some(pi.as_str()));
    assert_eq!(r.param("amount"), Some("5000"));
    assert_eq!(r.idempotency_key, Some(format!("refund-{}", rows[0].id)));
    assert!(r.stripe_account.is_none());
    assert_eq!(rows[0].status.as_str(), "succeeded");
    assert_eq!(
        rows[0].stripe_refund_id.as_deref(),
        fake.refunds()[0]["id"].as_str()
    );
    assert!(
        fake.requests("/v1/transfers").is_empty(),
        "no transfer, ever"
    );
    assert_eq!(app.count("pending_transfers").await, 0);
    assert_eq!(
        keys_of(&app, id(&o)).await,
        [format!("pay:{}", id(&o)), format!("refund-pay:{}", id(&o))]
    );
    assert_order_accounts_are_zero(&app, &m).await;
}

async fn a_refund_after_settlement_refunds_and_reverses_the_transfer_once_each(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, _) = paid_by_card(&app, &fake, &m, "4").await;
    settle(&m, &o).await;
    let g = gateway(&fake);
    assert_eq!(g.send_transfers(&app.db).await.unwrap(), 1);
    let tr = fake.transfers()[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(fake.transfers()[0]["amount"], 4_800);
    // The seller may not refund a settled order; the committee may.
    assert_eq!(act(&m.seller, &o, "refund").await.0, 403);
    let marta = committee(&app).await;
    marta
        .submit(&format!("/orders/{}/actions/refund", id(&o)), &[])
        .await
        .assert_status(303);
    // Stripe fails the first attempt; the job keeps the error and tries again later.
    fake.fail_next("/v1/refunds");
    g.send_refunds(&app.db).await.unwrap();
    let row = &refund_rows(&app, id(&o)).await[0];
    assert_eq!((row.status.as_str(), row.attempts), ("failed", 1));
    assert!(row.last_error.contains("try again"), "{}", row.last_error);
    for _ in 0..3 {
        g.send_refunds(&app.db).await.unwrap();
    }
    assert_eq!(
        fake.requests("/v1/refunds").len(),
        2,
        "one failure, one success"
    );
    assert_eq!(fake.refunds().len(), 1);
    assert_eq!(fake.refunds()[0]["amount"], 5_000);
    let path = format!("/v1/transfers/{tr}/reversals");
    let reversals = fake.requests(&path);
    assert_eq!(reversals.len(), 1, "reversed once");
    assert_eq!(reversals[0].param("amount"), Some("4800"));
    let row = &refund_rows(&app, id(&o)).await[0];
    assert_eq!(
        reversals[0].idempotency_key,
        Some(format!("reversal-{}", row.id))
    );
    assert_eq!(
        (
            row.status.as_str(),
            row.reversal_status.as_str(),
            row.transfer_id.as_deref()
        ),
        ("succeeded", "sent", Some(tr.as_str()))
    );
    assert_eq!(fake.transfers().len(), 1);
    // The transfer took the proceeds out of the seller's account when it was queued, and its
    // reversal puts back what the refund takes, so no payout run pays the seller again.
    let mut keys = ["pay", "settle", "transfer", "refund", "refund-pay"]
        .map(|k| format!("{k}:{}", id(&o)))
        .to_vec();
    keys.push(format!("transfer-reversal:{}", row.id));
    assert_eq!(keys_of(&app, id(&o)).await, keys);
    assert_order_accounts_are_zero(&app, &m).await;
}

async fn partial_refunds_before_and_after_settlement_post_exact_figures(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, pi) = paid_by_card(&app, &fake, &m, "4").await; // 50.00, fee 2.00: pool 1.00, 0.50, 0.50
    let (s, v) = refund_api(&m, &o, "12.50").await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(
        (
            v["refunded"].as_str(),
            v["refundable"].as_str(),
            v["order"]["state"].as_str()
        ),
        (Some("12.50"), Some("37.50"), Some("paid"))
    );
    let first = refund_rows(&app, id(&o)).await[0].clone();
    // Fee part round(2.00 × 12.50 / 50.00) = 0.50: pool 0.25, seller 0.13, buyer 0.12.
    assert_eq!(
        (
            first.fee_minor,
            first.pool_minor,
            first.seller_share_minor,
            first.buyer_share_minor
        ),
        (50, 25, 13, 12)
    );
    assert_eq!(
        balance(&app, Account::CoopPayments(m.buyer.id)).await,
        -3_750
    );
    // Settlement charges what was kept: S 37.50, fee 1.50 (pool 0.75, seller 0.37, buyer 0.38).
    settle(&m, &o).await;
    assert_eq!(state(&app, &o).await, "settled");
    let settled = accounts(&app, &m).await;
    assert_eq!(
        settled.iter().map(|(_, b)| *b).collect::<Vec<_>>(),
        [3_600, -3_750, 0, 75, 37, 38],
        "the queued transfer of 36.00 took the proceeds out of the seller's account"
    );
    let g = gateway(&fake);
    g.send_transfers(&app.db).await.unwrap();
    assert_eq!(fake.transfers()[0]["amount"], 3_600);
    // After settlement only the committee refunds; over the rest is refused with nothing changed.
    assert_eq!(refund_api(&m, &o, "10.00").await.0, 403);
    let marta = committee(&app).await;
    let page = format!("/orders/{}", id(&o));
    marta
        .get(&page)
        .await
        .assert_contains("Refund part of this order")
        .assert_contains("at most 37.50");
    let (entries, rows) = (
        app.count("journal_entries").await,
        app.count("refunds").await,
    );
    let refunds = format!("/orders/{}/refunds", id(&o));
    for bad in ["37.51", "0", "-1", "1.234", "ten"] {
        marta
            .submit(&refunds, &[("amount", bad), ("reason", "")])
            .await
            .assert_status(422);
    }
    assert_eq!(
        (
            app.count("journal_entries").await,
            app.count("refunds").await
        ),
        (entries, rows)
    );
    marta
        .submit(
            &refunds,
            &[("amount", "10.00"), ("reason", "one crate short")],
        )
        .await
        .assert_status(303);
    // Fee refunded so far round(2.00 × 22.50 / 50.00) = 0.90, so 0.40 now: 0.20, 0.10, 0.10.
    let second = refund_rows(&app, id(&o)).await[1].clone();
    assert_eq!(
        (
            second.fee_minor,
            second.pool_minor,
            second.seller_share_minor,
            second.buyer_share_minor
        ),
        (40, 20, 10, 10)
    );
    assert_eq!(second.reversal_minor, 960);
    assert_eq!(
        accounts(&app, &m)
            .await
            .iter()
            .map(|(_, b)| *b)
            .collect::<Vec<_>>(),
        [2_640, -2_750, 0, 55, 27, 28],
        "the reversal of 9.60 put back what the refund took from the seller's proceeds"
    );
    assert_trial_balance_is_zero(&app).await;
    for _ in 0..3 {
        g.send_refunds(&app.db).await.unwrap();
    }
    let sent: Vec<Option<String>> = fake
        .requests("/v1/refunds")
        .iter()
        .map(|r| r.param("amount").map(str::to_owned))
        .collect();
    assert_eq!(sent, [Some("1250".into()), Some("1000".into())]);
    assert!(fake
        .refunds()
        .iter()
        .all(|r| r["payment_intent"] == json!(pi)));
    let tr = fake.transfers()[0]["id"].as_str().unwrap().to_owned();
    let rev = fake.requests(&format!("/v1/transfers/{tr}/reversals"));
    assert_eq!(
        rev.len(),
        1,
        "the refund before settlement had no transfer to reverse"
    );
    assert_eq!(rev[0].param("amount"), Some("960"));
    // Refunding all that is left refunds the order, and every account of it is back to zero.
    marta
        .submit(&refunds, &[("amount", "27.50"), ("reason", "")])
        .await
        .assert_status(303);
    assert_eq!(state(&app, &o).await, "refunded");
    g.send_refunds(&app.db).await.unwrap();
    let rev = fake.requests(&format!("/v1/transfers/{tr}/reversals"));
    assert_eq!(rev.last().unwrap().param("amount"), Some("2640"));
    assert_eq!(fake.transfers()[0]["amount_reversed"], 3_600);
    assert_eq!(fake.refunds().len(), 3);
    assert_order_accounts_are_zero(&app, &m).await;
}

async fn a_refund_of_a_queued_transfer_cuts_it_before_it_is_sent(app: TestApp, fake: FakeStripe) {
    let m = card_market(&app).await;
    let (o, _) = paid_by_card(&app, &fake, &m, "4").await;
    settle(&m, &o).await;
    let marta = committee(&app).await;
    marta
        .submit(
            &format!("/orders/{}/refunds", id(&o)),
            &[("amount", "25.00")],
        )
        .await
        .assert_status(303);
    let g = gateway(&fake);
    g.send_refunds(&app.db).await.unwrap();
    g.send_transfers(&app.db).await.unwrap();
    // 48.00 less the 24.00 of proceeds refunded; nothing to reverse.
    assert_eq!(fake.transfers()[0]["amount"], 2_400);
    assert!(fake.reversals().is_empty());
    assert_eq!(
        refund_rows(&app, id(&o)).await[0].reversal_status.as_str(),
        "none"
    );
    assert_trial_balance_is_zero(&app).await;
}

async fn only_the_seller_and_the_committee_refund_and_bad_amounts_change_nothing(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, _) = paid_by_card(&app, &fake, &m, "4").await;
    let path = format!("/orders/{}/refunds", id(&o));
    let (s, v) = m.buyer.api.post(&path, json!({"amount": "1.00"})).await;
    assert_eq!(s, 403, "{v}");
    let stranger = app.coop("Mondragon", "buyer", "ES", "EUR").await;
    let (s, v) = stranger.api.post(&path, json!({"amount": "1.00"})).await;
    assert_eq!(s, 403, "{v}");
    m.buyer
        .admin
        .submit(&path, &[("amount", "1.00")])
        .await
        .assert_status(403);
    for (body, status) in [
        (json!({"amount": "50.01"}), 422),
        (json!({"amount": "0.00"}), 422),
        (json!({"amount": "1.001"}), 422),
        (json!({"amount": "abc"}), 422),
        (json!({"amount": 5}), 422),
        (json!({"sum": "1.00"}), 422),
    ] {
        let (s, v) = m.seller.api.post(&path, body.clone()).await;
        assert_eq!(s, status, "{body}: {v}");
        assert!(v["error"]["message"].is_string(), "{v}");
    }
    let (s, v) = m.seller.api.post(&path, json!({"amount": "50.01"})).await;
    assert_eq!(
        v["error"]["message"], "amount: At most EUR\u{a0}50.00 can still be refunded.",
        "{s}"
    );
    assert_eq!(app.count("refunds").await, 0);
    assert_eq!(keys_of(&app, id(&o)).await, [format!("pay:{}", id(&o))]);
    // A shipped order is past the seller's refund: the buyer opens a dispute instead.
    walk(&m, &o, &[("seller", "ship")]).await;
    let (s, v) = refund_api(&m, &o, "1.00").await;
    assert_eq!(s, 409, "{v}");
    assert_trial_balance_is_zero(&app).await;
}

with_fake_stripe!(
    a_full_refund_before_settlement_refunds_once_at_stripe_and_never_sends_a_transfer,
    a_refund_after_settlement_refunds_and_reverses_the_transfer_once_each,
    partial_refunds_before_and_after_settlement_post_exact_figures,
    a_refund_of_a_queued_transfer_cuts_it_before_it_is_sent,
    only_the_seller_and_the_committee_refund_and_bad_amounts_change_nothing,
);

async fn the_manual_gateway_records_bank_refunds_without_any_network(app: TestApp) {
    let m = small_market(&app).await;
    let o = order(&m, "4").await;
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    let (s, v) = refund_api(&m, &o, "20.00").await;
    assert_eq!((s, v["refundable"].as_str()), (201, Some("30.00")), "{v}");
    let (s, v) = act(&m.seller, &o, "refund").await;
    assert_eq!((s, v["state"].as_str()), (200, Some("refunded")), "{v}");
    let rows = refund_rows(&app, id(&o)).await;
    let seen: Vec<(i64, &str, &str)> = rows
        .iter()
        .map(|r| (r.amount_minor, r.via.as_str(), r.status.as_str()))
        .collect();
    assert_eq!(
        seen,
        [(2_000, "bank", "recorded"), (3_000, "bank", "recorded")]
    );
    assert!(rows.iter().all(|r| r.payment_intent_id.is_none()));
    assert_eq!(
        keys_of(&app, id(&o)).await,
        [
            format!("pay:{}", id(&o)),
            format!("refund-pay:{}:{}", id(&o), rows[0].id),
            format!("refund-pay:{}:{}", id(&o), rows[1].id),
        ]
    );
    assert_order_accounts_are_zero(&app, &m).await;
    // Nothing is left to refund.
    assert_eq!(refund_api(&m, &o, "0.01").await.0, 409);
}

async fn concurrent_part_refunds_never_refund_more_than_was_paid(app: TestApp) {
    let m = small_market(&app).await;
    let o = order(&m, "4").await; // 50.00 EUR
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (api, url) = (m.seller.api.client.clone(), m.seller.api.base.clone());
        let (token, path) = (
            m.seller.api.token.clone(),
            format!("/orders/{}/refunds", id(&o)),
        );
        tries.spawn(async move {
            let resp = api
                .post(format!("{url}/api/v1{path}"))
                .bearer_auth(token)
                .json(&json!({"amount": "10.00"}))
                .send()
                .await
                .unwrap();
            resp.status().as_u16()
        });
    }
    let statuses: Vec<u16> = tries.join_all().await;
    let ok = statuses.iter().filter(|s| **s == 201).count();
    assert_eq!(ok, 5, "{statuses:?}");
    assert!(
        statuses.iter().all(|s| [201, 409, 422].contains(s)),
        "{statuses:?}"
    );
    let refunded: i64 = refund_rows(&app, id(&o))
        .await
        .iter()
        .map(|r| r.amount_minor)
        .sum();
    assert_eq!(refunded, 5_000);
    assert_eq!(state(&app, &o).await, "refunded");
    assert_order_accounts_are_zero(&app, &m).await;
}

async fn the_refund_route_is_in_the_openapi_document(app: TestApp) {
    let doc: Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let op = &doc["paths"]["/api/v1/orders/{id}/refunds"]["post"];
    assert!(op["responses"]["201"].is_object(), "{op}");
    assert!(op["responses"]["422"].is_object(), "{op}");
    assert!(doc["components"]["schemas"]["RefundInput"].is_object());
}

on_both_backends!(
    the_manual_gateway_records_bank_refunds_without_any_network,
    concurrent_part_refunds_never_refund_more_than_was_paid,
    the_refund_route_is_in_the_openapi_document,
);
