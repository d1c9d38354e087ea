//! The packaged fake Stripe, localstripe (PyPI, in the project's `.venv` from `make test-deps`),
//! pays an order's PaymentIntent and sends its own signed `payment_intent.succeeded` to our
//! webhook over raw HTTP: an independent check of our signature verification and event parsing.
//! Missing, the test skips with a note, or fails when CI is set.
use crate::common;
use crate::market;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{TestApp, WEBHOOK_SECRET};
use market::{
    assert_trial_balance_zero as assert_trial_balance_is_zero, order, small_market, walk,
};
use serde_json::Value;

/// A running localstripe, killed on drop.
struct LocalStripe {
    base: String,
    child: Child,
}

impl Drop for LocalStripe {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_localstripe() -> Option<LocalStripe> {
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/localstripe");
    if !bin.exists() {
        let note = format!("{} is missing (run `make test-deps`)", bin.display());
        common::skips::skip("localstripe", &note);
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(bin)
        .args(["--port", &port.to_string(), "--from-scratch"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let ls = LocalStripe {
        base: format!("http://127.0.0.1:{port}"),
        child,
    };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Some(ls);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("localstripe did not start on port {port}");
}

async fn post(ls: &LocalStripe, path: &str, form: &[(&str, &str)]) -> Value {
    let resp = reqwest::Client::new()
        .post(format!("{}{path}", ls.base))
        .bearer_auth("sk_test_localstripe")
        .form(form)
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    assert!(status.is_success(), "{path}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

async fn a_payment_confirmed_at_localstripe_reaches_us_signed_and_pays_the_order(app: TestApp) {
    let Some(ls) = start_localstripe().await else {
        return;
    };
    let m = small_market(&app).await;
    let o = order(&m, "4").await;
    walk(&m, &o, &[("seller", "accept")]).await;
    let hook = format!("{}/webhooks/stripe", app.base);
    post(
        &ls,
        "/_config/webhooks/cooptrade",
        &[("url", &hook), ("secret", WEBHOOK_SECRET)],
    )
    .await;
    let checkout = o["checkout_id"].to_string();
    let pi = post(
        &ls,
        "/v1/payment_intents",
        &[
            ("amount", "5000"),
            ("currency", "eur"),
            ("payment_method", "pm_card_visa"),
            ("metadata[checkout_id]", &checkout),
        ],
    )
    .await;
    let id = pi["id"].as_str().unwrap();
    post(&ls, &format!("/v1/payment_intents/{id}/confirm"), &[]).await;
    let order_id = o["id"].as_i64().unwrap() as i32;
    let mut state = String::new();
    for _ in 0..100 {
        state = cooptrade::store::orders::get(&app.db, order_id)
            .await
            .unwrap()
            .state
            .to_string();
        if state == "paid" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(state, "paid", "localstripe's signed webhook pays the order");
    assert!(app.count("stripe_events").await >= 1);
    assert_trial_balance_is_zero(&app).await;
}

on_both_backends!(a_payment_confirmed_at_localstripe_reaches_us_signed_and_pays_the_order);
