//! The public pages anonymous visitors read are served from a cache; every change made through
//! the web or the API shows on the very next anonymous request.
use crate::common;
use crate::market;

use common::TestApp;
use serde_json::json;

/// An anonymous GET: (served from the cache?, body).
async fn anon(app: &TestApp, path: &str) -> (bool, String) {
    let r = reqwest::get(format!("{}{path}", app.base)).await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    let hit = r.headers().get("x-page-cache").is_some();
    (hit, r.text().await.unwrap())
}

/// Reads `path` twice (the second time from the cache), lets `change` run, then reads it again.
async fn shows_after<F: std::future::Future<Output = ()>>(
    app: &TestApp,
    path: &str,
    before: &str,
    after: &str,
    change: F,
) {
    let (_, body) = anon(app, path).await;
    assert!(body.contains(before), "{path} before: {before}");
    let (hit, _) = anon(app, path).await;
    assert!(hit, "{path}: the second read comes from the cache");
    change.await;
    let (hit, body) = anon(app, path).await;
    assert!(!hit, "{path}: a change empties the cache");
    assert!(body.contains(after), "{path} after: {after}");
    if before != after {
        assert!(!body.contains(before), "{path} still shows {before}");
    }
}

async fn every_change_shows_on_the_next_anonymous_page(app: TestApp) {
    let market::Market {
        seller,
        buyer,
        listing: id,
        ..
    } = market::small_market(&app).await;
    let page = format!("/listings/{id}");
    let profile = format!("/coops/{}", seller.id);

    // An API edit: title and stock.
    shows_after(&app, &page, "100 kg", "91 kg", async {
        let (s, v) = seller
            .api
            .patch(
                &page,
                json!({"stock": "91", "title": "Cold pressed olive oil"}),
            )
            .await;
        assert_eq!(s, 200, "{v}");
    })
    .await;
    // An order reserves stock.
    shows_after(&app, &page, "91 kg", "89 kg", async {
        let (s, v) = buyer.api.post("/orders", json!({"lines": [{"listing_id": id, "quantity": "2"}], "delivery_address": "Roskildevej 65, Albertslund"})).await;
        assert_eq!(s, 201, "{v}");
    })
    .await;
    // A co-op's profile edit.
    shows_after(
        &app,
        &profile,
        "A test co-op",
        "From the hills of Puglia",
        async {
            let (s, v) = seller
                .api
                .patch(&profile, json!({"description": "From the hills of Puglia"}))
                .await;
            assert_eq!(s, 200, "{v}");
        },
    )
    .await;
    // Pausing through the web takes it out of the catalog and the seller's profile.
    let pause = async {
        seller
            .admin
            .submit(
                &format!("/coops/{}/listings/{id}/status?to=paused", seller.id),
                &[],
            )
            .await;
    };
    shows_after(&app, "/catalog", "Cold pressed olive oil", "Catalog", pause).await;
    let (_, body) = anon(&app, &profile).await;
    assert!(
        !body.contains("Cold pressed olive oil"),
        "paused on the profile"
    );

    // A signed-in member's pages are never cached.
    seller.admin.get("/catalog").await.assert_status(200);
    let r = reqwest::Client::new()
        .get(format!("{}/catalog", app.base))
        .header("cookie", "sid=whatever")
        .send()
        .await
        .unwrap();
    assert!(r.headers().get("x-page-cache").is_none());
}

on_both_backends!(every_change_shows_on_the_next_anonymous_page);

/// A GET: status, served from the cache?, body.
async fn fetch(req: reqwest::RequestBuilder) -> (u16, bool, String) {
    let r = req.send().await.unwrap();
    let hit = r.headers().get("x-page-cache").is_some();
    (r.status().as_u16(), hit, r.text().await.unwrap())
}

/// The buyer's order of one unit of `listing`; its id.
async fn place(buyer: &market::Coop, listing: i64) -> i64 {
    let (s, v) = buyer.api.post("/orders", json!({"lines": [{"listing_id": listing, "quantity": "1"}], "delivery_address": "Roskildevej 65, Albertslund"})).await;
    assert_eq!(s, 201, "{v}");
    v["orders"][0]["id"].as_i64().unwrap()
}

async fn a_signed_in_history_page_is_served_again_only_to_whoever_rendered_it(app: TestApp) {
    let market::Market {
        seller,
        buyer,
        listing,
        ..
    } = market::small_market(&app).await;
    let first = place(&buyer, listing).await;
    let web = |c: &market::Coop, path: &str| fetch(c.admin.client.get(c.admin.url(path)));
    let api = |c: &market::Coop, path: &str| {
        let url = format!("{}/api/v1{path}", c.api.base);
        fetch(c.api.client.get(url).bearer_auth(&c.api.token))
    };
    let shown = |id: i64| format!("href=\"/orders/{id}\"");
    let orders = "/orders?side=selling";

    // The second read is the first's copy, on the web and in the API (once the flash message
    // left from signing up has been shown: a response that sets a cookie is not kept).
    seller.admin.get("/").await;
    buyer.admin.get("/").await;
    web(&seller, orders).await;
    let (s, hit, body) = web(&seller, orders).await;
    assert_eq!((s, hit), (200, true), "{body}");
    assert!(body.contains(&shown(first)));
    api(&seller, "/orders?side=selling").await;
    let (s, hit, body) = api(&seller, "/orders?side=selling").await;
    assert_eq!((s, hit), (200, true), "{body}");
    assert!(body.contains(&format!("\"id\":{first}")), "{body}");

    // Another co-op, on the same paths, is never served the seller's copy.
    web(&buyer, orders).await;
    let (s, _, body) = web(&buyer, orders).await;
    assert_eq!(s, 200);
    assert!(!body.contains(&shown(first)), "the buyer sells nothing");
    let (s, _, body) = api(&buyer, "/orders?side=selling").await;
    assert_eq!((s, body.as_str()), (200, "[]"));
    let statement = format!("/coops/{}/statement", seller.id);
    web(&seller, &statement).await;
    assert!(
        web(&seller, &statement).await.1,
        "the seller's statement is kept"
    );
    let (s, hit, _) = web(&buyer, &statement).await;
    assert_eq!((s, hit), (403, false), "not the buyer's statement");

    // The same session asking in another language gets a page of its own.
    let cookies = format!(
        "sid={}; csrf={}",
        seller.admin.cookie("sid").unwrap(),
        seller.admin.cookie("csrf").unwrap()
    );
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let as_seller = |lang: &str| {
        let url = format!("{}{orders}", app.base);
        let req = plain.get(url).header("cookie", &cookies);
        fetch(req.header("accept-language", lang))
    };
    as_seller("en").await;
    assert!(
        as_seller("en").await.1,
        "the same session, in English again"
    );
    let (s, hit, body) = as_seller("it").await;
    assert_eq!((s, hit), (200, false));
    assert!(body.contains("lang=\"it\""), "in Italian");

    // A new order shows on the very next read, on the web and in the API.
    let second = place(&buyer, listing).await;
    let (_, hit, body) = web(&seller, orders).await;
    assert!(
        !hit && body.contains(&shown(second)),
        "the web shows the new order"
    );
    let (_, hit, body) = api(&seller, "/orders?side=selling").await;
    assert!(!hit && body.contains(&format!("\"id\":{second}")), "{body}");

    // An order action in between (the buyer cancels the first order) shows on the next read.
    web(&seller, orders).await;
    assert!(web(&seller, orders).await.1, "kept again");
    let cancel = format!("/orders/{first}/actions/cancel");
    let (s, v) = buyer.api.post(&cancel, json!({})).await;
    assert_eq!(s, 200, "{v}");
    let (_, hit, body) = web(&seller, orders).await;
    assert!(
        !hit && body.contains(">cancelled<"),
        "the web shows the cancel"
    );

    // A control character in a kept page's query is refused, never answered with the copy.
    let (s, hit, _) = web(&seller, "/orders?side=selling%07").await;
    assert_eq!((s, hit), (422, false));

    // The statement's CSV streams and is never kept.
    let csv = format!("{statement}?format=csv");
    for _ in 0..2 {
        let r = seller.admin.client.get(seller.admin.url(&csv)).send().await;
        let r = r.unwrap();
        assert_eq!(r.status(), 200);
        assert!(r.headers().get("x-page-cache").is_none());
        assert!(r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
    }

    // Signed out, the old cookie is served nothing.
    as_seller("en").await;
    assert!(
        as_seller("en").await.1,
        "the same session, in English again"
    );
    seller.admin.submit("/logout", &[]).await.assert_status(303);
    let (s, hit, _) = as_seller("en").await;
    assert_eq!((s, hit), (303, false), "signed out: to the sign-in page");

    // A revoked token is served nothing.
    let token: i64 = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let t = entity::api_token::Entity::find()
            .filter(entity::api_token::Column::CoopId.eq(seller.id))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        t.id.into()
    };
    api(&seller, "/orders?side=selling").await;
    assert!(api(&seller, "/orders?side=selling").await.1);
    seller.admin.login(&seller.admin_email, market::PW).await;
    let revoke = format!("/coops/{}/tokens/{token}/revoke", seller.id);
    seller.admin.submit(&revoke, &[]).await.assert_status(303);
    let (s, hit, _) = api(&seller, "/orders?side=selling").await;
    assert_eq!((s, hit), (401, false), "revoked");
}

on_both_backends!(a_signed_in_history_page_is_served_again_only_to_whoever_rendered_it);
