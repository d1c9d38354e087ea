//! Stripe events for tests: built from Stripe's own example objects (`fixtures3.json`) and
//! signed exactly as Stripe signs them (HMAC-SHA256 of "{t}.{body}", hex, in `Stripe-Signature`).
#![allow(dead_code)]
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{json, Value};

use crate::common::{TestApp, WEBHOOK_SECRET};

/// Stripe's example objects, copied from `shared/stripe/fixtures3.json` (snapshot of 2026-08-21).
const FIXTURES: &str = include_str!("stripe_fixtures.json");

/// Stripe's example object of a resource (`payment_intent`, `event`, `transfer`, `account` ...).
pub fn fixture(resource: &str) -> Value {
    let all: Value = serde_json::from_str(FIXTURES).unwrap();
    all["resources"][resource].clone()
}

/// An event of `kind` about `object`, in the shape of Stripe's example event.
pub fn event(id: &str, kind: &str, object: Value) -> Value {
    let mut e = fixture("event");
    e["id"] = json!(id);
    e["type"] = json!(kind);
    e["data"] = json!({ "object": object });
    e
}

/// A PaymentIntent for a checkout, based on Stripe's example, with `status` and `amount`.
pub fn payment_intent(id: &str, checkout_id: i64, amount: i64, status: &str) -> Value {
    let mut pi = fixture("payment_intent");
    pi["id"] = json!(id);
    pi["amount"] = json!(amount);
    pi["amount_received"] = json!(if status == "succeeded" { amount } else { 0 });
    pi["currency"] = json!("eur");
    pi["status"] = json!(status);
    pi["transfer_group"] = json!(checkout_id.to_string());
    pi["latest_charge"] = json!(format!("ch_{id}"));
    pi
}

/// `Stripe-Signature` for `body` signed at `t` with `secret`.
pub fn signature(secret: &str, t: i64, body: &str) -> String {
    let mut mac = <Hmac<sha2_11::Sha256> as KeyInit>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.{body}").as_bytes());
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// POSTs `body` to `/webhooks/stripe` with `header` as its signature; status and JSON answer.
pub async fn deliver_raw(app: &TestApp, body: &str, header: &str) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .post(format!("{}/webhooks/stripe", app.base))
        .header("content-type", "application/json")
        .header("stripe-signature", header)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// Delivers an event signed now with the app's secret.
pub async fn deliver(app: &TestApp, event: &Value) -> (u16, Value) {
    let body = event.to_string();
    deliver_raw(app, &body, &signature(WEBHOOK_SECRET, now(), &body)).await
}
