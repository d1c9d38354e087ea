//! The API answers as its OpenAPI document says: numbers the schema allows are accepted, every
//! refusal is the JSON error body with a documented status, and the document links an order to
//! its actions and refunds.
use crate::common;

use crate::market::listing;
use common::TestApp;
use serde_json::{json, Value};

async fn raw(
    app: &TestApp,
    token: &str,
    path: &str,
    content_type: &str,
    body: &str,
) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .post(format!("{}/api/v1{path}", app.base))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn a_whole_number_with_a_decimal_point_is_a_whole_number(app: TestApp) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let (s, l) = seller
        .api
        .post("/listings", listing("OIL", json!({"lead_time_days": 30.0})))
        .await;
    assert_eq!((s, l["lead_time_days"].clone()), (201, json!(30)), "{l}");
    let path = format!("/listings/{}", l["id"]);
    let (s, e) = seller
        .api
        .patch(&path, json!({"lead_time_days": 13495.0}))
        .await;
    assert_eq!(s, 422);
    assert_eq!(e["error"]["fields"][0]["field"], "lead_time_days");
    let (s, e) = seller
        .api
        .patch(&path, json!({"lead_time_days": 2.5}))
        .await;
    assert_eq!((s, e["error"]["code"].as_str()), (422, Some("invalid")));
}

async fn every_refusal_is_the_json_error_body(app: TestApp) {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let token = seller.api.token.clone();
    let (s, e) = raw(&app, &token, "/listings", "application/json", "{\"sku\": ").await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (422, Some("invalid")),
        "{e}"
    );
    let (s, e) = raw(&app, &token, "/listings", "text/plain", "{}").await;
    let code = e["error"]["code"].as_str();
    assert_eq!((s, code), (415, Some("unsupported_media_type")), "{e}");
    let (s, e) = raw(
        &app,
        &token,
        "/orders/1/actions/accept",
        "application/json",
        "\u{0}",
    )
    .await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (422, Some("invalid")),
        "{e}"
    );
    let (s, e) = seller
        .api
        .patch(&format!("/coops/{}", seller.id), json!([null, null]))
        .await;
    assert_eq!(
        (s, e["error"]["message"].as_str()),
        (422, Some("body: send a JSON object"))
    );
    let (s, e) = seller.api.get("/orders?state=lost").await;
    assert_eq!(
        (s, e["error"]["fields"][0]["field"].as_str()),
        (422, Some("state"))
    );

    // A SKU another listing holds is a conflict with that listing.
    assert_eq!(
        seller
            .api
            .post("/listings", listing("OIL", json!({})))
            .await
            .0,
        201
    );
    let (s, e) = seller
        .api
        .post("/listings", listing("OIL", json!({})))
        .await;
    assert_eq!(
        (s, e["error"]["code"].as_str()),
        (409, Some("conflict")),
        "{e}"
    );
}

async fn the_document_lists_every_answer_and_links_an_order_onwards(app: TestApp) {
    let doc: Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            operations += 1;
            let answers = op["responses"].as_object().unwrap();
            let public = path == "/api/v1/pool";
            assert_eq!(answers.contains_key("401"), !public, "{method} {path}");
            if path.contains('{') {
                assert!(answers.contains_key("404"), "{method} {path}");
            }
            if op.get("requestBody").is_some() {
                for code in ["413", "415", "422"] {
                    assert!(answers.contains_key(code), "{method} {path} {code}");
                }
            }
            for (code, answer) in answers.iter().filter(|(c, _)| c.starts_with('4')) {
                let schema = &answer["content"]["application/json"]["schema"]["$ref"];
                assert_eq!(
                    schema, "#/components/schemas/ErrorBody",
                    "{method} {path} {code}"
                );
            }
        }
    }
    assert_eq!(operations, 21, "16, the four of photos and the statement");
    let placed = &doc["paths"]["/api/v1/orders"]["post"]["responses"]["201"]["links"];
    assert_eq!(placed["ActOnOrder"]["operationId"], "act_on_order");
    assert_eq!(
        placed["ActOnOrder"]["parameters"]["id"],
        "$response.body#/orders/0/id"
    );
    let acted = &doc["paths"]["/api/v1/orders/{id}/actions/{action}"]["post"]["responses"]["200"];
    assert_eq!(acted["links"]["RefundOrder"]["operationId"], "refund_order");
    let lead = &doc["components"]["schemas"]["ListingInput"]["properties"]["lead_time_days"];
    assert_eq!(
        (lead["minimum"].clone(), lead["maximum"].clone()),
        (json!(0), json!(365))
    );
    let new = &doc["components"]["schemas"]["NewListing"]["required"];
    assert!(new.as_array().unwrap().contains(&json!("price")));
}

on_both_backends!(
    a_whole_number_with_a_decimal_point_is_a_whole_number,
    every_refusal_is_the_json_error_body,
    the_document_lists_every_answer_and_links_an_order_onwards,
);
