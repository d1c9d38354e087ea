//! Where the cart, checkout and listing edits meet: a double-clicked "Place orders" places one
//! set of orders, a title edit racing orders never oversells, the buyer agrees to the price they
//! pay, and concurrent adds to a cart sum up.
use crate::common;

use crate::market::{listing, Coop};
use common::{Backend, Browser, TestApp};
use cooptrade::store;
use serde_json::json;

/// A seller with one listing (EUR, per kg) and a buyer co-op.
struct Shop {
    seller: Coop,
    buyer: Coop,
    listing: i64,
}

async fn shop(app: &TestApp, price: &str, stock: &str) -> Shop {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let (s, l) = seller
        .api
        .post(
            "/listings",
            listing("OIL", json!({"price": price, "stock": stock})),
        )
        .await;
    assert_eq!(s, 201, "{l}");
    Shop {
        seller,
        buyer,
        listing: l["id"].as_i64().unwrap(),
    }
}

impl Shop {
    async fn add_to_cart(&self, qty: &str) -> common::browser::Page {
        let (id, coop) = (self.listing.to_string(), self.buyer.id.to_string());
        self.buyer
            .admin
            .submit(
                "/cart/add",
                &[("listing_id", &id), ("coop_id", &coop), ("quantity", qty)],
            )
            .await
    }

    async fn stock_milli(&self, app: &TestApp) -> i64 {
        let id = i32::try_from(self.listing).unwrap();
        store::listings::get(&app.db, id).await.unwrap().stock_milli
    }
}

/// The value of a hidden field on a page (empty when the page has none).
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split_once(&marker)
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(v, _)| v.to_owned())
        .unwrap_or_default()
}

/// Sends `n` copies of one form at once from `b`'s session; each answer's status and location.
async fn at_once(b: &Browser, path: &str, fields: &[(&str, &str)], n: usize) -> Vec<(u16, String)> {
    b.get("/").await;
    let mut form: Vec<(String, String)> = vec![("csrf_token".into(), b.cookie("csrf").unwrap())];
    form.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (client, url, form) = (b.client.clone(), b.url(path), form.clone());
        tasks.spawn(async move {
            let page = Browser::read(client.post(url).form(&form).send().await.unwrap()).await;
            (page.status.as_u16(), page.location.unwrap_or_default())
        });
    }
    tasks.join_all().await
}

async fn twenty_double_clicks_on_place_orders_place_one_set_of_orders(app: TestApp) {
    let s = shop(&app, "10.00", "100").await;
    s.add_to_cart("3").await.assert_status(303);
    let cart = s.buyer.admin.get("/cart").await;
    let token = hidden(&cart.body, "checkout_token");
    let coop = s.buyer.id.to_string();
    let fields = [
        ("coop_id", coop.as_str()),
        ("delivery_address", "Roskildevej 65"),
        ("note", ""),
        ("checkout_token", token.as_str()),
    ];
    let answers = at_once(&s.buyer.admin, "/cart/checkout", &fields, 20).await;
    assert_eq!(
        app.count("orders").await,
        1,
        "one set of orders: {answers:?}"
    );
    assert_eq!(app.count("checkouts").await, 1);
    assert_eq!(s.stock_milli(&app).await, 97_000, "3 kg reserved once");
    let first = answers[0].clone();
    assert_eq!(first.0, 303, "{answers:?}");
    assert!(
        answers.iter().all(|a| *a == first),
        "every submit gets the first's redirect: {answers:?}"
    );
    assert_eq!(app.count("cart_lines").await, 0);
}

async fn a_title_edit_racing_a_hundred_orders_never_oversells(app: TestApp) {
    let s = shop(&app, "2.00", "60").await;
    let mut tasks = tokio::task::JoinSet::new();
    let orders = json!({"lines": [{"listing_id": s.listing, "quantity": "1"}], "delivery_address": "Roskildevej 65"});
    for n in 0..140 {
        let client = reqwest::Client::new();
        let (url, token, body) = if n % 7 < 5 {
            let url = format!("{}/api/v1/orders", app.base);
            (url, s.buyer.api.token.clone(), orders.clone())
        } else {
            let url = format!("{}/api/v1/listings/{}", app.base, s.listing);
            let title = json!({ "title": format!("Olive oil, batch {n}") });
            (url, s.seller.api.token.clone(), title)
        };
        let patch = url.contains("/listings/");
        tasks.spawn(async move {
            let req = if patch {
                client.patch(url)
            } else {
                client.post(url)
            };
            let r = req.bearer_auth(token).json(&body).send().await.unwrap();
            (patch, r.status().as_u16())
        });
    }
    let answers = tasks.join_all().await;
    let sold = answers.iter().filter(|a| **a == (false, 201)).count() as i64;
    assert!(
        answers.iter().all(|(patch, s)| match patch {
            true => *s == 200,
            false => *s == 201 || *s == 409,
        }),
        "{answers:?}"
    );
    assert_eq!(answers.iter().filter(|a| a.0).count(), 40);
    let left = s.stock_milli(&app).await;
    assert_eq!(sold * 1000 + left, 60_000, "sold {sold}, left {left} milli");
    assert_eq!(sold, 60, "every unit sells: 100 buyers want 60 kg");
}

/// The edit form's fields for the shop's listing, with `stock` as the page showed it.
fn edit_form<'a>(shown: &'a str, stock: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("sku", "OIL"),
        ("title", title),
        ("description", "Good food"),
        ("category", "fruit-vegetables"),
        ("unit", "kg"),
        ("price", "2.00"),
        ("stock", stock),
        ("stock_shown", shown),
        ("min_order", "1"),
        ("origin_country", "TG"),
        ("origin_region", "Maritime"),
        ("certifications", ""),
        ("lead_time_days", "3"),
        ("status", "active"),
    ]
}

async fn the_web_edit_form_leaves_stock_alone_unless_the_seller_sets_it(app: TestApp) {
    let s = shop(&app, "2.00", "60").await;
    let path = format!("/coops/{}/listings/{}/edit", s.seller.id, s.listing);
    let page = s.seller.admin.get(&path).await;
    page.assert_status(200);
    // The form shows 60 kg (and says so in a hidden field, which older forms lacked).
    page.assert_contains("value=\"60\"");
    let shown = hidden(&page.body, "stock_shown");
    // A buyer orders 5 kg while the seller fixes a typo in the title.
    let (st, v) = s
        .buyer
        .api
        .post("/orders", json!({"lines": [{"listing_id": s.listing, "quantity": "5"}], "delivery_address": "Roskildevej 65"}))
        .await;
    assert_eq!(st, 201, "{v}");
    let p = s
        .seller
        .admin
        .submit(&path, &edit_form(&shown, "60", "Olive oil"))
        .await;
    p.assert_status(303);
    assert_eq!(
        s.stock_milli(&app).await,
        55_000,
        "the title edit left stock alone"
    );
    // The form shows what open orders hold, and setting the stock sets what is available.
    s.seller
        .admin
        .get(&path)
        .await
        .assert_contains("5 kg reserved in open orders");
    let p = s
        .seller
        .admin
        .submit(&path, &edit_form("55", "80", "Olive oil"))
        .await;
    p.assert_status(303);
    assert_eq!(s.stock_milli(&app).await, 80_000);
    // The API's PATCH of another field leaves it alone too, and one of stock sets it.
    let at = format!("/listings/{}", s.listing);
    let (st, v) = s.seller.api.patch(&at, json!({"title": "Oil"})).await;
    assert_eq!((st, v["stock"].as_str()), (200, Some("80")), "{v}");
    let (st, v) = s.seller.api.patch(&at, json!({"stock": "12.5"})).await;
    assert_eq!((st, v["stock"].as_str()), (200, Some("12.5")), "{v}");
}

async fn ten_adds_to_cart_at_once_leave_ten_units(app: TestApp) {
    let s = shop(&app, "10.00", "100").await;
    let (id, coop) = (s.listing.to_string(), s.buyer.id.to_string());
    let fields = [
        ("listing_id", id.as_str()),
        ("coop_id", coop.as_str()),
        ("quantity", "1"),
    ];
    let answers = at_once(&s.buyer.admin, "/cart/add", &fields, 10).await;
    assert!(answers.iter().all(|a| a.0 == 303), "{answers:?}");
    let lines = store::carts::lines(&app.db, s.buyer.id).await.unwrap();
    let quantities: Vec<i64> = lines.iter().map(|(c, _, _)| c.quantity_milli).collect();
    assert_eq!(quantities, vec![10_000], "ten acknowledged adds of 1 kg");
}

async fn a_raised_price_stops_checkout_until_the_buyer_confirms_it(app: TestApp) {
    let s = shop(&app, "10.00", "100").await;
    s.add_to_cart("3").await.assert_status(303);
    let (st, v) = s
        .seller
        .api
        .patch(
            &format!("/listings/{}", s.listing),
            json!({"price": "1000.00"}),
        )
        .await;
    assert_eq!(st, 200, "{v}");
    let coop = s.buyer.id.to_string();
    let cart = s.buyer.admin.get("/cart").await;
    let token = hidden(&cart.body, "checkout_token");
    let checkout = [
        ("coop_id", coop.as_str()),
        ("delivery_address", "Roskildevej 65"),
        ("note", ""),
        ("checkout_token", token.as_str()),
    ];
    let p = s.buyer.admin.submit("/cart/checkout", &checkout).await;
    p.assert_status(409)
        .assert_contains("changed since you added")
        .assert_contains("the price was EUR\u{a0}10.00, now EUR\u{a0}1,000.00.");
    assert_eq!(
        app.count("orders").await,
        0,
        "nothing placed at a price not agreed"
    );
    // The buyer accepts the new price as shown, and checks out at it.
    let terms = hidden(&p.body, "terms");
    let p = s
        .buyer
        .admin
        .submit("/cart/confirm", &[("coop_id", &coop), ("terms", &terms)])
        .await;
    p.assert_status(303);
    let cart = s.buyer.admin.get("/cart").await;
    let token = hidden(&cart.body, "checkout_token");
    let checkout = [
        ("coop_id", coop.as_str()),
        ("delivery_address", "Roskildevej 65"),
        ("note", ""),
        ("checkout_token", token.as_str()),
    ];
    s.buyer
        .admin
        .submit("/cart/checkout", &checkout)
        .await
        .assert_status(303);
    let (_, orders) = s.buyer.api.get("/orders").await;
    assert_eq!(orders[0]["subtotal"].as_str(), Some("3000.00"), "{orders}");
}

async fn an_api_placement_with_another_expected_total_is_refused(app: TestApp) {
    let s = shop(&app, "10.00", "100").await;
    let body = |expected: &str| {
        json!({"lines": [{"listing_id": s.listing, "quantity": "3"}],
               "delivery_address": "Roskildevej 65", "expected_total": {"EUR": expected}})
    };
    let (st, v) = s.buyer.api.post("/orders", body("29.99")).await;
    assert_eq!(st, 409, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("the total is EUR\u{a0}30.00, not the expected EUR\u{a0}29.99"),
        "{v}"
    );
    assert_eq!(app.count("orders").await, 0);
    assert_eq!(s.stock_milli(&app).await, 100_000);
    let (st, v) = s.buyer.api.post("/orders", body("30.00")).await;
    assert_eq!(st, 201, "{v}");
    assert_eq!(v["orders"][0]["subtotal"].as_str(), Some("30.00"));
    let doc: serde_json::Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let field = &doc["components"]["schemas"]["PlaceOrder"]["properties"]["expected_total"];
    assert!(
        field["description"]
            .as_str()
            .unwrap_or("")
            .contains("per currency")
            || field.to_string().contains("each currency"),
        "expected_total is documented: {field}"
    );
}

/// Two API retries with one key that the writer puts in one batch: one placement, which both
/// get (the second as a replay), and the key with another request is refused.
async fn one_key_twice_in_one_batch_places_once(app: TestApp) {
    use cooptrade::domain::catalog::Quantity;
    use cooptrade::domain::money::FeeRate;
    use cooptrade::store::order_batch::{self, OrderDone, OrderJob};
    use cooptrade::store::orders::{OrderRequest, Ordered, Place};
    let s = shop(&app, "10.00", "100").await;
    let buyer = store::coops::get(&app.db, s.buyer.id).await.unwrap();
    let user = store::users::find_by_email(&app.db, &s.buyer.admin_email)
        .await
        .unwrap()
        .unwrap();
    let job = |kg: i64| {
        OrderJob::Place(Box::new(Place {
            buyer: buyer.clone(),
            placed_by: user.id,
            what: Ordered::Request(OrderRequest {
                lines: vec![(i32::try_from(s.listing).unwrap(), Quantity(kg * 1000))],
                delivery_address: "Roskildevej 65".into(),
                note: String::new(),
            }),
            key: Some("retry-1".into()),
            rate: FeeRate::DEFAULT,
            policy: cooptrade::store::orders::door::policy_in_force(),
            expected_total: None,
        }))
    };
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    let mut answers = order_batch::run(&tx, &[job(2), job(2), job(5)])
        .await
        .expect("the batch commits");
    tx.commit().await.unwrap();
    let other = answers.pop().unwrap().err().map(|e| e.status());
    assert_eq!(other, Some(422), "the key with another request");
    let placed: Vec<(i32, bool)> = answers
        .into_iter()
        .map(|a| match a {
            Ok(OrderDone::Placed(p)) => (p.checkout_id, p.replayed),
            _ => panic!("a placement"),
        })
        .collect();
    assert_eq!(placed[0].0, placed[1].0, "one checkout");
    assert_eq!((placed[0].1, placed[1].1), (false, true));
    assert_eq!(app.count("orders").await, 1);
    assert_eq!(s.stock_milli(&app).await, 98_000, "2 kg reserved once");
}

on_both_backends!(
    one_key_twice_in_one_batch_places_once,
    twenty_double_clicks_on_place_orders_place_one_set_of_orders,
    a_title_edit_racing_a_hundred_orders_never_oversells,
    the_web_edit_form_leaves_stock_alone_unless_the_seller_sets_it,
    ten_adds_to_cart_at_once_leave_ten_units,
    a_raised_price_stops_checkout_until_the_buyer_confirms_it,
    an_api_placement_with_another_expected_total_is_refused,
);

/// The races again, with every request in a write transaction of its own.
mod group_commit_off {
    use super::*;

    async fn spawn(backend: Backend) -> Option<TestApp> {
        TestApp::spawn_with(backend, &[("GROUP_COMMIT", "off")]).await
    }

    macro_rules! off {
        ($($name:ident),* $(,)?) => {$(
            mod $name {
                use super::*;
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    if let Some(app) = spawn(Backend::Sqlite).await {
                        super::super::$name(app).await;
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = spawn(Backend::Postgres).await {
                        super::super::$name(app).await;
                    }
                }
            }
        )*};
    }

    off!(
        twenty_double_clicks_on_place_orders_place_one_set_of_orders,
        a_title_edit_racing_a_hundred_orders_never_oversells,
    );
}
