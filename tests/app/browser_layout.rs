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
    switch_with(c, email, PW).await;
}

async fn switch_with(c: &Chrome, email: &str, password: &str) {
    if c.press_if_present("Log out").await {
        c.assert_text("Log in").await;
    }
    c.login(email, password).await;
    c.assert_text("Log out").await;
}

/// How far each page, or a box on it, scrolls sideways (0 or less: it fits); a screenshot of each.
async fn overflow(c: &Chrome, role: &str, pages: &[String], problems: &mut Vec<String>) {
    for p in pages {
        c.visit(p).await;
        let over = c.sideways_overflow().await;
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
    })
    .await;
    c.close().await;
    // On a wide screen, a real click on Remove removes the line (it used to land on Total).
    let Some(c) = Chrome::start(&app.base, "layout-wide", 1280, 900).await else {
        return;
    };
    c.guard(async {
        switch_to(&c, &m.buyer.admin_email).await;
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

/// The demo's people (password `fairshares-demo`): Coop Danmark's admin buys, the Togolese
/// pineapple co-op's admin sells, Marta sits on the committee.
const DEMO_BUYER: &str = "anne.sorensen@coop-denmark.example.coop";
const DEMO_SELLER: &str = "ama@togo-pineapple.example.coop";
const DEMO_COMMITTEE: &str = "committee.marta@example.coop";
use cooptrade::seed::data::DEMO_PASSWORD;

/// `cooptrade seed-demo` on the app's database: five months of trade, a part refund, a dispute,
/// a paid payout run and an approved spending.
fn seed_demo(app: &TestApp) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .arg("seed-demo")
        .env("DATABASE_URL", &app.database_url)
        .env("PHOTO_DIR", &app.photo_dir)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run cooptrade seed-demo");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The demo's pages to open: the first refunded and disputed orders, the paid run, the ids of
/// Coop Danmark and of the Togolese co-op, a listing and the approved spending.
async fn demo_ids(app: &TestApp) -> [i32; 7] {
    use sea_orm::EntityTrait;
    let db = &app.db;
    let refund = entity::refund::Entity::find().one(db).await.unwrap();
    let dispute = entity::dispute_statement::Entity::find().one(db).await;
    let run = entity::payout_run::Entity::find().one(db).await.unwrap();
    let listing = entity::listing::Entity::find().one(db).await.unwrap();
    let spending = entity::spending_proposal::Entity::find().one(db).await;
    let coop = |name: &'static str| cooptrade::store::coops::find_by_name(db, name);
    let dk = coop("Coop Danmark").await.unwrap();
    let togo = coop(cooptrade::seed::data::COOPS[0].name).await.unwrap();
    [
        refund.expect("a refund").order_id,
        dispute.unwrap().expect("a dispute").order_id,
        run.expect("a payout run").id,
        dk.expect("Coop Danmark").id,
        togo.expect("the Togolese co-op").id,
        listing.expect("a listing").id,
        spending.unwrap().expect("a spending").id,
    ]
}

async fn the_lived_in_demo_fits_a_390_px_phone_for_every_role(app: TestApp) {
    seed_demo(&app);
    let [refunded, disputed, run, dk, togo, listing, spending] = demo_ids(&app).await;
    let Some(c) = Chrome::start(&app.base, "layout-demo", 390, 844).await else {
        return;
    };
    c.guard(async {
        let mut problems = Vec::new();
        let public = [
            "/".to_owned(),
            "/catalog".to_owned(),
            "/coops".to_owned(),
            format!("/coops/{togo}"),
            format!("/listings/{listing}"),
            "/pool".to_owned(),
        ];
        overflow(&c, "demo-visitor", &public, &mut problems).await;
        // The pool shows the seeded history: fees in five currencies, a paid run, a spending.
        c.visit("/pool").await;
        for seen in ["XOF", "DKK", "LKR", "COP", "Run #"] {
            c.assert_text(seen).await;
        }
        switch_with(&c, DEMO_BUYER, DEMO_PASSWORD).await;
        let buyer = [
            "/orders".to_owned(),
            format!("/orders/{refunded}"),
            format!("/orders/{disputed}"),
            format!("/orders/{disputed}/dispute"),
            format!("/coops/{dk}/statement"),
            format!("/coops/{dk}/manage"),
            "/account".to_owned(),
            "/notifications".to_owned(),
            "/pool".to_owned(),
        ];
        overflow(&c, "demo-buyer", &buyer, &mut problems).await;
        switch_with(&c, DEMO_SELLER, DEMO_PASSWORD).await;
        let seller = [
            "/orders?side=selling".to_owned(),
            format!("/coops/{togo}/statement"),
            format!("/coops/{togo}/listings"),
        ];
        overflow(&c, "demo-seller", &seller, &mut problems).await;
        switch_with(&c, DEMO_COMMITTEE, DEMO_PASSWORD).await;
        let committee = [
            "/committee".to_owned(),
            "/committee/payouts".to_owned(),
            format!("/committee/payouts/{run}"),
            "/committee/disputes".to_owned(),
            format!("/committee/spending/{spending}"),
            "/committee/ledger".to_owned(),
            format!("/orders/{refunded}"),
        ];
        overflow(&c, "demo-committee", &committee, &mut problems).await;
        // The run's lines opened on the ledger entries behind them fit too.
        c.visit(&format!("/committee/payouts/{run}")).await;
        let open = "document.querySelectorAll('details').forEach(d => d.open = true);";
        c.client.execute(open, vec![]).await.expect("script");
        let over = c.sideways_overflow().await;
        if over > 0 {
            problems.push(format!("the run's entries: {over} px too wide"));
        }
        c.screenshot("demo-committee-run-entries").await;
        assert!(problems.is_empty(), "sideways scrolling: {problems:#?}");
    })
    .await;
    c.close().await;
}

on_both_backends!(the_lived_in_demo_fits_a_390_px_phone_for_every_role);

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
