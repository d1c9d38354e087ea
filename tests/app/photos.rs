//! Product photos as sellers upload them and buyers see them: processing, limits, order, cover,
//! delete, caching and compression; and the S3 store against moto's server.
use crate::common;
use crate::photo_files;

use crate::market::{listing, Coop};
use common::TestApp;
use photo_files as files;
use reqwest::multipart::{Form, Part};
use serde_json::{json, Value};

fn form(photos: &[(&str, Vec<u8>)], alt: &str) -> Form {
    let mut f = Form::new();
    if !alt.is_empty() {
        f = f.text("alt", alt.to_owned());
    }
    for (name, bytes) in photos {
        f = f.part(
            "photos",
            Part::bytes(bytes.clone()).file_name(name.to_string()),
        );
    }
    f
}

/// Uploads through the API; returns the status and the body.
async fn api_upload(c: &Coop, listing: i64, photos: &[(&str, Vec<u8>)], alt: &str) -> (u16, Value) {
    let resp = c
        .api
        .client
        .post(format!("{}/api/v1/listings/{listing}/photos", c.api.base))
        .bearer_auth(&c.api.token)
        .multipart(form(photos, alt))
        .send()
        .await
        .expect("upload");
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn seller_with_listing(app: &TestApp) -> (Coop, i64) {
    let seller = app.coop("Kpalimé Farmers", "producer", "TG", "XOF").await;
    let (s, l) = seller
        .api
        .post("/listings", listing("PINE", json!({})))
        .await;
    assert_eq!(s, 201, "{l}");
    (seller, l["id"].as_i64().unwrap())
}

async fn get(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut req = reqwest::Client::new().get(format!("{}{path}", app.base));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.send().await.expect("GET")
}

/// The path of a photo URL from the API (its host is the configured `BASE_URL`).
fn path_of(url: &Value) -> String {
    let url = url.as_str().expect("a URL");
    url[url.find("/photos/").expect("a photo URL")..].to_owned()
}

fn stored_files(app: &TestApp) -> usize {
    walk(&app.photo_dir)
}

fn walk(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        walk(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

async fn a_seller_uploads_photos_on_the_web_and_buyers_see_cover_and_gallery(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    let path = format!("/coops/{}/listings/{id}/photos", seller.id);
    seller
        .admin
        .get(&format!("/coops/{}/listings/{id}/edit", seller.id))
        .await
        .assert_status(200);
    let token = seller.admin.cookie("csrf").expect("csrf");
    let upload = form(
        &[
            ("pineapple.jpg", files::jpeg(2400, 1800, 1)),
            ("crate.png", files::png(600, 800, 2)),
        ],
        "Ripe pineapples in a crate",
    )
    .text("csrf_token", token);
    let resp = seller
        .admin
        .client
        .post(seller.admin.url(&path))
        .multipart(upload)
        .send()
        .await
        .unwrap();
    let page = common::Browser::read(resp).await;
    page.assert_status(303);
    let edit = seller
        .admin
        .visit(&format!("/coops/{}/listings/{id}/edit", seller.id))
        .await;
    edit.assert_contains("Added 2 photos.")
        .assert_contains("Photos (2 of 8)");
    // 2 photos × 3 sizes × 2 formats.
    assert_eq!(stored_files(&app), 12);

    let (_, photos) = seller.api.get(&format!("/listings/{id}/photos")).await;
    let cover = &photos[0];
    assert_eq!(
        (
            cover["width"].as_i64(),
            cover["height"].as_i64(),
            cover["cover"].as_bool()
        ),
        (Some(2400), Some(1800), Some(true))
    );
    let sizes: Vec<(u64, u64)> = cover["sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["width"].as_u64().unwrap(), s["height"].as_u64().unwrap()))
        .collect();
    assert_eq!(sizes, vec![(320, 240), (800, 600), (1600, 1200)]);
    let small: Vec<(u64, u64)> = photos[1]["sizes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["width"].as_u64().unwrap(), s["height"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        small,
        vec![(240, 320), (600, 800)],
        "a small photo is never enlarged"
    );

    let catalog = app.browser().get("/catalog").await;
    let thumb = path_of(&cover["sizes"][0]["webp"]);
    catalog
        .assert_contains(&format!("{thumb} 320w"))
        .assert_contains("loading=\"lazy\"")
        .assert_contains("width=\"320\" height=\"240\"");
    let listing_page = app.browser().get(&format!("/listings/{id}")).await;
    listing_page
        .assert_contains("<picture>")
        .assert_contains("type=\"image/webp\"")
        .assert_contains("alt=\"Ripe pineapples in a crate\"")
        .assert_contains("href=\"#photo-2\"");

    // Every size is served with a year's cache and an ETag; a browser that has it gets a 304.
    for s in cover["sizes"].as_array().unwrap() {
        for (key, kind) in [("webp", "image/webp"), ("jpeg", "image/jpeg")] {
            let url = path_of(&s[key]);
            let r = get(&app, &url, &[("accept-encoding", "gzip, br")]).await;
            assert_eq!(r.status(), 200, "{url}");
            assert_eq!(r.headers()["content-type"], kind);
            assert_eq!(
                r.headers()["cache-control"],
                "public, max-age=31536000, immutable"
            );
            assert!(
                r.headers().get("content-encoding").is_none(),
                "images are not compressed again"
            );
            let etag = r.headers()["etag"].to_str().unwrap().to_owned();
            let bytes = r.bytes().await.unwrap();
            let (w, h, exif) = files::inspect(&bytes);
            assert_eq!(
                (u64::from(w), u64::from(h), exif),
                (
                    s["width"].as_u64().unwrap(),
                    s["height"].as_u64().unwrap(),
                    false
                )
            );
            let again = get(&app, &url, &[("if-none-match", &etag)]).await;
            assert_eq!(again.status(), 304);
        }
    }
    assert_eq!(
        get(&app, &format!("/photos/{}/320.gif", "a".repeat(64)), &[])
            .await
            .status(),
        404
    );
}

async fn the_exif_orientation_is_applied_and_all_metadata_dropped(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    // Stored 200 × 100 with "rotate 90°": upright it is 100 wide and 200 high.
    let (s, v) = api_upload(
        &seller,
        id,
        &[("phone.jpg", files::jpeg_with_orientation(200, 100, 6))],
        "A pineapple held upright",
    )
    .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(
        (v[0]["width"].as_i64(), v[0]["height"].as_i64()),
        (Some(100), Some(200))
    );
    let url = path_of(&v[0]["sizes"][0]["jpeg"]);
    let bytes = get(&app, &url, &[]).await.bytes().await.unwrap();
    assert_eq!(
        files::inspect(&bytes),
        (100, 200, false),
        "upright, and no EXIF (GPS) left"
    );
    let webp = get(&app, &url.replace(".jpg", ".webp"), &[])
        .await
        .bytes()
        .await
        .unwrap();
    assert_eq!(files::inspect(&webp), (100, 200, false));
}

async fn bad_files_get_a_422_that_says_which_and_nothing_is_stored(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    for (name, bytes, says) in [
        (
            "notes.txt",
            b"these are not the photos you are looking for".to_vec(),
            "notes.txt is not a JPEG, PNG or WebP image",
        ),
        ("cut.jpg", files::truncated_jpeg(), "cut.jpg is truncated"),
        (
            "bomb.png",
            files::png_declaring(100_000, 100_000),
            "bomb.png is 100000 × 100000 pixels",
        ),
        (
            "wide.png",
            files::png_declaring(30_000, 10),
            "is 30000 × 10 pixels",
        ),
        (
            "big.jpg",
            files::jpeg_over_15_mb(),
            "big.jpg is larger than 15 MB",
        ),
        (
            "both.jpg",
            files::jpeg_zip_polyglot(),
            "has other data after the end of the image",
        ),
        (
            "anim.gif",
            b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(),
            "is a GIF image; only JPEG, PNG and WebP are accepted",
        ),
    ] {
        let (s, v) = api_upload(
            &seller,
            id,
            &[("good.webp", files::webp(64, 48, 1)), (name, bytes)],
            "Pineapples",
        )
        .await;
        assert_eq!(s, 422, "{name}: {v}");
        let message = v["error"]["message"].as_str().unwrap().to_owned();
        assert!(message.contains(says), "{name}: {message}");
    }
    let (s, v) = api_upload(&seller, id, &[("good.jpg", files::jpeg(64, 48, 1))], "").await;
    assert_eq!(s, 422);
    assert_eq!(v["error"]["fields"][0]["field"], "alt", "{v}");
    assert_eq!(app.count("listing_photos").await, 0);
    assert_eq!(
        stored_files(&app),
        0,
        "nothing is stored for a refused upload"
    );
}

async fn a_listing_takes_eight_photos_and_refuses_a_ninth(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    let eight: Vec<(&str, Vec<u8>)> = (0..8).map(|i| ("p.jpg", files::jpeg(40, 30, i))).collect();
    let (s, v) = api_upload(&seller, id, &eight, "Pineapples").await;
    assert_eq!((s, v.as_array().map(Vec::len)), (201, Some(8)), "{v}");
    let (s, v) = api_upload(
        &seller,
        id,
        &[("ninth.jpg", files::jpeg(40, 30, 9))],
        "Pineapples",
    )
    .await;
    assert_eq!(s, 422);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("at most 8 photos; this one has 8"),
        "{v}"
    );
    assert_eq!(app.count("listing_photos").await, 8);
    assert_eq!(stored_files(&app), 8 * 6);
}

async fn sellers_reorder_choose_the_cover_and_delete_and_files_go_when_unused(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    let (s, other) = seller
        .api
        .post("/listings", listing("PAPAYA", json!({})))
        .await;
    assert_eq!(s, 201);
    let other = other["id"].as_i64().unwrap();
    let shared = files::jpeg(50, 50, 7);
    let (_, v) = api_upload(
        &seller,
        id,
        &[
            ("a.jpg", files::jpeg(50, 50, 1)),
            ("b.png", files::png(50, 50, 2)),
            ("shared.jpg", shared.clone()),
        ],
        "Fruit",
    )
    .await;
    let ids: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let (s, _) = api_upload(&seller, other, &[("shared.jpg", shared)], "Fruit").await;
    assert_eq!(s, 201);
    assert_eq!(
        stored_files(&app),
        3 * 6,
        "the same photo on two listings is stored once"
    );

    // The web's "Make cover" puts the third first.
    let base = format!("/coops/{}/listings/{id}/photos", seller.id);
    seller
        .admin
        .submit(&format!("{base}/{}/move?to=cover", ids[2]), &[])
        .await
        .assert_status(303);
    let order = |v: &Value| -> Vec<i64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect()
    };
    let (_, v) = seller.api.get(&format!("/listings/{id}/photos")).await;
    assert_eq!(order(&v), vec![ids[2], ids[0], ids[1]]);
    seller
        .admin
        .submit(&format!("{base}/{}/move?to=down", ids[0]), &[])
        .await
        .assert_status(303);
    let (_, v) = seller.api.get(&format!("/listings/{id}/photos")).await;
    assert_eq!(order(&v), vec![ids[2], ids[1], ids[0]]);
    // The API sets the whole order; it must name each photo once.
    let (s, v) = seller
        .api
        .send(
            reqwest::Method::PUT,
            &format!("/listings/{id}/photos/order"),
            Some(json!({"photo_ids": [ids[1], ids[0], ids[2]]})),
        )
        .await;
    assert_eq!((s, order(&v)), (200, vec![ids[1], ids[0], ids[2]]));
    assert_eq!(v[0]["cover"], true);
    let (s, _) = seller
        .api
        .send(
            reqwest::Method::PUT,
            &format!("/listings/{id}/photos/order"),
            Some(json!({"photo_ids": [ids[1], ids[1]]})),
        )
        .await;
    assert_eq!(s, 409);

    // Deleting the shared photo from one listing keeps its files for the other.
    let (s, _) = seller
        .api
        .send(
            reqwest::Method::DELETE,
            &format!("/listings/{id}/photos/{}", ids[2]),
            None,
        )
        .await;
    assert_eq!(s, 204);
    assert_eq!(stored_files(&app), 3 * 6);
    // Deleting one that no other listing uses removes its six files.
    seller
        .admin
        .submit(&format!("{base}/{}/delete", ids[1]), &[])
        .await
        .assert_status(303);
    assert_eq!(stored_files(&app), 2 * 6);
    let (_, v) = seller.api.get(&format!("/listings/{id}/photos")).await;
    assert_eq!(
        (order(&v), v[0]["position"].as_i64()),
        (vec![ids[0]], Some(0))
    );
}

async fn only_the_listings_coop_may_change_its_photos(app: TestApp) {
    let (seller, id) = seller_with_listing(&app).await;
    let (_, v) = api_upload(&seller, id, &[("a.jpg", files::jpeg(50, 50, 1))], "Fruit").await;
    let photo = v[0]["id"].as_i64().unwrap();
    let rival = app.coop("Rival Growers", "producer", "TG", "XOF").await;
    let (s, _) = api_upload(&rival, id, &[("b.jpg", files::jpeg(50, 50, 2))], "Fruit").await;
    assert_eq!(s, 403);
    let (s, _) = rival
        .api
        .send(
            reqwest::Method::DELETE,
            &format!("/listings/{id}/photos/{photo}"),
            None,
        )
        .await;
    assert_eq!(s, 403);
    let page = rival
        .admin
        .submit(
            &format!("/coops/{}/listings/{id}/photos/{photo}/delete", seller.id),
            &[],
        )
        .await;
    page.assert_status(403);
    let page = rival
        .admin
        .submit(
            &format!("/coops/{}/listings/{id}/photos/{photo}/delete", rival.id),
            &[],
        )
        .await;
    page.assert_status(404);
    assert_eq!(app.count("listing_photos").await, 1);
}

on_both_backends!(
    a_seller_uploads_photos_on_the_web_and_buyers_see_cover_and_gallery,
    the_exif_orientation_is_applied_and_all_metadata_dropped,
    bad_files_get_a_422_that_says_which_and_nothing_is_stored,
    a_listing_takes_eight_photos_and_refuses_a_ninth,
    sellers_reorder_choose_the_cover_and_delete_and_files_go_when_unused,
    only_the_listings_coop_may_change_its_photos,
);

mod delivery;
mod logos;
mod s3;
mod zip_import;
