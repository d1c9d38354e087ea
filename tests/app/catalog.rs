//! The catalog as producers and buyers use it: listing, permissions, validation, search, CSV.
use crate::common;

use crate::market::listing;
use common::TestApp;
use serde_json::{json, Value};

/// The SKUs of a listing page, sorted.
pub(crate) fn skus(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sku"].as_str().unwrap().to_owned())
        .collect();
    s.sort();
    s
}

async fn a_coop_only_manages_its_own_listings_and_buyers_cannot_list(app: TestApp) {
    let a = app.coop("Coop A", "producer", "TG", "XOF").await;
    let b = app.coop("Coop B", "producer", "LK", "LKR").await;
    let buyer = app.coop("Buyer Coop", "buyer", "DK", "DKK").await;
    let (s, la) = a
        .api
        .post("/listings", listing("A-1", json!({"price": "650"})))
        .await;
    assert_eq!(s, 201, "{la}");
    assert_eq!(la["price"], "650");
    assert_eq!(la["currency"], "XOF");
    let id = la["id"].as_i64().unwrap();

    // B cannot edit or archive A's listing through the API.
    let (s, e) = b
        .api
        .patch(&format!("/listings/{id}"), json!({"price": "1"}))
        .await;
    assert_eq!(s, 403, "{e}");
    let (s, _) = b
        .api
        .post(&format!("/listings/{id}/archive"), json!({}))
        .await;
    assert_eq!(s, 403);
    // ... nor through the web, even by pointing at its own co-op's URL.
    b.admin
        .get(&format!("/coops/{}/listings", a.id))
        .await
        .assert_status(403);
    let edit = format!("/coops/{}/listings/{id}/edit", a.id);
    b.admin
        .submit(&edit, &[("title", "mine now")])
        .await
        .assert_status(403);
    b.admin
        .submit(
            &format!("/coops/{}/listings/{id}/status?to=archived", a.id),
            &[],
        )
        .await
        .assert_status(403);
    b.admin
        .submit(
            &format!("/coops/{}/listings/{id}/edit", b.id),
            &[("title", "mine now")],
        )
        .await
        .assert_status(404);
    b.admin
        .submit(
            &format!("/coops/{}/listings", a.id),
            &[("sku", "X"), ("title", "planted")],
        )
        .await
        .assert_status(403);
    let (_, still) = a.api.get(&format!("/listings/{id}")).await;
    assert_eq!(
        (still["price"].as_str(), still["status"].as_str()),
        (Some("650"), Some("active"))
    );

    // Only members of buying co-ops see the buy button; anonymous visitors are told how to order.
    app.browser()
        .get(&format!("/listings/{id}"))
        .await
        .assert_contains("as a member of a buying co-op to order");
    buyer
        .admin
        .get(&format!("/listings/{id}"))
        .await
        .assert_contains("Add to cart");
    let producer_view = b.admin.get(&format!("/listings/{id}")).await;
    assert!(
        !producer_view.body.contains("Add to cart") && !producer_view.body.contains("to order.")
    );
    // A buyer-only co-op cannot list, on the web or the API.
    let (s, e) = buyer
        .api
        .post("/listings", listing("BUY-1", json!({})))
        .await;
    assert_eq!(s, 403);
    assert!(e["error"]["message"].as_str().unwrap().contains("buyer"));
    buyer
        .admin
        .get(&format!("/coops/{}/listings/new", buyer.id))
        .await
        .assert_status(403);
    assert_eq!(app.count("listings").await, 1);

    // A's admin edits, pauses and archives through the web.
    a.admin
        .get(&edit)
        .await
        .assert_status(200)
        .assert_contains("value=\"A-1\"");
    let fields = [
        ("sku", "A-1"),
        ("title", "Pineapple"),
        ("description", ""),
        ("category", "fruit-vegetables"),
        ("unit", "kg"),
        ("price", "700"),
        ("stock", "5.5"),
        ("min_order", "1"),
        ("origin_country", "TG"),
        ("origin_region", ""),
        ("certifications", "organic"),
        ("lead_time_days", "2"),
        ("status", "active"),
    ];
    a.admin.submit(&edit, &fields).await.assert_status(303);
    let (_, now) = a.api.get(&format!("/listings/{id}")).await;
    assert_eq!(
        (now["price"].as_str(), now["stock"].as_str()),
        (Some("700"), Some("5.5"))
    );
    a.admin
        .submit(
            &format!("/coops/{}/listings/{id}/status?to=archived", a.id),
            &[],
        )
        .await
        .assert_status(303);
    a.admin.submit(&edit, &fields).await.assert_status(409);
    let (s, _) = a
        .api
        .patch(&format!("/listings/{id}"), json!({"price": "1"}))
        .await;
    assert_eq!(s, 409);
    // Archived listings leave the public catalog and their public page.
    app.browser()
        .get(&format!("/listings/{id}"))
        .await
        .assert_status(404);
}

async fn bad_listings_are_refused_field_by_field_and_nothing_is_written(app: TestApp) {
    let eur = app.coop("Coopermondo", "both", "IT", "EUR").await;
    for (field, value, msg) in [
        ("price", json!("0"), "more than zero"),
        ("price", json!("-1"), "more than zero"),
        ("price", json!("1.234"), "at most 2 decimals"),
        ("category", json!("weapons"), "not a category"),
        ("unit", json!("furlong"), "not a unit"),
        ("title", json!(""), "enter a title"),
        ("title", json!("x".repeat(10_000)), "longer than 200"),
        ("stock", json!("-5"), "must not be negative"),
    ] {
        let (s, e) = eur
            .api
            .post("/listings", listing("E-1", json!({ field: value })))
            .await;
        assert_eq!(s, 422, "{field}: {e}");
        let f = &e["error"]["fields"][0];
        assert_eq!(f["field"], field);
        assert!(f["message"].as_str().unwrap().contains(msg), "{field}: {f}");
    }
    let (s, e) = eur
        .api
        .post("/listings", json!({"sku": "E", "price": 3}))
        .await;
    assert_eq!(s, 422, "a number where a decimal string is expected: {e}");
    let (s, _) = eur
        .api
        .post("/listings", json!({"sku": "E", "colour": "red"}))
        .await;
    assert_eq!(s, 422);
    // JPY has no decimals; the web form shows the error beside the field and keeps the input.
    let jp = app.coop("JCCU Producers", "both", "JP", "JPY").await;
    let page = jp
        .admin
        .submit(
            &format!("/coops/{}/listings", jp.id),
            &[
                ("sku", "RICE-5"),
                ("title", "Rice"),
                ("category", "grains-pulses"),
                ("unit", "kg"),
                ("price", "1.5"),
                ("stock", "10"),
                ("origin_country", "JP"),
            ],
        )
        .await;
    page.assert_status(422)
        .assert_contains("JPY allows no decimals")
        .assert_contains("value=\"RICE-5\"");
    assert_eq!(app.count("listings").await, 0);
    // Duplicate SKU in the same co-op.
    assert_eq!(
        eur.api.post("/listings", listing("DUP", json!({}))).await.0,
        201
    );
    let (s, e) = eur.api.post("/listings", listing("DUP", json!({}))).await;
    assert_eq!(s, 409, "a conflict with the listing that holds the SKU");
    assert!(e["error"]["message"].as_str().unwrap().contains("SKU"));
    assert_eq!(app.count("listings").await, 1);
}

/// Lists `sku` with the fields `f` changed; its id.
pub(crate) async fn make(api: &crate::market::Api, sku: &str, f: Value) -> i64 {
    let (s, v) = api.post("/listings", listing(sku, f)).await;
    assert_eq!(s, 201, "{v}");
    v["id"].as_i64().unwrap()
}

/// The SKUs the API's search `query` finds, sorted.
pub(crate) async fn q(api: &crate::market::Api, query: &str) -> Vec<String> {
    let (s, v) = api.get(&format!("/listings?{query}")).await;
    assert_eq!(s, 200, "{query}: {v}");
    skus(&v)
}

async fn search_and_every_filter_return_exactly_the_right_listings(app: TestApp) {
    let tg = app.coop("Togo Youth", "producer", "TG", "XOF").await;
    let it = app.coop("Coopermondo", "both", "IT", "EUR").await;
    let lk = app.coop("Negombo Fishers", "producer", "LK", "EUR").await;
    make(&tg.api, "PIN", json!({"title": "Organic pineapple", "price": "650", "certifications": ["organic", "fairtrade"]})).await;
    make(&tg.api, "DRY", json!({"title": "Dried pineapple rings", "category": "processed-food", "price": "2500", "stock": "0"})).await;
    make(&it.api, "OIL", json!({"title": "Olive oil", "description": "Cold pressed from Puglia", "category": "processed-food", "origin_country": "IT", "price": "9.80", "unit": "bottle", "certifications": ["organic"]})).await;
    make(&it.api, "PASTA", json!({"title": "Pasta from social co-ops", "category": "grains-pulses", "origin_country": "IT", "price": "2.40"})).await;
    make(&lk.api, "TUNA", json!({"title": "Yellowfin tuna", "category": "fish-seafood", "origin_country": "LK", "price": "14.50", "certifications": ["msc"]})).await;
    make(
        &lk.api,
        "DRAFT",
        json!({"title": "Secret pineapple", "status": "draft"}),
    )
    .await;

    assert_eq!(
        q(&tg.api, "").await,
        ["DRY", "OIL", "PASTA", "PIN", "TUNA"],
        "drafts are never listed"
    );
    assert_eq!(q(&tg.api, "q=pineapple").await, ["DRY", "PIN"]);
    assert_eq!(q(&tg.api, "q=pine").await, ["DRY", "PIN"], "prefix search");
    // A text search page by page, newest first: a full page, then the last one.
    let (_, p1) = tg.api.get("/listings?q=pineapple&per_page=1").await;
    assert_eq!(
        (skus(&p1), p1["next_page"].as_u64()),
        (vec!["DRY".to_string()], Some(2))
    );
    let (_, p2) = tg.api.get("/listings?q=pineapple&per_page=1&page=2").await;
    assert_eq!(
        (skus(&p2), p2["next_page"].as_u64()),
        (vec!["PIN".to_string()], None)
    );
    assert_eq!(
        q(&tg.api, "q=PUGLIA").await,
        ["OIL"],
        "description, any case"
    );
    assert_eq!(
        q(&tg.api, "q=pineapple+rings").await,
        ["DRY"],
        "every word must match"
    );
    assert_eq!(q(&tg.api, "q=caviar").await, Vec::<String>::new());
    assert_eq!(q(&tg.api, "category=processed-food").await, ["DRY", "OIL"]);
    assert_eq!(q(&tg.api, "country=it").await, ["OIL", "PASTA"]);
    assert_eq!(q(&tg.api, "cert=organic").await, ["OIL", "PIN"]);
    assert_eq!(q(&tg.api, "cert=fairtrade").await, ["PIN"]);
    assert_eq!(q(&tg.api, "cert=msc").await, ["TUNA"]);
    assert_eq!(
        q(&tg.api, &format!("seller={}", it.id)).await,
        ["OIL", "PASTA"]
    );
    assert_eq!(q(&tg.api, "currency=EUR").await, ["OIL", "PASTA", "TUNA"]);
    assert_eq!(
        q(&tg.api, "currency=EUR&min_price=2.40&max_price=10").await,
        ["OIL", "PASTA"],
        "bounds are inclusive"
    );
    assert_eq!(q(&tg.api, "in_stock=1&currency=XOF").await, ["PIN"]);
    assert_eq!(
        q(&tg.api, "q=pineapple&category=fruit-vegetables&country=TG").await,
        ["PIN"]
    );

    let (_, v) = tg.api.get("/listings?currency=EUR&sort=price").await;
    let order: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sku"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["PASTA", "OIL", "TUNA"]);
    let (_, v) = tg.api.get("/listings?sort=name").await;
    let order: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["sku"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["DRY", "OIL", "PIN", "PASTA", "TUNA"]);
    // Pagination: 2 per page, newest first, keeps going until the end.
    let (_, p1) = tg.api.get("/listings?per_page=2").await;
    assert_eq!(
        (
            p1["items"].as_array().unwrap().len(),
            p1["next_page"].as_u64()
        ),
        (2, Some(2))
    );
    let (_, p3) = tg.api.get("/listings?per_page=2&page=3").await;
    assert_eq!(
        (
            p3["items"].as_array().unwrap().len(),
            p3["next_page"].as_u64()
        ),
        (1, None)
    );
    // Bad filters say what is wrong.
    let (s, e) = tg.api.get("/listings?per_page=500").await;
    assert_eq!(s, 422);
    assert!(e["error"]["message"].as_str().unwrap().contains("per_page"));
    // Without a currency, an API price bound is in the co-op's own currency.
    let (s, own) = tg.api.get("/listings?min_price=3").await;
    assert_eq!(s, 200, "{own}");
    let currency = tg.api.get("/me").await.1["coop"]["currency"].clone();
    let explicit = format!(
        "/listings?min_price=3&currency={}",
        currency.as_str().unwrap()
    );
    assert_eq!(own, tg.api.get(&explicit).await.1);

    // The web catalog shows the same, and its pagination keeps the filters.
    let page = app
        .browser()
        .get("/catalog?currency=EUR&per_page=1&sort=price")
        .await;
    page.assert_status(200)
        .assert_contains("Pasta from social co-ops")
        .assert_contains("page=2");
    assert!(page.body.contains("currency=EUR") && page.body.contains("sort=price"));
    let page = app.browser().get("/catalog?min_price=1").await;
    page.assert_status(200)
        .assert_contains("choose a currency to filter by price");
    app.browser()
        .get(&format!("/coops/{}", it.id))
        .await
        .assert_contains("Olive oil");
}

async fn csv_round_trips_and_a_bad_file_writes_nothing(app: TestApp) {
    let c = app.coop("Hambantota Papaya", "producer", "LK", "LKR").await;
    let csv = "sku,title,description,category,unit,price,stock,min_order,origin_country,origin_region,certifications,lead_time_days,status\n\
PAP-1,Red Lady papaya,\"Sweet, ripe\",fruit-vegetables,kg,450,1200.5,10,LK,Southern,organic;fairtrade,5,active\n\
PAP-2,Green papaya,For cooking,fruit-vegetables,kg,300.50,800,5,LK,Southern,,3,draft\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.csv");
    std::fs::write(&file, csv).unwrap();
    let run = |args: Vec<String>| {
        std::process::Command::new(env!("CARGO_BIN_EXE_cooptrade"))
            .args(args)
            .env("DATABASE_URL", &app.database_url)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let coop = c.id.to_string();
    let o = run(vec![
        "listings".into(),
        "import".into(),
        "--coop".into(),
        coop.clone(),
        file.display().to_string(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("2 created, 0 updated, 0 unchanged"));
    let o = run(vec![
        "listings".into(),
        "import".into(),
        "--coop".into(),
        coop.clone(),
        file.display().to_string(),
    ]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("0 created, 0 updated, 2 unchanged"),
        "importing twice changes nothing"
    );

    let export1 = c
        .admin
        .get(&format!("/coops/{}/listings/export.csv", c.id))
        .await;
    export1.assert_status(200);
    assert_eq!(
        export1.body,
        csv.replace(",450,", ",450.00,"),
        "exported in canonical form"
    );
    std::fs::write(&file, &export1.body).unwrap();
    let o = run(vec![
        "listings".into(),
        "import".into(),
        "--coop".into(),
        coop.clone(),
        file.display().to_string(),
    ]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("2 unchanged"));
    let o = run(vec![
        "listings".into(),
        "export".into(),
        "--coop".into(),
        coop.clone(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        export1.body,
        "export, import, export: identical"
    );

    // A file with bad rows: every problem reported, nothing written, even the good row.
    let bad = "sku,title,category,unit,price,stock,origin_country\n\
PAP-1,Red Lady papaya,fruit-vegetables,kg,999,10,LK\n\
PAP-3,,fruit-vegetables,kg,1.234,10,LK\n\
PAP-4,Papaya jam,jams,jar,10,-1,LK\n";
    std::fs::write(&file, bad).unwrap();
    let o = run(vec![
        "listings".into(),
        "import".into(),
        "--coop".into(),
        coop.clone(),
        file.display().to_string(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    for line in [
        "row 3, column title",
        "row 3, column price",
        "row 4, column category",
        "row 4, column unit",
        "row 4, column stock",
        "nothing imported: 5 problems",
    ] {
        assert!(err.contains(line), "{line} in {err}");
    }
    let after = c
        .admin
        .get(&format!("/coops/{}/listings/export.csv", c.id))
        .await;
    assert_eq!(after.body, export1.body, "nothing changed");

    // The web import shows the same errors as a table.
    let token = c.admin.cookie("csrf").unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "file",
            reqwest::multipart::Part::bytes(bad.as_bytes().to_vec()).file_name("bad.csv"),
        );
    let resp = c
        .admin
        .client
        .post(c.admin.url(&format!("/coops/{}/listings/import", c.id)))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let page = common::Browser::read(resp).await;
    page.assert_status(422)
        .assert_contains("Nothing was imported")
        .assert_contains("<td>price</td>");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", "wrong")
        .part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("in.csv"),
        );
    let resp = c
        .admin
        .client
        .post(c.admin.url(&format!("/coops/{}/listings/import", c.id)))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    assert_eq!(app.count("listings").await, 2);
}

async fn drafts_can_be_deleted_but_ordered_listings_only_archived(app: TestApp) {
    let c = app.coop("Thise", "producer", "DK", "DKK").await;
    let (_, d) = c
        .api
        .post("/listings", listing("MILK", json!({"status": "draft"})))
        .await;
    let (_, o) = c
        .api
        .post("/listings", listing("BUTTER", json!({"status": "draft"})))
        .await;
    let (d, o) = (d["id"].as_i64().unwrap(), o["id"].as_i64().unwrap());
    // Pretend BUTTER was ordered once.
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared(&format!(
            "UPDATE listings SET ever_ordered = TRUE WHERE id = {o}"
        ))
        .await
        .unwrap();
    let base = format!("/coops/{}/listings", c.id);
    c.admin
        .submit(&format!("{base}/{o}/delete"), &[])
        .await
        .assert_status(409)
        .assert_contains("only be archived");
    c.admin
        .submit(&format!("{base}/{d}/delete"), &[])
        .await
        .assert_status(303);
    assert_eq!(app.count("listings").await, 1);
    c.admin
        .submit(&format!("{base}/{o}/status?to=archived"), &[])
        .await
        .assert_status(303);
    c.admin
        .submit(&format!("{base}/{o}/status?to=active"), &[])
        .await
        .assert_status(409);
}

async fn stock_never_goes_below_zero(app: TestApp) {
    let c = app.coop("Fishers", "producer", "LK", "LKR").await;
    let (_, l) = c
        .api
        .post("/listings", listing("TUNA", json!({"stock": "2.5"})))
        .await;
    let id = l["id"].as_i64().unwrap() as i32;
    use cooptrade::store::listings::adjust_stock;
    adjust_stock(&app.db, id, -2000).await.unwrap();
    let e = adjust_stock(&app.db, id, -501).await.unwrap_err();
    assert_eq!(e.to_string(), "insufficient stock");
    adjust_stock(&app.db, id, -500).await.unwrap();
    let (_, l) = c.api.get(&format!("/listings/{id}")).await;
    assert_eq!(l["stock"], "0");
    assert!(adjust_stock(&app.db, 987_654, -1).await.is_err());
}

on_both_backends!(
    a_coop_only_manages_its_own_listings_and_buyers_cannot_list,
    bad_listings_are_refused_field_by_field_and_nothing_is_written,
    search_and_every_filter_return_exactly_the_right_listings,
    csv_round_trips_and_a_bad_file_writes_nothing,
    drafts_can_be_deleted_but_ordered_listings_only_archived,
    stock_never_goes_below_zero,
);
