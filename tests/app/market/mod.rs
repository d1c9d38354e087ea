//! The one marketplace fixture: co-ops built through the web and admitted (`coop`), and a
//! market of a seller, a buyer and a committee, with helpers to drive orders over the API and
//! read the ledger.
#![allow(dead_code)]

mod coop;
pub mod mailed;

use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::{Currency, Money};
use cooptrade::store;
use serde_json::{json, Value};

use crate::common::{Browser, TestApp};
pub use coop::{listing, Api, Coop, PW};

/// A producer selling olive oil at 12.50 EUR/kg (1000 kg in stock), a buyer paying in EUR, and
/// three committee members (alice, bob, carol) who belong to neither co-op.
pub struct Market {
    pub seller: Coop,
    pub buyer: Coop,
    pub listing: i64,
    pub alice: Browser,
    pub bob: Browser,
    pub carol: Browser,
}

/// Bank details the sellers' payout lines can be paid to.
pub const IBAN: &str = "DE89 3704 0044 0532 0130 00";

/// A registered user seated on the committee, signed in.
pub async fn member(app: &TestApp, name: &str) -> Browser {
    let b = app.browser();
    let email = format!("{}@committee.example.coop", name.to_lowercase());
    b.register(name, &email, PW).await;
    app.make_committee(&email).await;
    b
}

/// The default market: 1000 kg of oil in stock, a buyer keeping its books in EUR.
pub async fn market(app: &TestApp) -> Market {
    MarketBuilder::default().build(app).await
}

/// The payment tests' market: 100 kg in stock, a buyer keeping its books in DKK.
pub async fn small_market(app: &TestApp) -> Market {
    MarketBuilder::default()
        .stock("100")
        .buyer_currency("DKK")
        .build(app)
        .await
}

/// Builds a `Market`; what the tests vary is the oil in stock and the buyer's currency.
pub struct MarketBuilder {
    stock: &'static str,
    buyer_currency: &'static str,
}

impl Default for MarketBuilder {
    fn default() -> Self {
        MarketBuilder {
            stock: "1000",
            buyer_currency: "EUR",
        }
    }
}

impl MarketBuilder {
    pub fn stock(mut self, kg: &'static str) -> Self {
        self.stock = kg;
        self
    }

    pub fn buyer_currency(mut self, currency: &'static str) -> Self {
        self.buyer_currency = currency;
        self
    }

    pub async fn build(self, app: &TestApp) -> Market {
        let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
        let buyer = app
            .coop("Coop Danmark", "buyer", "DK", self.buyer_currency)
            .await;
        let (s, l) = seller
            .api
            .post(
                "/listings",
                listing("OIL", json!({"price": "12.50", "stock": self.stock})),
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

/// `c` takes `action` on the order over the API.
pub async fn act(c: &Coop, o: &Value, action: &str) -> (u16, Value) {
    c.api
        .post(&format!("/orders/{}/actions/{action}", o["id"]), json!({}))
        .await
}

/// The steps that take a placed order into dispute: accepted, paid, shipped, disputed.
pub const TO_DISPUTE: [(&str, &str); 4] = [
    ("seller", "accept"),
    ("seller", "confirm_payment"),
    ("seller", "ship"),
    ("buyer", "dispute"),
];

/// Takes the actions in turn (`("seller" | "buyer", action)`), each of which must succeed.
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

pub fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

/// The EUR balance of a ledger account.
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
