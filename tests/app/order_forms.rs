//! The order forms refuse in place: the page comes back with a 4xx, the message beside the
//! field and what was typed kept, and nothing changes (add to cart, the cart's quantities,
//! checkout, an order's actions, refunds, dispute statements).
use crate::common;

use crate::market::{listing, order, walk, Coop, Market};
use common::{Browser, TestApp};
use cooptrade::store;
use serde_json::{json, Value};

/// A seller of oil at 10.00 EUR/kg (10 kg in stock, at least 2 kg an order) and a buyer.
async fn shop(app: &TestApp) -> (Coop, Coop, i64) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let fields = json!({"price": "10.00", "stock": "10", "min_order": "2"});
    let (s, l) = seller.api.post("/listings", listing("OIL", fields)).await;
    assert_eq!(s, 201, "{l}");
    (seller, buyer, l["id"].as_i64().unwrap())
}

async fn add(buyer: &Coop, listing: i64, qty: &str) -> common::browser::Page {
    let (id, coop) = (listing.to_string(), buyer.id.to_string());
    let fields = [
        ("listing_id", id.as_str()),
        ("coop_id", &coop),
        ("quantity", qty),
    ];
    buyer.admin.submit("/cart/add", &fields).await
}

/// The value of the first field `name` on a page (empty when the page has none).
fn value_of(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split_once(&marker)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(v, _)| v.to_owned())
        .unwrap_or_default()
}

/// The text from `from` on: what is written right after a field, to check the message is there.
fn after<'a>(page: &'a str, from: &str) -> &'a str {
    page.split_once(from).map_or("", |(_, rest)| rest)
}

async fn cart_quantity(app: &TestApp) -> Vec<i64> {
    let lines = entity::cart_line::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    lines.iter().map(|l| l.quantity_milli).collect()
}

use sea_orm::EntityTrait;

async fn a_refused_add_to_cart_comes_back_on_the_listing_page_as_typed(app: TestApp) {
    let (_, buyer, listing) = shop(&app).await;
    for (typed, says) in [
        ("1", "Order at least 2 kg."),
        ("11", "Only 10 kg in stock."),
        ("abc", "“abc” is not a number: write it like 1,234.5."),
        ("3\u{7}", "Remove the control characters"),
        ("-2", "Enter a quantity of 0 or more."),
        ("2.0001", "Use at most 3 decimals."),
    ] {
        let p = add(&buyer, listing, typed).await;
        p.assert_status(422)
            .assert_contains(r#"action="/cart/add""#);
        let field = after(&p.body, r#"name="quantity""#);
        assert!(
            field.starts_with(&format!(" value=\"{}\"", typed.replace('"', "&quot;"))),
            "{typed}: {field:.200}"
        );
        assert!(
            after(field, "field-error").contains(says),
            "{typed}: {field:.400}"
        );
        assert!(p.body.contains("<h1"), "the listing page itself: {typed}");
    }
    assert_eq!(
        cart_quantity(&app).await,
        Vec::<i64>::new(),
        "nothing went into the cart"
    );
    // What the cart already holds counts: 8 kg in it, 3 more would be over the stock.
    add(&buyer, listing, "8").await.assert_status(303);
    add(&buyer, listing, "3")
        .await
        .assert_status(422)
        .assert_contains("Only 10 kg in stock.");
    assert_eq!(cart_quantity(&app).await, vec![8000]);
    // French is typed with a decimal comma.
    buyer.admin.submit("/locale", &[("locale", "fr")]).await;
    add(&buyer, listing, "1,5").await.assert_status(303);
    assert_eq!(cart_quantity(&app).await, vec![9500]);
    add(&buyer, listing, "0,75")
        .await
        .assert_status(422)
        .assert_contains("Seulement 10 kg en stock.")
        .assert_contains(r#"value="0,75""#);
}

async fn a_refused_cart_quantity_comes_back_beside_its_line(app: TestApp) {
    let (_, buyer, listing) = shop(&app).await;
    add(&buyer, listing, "3").await.assert_status(303);
    let cart = buyer.admin.get("/cart").await;
    let line = after(&cart.body, r#"action="/cart/lines/"#)
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let path = format!("/cart/lines/{line}");
    for (typed, says, code) in [
        ("1", "Order at least 2 kg.", 422),
        ("12", "Only 10 kg in stock.", 422),
        ("abc", "is not a number", 422),
        ("2\u{1b}", "Remove the control characters", 422),
    ] {
        let p = buyer.admin.submit(&path, &[("quantity", typed)]).await;
        p.assert_status(code);
        let form = after(&p.body, &format!(r#"action="{path}""#));
        assert!(
            form.contains(&format!("value=\"{typed}\"")),
            "{typed}: {form:.300}"
        );
        assert!(
            after(form, "field-error")
                .split("</form>")
                .next()
                .unwrap()
                .contains(says),
            "{typed}: {form:.600}"
        );
    }
    assert_eq!(
        cart_quantity(&app).await,
        vec![3000],
        "the line is unchanged"
    );
    buyer
        .admin
        .submit(&path, &[("quantity", "4.5")])
        .await
        .assert_status(303);
    assert_eq!(cart_quantity(&app).await, vec![4500]);
}

async fn checkout_form(b: &Browser, coop: i32, address: &str) -> common::browser::Page {
    let cart = b.get(&format!("/cart?coop={coop}")).await;
    let token = value_of(&cart.body, "checkout_token");
    let coop = coop.to_string();
    let fields = [
        ("coop_id", coop.as_str()),
        ("delivery_address", address),
        ("note", "Ring twice"),
        ("checkout_token", token.as_str()),
    ];
    b.submit("/cart/checkout", &fields).await
}

async fn a_checkout_with_a_changed_line_is_a_409_shown_again_placing_nothing(app: TestApp) {
    let (seller, buyer, listing) = shop(&app).await;
    add(&buyer, listing, "3").await.assert_status(303);
    let path = format!("/listings/{listing}");
    for (change, says) in [
        (json!({"stock": "1"}), "Changed: only 1 kg left."),
        (
            json!({"stock": "10", "price": "12.00"}),
            "Changed: the price was EUR\u{a0}10.00, now EUR\u{a0}12.00.",
        ),
        (
            json!({"price": "10.00", "status": "paused"}),
            "Changed: no longer for sale.",
        ),
    ] {
        let (s, v) = seller.api.patch(&path, change).await;
        assert_eq!(s, 200, "{v}");
        let p = checkout_form(&buyer.admin, buyer.id, "Roskildevej 65").await;
        p.assert_status(409)
            .assert_contains("Nothing was placed: the lines marked below changed.")
            .assert_contains(says)
            .assert_contains(">Roskildevej 65</textarea>")
            .assert_contains(">Ring twice</textarea>");
        assert_eq!(app.count("orders").await, 0, "{says}");
        assert_eq!(cart_quantity(&app).await, vec![3000], "{says}");
    }
    // Back on sale at its first terms, the same cart is placed.
    let (s, _) = seller.api.patch(&path, json!({"status": "active"})).await;
    assert_eq!(s, 200);
    checkout_form(&buyer.admin, buyer.id, "Roskildevej 65")
        .await
        .assert_status(303);
    assert_eq!(app.count("orders").await, 1);
}

async fn state_of(app: &TestApp, o: &Value) -> String {
    let id = i32::try_from(o["id"].as_i64().unwrap()).unwrap();
    store::orders::get(&app.db, id)
        .await
        .unwrap()
        .state
        .to_string()
}

async fn an_action_without_its_reason_or_no_longer_possible_is_refused_on_the_order_page(
    app: TestApp,
) {
    let m = crate::market::market(&app).await;
    let o = order(&m, "4").await;
    let path = |a: &str| format!("/orders/{}/actions/{a}", o["id"]);
    let events = app.count("order_events").await;
    let p = m
        .seller
        .admin
        .submit(&path("reject"), &[("note", "  ")])
        .await;
    p.assert_status(422);
    let form = after(&p.body, &format!(r#"action="{}""#, path("reject")));
    assert!(
        form.contains("Say why: the other side reads it."),
        "{form:.800}"
    );
    assert_eq!(state_of(&app, &o).await, "placed");
    let p = m
        .buyer
        .admin
        .submit(&path("cancel"), &[("note", "late\u{7}")])
        .await;
    p.assert_status(422);
    let form = after(&p.body, &format!(r#"action="{}""#, path("cancel")));
    assert!(
        form.contains("Remove the control characters"),
        "{form:.800}"
    );
    assert_eq!(app.count("order_events").await, events, "nothing recorded");
    // The buyer cancels with a reason; the seller's page still offers "Accept".
    m.buyer
        .admin
        .submit(&path("cancel"), &[("note", "Ordered twice")])
        .await
        .assert_status(303);
    let p = m
        .seller
        .admin
        .submit(&path("accept"), &[("note", "")])
        .await;
    p.assert_status(409)
        .assert_contains("This order is cancelled now: “Accept” is no longer possible.");
    assert_eq!(state_of(&app, &o).await, "cancelled");
    // Accepting is the seller's: the buyer is told so, 403, on the order page.
    let o = order(&m, "4").await;
    let accept = format!("/orders/{}/actions/accept", o["id"]);
    m.buyer
        .admin
        .submit(&accept, &[])
        .await
        .assert_status(403)
        .assert_contains("You cannot do “Accept” on this order.")
        .assert_contains(r#"action="/orders/"#);
    assert_eq!(state_of(&app, &o).await, "placed");
}

async fn refunds(app: &TestApp, o: &Value) -> Vec<i64> {
    let id = i32::try_from(o["id"].as_i64().unwrap()).unwrap();
    store::refunds::of_order(&app.db, id)
        .await
        .unwrap()
        .iter()
        .map(|r| r.amount_minor)
        .collect()
}

async fn refund(m: &Market, o: &Value, amount: &str) -> common::browser::Page {
    let path = format!("/orders/{}/refunds", o["id"]);
    m.seller
        .admin
        .submit(
            &path,
            &[("amount", amount), ("reason", "Two bottles broke")],
        )
        .await
}

async fn a_refused_refund_keeps_the_amount_typed_and_refunds_nothing(app: TestApp) {
    let m = crate::market::market(&app).await;
    let o = order(&m, "4").await; // 50.00 EUR
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    for (typed, says) in [
        ("60", "At most EUR\u{a0}50.00 can still be refunded."),
        ("0", "Enter an amount above 0."),
        ("-5", "Enter an amount above 0."),
        (
            "1.005",
            "EUR has 2 decimals: write the amount with no more.",
        ),
        ("ten", "“ten” is not a number"),
    ] {
        let p = refund(&m, &o, typed).await;
        p.assert_status(422);
        let field = after(&p.body, r#"id="f-amount""#);
        assert!(
            field.contains(&format!("value=\"{typed}\"")),
            "{typed}: {field:.300}"
        );
        assert!(
            after(field, "field-error").contains(says),
            "{typed}: {field:.600}"
        );
        assert!(
            p.body.contains(r#"value="Two bottles broke""#),
            "the reason is kept"
        );
        assert_eq!(refunds(&app, &o).await, Vec::<i64>::new(), "{typed}");
    }
    // In French the comma is the decimal mark.
    m.seller.admin.submit("/locale", &[("locale", "fr")]).await;
    refund(&m, &o, "12,50").await.assert_status(303);
    assert_eq!(refunds(&app, &o).await, vec![1250]);
    let p = refund(&m, &o, "40").await;
    p.assert_status(422)
        .assert_contains("Il reste au plus 37,50\u{a0}EUR à rembourser.");
    assert_eq!(refunds(&app, &o).await, vec![1250]);
}

async fn a_refused_statement_keeps_the_text_and_adds_nothing(app: TestApp) {
    let m = crate::market::market(&app).await;
    let o = order(&m, "2").await;
    walk(&m, &o, &crate::market::TO_DISPUTE).await;
    let page = format!("/orders/{}/dispute", o["id"]);
    let long = "x".repeat(4001);
    for (typed, says) in [
        (
            "The crates\u{1b}[31m broke",
            "Remove the control characters",
        ),
        (
            long.as_str(),
            "Keep it to 4,000 characters (this is 4,001).",
        ),
    ] {
        let token = value_of(&m.buyer.admin.get(&page).await.body, "form_token");
        let path = format!("/orders/{}/statements", o["id"]);
        let p = m
            .buyer
            .admin
            .submit(&path, &[("form_token", &token), ("statement", typed)])
            .await;
        p.assert_status(422).assert_contains(says);
        let area = after(&p.body, r#"name="statement""#);
        assert!(area.contains(&typed[..10]), "the text is kept: {area:.200}");
    }
    assert_eq!(app.count("dispute_statements").await, 0);
}

on_both_backends!(
    a_refused_add_to_cart_comes_back_on_the_listing_page_as_typed,
    a_refused_cart_quantity_comes_back_beside_its_line,
    a_checkout_with_a_changed_line_is_a_409_shown_again_placing_nothing,
    an_action_without_its_reason_or_no_longer_possible_is_refused_on_the_order_page,
    a_refused_refund_keeps_the_amount_typed_and_refunds_nothing,
    a_refused_statement_keeps_the_text_and_adds_nothing,
);
