//! A small market for payment tests: a seller with bank details and a listing, a buyer, and
//! helpers to drive orders over the API and read the ledger.
#![allow(dead_code)]
use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::Currency;
use cooptrade::store::ledger;
use serde_json::{json, Value};

use crate::common::builders::{listing, Coop};
use crate::common::TestApp;

pub struct Market {
    pub seller: Coop,
    pub buyer: Coop,
    pub listing: i64,
}

pub const IBAN: &str = "DE89 3704 0044 0532 0130 00";

/// A producer with a listing at 12.50 EUR/kg and a buyer co-op.
pub async fn market(app: &TestApp) -> Market {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "DKK").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing("OIL", json!({"price": "12.50", "stock": "100"})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    Market {
        seller,
        buyer,
        listing: l["id"].as_i64().unwrap(),
    }
}

/// The buyer orders `qty` kg; returns the order as JSON.
pub async fn order(m: &Market, qty: &str) -> Value {
    let (s, v) = m
        .buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": m.listing, "quantity": qty}], "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0].clone()
}

pub async fn act(c: &Coop, o: &Value, action: &str) -> (u16, Value) {
    c.api
        .post(&format!("/orders/{}/actions/{action}", o["id"]), json!({}))
        .await
}

/// Takes the actions in turn, each of which must succeed.
pub async fn walk(m: &Market, o: &Value, steps: &[(&str, &str)]) {
    for (side, action) in steps {
        let who = if *side == "seller" {
            &m.seller
        } else {
            &m.buyer
        };
        let (s, v) = act(who, o, action).await;
        assert_eq!(s, 200, "{action}: {v}");
    }
}

pub async fn balance(app: &TestApp, account: Account) -> i64 {
    ledger::balance(&app.db, &account, Currency::EUR)
        .await
        .unwrap()
}

/// Every currency's postings sum to zero.
pub async fn assert_trial_balance_is_zero(app: &TestApp) {
    let sums = ledger::trial_balance(&app.db).await.unwrap();
    assert!(sums.iter().all(|m| m.is_zero()), "trial balance {sums:?}");
}

/// The idempotency keys of the entries posted for an order, in order.
pub async fn keys_of(app: &TestApp, order_id: i64) -> Vec<String> {
    use entity::journal_entry;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    journal_entry::Entity::find()
        .filter(journal_entry::Column::OrderId.eq(order_id as i32))
        .order_by_asc(journal_entry::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.idempotency_key)
        .collect()
}
