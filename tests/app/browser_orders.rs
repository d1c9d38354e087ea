//! Ordering in real Chromium: a refund over what is left comes back with the typed amount and
//! the message beside it, and a whole order is listed, bought and shown in French, where a
//! price is typed `12,50`. The pages are driven by CSS, not by English button words.
use crate::common;
use crate::common::chrome;

use crate::market::{order, walk, PW};
use chrome::Chrome;
use common::TestApp;
use fantoccini::Locator;

/// Signs in through the login form, whatever language it speaks.
async fn sign_in(c: &Chrome, email: &str) {
    if c.client
        .find(Locator::Css("form[action='/logout'] button"))
        .await
        .is_ok()
    {
        c.press_css("form[action='/logout'] button").await;
    }
    c.visit("/login").await;
    c.fill("email", email).await;
    c.fill("password", PW).await;
    c.press_css("main form button[type='submit']").await;
    assert!(
        c.client
            .find(Locator::Css("form[action='/logout']"))
            .await
            .is_ok(),
        "signed in as {email}"
    );
}

async fn a_refund_over_what_is_left_keeps_the_typed_amount(app: TestApp) {
    let m = crate::market::market(&app).await;
    let o = order(&m, "4").await; // 50.00 EUR
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    let Some(c) = Chrome::start(&app.base, "refund-over", 390, 844).await else {
        return;
    };
    c.guard(async {
        sign_in(&c, &m.seller.admin_email).await;
        c.visit(&format!("/orders/{}", o["id"])).await;
        c.fill("amount", "60").await;
        c.fill("reason", "Two bottles broke").await;
        c.press_css("#refund button[type='submit']").await;
        assert_eq!(c.value("amount").await, "60", "the amount is kept to mend");
        assert_eq!(c.value("reason").await, "Two bottles broke");
        let beside = c
            .client
            .find(Locator::Css(".field.has-error #f-amount ~ .field-error"))
            .await
            .expect("the message sits beside the amount");
        let said = beside
            .text()
            .await
            .unwrap_or_default()
            .replace('\u{a0}', " ");
        assert_eq!(said, "At most EUR 50.00 can still be refunded.");
        assert_eq!(
            c.sideways_overflow().await,
            0,
            "the page fits a 390 px phone"
        );
    })
    .await;
    c.close().await;
    let id = i32::try_from(o["id"].as_i64().unwrap()).unwrap();
    let refunds = cooptrade::store::refunds::of_order(&app.db, id)
        .await
        .unwrap();
    assert!(refunds.is_empty(), "nothing was refunded");
}

/// What the French order page must say of an order of `quantity` kg at 12,50 EUR/kg.
struct InFrench<'a> {
    width: u32,
    quantity: &'a str,
    says: &'a [&'a str],
}

async fn a_buyer_orders_in_french_and_the_order_page_speaks_french(app: TestApp) {
    // The column heads are read on a wide screen; on a phone each cell carries its label.
    let says = [
        "Prix unitaire",
        "12,50 EUR / kg",
        "25,00 EUR",
        "Sur la commission de 1,00 EUR (4 %) : 0,50 EUR au fonds commun",
    ];
    let v = InFrench {
        width: 1280,
        quantity: "2",
        says: &says,
    };
    order_in_french(app, v).await;
}

/// On a 390 px phone a quantity typed `12,50` is ordered, and the cart, checkout and order
/// pages fit the screen.
async fn a_buyer_orders_in_french_on_a_phone_and_no_page_scrolls_sideways(app: TestApp) {
    let says = [
        "12,50 EUR / kg",
        "12,5 kg",
        "156,25 EUR",
        "Sur la commission de 6,25 EUR (4 %) : 3,12 EUR au fonds commun",
    ];
    let v = InFrench {
        width: 390,
        quantity: "12,50",
        says: &says,
    };
    order_in_french(app, v).await;
}

async fn order_in_french(app: TestApp, v: InFrench<'_>) {
    let seller = app.coop("Coop du Golfe", "producer", "TG", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let name = format!("order-in-french-{}", v.width);
    let Some(c) = Chrome::start(&app.base, &name, v.width, 900).await else {
        return;
    };
    c.guard(async {
        let mut wide = Vec::new();
        // The footer's switch, as a visitor: every page after it is in French.
        c.visit("/").await;
        c.client
            .find(Locator::Css("#f-locale"))
            .await
            .expect("the language switch")
            .select_by_value("fr")
            .await
            .expect("French is offered");
        c.press_css("form.language-switch button").await;
        c.assert_text("Les pages sont désormais en français.").await;

        sign_in(&c, &seller.admin_email).await;
        c.visit(&format!("/coops/{}/listings/new", seller.id)).await;
        for (field, value) in [
            ("sku", "ANANAS"),
            ("title", "Ananas pain de sucre"),
            ("description", "Cueilli mûr"),
            ("price", "12,50"),
            ("stock", "40"),
            ("min_order", "1"),
            ("origin_country", "TG"),
        ] {
            c.fill(field, value).await;
        }
        c.client
            .find(Locator::Css("#f-status"))
            .await
            .expect("status")
            .select_by_value("active")
            .await
            .expect("active");
        c.press_css("main form button.primary").await;
        let (_, listings) = seller.api.get("/listings").await;
        let listing = listings["items"][0]["id"].as_i64();
        let listing = listing.unwrap_or_else(|| panic!("a listing: {listings}"));
        assert!(
            listings.to_string().contains(r#""price":"12.50""#),
            "{listings}"
        );

        sign_in(&c, &buyer.admin_email).await;
        c.visit(&format!("/listings/{listing}")).await;
        c.fill("quantity", v.quantity).await;
        c.press_css("#buy button[type='submit']").await;
        c.assert_text("Ajouté à votre panier.").await;
        wide.push(("cart", c.sideways_overflow().await));
        c.fill("delivery_address", "Roskildevej 65").await;
        c.press_css("form[action='/cart/checkout'] button").await;
        c.assert_text("1 commande passée").await;
        wide.push(("orders", c.sideways_overflow().await));
        c.press_css("table.data a[href^='/orders/']").await;
        wide.push(("order", c.sideways_overflow().await));
        let common = [
            "Commande nº",
            "passée",
            "Ce que vous pouvez faire",
            "Annuler la commande",
            "Historique",
        ];
        for words in common.iter().chain(v.says) {
            c.assert_text(words).await;
        }
        let html = c.client.source().await.expect("source");
        assert!(html.contains(r#"<html lang="fr">"#));
        let (_, orders) = buyer.api.get("/orders").await;
        let checkout = orders[0]["checkout_id"].as_i64();
        let checkout = checkout.unwrap_or_else(|| panic!("a checkout: {orders}"));
        c.visit(&format!("/coops/{}/checkouts/{checkout}", buyer.id))
            .await;
        c.assert_text("Coop du Golfe").await;
        wide.push(("checkout", c.sideways_overflow().await));
        if v.width < 600 {
            c.screenshot("phone-order-fr").await;
            let over: Vec<_> = wide.iter().filter(|(_, px)| *px > 0).collect();
            assert!(over.is_empty(), "pages wider than {} px: {over:?}", v.width);
        }
    })
    .await;
    c.close().await;
}

on_both_backends!(
    a_refund_over_what_is_left_keeps_the_typed_amount,
    a_buyer_orders_in_french_and_the_order_page_speaks_french,
    a_buyer_orders_in_french_on_a_phone_and_no_page_scrolls_sideways,
);
