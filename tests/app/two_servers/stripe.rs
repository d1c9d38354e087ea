//! The Stripe half of two servers on one database: one signed webhook delivered to both at once
//! pays each order once, the sellers' queued transfers are sent once by the two workers, and
//! "Send the Stripe transfers" pressed on both at once sends one transfer per payout line.
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::common::{TestApp, WEBHOOK_SECRET};
use super::events::{event, now, signature};
use super::fake_stripe::{FakeStripe, SECRET_KEY};
use super::market::Market;
use super::{api, rows, serve_with, signed_in, Server};
use crate::market::{listing, Coop};

/// Two servers with the Stripe gateway, both talking to `fake`.
pub async fn stripe_servers(
    app: &TestApp,
    fake: &FakeStripe,
    outbox: &std::path::Path,
) -> [Server; 2] {
    let env = [
        ("STRIPE_SECRET_KEY", SECRET_KEY),
        ("STRIPE_API_BASE", fake.base.as_str()),
        ("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET),
    ];
    [
        serve_with(app, outbox, &env).await,
        serve_with(app, outbox, &env).await,
    ]
}

/// The admin connects on one server, finishes Stripe's onboarding and comes back on the other.
pub async fn onboard(
    app: &TestApp,
    fake: &FakeStripe,
    servers: &[Server; 2],
    coop: &Coop,
) -> String {
    let on_a = signed_in(&servers[0], &coop.admin_email).await;
    let on_b = signed_in(&servers[1], &coop.admin_email).await;
    on_a.submit(&format!("/coops/{}/stripe/connect", coop.id), &[])
        .await
        .assert_status(303);
    let details = cooptrade::store::payments::details(&app.db, coop.id)
        .await
        .unwrap()
        .expect("payout details");
    let account = details.stripe_account_id.expect("a connected account");
    fake.complete_onboarding(&account);
    on_b.get(&format!("/coops/{}/stripe/return", coop.id))
        .await
        .assert_status(303);
    let ready = cooptrade::store::connect::ready_account(&app.db, coop.id)
        .await
        .unwrap();
    assert_eq!(ready.as_deref(), Some(account.as_str()));
    account
}

/// A second seller with an olive-oil listing; returns it and its listing id.
pub async fn second_seller(app: &TestApp) -> (Coop, i64) {
    let seller = app.coop("Mondragon", "producer", "ES", "EUR").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing("SOAP", json!({"price": "7.50", "stock": "1000"})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    (seller, l["id"].as_i64().unwrap())
}

/// Sends `action` on `order` through both servers at once: exactly one does it.
async fn once_on_both(who: &[crate::market::Api; 2], order: i64, action: &str) {
    let path = format!("/orders/{order}/actions/{action}");
    let (a, b) = tokio::join!(who[0].post(&path, json!({})), who[1].post(&path, json!({})));
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(
        statuses,
        [200, 409],
        "order {order} {action}: {} / {}",
        a.1,
        b.1
    );
}

/// Four checkouts (one order from each seller), placed and paid half on each server; each
/// `payment_intent.succeeded` is delivered, signed once, to both servers at once; every order
/// is then shipped and delivered on both at once. Returns the orders of each seller.
pub async fn card_orders_on_both(
    fake: &FakeStripe,
    servers: &[Server; 2],
    m: &Market,
    late: (&Coop, i64),
) -> (Vec<i64>, Vec<i64>) {
    let buyers = [
        api(&servers[0], &m.buyer.api.token),
        api(&servers[1], &m.buyer.api.token),
    ];
    let sellers = [&m.seller, late.0].map(|c| {
        [
            api(&servers[0], &c.api.token),
            api(&servers[1], &c.api.token),
        ]
    });
    let (mut early_orders, mut late_orders) = (Vec::new(), Vec::new());
    let client = reqwest::Client::new();
    for i in 0..4 {
        let lines = json!([
            {"listing_id": m.listing, "quantity": "2"},
            {"listing_id": late.1, "quantity": "3"},
        ]);
        let (s, c) = buyers[i % 2]
            .post(
                "/orders",
                json!({"lines": lines, "delivery_address": "Roskildevej 65"}),
            )
            .await;
        assert_eq!(s, 201, "{c}");
        let orders: Vec<i64> = c["orders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_i64().unwrap())
            .collect();
        assert_eq!(orders.len(), 2, "{c}");
        for (order, who) in orders.iter().zip(&sellers) {
            once_on_both(who, *order, "accept").await;
        }
        let (s, pay) = buyers[(i + 1) % 2]
            .post(
                &format!("/checkouts/{}/payment", c["checkout_id"]),
                json!({}),
            )
            .await;
        assert_eq!(s, 200, "{pay}");
        let paid = fake.succeed(pay["payment_intent"].as_str().unwrap());
        let body = event(
            &format!("evt_paid_{}", c["checkout_id"]),
            "payment_intent.succeeded",
            paid,
        )
        .to_string();
        let header = signature(WEBHOOK_SECRET, now(), &body);
        let deliver = |server: &Server| {
            client
                .post(format!("{}/webhooks/stripe", server.base))
                .header("content-type", "application/json")
                .header("stripe-signature", header.clone())
                .body(body.clone())
                .send()
        };
        let (a, b) = tokio::join!(deliver(&servers[0]), deliver(&servers[1]));
        let (a, b) = (a.unwrap(), b.unwrap());
        assert_eq!((a.status().as_u16(), b.status().as_u16()), (200, 200));
        let (a, b): (Value, Value) = (a.json().await.unwrap(), b.json().await.unwrap());
        let mut outcomes = [a["outcome"].clone(), b["outcome"].clone()];
        outcomes.sort_by_key(|o| o.to_string());
        assert_eq!(
            outcomes,
            [json!("applied"), json!("duplicate")],
            "{a} / {b}"
        );
        early_orders.push(orders[0]);
        late_orders.push(orders[1]);
    }
    for (orders, who) in [(&early_orders, &sellers[0]), (&late_orders, &sellers[1])] {
        for order in orders {
            once_on_both(who, *order, "ship").await;
            once_on_both(&buyers, *order, "confirm_delivery").await;
        }
    }
    (early_orders, late_orders)
}

/// How many journal entries each key in `keys` has.
pub async fn entries_per_key(app: &TestApp, like: &str) -> BTreeMap<String, usize> {
    let sql =
        format!("SELECT idempotency_key FROM journal_entries WHERE idempotency_key LIKE '{like}'");
    let mut n = BTreeMap::new();
    for r in rows(app, &sql).await {
        *n.entry(r.try_get::<String>("", "idempotency_key").unwrap())
            .or_default() += 1;
    }
    n
}

/// The workers of both servers send each queued seller transfer; waits (the workers look every
/// 30 s) until none is left, then asserts each order's transfer reached Stripe once.
pub async fn queued_transfers_sent_once(app: &TestApp, fake: &FakeStripe, orders: &[i64]) {
    let deadline = Instant::now() + Duration::from_secs(45);
    loop {
        let due = rows(
            app,
            "SELECT order_id FROM pending_transfers WHERE status <> 'sent'",
        )
        .await;
        if due.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} transfers still unsent after 45 s",
            due.len()
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let queued = rows(app, "SELECT order_id, transfer_id FROM pending_transfers").await;
    assert_eq!(
        queued.len(),
        orders.len(),
        "one queued transfer per card order of the ready seller"
    );
    let transfers = fake.transfers();
    for id in orders {
        let about: Vec<&Value> = transfers
            .iter()
            .filter(|t| t["description"] == format!("order #{id}").as_str())
            .collect();
        assert_eq!(about.len(), 1, "order {id}: {about:?}");
        // Both workers may send a row; every send carries the order's one key, so Stripe pays once.
        let key = cooptrade::payments::stripe::transfer_key(*id as i32);
        let sends: Vec<_> = fake
            .requests("/v1/transfers")
            .into_iter()
            .filter(|r| r.param("description") == Some(format!("order #{id}").as_str()))
            .collect();
        assert!(!sends.is_empty());
        assert!(
            sends
                .iter()
                .all(|r| r.idempotency_key.as_deref() == Some(key.as_str())),
            "order {id}: {sends:?}"
        );
        let row = queued
            .iter()
            .find(|r| i64::from(r.try_get::<i32>("", "order_id").unwrap()) == *id)
            .expect("a queued transfer");
        let sent: Option<String> = row.try_get("", "transfer_id").unwrap();
        assert_eq!(sent.as_deref(), about[0]["id"].as_str());
    }
}

/// An approved run for the late seller, "Send the Stripe transfers" pressed on both servers at
/// once: one transfer per Stripe line at Stripe, each line paid and booked once.
pub async fn payout_transfers_on_both(
    app: &TestApp,
    fake: &FakeStripe,
    servers: &[Server; 2],
    account: &str,
) {
    let alice = signed_in(&servers[0], "alice@committee.example.coop").await;
    let bob = signed_in(&servers[1], "bob@committee.example.coop").await;
    let p = alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    let run = super::id_from(p.location.clone());
    let decide = format!("/committee/payouts/{run}/decide");
    for who in [&alice, &bob] {
        who.submit(&decide, &[("decision", "approve"), ("reason", "")])
            .await
            .assert_status(303);
    }
    let before = fake.transfers().len();
    let execute = format!("/committee/payouts/{run}/execute");
    let (x, y) = tokio::join!(alice.submit(&execute, &[]), bob.submit(&execute, &[]));
    x.assert_status(303);
    y.assert_status(303);
    let lines = cooptrade::store::payouts::lines(&app.db, run)
        .await
        .unwrap();
    let stripe: Vec<_> = lines
        .iter()
        .filter(|l| l.method.as_str() == "stripe")
        .collect();
    assert!(
        stripe
            .iter()
            .any(|l| l.destination.as_deref() == Some(account)),
        "the late seller is paid through Stripe: {lines:?}"
    );
    let transfers = fake.transfers();
    assert_eq!(
        transfers.len() - before,
        stripe.len(),
        "one transfer per Stripe line"
    );
    let keys = entries_per_key(app, "payout-line:%").await;
    for l in &stripe {
        assert_eq!(l.status.as_str(), "paid", "line {}", l.id);
        let sent: Vec<_> = transfers
            .iter()
            .filter(|t| {
                t["transfer_group"] == format!("payout-run-{run}").as_str()
                    && t["destination"] == l.destination.as_deref().unwrap()
            })
            .collect();
        assert_eq!(sent.len(), 1, "line {}: {sent:?}", l.id);
        assert_eq!(l.transfer_id.as_deref(), sent[0]["id"].as_str());
        assert_eq!(sent[0]["amount"], l.amount_minor);
        assert_eq!(keys.get(&format!("payout-line:{}", l.id)), Some(&1));
    }
}
