//! A marketplace with settled orders and a committee, for the payout and pool tests.
#![allow(dead_code)]

use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::{Currency, Money};
use cooptrade::store;
use serde_json::json;

use crate::common::builders::{listing, Coop, PW};
use crate::common::{Browser, TestApp};

/// A producer selling olive oil at 12.50 EUR/kg, a buyer, and three committee members
/// (alice, bob, carol) who belong to neither co-op.
pub struct Market {
    pub seller: Coop,
    pub buyer: Coop,
    pub listing: i64,
    pub alice: Browser,
    pub bob: Browser,
    pub carol: Browser,
}

pub async fn member(app: &TestApp, name: &str) -> Browser {
    let b = app.browser();
    let email = format!("{}@committee.example.coop", name.to_lowercase());
    b.register(name, &email, PW).await;
    app.make_committee(&email).await;
    b
}

pub async fn market(app: &TestApp) -> Market {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing("OIL", json!({"price": "12.50", "stock": "1000"})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    Market {
        seller,
        buyer,
        listing: l["id"].as_i64().unwrap(),
        alice: member(app, "Alice").await,
        bob: member(app, "Bob").await,
        carol: member(app, "Carol").await,
    }
}

impl Market {
    /// Places an order of `qty` kg and drives it to settled over the API; returns its id.
    pub async fn settled_order(&self, qty: &str) -> i64 {
        let (s, v) = self
            .buyer
            .api
            .post("/orders", json!({"lines": [{"listing_id": self.listing, "quantity": qty}], "delivery_address": "Roskildevej 65"}))
            .await;
        assert_eq!(s, 201, "{v}");
        let id = v["orders"][0]["id"].as_i64().unwrap();
        for (who, action) in [
            (&self.seller, "accept"),
            (&self.seller, "confirm_payment"),
            (&self.seller, "ship"),
            (&self.buyer, "confirm_delivery"),
        ] {
            let (s, v) = who
                .api
                .post(&format!("/orders/{id}/actions/{action}"), json!({}))
                .await;
            assert_eq!(s, 200, "{action}: {v}");
        }
        id
    }
}

pub fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

pub async fn balance(app: &TestApp, account: Account) -> i64 {
    store::ledger::balance(&app.db, &account, Currency::EUR)
        .await
        .unwrap()
}

/// Every currency of the ledger sums to zero.
pub async fn assert_trial_balance_zero(app: &TestApp) {
    for sum in store::ledger::trial_balance(&app.db).await.unwrap() {
        assert!(sum.is_zero(), "the ledger is off by {sum}");
    }
}

/// The id at the end of a redirect's location (`/committee/payouts/7` is 7).
pub fn id_from(location: Option<String>) -> i32 {
    location
        .expect("a redirect")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Mail queued to `to` whose subject contains `subject`.
pub async fn mail_count(app: &TestApp, to: &str, subject: &str) -> usize {
    use entity::outbox_message::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Entity::find()
        .filter(Column::ToAddr.eq(to))
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.subject.contains(subject))
        .count()
}
