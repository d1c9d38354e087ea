//! Orders as co-ops place and run them: every path of the lifecycle, refusals, the cart across
//! sellers, price snapshots, idempotent placement, stock under a race, and the mail it sends.
use crate::common;
use crate::support;

use crate::market::{listing, Coop};
use common::TestApp;
use serde_json::{json, Value};

struct Market {
    seller: Coop,
    buyer: Coop,
    listing: i64,
}

/// A producer with a 100 kg listing at 12.50 EUR/kg, and a buyer co-op.
async fn market(app: &TestApp) -> Market {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "DKK").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing(
                "OIL",
                json!({"price": "12.50", "stock": "100", "min_order": "2"}),
            ),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    Market {
        seller,
        buyer,
        listing: l["id"].as_i64().unwrap(),
    }
}

async fn order(m: &Market, qty: &str) -> Value {
    let (s, v) = m.buyer.api.post("/orders", json!({"lines": [{"listing_id": m.listing, "quantity": qty}], "delivery_address": "Roskildevej 65, Albertslund"})).await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0].clone()
}

async fn act(c: &Coop, id: &Value, action: &str) -> (u16, Value) {
    c.api
        .post(&format!("/orders/{}/actions/{action}", id["id"]), json!({}))
        .await
}

async fn stock(m: &Market) -> String {
    let (_, l) = m.seller.api.get(&format!("/listings/{}", m.listing)).await;
    l["stock"].as_str().unwrap().to_owned()
}

async fn state(c: &Coop, o: &Value) -> String {
    let (_, v) = c.api.get(&format!("/orders/{}", o["id"])).await;
    v["state"].as_str().unwrap().to_owned()
}

async fn an_order_walks_from_placed_to_settled_as_the_right_people_act(app: TestApp) {
    let m = market(&app).await;
    let o = order(&m, "4").await;
    assert_eq!(o["state"], "placed");
    assert_eq!(
        (
            o["subtotal"].as_str(),
            o["fee"].as_str(),
            o["fee_rate"].as_str()
        ),
        (Some("50.00"), Some("2.00"), Some("4"))
    );
    assert_eq!(
        (
            o["fee_split"]["pool"].as_str(),
            o["fee_split"]["seller_share"].as_str(),
            o["fee_split"]["buyer_share"].as_str()
        ),
        (Some("1.00"), Some("0.50"), Some("0.50"))
    );
    assert_eq!(o["allowed_actions"], json!(["cancel"]));
    assert_eq!(stock(&m).await, "96", "stock is reserved at placement");
    for (who, action, expect) in [
        (&m.seller, "accept", "accepted"),
        (&m.seller, "confirm_payment", "paid"),
        (&m.seller, "ship", "shipped"),
        (&m.buyer, "confirm_delivery", "settled"),
    ] {
        let (s, v) = act(who, &o, action).await;
        assert_eq!(s, 200, "{action}: {v}");
        assert_eq!(v["state"], expect, "{action}");
    }
    assert_eq!(stock(&m).await, "96", "shipped goods stay sold");
    // The history shows who did what; the page shows it to both sides, and not to others.
    let page = m.buyer.admin.get(&format!("/orders/{}", o["id"])).await;
    page.assert_status(200)
        .assert_contains("delivery confirmed")
        .assert_contains("Admin of Coopermondo (seller)")
        .assert_contains("to your co-op");
    let outsider = app.coop("Outsiders", "buyer", "DK", "DKK").await;
    outsider
        .admin
        .get(&format!("/orders/{}", o["id"]))
        .await
        .assert_status(403);
    let (s, _) = outsider.api.get(&format!("/orders/{}", o["id"])).await;
    assert_eq!(s, 403);
    m.seller
        .admin
        .get(&format!("/orders/{}/invoice", o["id"]))
        .await
        .assert_status(200)
        .assert_contains("Marketplace fee");
}

async fn rejecting_cancelling_and_refunding_release_the_reserved_stock(app: TestApp) {
    let m = market(&app).await;
    let a = order(&m, "10").await;
    let b = order(&m, "10").await;
    let c = order(&m, "10").await;
    assert_eq!(stock(&m).await, "70");
    assert_eq!(act(&m.seller, &a, "reject").await.1["state"], "rejected");
    assert_eq!(act(&m.buyer, &b, "cancel").await.1["state"], "cancelled");
    assert_eq!(stock(&m).await, "90");
    act(&m.seller, &c, "accept").await;
    assert_eq!(
        act(&m.seller, &c, "cancel").await.1["state"],
        "cancelled",
        "the seller may cancel an accepted order"
    );
    assert_eq!(stock(&m).await, "100");
    let d = order(&m, "5").await;
    act(&m.seller, &d, "accept").await;
    act(&m.seller, &d, "confirm_payment").await;
    assert_eq!(act(&m.seller, &d, "refund").await.1["state"], "refunded");
    assert_eq!(stock(&m).await, "100");
    // A terminal order stays put.
    let (s, e) = act(&m.seller, &a, "accept").await;
    assert_eq!(s, 409, "{e}");
}

async fn disputes_go_to_the_committee(app: TestApp) {
    let m = market(&app).await;
    let committee = app.browser();
    committee
        .register("Kwame", "kwame@example.coop", crate::market::PW)
        .await;
    app.make_committee("kwame@example.coop").await;
    let mut orders = Vec::new();
    for _ in 0..2 {
        let o = order(&m, "2").await;
        for (who, a) in [
            (&m.seller, "accept"),
            (&m.seller, "confirm_payment"),
            (&m.seller, "ship"),
            (&m.buyer, "dispute"),
        ] {
            assert_eq!(act(who, &o, a).await.0, 200, "{a}");
        }
        orders.push(o);
    }
    // Neither side can resolve its own dispute.
    assert_eq!(act(&m.seller, &orders[0], "resolve_settle").await.0, 403);
    assert_eq!(act(&m.buyer, &orders[0], "resolve_refund").await.0, 403);
    committee
        .submit(
            &format!("/orders/{}/actions/resolve_settle", orders[0]["id"]),
            &[],
        )
        .await
        .assert_status(303);
    committee
        .submit(
            &format!("/orders/{}/actions/resolve_refund", orders[1]["id"]),
            &[],
        )
        .await
        .assert_status(303);
    assert_eq!(state(&m.buyer, &orders[0]).await, "settled");
    assert_eq!(state(&m.buyer, &orders[1]).await, "refunded");
    // After settlement only the committee can refund.
    assert_eq!(act(&m.seller, &orders[0], "refund").await.0, 403);
    committee
        .submit(&format!("/orders/{}/actions/refund", orders[0]["id"]), &[])
        .await
        .assert_status(303);
    assert_eq!(state(&m.buyer, &orders[0]).await, "refunded");
}

async fn illegal_moves_and_wrong_people_are_refused_and_change_nothing(app: TestApp) {
    let m = market(&app).await;
    let o = order(&m, "2").await;
    let events = app.count("order_events").await;
    for (who, action, status) in [
        (&m.buyer, "accept", 403),
        (&m.buyer, "ship", 403),
        (&m.seller, "confirm_delivery", 403),
        (&m.seller, "ship", 409),
        (&m.seller, "confirm_payment", 409),
        (&m.buyer, "settle", 403),
        (&m.buyer, "teleport", 404),
    ] {
        let (s, e) = act(who, &o, action).await;
        assert_eq!(s, status, "{action}: {e}");
        assert!(e["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
    let (_, e) = act(&m.seller, &o, "ship").await;
    assert!(
        e["error"]["message"].as_str().unwrap().contains("placed"),
        "{e}"
    );
    // Web: the buyer sees no seller buttons, and posting one anyway is refused.
    let page = m.buyer.admin.get(&format!("/orders/{}", o["id"])).await;
    assert!(!page.body.contains("/actions/accept"));
    assert!(page.body.contains("/actions/cancel"));
    let cancel = page
        .body
        .split("/actions/cancel")
        .nth(1)
        .unwrap_or_default();
    let form = cancel.split("</form>").next().unwrap_or_default();
    assert!(
        form.contains(r#"class="danger""#),
        "cancel is drawn as a warning: {form}"
    );
    m.buyer
        .admin
        .submit(&format!("/orders/{}/actions/accept", o["id"]), &[])
        .await
        .assert_status(403);
    assert_eq!(state(&m.buyer, &o).await, "placed");
    assert_eq!(app.count("order_events").await, events);
    // Ordering below the minimum, from yourself, or nothing at all.
    let (s, e) = m
        .buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": m.listing, "quantity": "1"}], "delivery_address": "x"}),
        )
        .await;
    assert_eq!(s, 422, "{e}");
    let (s, _) = m
        .seller
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": m.listing, "quantity": "2"}], "delivery_address": "x"}),
        )
        .await;
    assert_eq!(s, 403, "a producer-only co-op cannot buy");
    let (s, _) = m
        .buyer
        .api
        .post("/orders", json!({"lines": [], "delivery_address": "x"}))
        .await;
    assert_eq!(s, 422);
    let (s, _) = m
        .buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": 999999, "quantity": "2"}], "delivery_address": "x"}),
        )
        .await;
    assert_eq!(s, 404);
    assert_eq!(app.count("orders").await, 1);
}

async fn a_cart_with_three_sellers_becomes_three_orders(app: TestApp) {
    let buyer = app.coop("JCCU", "both", "JP", "JPY").await;
    let mut listings = Vec::new();
    for (name, country, cur, price) in [
        ("Togo Youth", "TG", "XOF", "650"),
        ("Thise", "DK", "DKK", "18.50"),
        ("Cacao de Paz", "CO", "COP", "38000"),
    ] {
        let s = app.coop(name, "producer", country, cur).await;
        let (_, l) = s
            .api
            .post(
                "/listings",
                listing("X", json!({"price": price, "origin_country": country})),
            )
            .await;
        listings.push(l["id"].as_i64().unwrap().to_string());
    }
    let b = &buyer.admin;
    for l in &listings {
        b.submit(
            "/cart/add",
            &[
                ("listing_id", l),
                ("quantity", "3"),
                ("coop_id", &buyer.id.to_string()),
            ],
        )
        .await
        .assert_status(303);
    }
    let cart = b.get("/cart").await;
    cart.assert_status(200)
        .assert_contains("XOF\u{a0}1,950")
        .assert_contains("DKK\u{a0}55.50")
        .assert_contains("COP\u{a0}114,000.00")
        .assert_contains("to the common pool");
    // Too much, or below the minimum, is refused with a message.
    let too_much = b
        .submit(
            "/cart/add",
            &[
                ("listing_id", &listings[0]),
                ("quantity", "1000"),
                ("coop_id", &buyer.id.to_string()),
            ],
        )
        .await;
    too_much.assert_status(422).assert_contains("in stock");
    let token = b.get("/cart").await.hidden("checkout_token");
    let placed = b
        .submit(
            "/cart/checkout",
            &[
                ("coop_id", &buyer.id.to_string()),
                ("delivery_address", ""),
                ("note", ""),
                ("checkout_token", &token),
            ],
        )
        .await;
    placed
        .assert_status(422)
        .assert_contains("enter a delivery address");
    let placed = b
        .submit(
            "/cart/checkout",
            &[
                ("coop_id", &buyer.id.to_string()),
                ("delivery_address", "Tokyo"),
                ("note", "Before the rains"),
                ("checkout_token", &token),
            ],
        )
        .await;
    placed.assert_status(303);
    assert_eq!(app.count("orders").await, 3);
    assert_eq!(app.count("cart_lines").await, 0);
    let (_, orders) = buyer.api.get("/orders").await;
    let mut currencies: Vec<&str> = orders
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["currency"].as_str().unwrap())
        .collect();
    currencies.sort();
    assert_eq!(currencies, ["COP", "DKK", "XOF"]);
    assert!(orders
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["checkout_id"] == orders[0]["checkout_id"]));
    b.visit("/orders")
        .await
        .assert_contains("Togo Youth")
        .assert_contains("Cacao de Paz");
    b.submit(
        "/cart/checkout",
        &[
            ("coop_id", &buyer.id.to_string()),
            ("delivery_address", "Tokyo"),
        ],
    )
    .await
    .assert_status(422)
    .assert_contains("Your cart is empty.");
}

async fn a_price_edit_after_placement_leaves_the_order_alone(app: TestApp) {
    let m = market(&app).await;
    let o = order(&m, "2").await;
    let (s, _) = m
        .seller
        .api
        .patch(
            &format!("/listings/{}", m.listing),
            json!({"price": "99.99", "title": "Renamed"}),
        )
        .await;
    assert_eq!(s, 200);
    let (_, again) = m.buyer.api.get(&format!("/orders/{}", o["id"])).await;
    assert_eq!(again["lines"][0]["unit_price"], "12.50");
    assert_eq!(again["lines"][0]["title"], "Listing OIL");
    assert_eq!(again["subtotal"], "25.00");
}

async fn an_idempotency_key_places_once_and_refuses_another_body(app: TestApp) {
    let m = market(&app).await;
    let body = json!({"lines": [{"listing_id": m.listing, "quantity": "3"}], "delivery_address": "Albertslund"});
    let send = |b: Value| {
        m.buyer
            .api
            .client
            .post(format!("{}/api/v1/orders", m.buyer.api.base))
            .bearer_auth(&m.buyer.api.token)
            .header("Idempotency-Key", "order-2026-11-25-1")
            .json(&b)
            .send()
    };
    let first = send(body.clone()).await.unwrap();
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let retry = send(body.clone()).await.unwrap();
    assert_eq!(retry.status(), 201);
    assert_eq!(retry.headers()["idempotent-replayed"], "true");
    let retry: Value = retry.json().await.unwrap();
    assert_eq!(retry["checkout_id"], first["checkout_id"]);
    assert_eq!(retry["orders"][0]["id"], first["orders"][0]["id"]);
    assert_eq!(app.count("orders").await, 1);
    assert_eq!(stock(&m).await, "97");
    let other = send(json!({"lines": [{"listing_id": m.listing, "quantity": "4"}], "delivery_address": "Albertslund"})).await.unwrap();
    assert_eq!(other.status(), 422);
    let e: Value = other.json().await.unwrap();
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("different request"));
    assert_eq!(app.count("orders").await, 1);
}

async fn two_hundred_buyers_race_for_fifty_units_and_exactly_fifty_are_sold(app: TestApp) {
    let m = market(&app).await;
    let (_, l) = m
        .seller
        .api
        .post(
            "/listings",
            listing("RARE", json!({"stock": "50", "min_order": "1"})),
        )
        .await;
    let id = l["id"].as_i64().unwrap();
    let mut tasks = Vec::new();
    for i in 0..200 {
        let (client, base, token) = (
            m.buyer.api.client.clone(),
            m.buyer.api.base.clone(),
            m.buyer.api.token.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let r = client
                .post(format!("{base}/api/v1/orders"))
                .bearer_auth(token)
                .header("Idempotency-Key", format!("race-{i}"))
                .json(&json!({"lines": [{"listing_id": id, "quantity": "1"}], "delivery_address": "x"}))
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        }));
    }
    let (mut ok, mut refused) = (0, 0);
    for t in tasks {
        let (status, body) = t.await.unwrap();
        match status {
            201 => ok += 1,
            409 => {
                assert!(body.contains("insufficient stock"), "{body}");
                refused += 1;
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!((ok, refused), (50, 150));
    let (_, l) = m.seller.api.get(&format!("/listings/{id}")).await;
    assert_eq!(l["stock"], "0");
    assert_eq!(app.count("orders").await, 50);
}

async fn each_step_mails_the_other_side_through_a_real_smtp_server(app: TestApp) {
    let Some(sink) = support::Sink::start(support::free_port()).await else {
        return;
    };
    let m = market(&app).await;
    // The members' address confirmations went out when they registered.
    use sea_orm::EntityTrait;
    let queued: Vec<i32> = entity::outbox_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    cooptrade::store::outbox::mark_sent(&app.db, &queued, chrono::Utc::now())
        .await
        .unwrap();
    let o = order(&m, "2").await;
    act(&m.seller, &o, "accept").await;
    act(&m.seller, &o, "confirm_payment").await;
    act(&m.seller, &o, "ship").await;
    act(&m.buyer, &o, "confirm_delivery").await;
    let url = url::Url::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    let mailer =
        cooptrade::mail::Mailer::smtp("cooptrade <noreply@example.coop>".parse().unwrap(), &url)
            .unwrap();
    cooptrade::jobs::mail::drain_once(&app.db, &mailer)
        .await
        .unwrap();
    let received = sink.received();
    let got: Vec<(String, String)> = received
        .iter()
        .map(|r| (r.to.clone(), r.subject.clone()))
        .collect();
    let id = o["id"].as_i64().unwrap();
    // Each mail says who acted, and every message has its own Message-ID.
    assert!(
        received[1].body.contains(&format!(
            "Coopermondo accepted order #{id}. Payment is now due."
        )),
        "{}",
        received[1].body
    );
    assert!(
        received[5]
            .body
            .contains(&format!("Coop Danmark confirmed that order #{id} arrived.")),
        "{}",
        received[5].body
    );
    let ids: std::collections::HashSet<&str> =
        received.iter().map(|r| r.message_id.as_str()).collect();
    assert_eq!(ids.len(), received.len(), "{ids:?}");
    let seller = m.seller.admin_email.clone();
    let buyer = m.buyer.admin_email.clone();
    // Paid and settled concern both sides; the rest the side that did not act.
    assert_eq!(
        got,
        vec![
            (seller.clone(), format!("New order #{id} from Coop Danmark")),
            (buyer.clone(), format!("Order #{id}: accepted, payment due")),
            (seller.clone(), format!("Order #{id}: paid")),
            (buyer.clone(), format!("Order #{id}: paid")),
            (buyer.clone(), format!("Order #{id}: shipped")),
            (seller.clone(), format!("Order #{id}: delivered")),
            (seller.clone(), format!("Order #{id}: settled")),
            (buyer.clone(), format!("Order #{id}: settled")),
        ]
    );
    cooptrade::jobs::mail::drain_once(&app.db, &mailer)
        .await
        .unwrap();
    assert_eq!(sink.received().len(), 8, "nothing is sent twice");
}

/// Accept and reject, each sent twice, at once for each of 12 orders: on SQLite they share commits
/// (`group_commit`), so batches mix winners and losers. Exactly one action wins per order, the
/// others are refused and leave nothing behind: one history row each, stock back for the
/// rejected ones only.
async fn racing_actions_on_the_same_orders_let_exactly_one_win_each(app: TestApp) {
    let m = market(&app).await;
    let mut orders = Vec::new();
    for _ in 0..12 {
        orders.push(order(&m, "2").await);
    }
    assert_eq!(stock(&m).await, "76");
    let events = app.count("order_events").await;
    let mut tries = tokio::task::JoinSet::new();
    for o in &orders {
        for (c, action) in [
            (&m.seller, "accept"),
            (&m.seller, "reject"),
            (&m.seller, "accept"),
            (&m.seller, "reject"),
        ] {
            let (client, base, token) = (
                c.api.client.clone(),
                c.api.base.clone(),
                c.api.token.clone(),
            );
            let id = o["id"].as_i64().unwrap();
            tries.spawn(async move {
                let r = client
                    .post(format!("{base}/api/v1/orders/{id}/actions/{action}"))
                    .bearer_auth(token)
                    .json(&json!({}))
                    .send()
                    .await
                    .unwrap();
                (id, action, r.status().as_u16(), r.text().await.unwrap())
            });
        }
    }
    let mut won = std::collections::HashMap::new();
    for (id, action, status, body) in tries.join_all().await {
        match status {
            200 => assert!(
                won.insert(id, action).is_none(),
                "two actions won on order {id}"
            ),
            409 => assert!(body.contains("\"message\""), "{body}"),
            other => panic!("{action} on {id}: unexpected {other}: {body}"),
        }
    }
    assert_eq!(won.len(), 12, "every order has a winner: {won:?}");
    assert_eq!(app.count("order_events").await, events + 12);
    let mut kept = 0;
    for o in &orders {
        let expected = match won[&o["id"].as_i64().unwrap()] {
            "accept" => {
                kept += 2;
                "accepted"
            }
            _ => "rejected",
        };
        assert_eq!(state(&m.buyer, o).await, expected);
    }
    assert_eq!(stock(&m).await, (100 - kept).to_string());
}

on_both_backends!(
    an_order_walks_from_placed_to_settled_as_the_right_people_act,
    rejecting_cancelling_and_refunding_release_the_reserved_stock,
    disputes_go_to_the_committee,
    illegal_moves_and_wrong_people_are_refused_and_change_nothing,
    a_cart_with_three_sellers_becomes_three_orders,
    a_price_edit_after_placement_leaves_the_order_alone,
    an_idempotency_key_places_once_and_refuses_another_body,
    two_hundred_buyers_race_for_fifty_units_and_exactly_fifty_are_sold,
    each_step_mails_the_other_side_through_a_real_smtp_server,
    racing_actions_on_the_same_orders_let_exactly_one_win_each,
);

/// The same races with a transaction per request (`GROUP_COMMIT=off`), on both databases.
mod without_group_commit {
    use super::*;

    const BACKENDS: [common::Backend; 2] = [common::Backend::Sqlite, common::Backend::Postgres];

    async fn spawn(backend: common::Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, &[("GROUP_COMMIT", "off")]).await
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn racing_actions() {
        for backend in BACKENDS {
            if let Some(app) = spawn(backend).await {
                racing_actions_on_the_same_orders_let_exactly_one_win_each(app).await;
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn racing_buyers() {
        for backend in BACKENDS {
            if let Some(app) = spawn(backend).await {
                two_hundred_buyers_race_for_fifty_units_and_exactly_fifty_are_sold(app).await;
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn idempotent_placement() {
        for backend in BACKENDS {
            if let Some(app) = spawn(backend).await {
                an_idempotency_key_places_once_and_refuses_another_body(app).await;
            }
        }
    }
}
