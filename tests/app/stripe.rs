//! Stripe Connect against a loopback fake Stripe: one PaymentIntent for a three-seller checkout,
//! paid through a signed webhook, then one Transfer per order at settlement, each sent once.
use crate::common;
use crate::market;
use crate::payments::card;
use crate::payments::checkout;
use crate::payments::events;
use crate::payments::fake_stripe;

use crate::market::{listing, Coop};
use checkout::{accept_all, placed_checkout, AcceptedCheckout};
use common::TestApp;
use cooptrade::domain::ledger::Account;
use cooptrade::payments::Gateway;
use events::{deliver, event};
use fake_stripe::FakeStripe;
use market::{assert_trial_balance_zero as assert_trial_balance_is_zero, balance};
use sea_orm::EntityTrait;
use serde_json::{json, Value};

type Checkout = AcceptedCheckout;

/// Three sellers with ready connected accounts (10, 20, 30 EUR), one checkout, every order accepted.
async fn three_seller_checkout(app: &TestApp) -> Checkout {
    let sellers = [
        ("Coopermondo", "10"),
        ("Kuapa Kokoo", "20"),
        ("Mondragon", "30"),
    ];
    let c = placed_checkout(app, &sellers).await;
    for (i, seller) in c.sellers.iter().enumerate() {
        let account = format!("acct_seller{i}");
        cooptrade::store::payments::link_stripe_account(&app.db, seller.id, &account)
            .await
            .unwrap();
        // Onboarded: Stripe lets the account take charges and payouts.
        cooptrade::store::payments::sync_stripe_account(&app.db, &account, true, true)
            .await
            .unwrap();
    }
    // Paying before every seller accepted is refused, and calls nobody.
    let (s, v) = c
        .buyer
        .api
        .post(&format!("/checkouts/{}/payment", c.id), json!({}))
        .await;
    assert_eq!(s, 409, "{v}");
    accept_all(&c).await;
    c
}

async fn pay(app: &TestApp, fake: &FakeStripe, c: &Checkout) -> String {
    let path = format!("/checkouts/{}/payment", c.id);
    let (s, first) = c.buyer.api.post(&path, json!({})).await;
    assert_eq!(s, 200, "{first}");
    assert_eq!(
        (first["amount_minor"].as_i64(), first["currency"].as_str()),
        (Some(6_000), Some("EUR"))
    );
    assert!(first["client_secret"]
        .as_str()
        .unwrap()
        .starts_with("pi_fake_"));
    // A retry (a double click) sends the same key and gets the same PaymentIntent.
    let (_, again) = c.buyer.api.post(&path, json!({})).await;
    assert_eq!(again["payment_intent"], first["payment_intent"]);
    let sent = fake.requests("/v1/payment_intents");
    assert_eq!(sent.len(), 2);
    assert_eq!(fake.intents(), 1, "one PaymentIntent per checkout");
    for r in &sent {
        assert_eq!(
            r.idempotency_key.as_deref(),
            Some(format!("checkout-{}", c.id).as_str())
        );
        assert_eq!(r.param("amount"), Some("6000"));
        assert_eq!(r.param("currency"), Some("eur"));
        assert_eq!(r.param("transfer_group"), Some(c.id.to_string().as_str()));
        assert_eq!(
            r.param("metadata[checkout_id]"),
            Some(c.id.to_string().as_str())
        );
        assert!(r.stripe_account.is_none());
    }
    let _ = app;
    first["payment_intent"].as_str().unwrap().to_owned()
}

async fn order_state(app: &TestApp, o: &Value) -> String {
    cooptrade::store::orders::get(&app.db, o["id"].as_i64().unwrap() as i32)
        .await
        .unwrap()
        .state
        .to_string()
}

async fn a_three_seller_checkout_is_paid_once_and_each_seller_is_transferred_once(
    app: TestApp,
    fake: FakeStripe,
) {
    let c = three_seller_checkout(&app).await;
    // With Stripe, nobody marks an order paid by hand.
    let (s, v) = c.sellers[0]
        .api
        .post(
            &format!("/orders/{}/actions/confirm_payment", c.orders[0]["id"]),
            json!({}),
        )
        .await;
    assert_eq!(s, 409, "{v}");
    let pi = pay(&app, &fake, &c).await;
    let paid = fake.succeed(&pi);
    let (s, v) = deliver(&app, &event("evt_pi_ok", "payment_intent.succeeded", paid)).await;
    assert_eq!((s, v["outcome"].as_str()), (200, Some("applied")), "{v}");
    for o in &c.orders {
        assert_eq!(order_state(&app, o).await, "paid");
    }
    for (o, seller) in c.orders.iter().zip(&c.sellers) {
        seller
            .api
            .post(&format!("/orders/{}/actions/ship", o["id"]), json!({}))
            .await;
        let (s, v) = c
            .buyer
            .api
            .post(
                &format!("/orders/{}/actions/confirm_delivery", o["id"]),
                json!({}),
            )
            .await;
        assert_eq!((s, v["state"].as_str()), (200, Some("settled")), "{v}");
    }
    assert_eq!(app.count("pending_transfers").await, 3);
    // Queued transfers take the proceeds out of the sellers' accounts: a payout run drafted now
    // owes them nothing more, so nobody is paid twice.
    for seller in &c.sellers {
        assert_eq!(balance(&app, Account::CoopProceeds(seller.id)).await, 0);
    }
    assert!(
        fake.requests("/v1/transfers").is_empty(),
        "nothing is sent inside the settlement"
    );
    let gateway = card::gateway(&fake);
    assert_eq!(gateway.send_transfers(&app.db).await.unwrap(), 3);
    assert_eq!(
        gateway.send_transfers(&app.db).await.unwrap(),
        0,
        "each transfer is sent once"
    );
    let sent = fake.requests("/v1/transfers");
    assert_eq!(sent.len(), 3);
    let charge = fake.transfers()[0]["source_transaction"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(charge.starts_with("ch_fake_"));
    for (i, (r, o)) in sent.iter().zip(&c.orders).enumerate() {
        let id = o["id"].as_i64().unwrap();
        assert_eq!(
            r.idempotency_key.as_deref(),
            Some(format!("order-{id}").as_str())
        );
        assert_eq!(
            r.param("destination"),
            Some(format!("acct_seller{i}").as_str())
        );
        // S − F: 10, 20, 30 EUR less the 4 % fee.
        assert_eq!(r.param("amount"), Some(["960", "1920", "2880"][i]));
        assert_eq!(r.param("currency"), Some("eur"));
        assert_eq!(r.param("source_transaction"), Some(charge.as_str()));
        assert_eq!(r.param("transfer_group"), Some(c.id.to_string().as_str()));
        assert!(
            r.stripe_version.is_some(),
            "the client pins its API version"
        );
        assert!(
            r.stripe_account.is_none(),
            "transfers are made from the platform"
        );
    }
    // What left for the sellers is booked against clearing, as a payout line is.
    assert_eq!(balance(&app, Account::GatewayClearing).await, 5_760);
    assert_eq!(
        balance(&app, Account::CoopPayments(c.buyer.id)).await,
        -6_000
    );
    assert_trial_balance_is_zero(&app).await;
    // A refund made at Stripe is recorded against the checkout's payment.
    let mut refunded = events::fixture("charge");
    refunded["id"] = json!(charge);
    refunded["refunded"] = json!(true);
    let (s, v) = deliver(&app, &event("evt_ch_refunded", "charge.refunded", refunded)).await;
    assert_eq!((s, v["outcome"].as_str()), (200, Some("applied")), "{v}");
    let row = entity::checkout_payment::Entity::find_by_id(c.id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.status.as_str(), row.charge_id.as_deref()),
        ("refunded", Some(charge.as_str()))
    );
}

async fn a_declined_card_leaves_the_orders_accepted_and_the_payment_can_be_retried(
    app: TestApp,
    fake: FakeStripe,
) {
    let c = three_seller_checkout(&app).await;
    let pi = pay(&app, &fake, &c).await;
    let failed = fake.decline(&pi);
    let (s, _) = deliver(
        &app,
        &event("evt_pi_fail", "payment_intent.payment_failed", failed),
    )
    .await;
    assert_eq!(s, 200);
    for o in &c.orders {
        assert_eq!(order_state(&app, o).await, "accepted");
    }
    assert_eq!(app.count("journal_entries").await, 0);
    let (s, v) = c
        .buyer
        .api
        .post(&format!("/checkouts/{}/payment", c.id), json!({}))
        .await;
    assert_eq!(
        (s, v["payment_intent"].as_str()),
        (200, Some(pi.as_str())),
        "the same intent takes another card"
    );
    assert_eq!(fake.intents(), 1);
}

/// A one-order checkout of one unit at `price` from a producer selling in `currency`, accepted;
/// returns the buyer and the checkout's id.
async fn accepted_checkout(app: &TestApp, currency: &str, price: &str) -> (Coop, i64) {
    let seller = app
        .coop(&format!("{currency} seller"), "producer", "JP", currency)
        .await;
    let buyer = app
        .coop(&format!("{currency} buyer"), "buyer", "JP", currency)
        .await;
    let (s, l) = seller
        .api
        .post("/listings", listing("SKU", json!({"price": price})))
        .await;
    assert_eq!(s, 201, "{l}");
    let lines = json!([{"listing_id": l["id"], "quantity": "1"}]);
    let (s, c) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": lines, "delivery_address": "Tokyo"}),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let order = &c["orders"][0]["id"];
    let (s, v) = seller
        .api
        .post(&format!("/orders/{order}/actions/accept"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    (buyer, c["checkout_id"].as_i64().unwrap())
}

async fn amounts_go_to_stripe_in_its_minor_units(app: TestApp, fake: FakeStripe) {
    // Yen have no minor unit: 1,500 JPY is sent as 1500.
    let (buyer, id) = accepted_checkout(&app, "JPY", "1500").await;
    let (s, v) = buyer
        .api
        .post(&format!("/checkouts/{id}/payment"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let sent = fake.requests("/v1/payment_intents");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        (sent[0].param("amount"), sent[0].param("currency")),
        (Some("1500"), Some("jpy"))
    );
    // Three-decimal currencies are charged in tens of fils: 1.005 KWD cannot be, and nothing is sent.
    let (buyer, id) = accepted_checkout(&app, "KWD", "1.005").await;
    let (s, v) = buyer
        .api
        .post(&format!("/checkouts/{id}/payment"), json!({}))
        .await;
    assert_eq!(s, 409, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("KWD\u{a0}1.005 cannot be paid by card"),
        "{v}"
    );
    assert_eq!(fake.requests("/v1/payment_intents").len(), 1);
}

with_fake_stripe!(
    a_three_seller_checkout_is_paid_once_and_each_seller_is_transferred_once,
    a_declined_card_leaves_the_orders_accepted_and_the_payment_can_be_retried,
    amounts_go_to_stripe_in_its_minor_units,
);

/// The fake answers with Stripe's example objects: the copy in tests/ matches the shared snapshot.
#[test]
fn the_fakes_objects_are_stripes_own_examples() {
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/stripe/fixtures3.json");
    let Ok(text) = std::fs::read_to_string(&shared) else {
        eprintln!("skipping: {} not found", shared.display());
        return;
    };
    let all: Value = serde_json::from_str(&text).unwrap();
    for resource in [
        "event",
        "payment_intent",
        "transfer",
        "account",
        "charge",
        "refund",
        "balance_transaction",
        "transfer_reversal",
    ] {
        assert_eq!(
            events::fixture(resource),
            all["resources"][resource],
            "{resource}"
        );
    }
}
