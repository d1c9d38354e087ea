//! Input the databases cannot store alike (NUL and other control characters, days outside
//! years 1 to 9999) is a 422 with a message in every form, JSON body and query: never a 5xx.
use serde_json::{json, Value};

use crate::common::{self, TestApp};
use crate::market::{listing, Coop};

/// A seller with one listing and a buyer, each with an admin browser and an API token.
pub struct Market {
    pub seller: Coop,
    pub buyer: Coop,
    pub listing: i64,
}

pub async fn market(app: &TestApp) -> Market {
    let seller = app.coop("Orto Sano", "producer", "IT", "EUR").await;
    let buyer = app.coop("Kobenhavn Food", "buyer", "DK", "EUR").await;
    let (s, l) = seller
        .api
        .post("/listings", listing("TOM", json!({})))
        .await;
    assert_eq!(s, 201, "{l}");
    Market {
        seller,
        buyer,
        listing: l["id"].as_i64().unwrap(),
    }
}

/// Places one order of 2 over the API and returns its id.
pub async fn placed_order(m: &Market) -> i64 {
    let body = json!({"lines": [{"listing_id": m.listing, "quantity": "2"}], "delivery_address": "Vesterbrogade 1"});
    let (s, v) = m.buyer.api.post("/orders", body).await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0]["id"].as_i64().unwrap()
}

pub async fn mails_to(app: &TestApp, to: &str, subject_start: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::ToAddr.eq(to))
        .filter(entity::outbox_message::Column::Subject.starts_with(subject_start))
        .count(&app.db)
        .await
        .unwrap() as i64
}

pub async fn first_token_id(app: &TestApp, coop: i32) -> i32 {
    cooptrade::store::tokens::list(&app.db, coop).await.unwrap()[0].id
}

/// Values that PostgreSQL refuses (NUL) or that have no place in text (escape, DEL, C1).
const DIRTY: [&str; 4] = [
    "Tomatoes\u{0}",
    "\u{1b}[31mred",
    "a\u{7f}b",
    "next\u{85}line",
];

/// A form's fields as a browser fills them in.
type Fields = Vec<(&'static str, String)>;

fn fields(pairs: &[(&'static str, &str)]) -> Fields {
    pairs.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

fn with(fields: &Fields, key: &str, value: &str) -> Vec<(String, String)> {
    let pick = |k: &str, v: &str| {
        if k == key {
            value.to_owned()
        } else {
            v.to_owned()
        }
    };
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), pick(k, v)))
        .collect()
}

async fn control_characters_in_any_form_field_are_a_422(app: TestApp) {
    let m = market(&app).await;
    let (seller, buyer) = (m.seller.id, m.buyer.id);
    let (listing_id, buyer_id) = (m.listing.to_string(), buyer.to_string());
    let (listing_id, buyer_id) = (listing_id.as_str(), buyer_id.as_str());
    let forms: Vec<(String, &common::Browser, Fields)> = vec![
        (
            "/coops/apply".into(),
            &m.buyer.admin,
            fields(&[
                ("name", "Fresh Coop"),
                ("kind", "buyer"),
                ("country", "DK"),
                ("currency", "EUR"),
                ("contact_email", "a@example.coop"),
                ("description", "Line one\nline two"),
            ]),
        ),
        (
            format!("/coops/{seller}/listings"),
            &m.seller.admin,
            fields(&[
                ("sku", "NEW1"),
                ("title", "Peppers"),
                ("description", "Red"),
                ("category", "fruit-vegetables"),
                ("unit", "kg"),
                ("price", "3"),
                ("stock", "10"),
                ("min_order", "1"),
                ("origin_country", "IT"),
                ("origin_region", "Puglia"),
                ("lead_time_days", "2"),
                ("status", "active"),
            ]),
        ),
        (
            "/cart/add".into(),
            &m.buyer.admin,
            fields(&[
                ("listing_id", listing_id),
                ("coop_id", buyer_id),
                ("quantity", "1"),
            ]),
        ),
        (
            "/cart/checkout".into(),
            &m.buyer.admin,
            fields(&[
                ("coop_id", buyer_id),
                ("delivery_address", "Vesterbrogade 1\n1620 Copenhagen"),
                ("note", "Ring twice"),
            ]),
        ),
        (
            format!("/coops/{seller}/members"),
            &m.seller.admin,
            fields(&[("email", "x@example.coop"), ("role", "member")]),
        ),
        (
            format!("/coops/{seller}/tokens"),
            &m.seller.admin,
            fields(&[("name", "ERP")]),
        ),
        (
            "/login".into(),
            &m.buyer.admin,
            fields(&[("email", "a@example.coop"), ("password", "secret words")]),
        ),
    ];
    let orders = app.count("orders").await;
    let listings = app.count("listings").await;
    for (path, who, fields) in &forms {
        for (key, _) in fields.iter() {
            for dirty in DIRTY {
                let sent = with(fields, key, dirty);
                let pairs: Vec<(&str, &str)> =
                    sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let page = who.submit(path, &pairs).await;
                assert_eq!(
                    page.status.as_u16(),
                    422,
                    "{path} {key}={dirty:?}: {}",
                    page.body
                );
                page.assert_contains("control character");
            }
        }
    }
    // A line break where a single line belongs is refused too; in an address it is kept.
    let title = with(&forms[1].2, "title", "Two\nlines");
    let pairs: Vec<(&str, &str)> = title
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    m.seller
        .admin
        .submit(&forms[1].0, &pairs)
        .await
        .assert_status(422);
    assert_eq!(app.count("orders").await, orders);
    assert_eq!(app.count("listings").await, listings);
}

async fn control_characters_in_any_api_body_are_a_422(app: TestApp) {
    let m = market(&app).await;
    let order = json!({"lines": [{"listing_id": m.listing, "quantity": "1"}], "delivery_address": "Vesterbrogade 1", "note": "Ring"});
    let listing_body = listing("NEW2", json!({}));
    let coop_patch = json!({"description": "We grow tomatoes", "contact_email": "a@example.coop"});
    let listing_path = format!("/listings/{}", m.listing);
    let coop_path = format!("/coops/{}", m.seller.id);
    let cases: [(&Coop, reqwest::Method, &str, &Value); 4] = [
        (&m.buyer, reqwest::Method::POST, "/orders", &order),
        (&m.seller, reqwest::Method::POST, "/listings", &listing_body),
        (
            &m.seller,
            reqwest::Method::PATCH,
            &listing_path,
            &listing_body,
        ),
        (&m.seller, reqwest::Method::PATCH, &coop_path, &coop_patch),
    ];
    for (who, method, path, body) in cases {
        let mut keys: Vec<String> = body.as_object().unwrap().keys().cloned().collect();
        keys.push("lines.quantity".into());
        for key in keys {
            for dirty in DIRTY {
                let mut sent = body.clone();
                match key.as_str() {
                    "lines.quantity" if sent.get("lines").is_some() => {
                        sent["lines"][0]["quantity"] = json!(dirty)
                    }
                    "lines.quantity" => continue,
                    k if sent[k].is_string() => sent[k] = json!(dirty),
                    _ => continue,
                }
                let (s, v) = who.api.send(method.clone(), path, Some(sent)).await;
                assert_eq!(s, 422, "{method} {path} {key}={dirty:?}: {v}");
                assert_eq!(v["error"]["code"], "invalid", "{v}");
            }
        }
    }
    // Tab and line breaks stay allowed in text, and a backslash before `u0000` is just text.
    let body = json!({"lines": [{"listing_id": m.listing, "quantity": "1"}], "delivery_address": "Vesterbrogade 1\n\t1620", "note": "C:\\u0000"});
    let (s, v) = m.buyer.api.post("/orders", body).await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(v["orders"][0]["note"], "C:\\u0000");
}

async fn control_characters_in_a_query_and_days_out_of_range_are_a_422(app: TestApp) {
    let m = market(&app).await;
    let b = &m.seller.admin;
    for path in ["/catalog?q=tom%00", "/orders?state=placed%1B"] {
        let p = b.get(path).await;
        assert_eq!(p.status.as_u16(), 422, "{path}: {}", p.body);
        p.assert_contains("control character");
    }
    let (s, v) = m.buyer.api.get("/listings?q=%00").await;
    assert_eq!(
        (s, v["error"]["code"].as_str()),
        (422, Some("invalid")),
        "{v}"
    );
    let statement = format!("/coops/{}/statement", m.seller.id);
    for day in [
        "-4714-01-01",
        "0000-12-31",
        "+10000-01-01",
        "262143-01-01",
        "99999-12-31",
    ] {
        for field in ["from", "to"] {
            for format in ["", "&format=csv"] {
                let p = b.get(&format!("{statement}?{field}={day}{format}")).await;
                assert_eq!(p.status.as_u16(), 422, "{field}={day}: {}", p.body);
                p.assert_contains(&format!("{field}: use a date"));
            }
        }
    }
    let p = b.get(&format!("{statement}?from=-4714-01-01")).await;
    p.assert_contains("use a date between 0001-01-01 and 9999-12-31");
    let edge = b
        .get(&format!("{statement}?from=0001-01-01&to=9999-12-31"))
        .await;
    edge.assert_status(200);
}

/// A CSV upload is read by its own parser: a row with NUL is refused there, nothing imported.
async fn control_characters_in_a_csv_import_are_a_422(app: TestApp) {
    let m = market(&app).await;
    let admin = &m.seller.admin;
    let csv = "sku,title,category,unit,price,stock,origin_country,description\n\
               PEA,Peas,fruit-vegetables,kg,2,10,IT,\"Sweet\nand green\"\n\
               BEAN,Beans\u{0},fruit-vegetables,kg,2,10,IT,\n";
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", admin.cookie("csrf").unwrap())
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("in.csv"),
        );
    let resp = admin
        .client
        .post(admin.url(&format!("/coops/{}/listings/import", m.seller.id)))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let page = common::Browser::read(resp).await;
    page.assert_status(422)
        .assert_contains("<td>title</td>")
        .assert_contains("control character");
    assert_eq!(app.count("listings").await, 1);
}

crate::on_both_backends!(
    control_characters_in_a_csv_import_are_a_422,
    control_characters_in_any_form_field_are_a_422,
    control_characters_in_any_api_body_are_a_422,
    control_characters_in_a_query_and_days_out_of_range_are_a_422,
);
