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
