//! The layout in real Chromium: at 390 px no page scrolls sideways for any role, tables become
//! stacked cards, and a real click on a cart line's "Remove" removes it. Screenshots of the
//! small-screen pages are kept in `target/browser-screenshots/layout-*.png` for a person to look at.
use crate::common;
#[allow(dead_code)]
use crate::common::chrome;

use crate::market::{listing, Coop, PW};
use chrome::Chrome;
use common::{Backend, TestApp};
use serde_json::json;

const COMMITTEE: &str = "marta@committee.example.coop";

struct Market {
    seller: Coop,
    buyer: Coop,
    listing: i64,
    order: i64,
}

async fn market(app: &TestApp) -> Market {
    let seller = app
        .coop("Kuapa Kokoo Farmers Union", "producer", "GH", "EUR")
        .await;
    let buyer = app.coop("Coop Danmark Amba", "buyer", "DK", "EUR").await;
    let long = json!({"title": "Fine flavour cocoa beans, fermented and sun-dried", "price": "7.00", "stock": "500"});
    let (s, l) = seller.api.post("/listings", listing("COCOA", long)).await;
    assert_eq!(s, 201, "{l}");
    let place = json!({"lines": [{"listing_id": l["id"], "quantity": "12.5"}], "delivery_address": "Roskildevej 65, 2620 Albertslund"});
    let (s, c) = buyer.api.post("/orders", place.clone()).await;
    assert_eq!(s, 201, "{c}");
    // A second order goes through to settled, so the pool, its chart and the statements have entries.
    let (s, settled) = buyer.api.post("/orders", place).await;
    assert_eq!(s, 201, "{settled}");
    let id = &settled["orders"][0]["id"];
    for (who, action) in [
        (&seller, "accept"),
        (&seller, "confirm_payment"),
        (&seller, "ship"),
        (&buyer, "confirm_delivery"),
    ] {
        let (s, v) = who
            .api
            .post(&format!("/orders/{id}/actions/{action}"), json!({}))
            .await;
        assert_eq!(s, 200, "{action}: {v}");
    }
    let b = app.browser();
    b.register("Marta", COMMITTEE, PW).await;
    app.make_committee(COMMITTEE).await;
    Market {
        listing: l["id"].as_i64().unwrap(),
        order: c["orders"][0]["id"].as_i64().unwrap(),
        seller,
        buyer,
    }
}

async fn switch_to(c: &Chrome, email: &str) {
    if c.press_if_present("Log out").await {
        c.assert_text("Log in").await;
    }
    c.login(email, PW).await;
    c.assert_text("Log out").await;
}

/// `document.documentElement.scrollWidth - innerWidth` on each page (0 or less: it fits).
async fn overflow(c: &Chrome, role: &str, pages: &[String], problems: &mut Vec<String>) {
    for p in pages {
        c.visit(p).await;
        let v = c
            .client
            .execute(
                "return document.documentElement.scrollWidth - window.innerWidth;",
                vec![],
            )
            .await
            .expect("script");
        let over = v.as_i64().unwrap_or(i64::MAX);
        if over > 0 {
            problems.push(format!("{role} {p}: {over} px too wide"));
        }
        let label = format!("{role}{}", p.replace(['/', '?', '=', '&'], "_"));
        c.screenshot(&label).await;
    }
}

/// Where a real click at the middle of the cart's "Remove" lands, and whether the button stays
/// clear of the Total cell beside it.
const REMOVE_HIT: &str = "
    const b = [...document.querySelectorAll('button')].find(x => x.textContent.trim() === 'Remove');
    const r = b.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    const total = b.closest('td').nextElementSibling.getBoundingClientRect();
    const apart = r.right <= total.left + 0.5 || r.bottom <= total.top + 0.5 || r.top >= total.bottom - 0.5;
    return (hit === b || b.contains(hit)) && apart;";

async fn no_page_scrolls_sideways_at_390_px_and_remove_is_clickable(app: TestApp) {
    let m = market(&app).await;
    let Some(c) = Chrome::start(&app.base, "layout", 390, 844).await else {
        return;
    };
    c.guard(async {
        let (s, b, l, o) = (m.seller.id, m.buyer.id, m.listing, m.order);
        let public = [
            "/".to_owned(),
            "/catalog".to_owned(),
            "/catalog?q=cocoa&country=GH".to_owned(),
            format!("/listings/{l}"),
            "/coops".to_owned(),
            format!("/coops/{s}"),
            "/pool".to_owned(),
            "/login".to_owned(),
            "/register".to_owned(),
            "/no/such/page".to_owned(),
        ];
        let mut problems = Vec::new();
        overflow(&c, "visitor", &public, &mut problems).await;

        switch_to(&c, &m.buyer.admin_email).await;
        c.visit(&format!("/listings/{l}")).await;
        c.fill("quantity", "3").await;
        c.press("Add to cart").await;
        let buyer_pages = [
            "/catalog".to_owned(),
            "/cart".to_owned(),
            "/orders".to_owned(),
            format!("/orders/{o}"),
            format!("/coops/{b}/manage"),
            format!("/coops/{b}/statement"),
            "/coops/apply".to_owned(),
            "/account".to_owned(),
        ];
        overflow(&c, "buyer", &buyer_pages, &mut problems).await;

        // The cart's line is a stacked card here, and its Remove button is where a finger lands.
        c.visit("/cart").await;
        let hit = c.client.execute(REMOVE_HIT, vec![]).await.expect("script");
        assert_eq!(hit, json!(true), "Remove is covered at 390 px");

        switch_to(&c, &m.seller.admin_email).await;
        let seller_pages = [
            "/orders".to_owned(),
            format!("/orders/{o}"),
            format!("/coops/{s}/manage"),
            format!("/coops/{s}/listings"),
            format!("/coops/{s}/listings/new"),
            format!("/coops/{s}/statement"),
        ];
        overflow(&c, "seller", &seller_pages, &mut problems).await;

        switch_to(&c, COMMITTEE).await;
        let committee_pages = [
            "/committee".to_owned(),
            "/committee/payouts".to_owned(),
            "/committee/ledger".to_owned(),
            format!("/orders/{o}"),
            "/pool".to_owned(),
        ];
        overflow(&c, "committee", &committee_pages, &mut problems).await;
        assert!(problems.is_empty(), "sideways scrolling: {problems:#?}");

        // On a wide screen, a real click on Remove removes the line (it used to land on Total).
        switch_to(&c, &m.buyer.admin_email).await;
        c.client.set_window_size(1280, 900).await.expect("resize");
        c.visit("/cart").await;
        c.assert_text("Fine flavour cocoa beans").await;
        let hit = c.client.execute(REMOVE_HIT, vec![]).await.expect("script");
        assert_eq!(hit, json!(true), "Remove is covered at 1280 px");
        c.screenshot("wide-cart").await;
        c.press("Remove").await;
        let text = c.text().await;
        assert!(!text.contains("Fine flavour cocoa beans"), "{text}");
    })
    .await;
    c.close().await;
}

mod layout {
    use super::*;
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        if let Some(app) = TestApp::spawn(Backend::Sqlite).await {
            no_page_scrolls_sideways_at_390_px_and_remove_is_clickable(app).await;
        }
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        if let Some(app) = TestApp::spawn(Backend::Postgres).await {
            no_page_scrolls_sideways_at_390_px_and_remove_is_clickable(app).await;
        }
    }
}
