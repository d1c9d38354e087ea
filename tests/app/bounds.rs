//! Amounts at and over their bounds: every price, quantity, order total, refund and spending has
//! a maximum (`cooptrade::domain::bounds`); over it is a 422 naming the field and the limit, and
//! balances as large as the bounds allow (or larger, from history) still render every page.
use crate::common;
use crate::market;

use cooptrade::domain::ledger::{Account, JournalEntry, Posting};
use cooptrade::store;
use market::*;
use serde_json::json;

use crate::market::listing;
use common::TestApp;

/// Posts a settlement-shaped entry of `subtotal` minor units: clearing pays the seller's
/// proceeds (90 %), the pool (5 %) and both fair shares (2.5 % each).
async fn seed_settlement(app: &TestApp, m: &Market, key: &str, subtotal: i64) {
    let part = subtotal / 40;
    let postings = vec![
        Posting::new(Account::GatewayClearing, eur(-subtotal)),
        Posting::new(Account::CoopProceeds(m.seller.id), eur(subtotal - 4 * part)),
        Posting::new(Account::Pool, eur(2 * part)),
        Posting::new(Account::CoopFairShare(m.seller.id), eur(part)),
        Posting::new(Account::CoopFairShare(m.buyer.id), eur(part)),
    ];
    let entry = JournalEntry::new(key, "settlement", "seeded history", postings).unwrap();
    store::ledger::post(&app.db, entry).await.unwrap();
}

/// Every page that sums balances answers 200 and shows `shown` (an exact amount) where it should.
/// "1234567.00" as English pages write it: "1,234,567.00" (files and the API keep it plain).
fn grouped(plain: &str) -> String {
    let (whole, cents) = plain.split_once('.').unwrap_or((plain, ""));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*d);
    }
    format!("{out}.{cents}")
}

async fn every_balance_page_renders(m: &Market, proceeds: &str, pool: &str) {
    let statement = format!("/coops/{}/statement", m.seller.id);
    m.seller
        .admin
        .get(&statement)
        .await
        .assert_status(200)
        .assert_contains(&grouped(proceeds));
    m.seller
        .admin
        .get(&format!("{statement}?format=csv"))
        .await
        .assert_status(200)
        .assert_contains(proceeds);
    m.alice
        .get("/committee/ledger")
        .await
        .assert_status(200)
        .assert_contains(&grouped(proceeds))
        .assert_contains("Every currency balances.");
    m.alice
        .get("/pool")
        .await
        .assert_status(200)
        .assert_contains(&grouped(pool));
    let (s, v) = m.seller.api.get("/pool").await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["balances"][0]["amount"], pool, "{v}");
}

async fn balances_as_large_as_the_bounds_allow_render_every_page_and_draft_a_run(app: TestApp) {
    use cooptrade::domain::bounds::MAX_BALANCE_MINOR;
    let m = market(&app).await;
    // A billion orders at the largest subtotal, posted as ten entries of a tenth each.
    for k in 0..10 {
        seed_settlement(&app, &m, &format!("seed:{k}"), MAX_BALANCE_MINOR / 10).await;
    }
    assert_eq!(
        balance(&app, Account::CoopProceeds(m.seller.id)).await,
        MAX_BALANCE_MINOR / 10 * 9
    );
    every_balance_page_renders(&m, "9000000000000000.00", "500000000000000.00").await;
    let draft = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    draft.assert_status(303);
    let run = id_from(draft.location.clone());
    let lines = store::payouts::lines(&app.db, run).await.unwrap();
    let amounts: Vec<(i32, i64)> = lines.iter().map(|l| (l.coop_id, l.amount_minor)).collect();
    assert_eq!(
        amounts,
        [
            (m.seller.id, 925_000_000_000_000_000),
            (m.buyer.id, 25_000_000_000_000_000)
        ]
    );
}

async fn balances_beyond_i64_from_history_are_shown_exactly_and_never_a_500(app: TestApp) {
    let m = market(&app).await;
    // Three entries of 4e18 minor units each: every one fits i64, their sums do not.
    for k in 0..3 {
        seed_settlement(&app, &m, &format!("seed:{k}"), 4_000_000_000_000_000_000).await;
    }
    // Proceeds 3 x 3.6e18 = 1.08e19 minor units, pool 3 x 2e17 = 6e17.
    every_balance_page_renders(&m, "108000000000000000.00", "6000000000000000.00").await;
    m.alice
        .get("/committee/ledger")
        .await
        .assert_contains("EUR\u{a0}-120,000,000,000,000,000.00");
    let draft = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    draft.assert_status(409).assert_contains("too large to pay");
    assert_eq!(app.count("payout_runs").await, 0);
}

/// A listing priced at `price` with stock 100 and a minimum order of 0.001; returns its id.
async fn listing_at(m: &Market, sku: &str, price: &str) -> i64 {
    let body = listing(sku, json!({"price": price, "min_order": "0.001"}));
    let (s, l) = m.seller.api.post("/listings", body).await;
    assert_eq!(s, 201, "{l}");
    l["id"].as_i64().unwrap()
}

async fn order(m: &Market, listing: i64, qty: &str) -> (u16, serde_json::Value) {
    let body = json!({"lines": [{"listing_id": listing, "quantity": qty}], "delivery_address": "Roskildevej 65"});
    m.buyer.api.post("/orders", body).await
}

fn assert_invalid(s: u16, v: &serde_json::Value, field: &str, message: &str) {
    assert_eq!(s, 422, "{v}");
    let text = v["error"]["message"].as_str().unwrap_or_default();
    assert!(
        text.contains(field) && text.contains(message),
        "expected {field}: {message} in {v}"
    );
}

async fn an_order_over_the_largest_total_is_refused_and_nothing_is_written(app: TestApp) {
    let m = market(&app).await;
    let dear = listing_at(&m, "DEAR", "10000000.00").await;
    let orders = app.count("orders").await;
    let (s, v) = order(&m, dear, "1.001").await;
    assert_invalid(s, &v, "lines", "at most EUR\u{a0}10,000,000.00");
    // At exactly the largest total the order is placed.
    let (s, v) = order(&m, dear, "1").await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["orders"][0]["subtotal"], "10000000.00", "{v}");
    assert_eq!(app.count("orders").await, orders + 1);
}

async fn a_web_checkout_over_the_largest_total_is_refused_on_the_cart_page(app: TestApp) {
    let m = market(&app).await;
    let dear = listing_at(&m, "DEAR", "10000000.00").await.to_string();
    let buyer = m.buyer.id.to_string();
    let add = [
        ("listing_id", dear.as_str()),
        ("quantity", "1.001"),
        ("coop_id", buyer.as_str()),
    ];
    m.buyer
        .admin
        .submit("/cart/add", &add)
        .await
        .assert_status(303);
    let token = m.buyer.admin.get("/cart").await.hidden("checkout_token");
    let checkout = [
        ("coop_id", buyer.as_str()),
        ("delivery_address", "Roskildevej 65"),
        ("checkout_token", token.as_str()),
    ];
    m.buyer
        .admin
        .submit("/cart/checkout", &checkout)
        .await
        .assert_status(422)
        .assert_contains("total must be at most EUR\u{a0}10,000,000.00; split it");
    assert_eq!(app.count("orders").await, 0);
}

async fn an_order_whose_total_rounds_to_zero_is_refused(app: TestApp) {
    let m = market(&app).await;
    let cheap = listing_at(&m, "CHEAP", "0.01").await;
    let (s, v) = order(&m, cheap, "0.001").await;
    assert_invalid(s, &v, "lines", "at least one minor unit (EUR\u{a0}0.01)");
    assert_eq!(app.count("orders").await, 0);
}

async fn a_tiny_order_whose_fee_rounds_to_zero_settles_and_refunds_exactly(app: TestApp) {
    let m = market(&app).await;
    let cheap = listing_at(&m, "CHEAP", "0.10").await;
    let (s, v) = order(&m, cheap, "1").await;
    assert_eq!(s, 201, "{v}");
    let id = v["orders"][0]["id"].as_i64().unwrap();
    assert_eq!((v["orders"][0]["fee"].as_str()), Some("0.00"), "{v}");
    for (who, action) in [
        (&m.seller, "accept"),
        (&m.seller, "confirm_payment"),
        (&m.seller, "ship"),
        (&m.buyer, "confirm_delivery"),
    ] {
        let (s, v) = who
            .api
            .post(&format!("/orders/{id}/actions/{action}"), json!({}))
            .await;
        assert_eq!(s, 200, "{action}: {v}");
    }
    assert_eq!(balance(&app, Account::CoopProceeds(m.seller.id)).await, 10);
    assert_eq!(balance(&app, Account::Pool).await, 0);
    // After settlement the committee refunds; there is no fee part to claw back.
    m.alice
        .submit(
            &format!("/orders/{id}/refunds"),
            &[("amount", "0.04"), ("reason", "bruised")],
        )
        .await
        .assert_status(303);
    assert_eq!(balance(&app, Account::CoopProceeds(m.seller.id)).await, 6);
    assert_eq!(balance(&app, Account::CoopFairShare(m.seller.id)).await, 0);
    assert_trial_balance_zero(&app).await;
}

async fn listing_fields_over_their_bounds_are_refused_by_api_and_web(app: TestApp) {
    let m = market(&app).await;
    let listings = app.count("listings").await;
    for (field, value, message) in [
        ("price", "10000000.01", "at most EUR\u{a0}10,000,000.00"),
        (
            "price",
            "99999999999999999999",
            "at most EUR\u{a0}10,000,000.00",
        ),
        ("stock", "10000000.001", "at most 10000000"),
        ("min_order", "10000001", "at most 10000000"),
    ] {
        let (s, v) = m
            .seller
            .api
            .post("/listings", listing("BIG", json!({ field: value })))
            .await;
        assert_invalid(s, &v, field, message);
    }
    let (s, v) = m
        .seller
        .api
        .patch(
            &format!("/listings/{}", m.listing),
            json!({"price": "10000000.01"}),
        )
        .await;
    assert_invalid(s, &v, "price", "at most EUR\u{a0}10,000,000.00");
    let path = format!("/coops/{}/listings", m.seller.id);
    let web = listing("WEB", json!({"price": "10000000.01"}));
    let fields: Vec<(String, String)> = web
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().map_or(v.to_string(), str::to_owned)))
        .filter(|(k, _)| k != "certifications")
        .collect();
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    m.seller
        .admin
        .submit(&path, &refs)
        .await
        .assert_status(422)
        .assert_contains("at most EUR\u{a0}10,000,000.00");
    assert_eq!(app.count("listings").await, listings);
}

async fn order_and_cart_quantities_over_the_bound_are_refused(app: TestApp) {
    let m = market(&app).await;
    let (s, v) = order(&m, m.listing, "10000000.001").await;
    assert_invalid(s, &v, "quantity", "at most 10000000");
    let listing = m.listing.to_string();
    let buyer = m.buyer.id.to_string();
    let add = [
        ("listing_id", listing.as_str()),
        ("quantity", "10000001"),
        ("coop_id", buyer.as_str()),
    ];
    m.buyer
        .admin
        .submit("/cart/add", &add)
        .await
        .assert_status(422)
        .assert_contains("Enter at most 10,000,000.")
        .assert_contains(r#"value="10000001""#);
    assert_eq!(app.count("orders").await, 0);
    assert_eq!(app.count("cart_lines").await, 0);
}

async fn a_refund_over_the_bound_is_refused_naming_the_limit(app: TestApp) {
    let m = market(&app).await;
    let (s, v) = order(&m, m.listing, "4").await;
    assert_eq!(s, 201, "{v}");
    let id = v["orders"][0]["id"].as_i64().unwrap();
    for action in ["accept", "confirm_payment"] {
        let path = format!("/orders/{id}/actions/{action}");
        let (s, v) = m.seller.api.post(&path, json!({})).await;
        assert_eq!(s, 200, "{action}: {v}");
    }
    let refunds = app.count("refunds").await;
    let (s, v) = m
        .seller
        .api
        .post(
            &format!("/orders/{id}/refunds"),
            json!({"amount": "10000000.01", "reason": "too much"}),
        )
        .await;
    assert_invalid(s, &v, "amount", "at most EUR\u{a0}10,000,000.00");
    assert_eq!(app.count("refunds").await, refunds);
}

async fn a_spending_over_the_bound_is_refused_naming_the_limit(app: TestApp) {
    let m = market(&app).await;
    let recipient = m.seller.id.to_string();
    let fields = [
        ("title", "Cold store"),
        ("purpose", "A shared cold store"),
        ("amount", "10000000.01"),
        ("currency", "EUR"),
        ("recipient_coop_id", recipient.as_str()),
    ];
    m.buyer
        .admin
        .submit(&format!("/coops/{}/spending", m.buyer.id), &fields)
        .await
        .assert_status(422)
        .assert_contains("at most EUR\u{a0}10,000,000.00");
    assert_eq!(app.count("spending_proposals").await, 0);
}

on_both_backends!(
    balances_as_large_as_the_bounds_allow_render_every_page_and_draft_a_run,
    balances_beyond_i64_from_history_are_shown_exactly_and_never_a_500,
    an_order_over_the_largest_total_is_refused_and_nothing_is_written,
    a_web_checkout_over_the_largest_total_is_refused_on_the_cart_page,
    an_order_whose_total_rounds_to_zero_is_refused,
    a_tiny_order_whose_fee_rounds_to_zero_settles_and_refunds_exactly,
    listing_fields_over_their_bounds_are_refused_by_api_and_web,
    order_and_cart_quantities_over_the_bound_are_refused,
    a_refund_over_the_bound_is_refused_naming_the_limit,
    a_spending_over_the_bound_is_refused_naming_the_limit,
);
