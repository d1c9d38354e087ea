//! The mail tests' trade: a producer with bank details selling oil at 12.50 EUR/kg to a buyer,
//! and the helpers to drive its orders, read the outbox and send it through a real SMTP server.
use cooptrade::domain::bank::BankDetails;
use entity::{membership, outbox_message};
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};
use serde_json::{json, Value};

use super::{listing, Coop, PW};
use crate::common::TestApp;
use crate::support::{Received, Sink};

/// The seller's account, which the accepted mail gives the buyer to pay into.
pub const SELLER_IBAN: &str = "IT60X0542811101000000123456";

/// Coopermondo (IT, EUR) with bank details and 100 kg of oil at 12.50 EUR/kg, and the buyer
/// `(name, country, currency)`; returns (seller, buyer, listing id). The setup's own mail is
/// still unsent: `all_sent` counts it as sent once the test's setup is complete.
pub async fn trade(app: &TestApp, buyer: (&str, &str, &str)) -> (Coop, Coop, i64) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop(buyer.0, "buyer", buyer.1, buyer.2).await;
    let bank = BankDetails::parse("Coopermondo", SELLER_IBAN, "BPMOIT22XXX").unwrap();
    cooptrade::store::payments::set_bank_details(&app.db, seller.id, &bank)
        .await
        .unwrap();
    let body = listing("OIL", json!({"price": "12.50", "stock": "100"}));
    let (s, l) = seller.api.post("/listings", body).await;
    assert_eq!(s, 201, "{l}");
    (seller, buyer, l["id"].as_i64().unwrap())
}

/// Every message of the outbox, oldest first.
pub async fn outbox(app: &TestApp) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .order_by_asc(outbox_message::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

/// Counts every queued message as sent.
pub async fn all_sent(app: &TestApp) {
    let queued: Vec<i32> = outbox(app).await.iter().map(|r| r.id).collect();
    cooptrade::store::outbox::mark_sent(&app.db, &queued, chrono::Utc::now())
        .await
        .unwrap();
}

/// A verified user `name` made a plain member of `coop_id`; their id.
pub async fn add_member(app: &TestApp, coop_id: i32, name: &str, email: &str) -> i32 {
    let form = cooptrade::store::users::Registration {
        name: name.into(),
        email: email.into(),
        password: PW.into(),
    };
    let u = cooptrade::store::users::register_verified(&app.db, &form)
        .await
        .unwrap();
    membership::ActiveModel {
        coop_id: Set(coop_id),
        user_id: Set(u.id),
        role: Set(entity::status::CoopRole::Member),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    u.id
}

/// `buyer` orders `kg` of `listing` over the API; the order's id.
pub async fn order(buyer: &Coop, listing: i64, kg: &str) -> i64 {
    let body = json!({"lines": [{"listing_id": listing, "quantity": kg}],
        "delivery_address": "Roskildevej 65, Albertslund"});
    let (s, v) = buyer.api.post("/orders", body).await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0]["id"].as_i64().unwrap()
}

/// `c` takes `action` on order `id` over the API; the order as it is then.
pub async fn act(c: &Coop, id: i64, action: &str) -> Value {
    let (s, v) = c
        .api
        .post(&format!("/orders/{id}/actions/{action}"), json!({}))
        .await;
    assert_eq!(s, 200, "{action}: {v}");
    v
}

/// Sends the outbox once through `sink`, links made absolute on the app's address; all the
/// sink has received.
pub async fn send_through(app: &TestApp, sink: &Sink) -> Vec<Received> {
    let url = url::Url::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    let base = url::Url::parse(&app.base).unwrap();
    let mailer =
        cooptrade::mail::Mailer::smtp("cooptrade <noreply@example.coop>".parse().unwrap(), &url)
            .unwrap()
            .with_base_url(&base);
    cooptrade::jobs::mail::drain_once(&app.db, &mailer)
        .await
        .unwrap();
    sink.received()
}
