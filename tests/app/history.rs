//! Lists that grow with history, read a page at a time: the order lists (API and web) walk by
//! keyset cursors, skip and repeat nothing while new orders arrive between pages, and run the same
//! number of SQL statements whatever the page's length or depth.
use crate::common;

use std::collections::BTreeSet;

use crate::market::{listing, Coop};
use common::TestApp;
use serde_json::{json, Value};

/// A seller with a listing and a buyer who has placed `n` orders of one unit.
async fn trade(app: &TestApp, n: usize) -> (Coop, Coop, i64) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing("OIL", json!({"price": "2.50", "stock": "100000"})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    let id = l["id"].as_i64().unwrap();
    for _ in 0..n {
        place(&buyer, id).await;
    }
    (seller, buyer, id)
}

async fn place(buyer: &Coop, listing: i64) -> i64 {
    let (s, v) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": listing, "quantity": "1"}], "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0]["id"].as_i64().unwrap()
}

/// GETs an API path with the co-op's token: status, body and the `rel="next"` link's path.
async fn get_page(c: &Coop, path: &str) -> (u16, Value, Option<String>) {
    let resp = c
        .api
        .client
        .get(format!("{}{path}", c.api.base))
        .bearer_auth(&c.api.token)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let next = resp
        .headers()
        .get("link")
        .and_then(|v| v.to_str().ok())
        .and_then(|l| {
            l.strip_prefix('<')
                .and_then(|l| l.split_once(">; rel=\"next\""))
        })
        .map(|(p, _)| p.to_owned());
    let body = resp.json().await.unwrap_or(Value::Null);
    (status, body, next)
}

fn ids(page: &Value) -> Vec<i64> {
    page.as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect()
}

async fn an_api_client_pages_through_orders_without_skipping_or_repeating_any(app: TestApp) {
    let (seller, buyer, listing) = trade(&app, 23).await;
    let (s, first, next) = get_page(&buyer, "/api/v1/orders").await;
    assert_eq!(s, 200);
    assert_eq!(ids(&first).len(), 23, "the default page holds 25");
    assert_eq!(next, None, "one page is all there is");

    let mut seen = Vec::new();
    let mut path = Some("/api/v1/orders?per_page=5".to_owned());
    let mut pages = 0;
    while let Some(p) = path {
        let (s, page, next) = get_page(&buyer, &p).await;
        assert_eq!(s, 200, "{page}");
        let got = ids(&page);
        assert!(got.len() <= 5);
        assert!(got.windows(2).all(|w| w[0] > w[1]), "newest first: {got:?}");
        seen.extend(got);
        // New orders arrive between pages: they are newer than every page still to come.
        place(&buyer, listing).await;
        pages += 1;
        path = next;
    }
    assert_eq!(pages, 5, "23 orders in pages of 5");
    let unique: BTreeSet<i64> = seen.iter().copied().collect();
    assert_eq!(unique.len(), seen.len(), "no order twice");
    assert_eq!(
        seen.len(),
        23,
        "every order that was there at the start, once"
    );

    let (s, selling, _) = get_page(&seller, "/api/v1/orders?side=selling&per_page=100").await;
    assert_eq!(
        (s, ids(&selling).len()),
        (200, 28),
        "the seller sees all 28"
    );
}

async fn a_bad_page_request_is_a_422_naming_the_parameter(app: TestApp) {
    let (_, buyer, _) = trade(&app, 2).await;
    for (query, field) in [
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("per_page=ten", "per_page"),
        ("cursor=17", "cursor"),
        ("cursor=c-1", "cursor"),
    ] {
        let (s, v) = buyer.api.get(&format!("/orders?{query}")).await;
        assert_eq!(s, 422, "{query}: {v}");
        assert!(v.to_string().contains(field), "{query}: {v}");
    }
    let (s, v) = buyer.api.get("/orders?per_page=1&cursor=c1").await;
    assert_eq!(
        (s, v),
        (200, json!([])),
        "nothing is older than the first order"
    );
}

/// The server's `db_statements_total` from its `/metrics`.
async fn statements(app: &TestApp) -> u64 {
    let text = reqwest::get(format!("{}/metrics", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("db_statements_total "))
        .and_then(|n| n.trim().parse().ok())
        .expect("db_statements_total")
}

/// Statements the server ran to answer one GET: the fewest of three tries, since the counter
/// is the server's and a background job (mail, settlement) may run during any one of them.
async fn cost<F, Fut>(app: &TestApp, get: F) -> u64
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = u16>,
{
    let mut fewest = u64::MAX;
    for _ in 0..3 {
        let before = statements(app).await;
        assert_eq!(get().await, 200);
        fewest = fewest.min(statements(app).await - before);
    }
    fewest
}

async fn an_order_page_costs_the_same_statements_whatever_its_length_or_depth(app: TestApp) {
    let (_, buyer, listing) = trade(&app, 1).await;
    let api = |q: &'static str| {
        let b = &buyer;
        async move { get_page(b, &format!("/api/v1/orders{q}")).await.0 }
    };
    let web = |q: &'static str| {
        let b = &buyer.admin;
        async move { b.get(&format!("/orders{q}")).await.status.as_u16() }
    };
    let (api_one, web_one) = (cost(&app, || api("")).await, cost(&app, || web("")).await);
    for _ in 0..29 {
        place(&buyer, listing).await;
    }
    let api_full = cost(&app, || api("")).await;
    let web_full = cost(&app, || web("")).await;
    let (_, first, _) = get_page(&buyer, "/api/v1/orders?per_page=3").await;
    let deep = format!("/api/v1/orders?per_page=3&cursor=c{}", ids(&first)[2] - 20);
    let api_deep = cost(&app, || async { get_page(&buyer, &deep).await.0 }).await;
    assert_eq!(
        (api_full, api_deep),
        (api_one, api_one),
        "API: statements per page, not per order"
    );
    assert_eq!(web_full, web_one, "web: statements per page, not per order");
    assert_eq!(
        api_one, 1,
        "API: the orders and their lines in one statement"
    );
    assert_eq!(
        web_one, 2,
        "web: the viewer, then the orders and their other parties"
    );
    let page = buyer.admin.get("/orders?per_page=10").await;
    page.assert_status(200).assert_contains("Older orders");
    assert_eq!(page.body.matches("href=\"/orders/").count(), 10);
}

/// The lists read orders and lines by column position, joined to the page's orders: each reads
/// back as the order itself, on PostgreSQL's one-co-op statement and the general one alike.
async fn a_listed_order_is_the_stored_order_field_for_field(app: TestApp) {
    use cooptrade::domain::page::PageRequest;
    use cooptrade::store::orders::{self, Side};
    let (seller, buyer, listing) = trade(&app, 3).await;
    let other = app.coop("Coop Italia", "buyer", "IT", "EUR").await;
    place(&other, listing).await;
    let accepted = place(&buyer, listing).await;
    let (s, v) = seller
        .api
        .post(&format!("/orders/{accepted}/actions/accept"), json!({}))
        .await;
    assert_eq!(s, 200, "{v}");
    let page = PageRequest::default();
    let selling = Side {
        coops: &[seller.id],
        selling: true,
        state: None,
    };
    let buying = Side {
        coops: &[buyer.id, other.id],
        selling: false,
        state: None,
    };
    let mut listed = Vec::new();
    for side in [selling, buying] {
        let (with_lines, _) = orders::page_with_lines(&app.db, side, &page).await.unwrap();
        let (named, _) = orders::page_named(&app.db, side, &page).await.unwrap();
        assert_eq!((with_lines.len(), named.len()), (5, 5));
        for ((o, lines), (same, name)) in with_lines.iter().zip(&named) {
            assert_eq!(*o, orders::get(&app.db, o.id).await.unwrap());
            assert_eq!(o, same);
            assert_eq!(*lines, orders::lines(&app.db, o.id).await.unwrap());
            assert_eq!(lines.len(), 1);
            let want = match (side.selling, o.buyer_coop_id == other.id) {
                (false, _) => "Coopermondo",
                (true, true) => "Coop Italia",
                (true, false) => "Coop Danmark",
            };
            assert_eq!(name, want);
        }
        listed.extend(with_lines.into_iter().map(|(o, _)| o));
    }
    let states: BTreeSet<String> = listed.iter().map(|o| o.state.to_string()).collect();
    assert_eq!(states.len(), 2, "placed and accepted: {states:?}");
    let accepted_only = Side {
        state: Some(cooptrade::domain::order_state::OrderState::parse("accepted").unwrap()),
        ..selling
    };
    let (only, _) = orders::page_with_lines(&app.db, accepted_only, &page)
        .await
        .unwrap();
    assert_eq!(
        only.iter().map(|(o, _)| o.id).collect::<Vec<_>>(),
        [accepted as i32]
    );

    // An order of two lines is one order on the page, its lines in order; a page of one order
    // holds both lines and points to the next order.
    let (s, l) = seller
        .api
        .post(
            "/listings",
            crate::market::listing("SOAP", json!({"price": "4.00", "stock": "100"})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    let (s, v) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": listing, "quantity": "2"}, {"listing_id": l["id"], "quantity": "3"}], "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    let two = v["orders"][0]["id"].as_i64().unwrap() as i32;
    let one = PageRequest::parse("1", "").unwrap();
    let (first, next) = orders::page_with_lines(&app.db, selling, &one)
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].0.id, two);
    assert_eq!(first[0].1, orders::lines(&app.db, two).await.unwrap());
    assert_eq!(first[0].1.len(), 2);
    let next = PageRequest::parse("1", &next.expect("older orders").to_string()).unwrap();
    let (second, _) = orders::page_with_lines(&app.db, selling, &next)
        .await
        .unwrap();
    assert_eq!(second.len(), 1);
    assert!(second[0].0.id < two);
}

/// The statement counts are the database's cost of a page: read with the page cache off, as the
/// fixture's writes go straight to the database, unseen by the server (as another process's).
pub const UNCACHED: &[(&str, &str)] = &[("PAGE_CACHE", "off")];

on_both_backends!(
    a_listed_order_is_the_stored_order_field_for_field,
    an_api_client_pages_through_orders_without_skipping_or_repeating_any,
    a_bad_page_request_is_a_422_naming_the_parameter,
);
on_both_backends!(with super::UNCACHED; an_order_page_costs_the_same_statements_whatever_its_length_or_depth);

mod fixture;
mod payouts;
mod pool_pages;
mod statements;
