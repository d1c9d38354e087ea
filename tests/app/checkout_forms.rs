//! The checkout form meets what it cannot place: a control character in the address or note
//! comes back beside its field as typed (422), and a cart that changed between the page and
//! the click (a price, the stock, another member's edit) comes back as it is now (409); neither
//! places an order or touches the cart.
use crate::common;

use crate::coop_cart::{shared, Shared};
use common::{Browser, TestApp};
use serde_json::json;

/// The checkout form as `who` fills it in, with the revision its cart page showed.
async fn check_out(
    s: &Shared,
    who: &Browser,
    address: &str,
    note: &str,
    token: &str,
) -> common::browser::Page {
    let coop = s.coop();
    let form = [
        ("coop_id", coop.as_str()),
        ("delivery_address", address),
        ("note", note),
        ("checkout_token", token),
    ];
    who.submit("/cart/checkout", &form).await
}

/// The page from the start of the field `name` to the end of its `div.field`.
fn field<'a>(page: &'a str, name: &str) -> &'a str {
    let from = page
        .split_once(&format!(r#"name="{name}""#))
        .map_or("", |(_, rest)| rest);
    from.split_once("</div>").map_or(from, |(f, _)| f)
}

async fn a_control_character_in_the_address_or_note_comes_back_beside_it(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let token = s.buyer.admin.get("/cart").await.hidden("checkout_token");
    let (address, note) = ("Roskildevej 65\n2620 Albertslund", "Ring <twice>");
    let bell = "Roskildevej\u{7} 65";
    let escape = "Ring \u{1b}[31mtwice & wait";
    for (address, note, dirty, clean) in [
        (bell, note, "delivery_address", "note"),
        (address, escape, "note", "delivery_address"),
    ] {
        let p = check_out(&s, &s.buyer.admin, address, note, &token).await;
        p.assert_status(422);
        let typed = if dirty == "note" { note } else { address };
        let here = field(&p.body, dirty);
        let escaped = typed
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            here.contains(&format!(">{escaped}</textarea>")),
            "{dirty}: {here}"
        );
        assert!(
            here.contains("field-error\">Remove the control characters"),
            "{dirty}: {here}"
        );
        assert!(!field(&p.body, clean).contains("field-error"), "{clean}");
        p.assert_contains("Listing OIL").assert_contains("30.00");
    }
    // Both at once: each message stands beside its own field, in the viewer's language.
    s.buyer.admin.submit("/locale", &[("locale", "fr")]).await;
    let p = check_out(&s, &s.buyer.admin, bell, escape, &token).await;
    p.assert_status(422);
    for name in ["delivery_address", "note"] {
        let here = field(&p.body, name);
        assert!(
            here.contains("Retirez les caractères de contrôle"),
            "{here}"
        );
    }
    assert_eq!(app.count("orders").await, 0, "nothing placed");
    assert_eq!(s.quantities(&app).await, [3_000], "the cart is as it was");
    // Without the control characters, the same page's form places the cart.
    let p = check_out(&s, &s.buyer.admin, address, note, &token).await;
    p.assert_status(303);
    assert_eq!(app.count("orders").await, 1);
}

async fn a_cart_that_changed_after_its_page_is_a_409_showing_it_as_it_is_now(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let oil = format!("/listings/{}", s.oil);
    for (change, now) in [
        (
            json!({"price": "12.00"}),
            "the price was EUR\u{a0}10.00, now EUR\u{a0}12.00.",
        ),
        (
            json!({"price": "10.00", "stock": "2"}),
            "Changed: only 2 kg left.",
        ),
    ] {
        let token = s.buyer.admin.get("/cart").await.hidden("checkout_token");
        let (st, v) = s.seller.api.patch(&oil, change).await;
        assert_eq!(st, 200, "{v}");
        let p = check_out(&s, &s.buyer.admin, "Roskildevej 65", "", &token).await;
        p.assert_status(409)
            .assert_contains("Nothing was placed: the lines marked below changed.")
            .assert_contains(now)
            .assert_contains(">Roskildevej 65</textarea>");
        assert_eq!(app.count("orders").await, 0, "{now}");
        assert_eq!(s.quantities(&app).await, [3_000], "{now}");
        // The page the 409 drew cannot place the stale line either.
        let again = p.hidden("checkout_token");
        check_out(&s, &s.buyer.admin, "Roskildevej 65", "", &again)
            .await
            .assert_status(409);
    }
    // Back in stock at 12.00: the buyer accepts the price shown, and Lars changes the line
    // after the admin's page showed it; the admin's click is a 409 showing Lars's quantity.
    let (st, _) = s
        .seller
        .api
        .patch(&oil, json!({"price": "12.00", "stock": "100"}))
        .await;
    assert_eq!(st, 200);
    let cart = s.buyer.admin.get("/cart").await;
    let (coop, terms) = (s.coop(), cart.hidden("terms"));
    let accept = [("coop_id", coop.as_str()), ("terms", terms.as_str())];
    s.buyer
        .admin
        .submit("/cart/confirm", &accept)
        .await
        .assert_status(303);
    let token = s.buyer.admin.get("/cart").await.hidden("checkout_token");
    let line = cooptrade::store::carts::lines(&app.db, s.buyer.id)
        .await
        .unwrap()[0]
        .0
        .id;
    let path = format!("/cart/lines/{line}");
    s.lars
        .submit(&path, &[("quantity", "4")])
        .await
        .assert_status(303);
    let p = check_out(&s, &s.buyer.admin, "Roskildevej 65", "", &token).await;
    p.assert_status(409)
        .assert_contains("last change by Lars")
        .assert_contains("48.00");
    assert_eq!(
        app.count("orders").await,
        0,
        "nothing placed at a stale quantity"
    );
    // The cart as it is now is placed at the price the buyer accepted, never the first one.
    let p = check_out(
        &s,
        &s.buyer.admin,
        "Roskildevej 65",
        "",
        &p.hidden("checkout_token"),
    )
    .await;
    p.assert_status(303);
    let (_, orders) = s.buyer.api.get("/orders").await;
    assert_eq!(orders[0]["subtotal"].as_str(), Some("48.00"), "{orders}");
    assert_eq!(app.count("orders").await, 1);
}

on_both_backends!(
    a_control_character_in_the_address_or_note_comes_back_beside_it,
    a_cart_that_changed_after_its_page_is_a_409_showing_it_as_it_is_now,
);
