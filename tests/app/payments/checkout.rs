//! A buyer's checkout across several sellers, placed over the API with every order accepted.
#![allow(dead_code)]
use serde_json::{json, Value};

use crate::common::TestApp;
use crate::market::{listing, Coop};

/// A checkout and who is in it (its orders in the order of the sellers).
pub struct AcceptedCheckout {
    pub id: i64,
    pub buyer: Coop,
    pub sellers: Vec<Coop>,
    pub orders: Vec<Value>,
}

/// Coop Danmark buys one unit from each `(seller name, EUR price)`, in one checkout, and every
/// seller accepts its order.
pub async fn accepted_checkout(app: &TestApp, sellers: &[(&str, &str)]) -> AcceptedCheckout {
    let c = placed_checkout(app, sellers).await;
    accept_all(&c).await;
    c
}

/// Every seller of the checkout accepts its order.
pub async fn accept_all(c: &AcceptedCheckout) {
    for (o, seller) in c.orders.iter().zip(&c.sellers) {
        let (s, v) = seller
            .api
            .post(&format!("/orders/{}/actions/accept", o["id"]), json!({}))
            .await;
        assert_eq!(s, 200, "{v}");
    }
}

/// Coop Danmark buys one unit from each `(seller name, EUR price)`, in one checkout; the orders
/// are placed, not yet accepted.
pub async fn placed_checkout(app: &TestApp, sellers: &[(&str, &str)]) -> AcceptedCheckout {
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let (mut lines, mut coops) = (Vec::new(), Vec::new());
    for (name, price) in sellers {
        let seller = app.coop(name, "producer", "IT", "EUR").await;
        let (s, l) = seller
            .api
            .post("/listings", listing("SKU", json!({"price": price})))
            .await;
        assert_eq!(s, 201, "{l}");
        lines.push(json!({"listing_id": l["id"], "quantity": "1"}));
        coops.push(seller);
    }
    let (s, c) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": lines, "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let orders = c["orders"].as_array().unwrap().clone();
    assert_eq!(orders.len(), sellers.len());
    AcceptedCheckout {
        id: c["checkout_id"].as_i64().unwrap(),
        buyer,
        sellers: coops,
        orders,
    }
}
