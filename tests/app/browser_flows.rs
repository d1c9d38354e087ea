//! The co-ops' day in real Chromium, on both databases: a producer lists a good, a buyer fills a
//! two-seller cart and checks out, both orders go through to settled with the fee split on the
//! page, the committee drafts, approves and pays a run, a dispute is opened and resolved, and a
//! form error keeps what was typed. A failing flow leaves a screenshot in
//! `target/browser-screenshots/`.
use crate::common;
use crate::common::chrome;
use crate::photo_files;

use crate::market::{listing, Coop, PW};
use chrome::Chrome;
use common::{Backend, TestApp};
use fantoccini::Locator;
use serde_json::json;

/// Two producers (one with a listing already), a buyer and a committee of three, all EUR.
struct Market {
    coopermondo: Coop,
    kuapa: Coop,
    buyer: Coop,
    cocoa: i64,
}

async fn market(app: &TestApp) -> Market {
    let coopermondo = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let kuapa = app.coop("Kuapa Kokoo", "producer", "GH", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let (s, l) = kuapa
        .api
        .post(
            "/listings",
            listing(
                "COCOA",
                json!({"title": "Cocoa beans", "price": "7.00", "stock": "500"}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    // The sellers give their bank details, so that their payout lines can be paid by bank.
    for (c, holder) in [(&coopermondo, "Coopermondo"), (&kuapa, "Kuapa Kokoo")] {
        c.admin
            .submit(
                &format!("/coops/{}/payout-details", c.id),
                &[
                    ("account_holder", holder),
                    ("iban", "DE89 3704 0044 0532 0130 00"),
                    ("bic", "COBADEFFXXX"),
                ],
            )
            .await
            .assert_status(303);
    }
    for name in ["alice", "bob"] {
        crate::market::member(app, name).await;
    }
    Market {
        coopermondo,
        kuapa,
        buyer,
        cocoa: l["id"].as_i64().unwrap(),
    }
}

async fn switch_to(c: &Chrome, email: &str) {
    if c.press_if_present("Log out").await {
        c.assert_text("Log in").await;
    }
    c.login(email, PW).await;
    c.assert_text("Log out").await;
}

async fn select(c: &Chrome, id: &str, value: &str) {
    c.client
        .find(Locator::Css(&format!("#f-{id}")))
        .await
        .unwrap_or_else(|e| panic!("no select #f-{id}: {e}"))
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("no option {value} in #f-{id}: {e}"));
}

/// The producer fills in the listing form and publishes it; returns the listing's id.
async fn list_olive_oil(c: &Chrome, m: &Market) -> i64 {
    switch_to(c, &m.coopermondo.admin_email).await;
    c.visit(&format!("/coops/{}/listings/new", m.coopermondo.id))
        .await;
    c.fill("sku", "OIL-1L").await;
    c.fill("title", "Extra virgin olive oil").await;
    c.fill("description", "Cold pressed in Sicily").await;
    c.fill("price", "12.50").await;
    c.fill("stock", "40").await;
    c.fill("min_order", "1").await;
    c.fill("origin_country", "IT").await;
    select(c, "status", "active").await;
    c.press("Save").await;
    c.assert_text("Listed Extra virgin olive oil.").await;
    c.visit("/catalog?q=olive").await;
    c.follow("Extra virgin olive oil").await;
    c.assert_text("12.50").await;
    let path = c.path().await;
    path.trim_start_matches("/listings/")
        .parse()
        .expect("listing id")
}

async fn add_to_cart(c: &Chrome, listing: i64, qty: &str) {
    c.visit(&format!("/listings/{listing}")).await;
    c.fill("quantity", qty).await;
    c.press("Add to cart").await;
}

/// The buyer's two orders, newest first, from the orders page.
async fn order_ids(c: &Chrome) -> Vec<i64> {
    c.visit("/orders?side=buying").await;
    let links = c
        .client
        .find_all(Locator::Css("table.data a[href^='/orders/']"))
        .await
        .expect("order links");
    let mut ids = Vec::new();
    for a in links {
        let href = a.attr("href").await.unwrap().unwrap_or_default();
        ids.push(href.trim_start_matches("/orders/").parse().unwrap());
    }
    ids
}

/// What a seller paid by bank transfer presses, in turn, to get an order on its way.
const SELLER_TO_SHIPPED: &[&str] = &["Accept", "Confirm payment received", "Mark shipped"];

async fn act(c: &Chrome, order: i64, buttons: &[&str]) {
    for b in buttons {
        c.visit(&format!("/orders/{order}")).await;
        c.press(b).await;
        c.assert_text(&format!("Order #{order} is now")).await;
    }
}

async fn a_day_of_trade_from_listing_to_payout(app: TestApp) {
    let m = market(&app).await;
    let Some(c) = Chrome::start(&app.base, "trade", 1280, 900).await else {
        return;
    };
    c.guard(async {
        let oil = list_olive_oil(&c, &m).await;

        switch_to(&c, &m.buyer.admin_email).await;
        add_to_cart(&c, oil, "2").await;
        add_to_cart(&c, m.cocoa, "3").await;
        c.visit("/cart").await;
        c.assert_text("Coopermondo").await;
        c.assert_text("Kuapa Kokoo").await;
        c.fill("delivery_address", "Roskildevej 65, Albertslund").await;
        c.press("Place orders").await;
        let orders = order_ids(&c).await;
        assert_eq!(orders.len(), 2, "one order per seller");
        let (cocoa_order, oil_order) = (orders[0], orders[1]);

        for (seller, order) in [(&m.coopermondo, oil_order), (&m.kuapa, cocoa_order)] {
            switch_to(&c, &seller.admin_email).await;
            act(&c, order, SELLER_TO_SHIPPED).await;
        }
        switch_to(&c, &m.buyer.admin_email).await;
        act(&c, oil_order, &["Confirm delivery"]).await;
        c.assert_text("settled").await;
        // 2 × 12.50 = 25.00 at 4 %: a fee of 1.00, half to the pool, a quarter to each co-op.
        c.assert_text(
            "Of the EUR 1.00 fee (4%): EUR 0.50 to the common pool, EUR 0.25 to the seller co-op, EUR 0.25 to your co-op.",
        )
        .await;
        act(&c, cocoa_order, &["Confirm delivery"]).await;

        // The committee pays what is owed: a run, two approvals, the bank file marked paid.
        switch_to(&c, "alice@committee.example.coop").await;
        c.visit("/committee/payouts").await;
        select(&c, "currency", "EUR").await;
        c.press("Draft a payout run").await;
        c.assert_text("Coopermondo").await;
        let run = c.path().await;
        c.press("Approve").await;
        switch_to(&c, "bob@committee.example.coop").await;
        c.visit(&run).await;
        c.press("Approve").await;
        c.assert_text("approved").await;
        c.press("Mark the whole bank file paid").await;
        // A confirmation with the count and the total comes first.
        c.assert_text("2 lines").await;
        c.press_starting("Yes, mark").await;
        c.assert_text("2 lines marked paid.").await;
        c.visit("/pool").await;
        // Fees: 1.00 on the oil, 0.84 on 21.00 of cocoa; the pool's half of each.
        c.assert_text("0.92").await;

        // The main pages have no serious or critical accessibility problems (axe-core).
        let pages = [
            "/".to_owned(),
            "/catalog".to_owned(),
            format!("/listings/{oil}"),
            "/pool".to_owned(),
            run.clone(),
            "/committee/payouts".to_owned(),
            format!("/orders/{oil_order}"),
            "/orders".to_owned(),
            "/cart".to_owned(),
        ];
        let mut problems = Vec::new();
        for p in &pages {
            c.visit(p).await;
            for v in c.accessibility_violations().await.unwrap_or_default() {
                problems.push(format!("{p}: {} ({})", v["id"], v["help"]));
            }
        }
        assert!(problems.is_empty(), "accessibility: {problems:#?}");
    })
    .await;
    c.close().await;
}

async fn a_dispute_is_opened_and_resolved_by_the_committee(app: TestApp) {
    let m = market(&app).await;
    let Some(c) = Chrome::start(&app.base, "dispute", 1280, 900).await else {
        return;
    };
    c.guard(async {
        switch_to(&c, &m.buyer.admin_email).await;
        add_to_cart(&c, m.cocoa, "2").await;
        c.visit("/cart").await;
        c.fill("delivery_address", "Roskildevej 65").await;
        c.press("Place orders").await;
        let order = order_ids(&c).await[0];
        switch_to(&c, &m.kuapa.admin_email).await;
        act(&c, order, SELLER_TO_SHIPPED).await;
        switch_to(&c, &m.buyer.admin_email).await;
        act(&c, order, &["Open a dispute"]).await;
        c.assert_text("in dispute").await;
        switch_to(&c, "alice@committee.example.coop").await;
        act(&c, order, &["Resolve: refund"]).await;
        c.assert_text("refunded").await;
    })
    .await;
    c.close().await;
}

async fn a_form_error_keeps_what_was_typed(app: TestApp) {
    let m = market(&app).await;
    let Some(c) = Chrome::start(&app.base, "form-error", 390, 844).await else {
        return;
    };
    c.guard(async {
        switch_to(&c, &m.coopermondo.admin_email).await;
        c.visit(&format!("/coops/{}/listings/new", m.coopermondo.id))
            .await;
        c.fill("sku", "HONEY").await;
        c.fill("title", "Chestnut honey").await;
        c.fill("price", "twelve").await;
        c.fill("stock", "10").await;
        c.press("Save").await;
        assert_eq!(
            c.value("title").await,
            "Chestnut honey",
            "the title is kept"
        );
        assert_eq!(
            c.value("price").await,
            "twelve",
            "the bad price is kept to mend"
        );
        let error = c
            .client
            .find(Locator::Css(".field.has-error #f-price"))
            .await;
        assert!(error.is_ok(), "the error sits beside the price");
        assert_eq!(
            c.sideways_overflow().await,
            0,
            "the form fits a 390 px phone"
        );
    })
    .await;
    c.close().await;
}

/// The catalog's images as the browser has them: alt, loaded URL and natural width.
async fn catalog_images(c: &Chrome) -> Vec<(String, String, i64)> {
    let js = "return [...document.querySelectorAll('main img')]
        .map(i => [i.alt, i.currentSrc, i.complete ? i.naturalWidth : 0]);";
    let v = c.client.execute(js, vec![]).await.expect("script");
    v.as_array()
        .map(|all| {
            all.iter()
                .map(|i| {
                    let s = |n: usize| i[n].as_str().unwrap_or_default().to_owned();
                    (s(0), s(1), i[2].as_i64().unwrap_or(0))
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn a_photo_uploaded_on_the_listing_form_is_the_cover_on_its_card(app: TestApp) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let (s, l) = seller
        .api
        .post("/listings", listing("OIL", json!({"title": "Olive oil"})))
        .await;
    assert_eq!(s, 201, "{l}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("olives.jpg");
    std::fs::write(&file, photo_files::jpeg(1200, 900, 9)).unwrap();
    let Some(c) = Chrome::start(&app.base, "cover-photo", 1280, 900).await else {
        return;
    };
    c.guard(async {
        c.login(&seller.admin_email, PW).await;
        c.assert_text("Log out").await;
        c.visit(&format!("/coops/{}/listings/{}/edit", seller.id, l["id"]))
            .await;
        let input = c
            .client
            .find(Locator::Css("#f-photos"))
            .await
            .expect("file input");
        input
            .send_keys(&file.display().to_string())
            .await
            .expect("choose the file");
        c.fill("alt", "Green olives in a bowl").await;
        c.press("Upload").await;
        c.assert_text("Added 1 photo.").await;
        c.visit("/catalog").await;
        let mut images = Vec::new();
        for _ in 0..100 {
            images = catalog_images(&c).await;
            if images.iter().any(|(_, _, w)| *w > 0) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let cover = images
            .iter()
            .find(|(alt, _, _)| alt == "Green olives in a bowl")
            .unwrap_or_else(|| panic!("no cover on the card: {images:?}"));
        assert!(cover.2 > 0, "the cover loaded: {cover:?}");
        assert!(
            cover.1.contains("/photos/") && cover.1.ends_with("/320.webp"),
            "Chromium takes the WebP thumbnail: {cover:?}"
        );
    })
    .await;
    c.close().await;
}

macro_rules! in_chromium {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = TestApp::spawn(Backend::Sqlite).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = TestApp::spawn(Backend::Postgres).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
}

in_chromium!(
    a_day_of_trade_from_listing_to_payout,
    a_dispute_is_opened_and_resolved_by_the_committee,
    a_form_error_keeps_what_was_typed,
    a_photo_uploaded_on_the_listing_form_is_the_cover_on_its_card,
);
