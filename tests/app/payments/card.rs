//! Card payments for tests: the app spawned against the loopback fake Stripe, a seller with a
//! connected account, and an order paid by card through a signed `payment_intent.succeeded`.
#![allow(dead_code)]
use serde_json::{json, Value};

use super::events::{deliver, event};
use super::fake_stripe::{FakeStripe, SECRET_KEY};
use crate::common::{Backend, TestApp};
use crate::market::{order, small_market, walk, Market};

pub async fn spawn(backend: Backend) -> Option<(TestApp, FakeStripe)> {
    spawn_with(backend, &[]).await
}

/// `spawn` with more settings for the app.
pub async fn spawn_with(backend: Backend, extra: &[(&str, &str)]) -> Option<(TestApp, FakeStripe)> {
    let fake = FakeStripe::start().await;
    let mut env = vec![
        ("STRIPE_SECRET_KEY", SECRET_KEY),
        ("STRIPE_API_BASE", fake.base.as_str()),
    ];
    env.extend_from_slice(extra);
    let app = TestApp::spawn_with(backend, &env).await?;
    Some((app, fake))
}

/// Runs `$name(app, fake)` on SQLite and on PostgreSQL, each with its own fake Stripe, from
/// `card::spawn` or from the function given as `spawn = path;`.
macro_rules! with_fake_stripe {
    ($($name:ident),* $(,)?) => {
        with_fake_stripe!(spawn = super::card::spawn; $($name),*);
    };
    (spawn = $spawn:path; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some((app, fake)) = $spawn(super::common::Backend::Sqlite).await {
                    super::$name(app, fake).await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some((app, fake)) = $spawn(super::common::Backend::Postgres).await {
                    super::$name(app, fake).await;
                }
            }
        }
    )*};
}

/// The gateway the app uses, for running the jobs' work by hand.
pub fn gateway(fake: &FakeStripe) -> cooptrade::payments::stripe::StripeGateway {
    cooptrade::payments::stripe::StripeGateway::new(SECRET_KEY, &fake.base.parse().unwrap())
        .unwrap()
}

/// The payment-test market whose seller has a connected Stripe account, onboarded (ready).
pub async fn card_market(app: &TestApp) -> Market {
    let m = small_market(app).await;
    cooptrade::store::payments::link_stripe_account(&app.db, m.seller.id, "acct_coopermondo")
        .await
        .unwrap();
    cooptrade::store::payments::sync_stripe_account(&app.db, "acct_coopermondo", true, true)
        .await
        .unwrap();
    m
}

/// Orders `qty` kg, has it accepted and paid by card; returns the order and its PaymentIntent.
pub async fn paid_by_card(
    app: &TestApp,
    fake: &FakeStripe,
    m: &Market,
    qty: &str,
) -> (Value, String) {
    let o = order(m, qty).await;
    walk(m, &o, &[("seller", "accept")]).await;
    let (s, pay) = m
        .buyer
        .api
        .post(
            &format!("/checkouts/{}/payment", o["checkout_id"]),
            json!({}),
        )
        .await;
    assert_eq!(s, 200, "{pay}");
    let pi = pay["payment_intent"].as_str().unwrap().to_owned();
    let paid = fake.succeed(&pi);
    let id = format!("evt_paid_{}", o["id"]);
    let (s, v) = deliver(app, &event(&id, "payment_intent.succeeded", paid)).await;
    assert_eq!((s, v["outcome"].as_str()), (200, Some("applied")), "{v}");
    (o, pi)
}

/// A committee member's browser, registered and seated.
pub async fn committee(app: &TestApp) -> crate::common::browser::Browser {
    let marta = app.browser();
    marta
        .register("Marta", "marta@example.coop", crate::market::PW)
        .await;
    app.make_committee("marta@example.coop").await;
    marta
}
