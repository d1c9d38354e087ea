//! The catalog as a buyer searches it: choices with names built from the listings, a search that
//! finds a seller by name and forgives a typo.
use crate::catalog::{make, q, skus};
use crate::common;

use crate::market::listing;
use common::TestApp;
use serde_json::{json, Value};

/// The options of the `<select name=...>` on a page, as (value, label, selected).
fn options(body: &str, name: &str) -> Vec<(String, String, bool)> {
    let start = body
        .find(&format!("<select id=\"f-{name}\" name=\"{name}\">"))
        .unwrap_or_else(|| panic!("no select {name} in:\n{body}"));
    let end = start + body[start..].find("</select>").unwrap();
    body[start..end]
        .split("<option ")
        .skip(1)
        .map(|o| {
            let value = o.split('"').nth(1).unwrap().to_owned();
            let label = o[o.find('>').unwrap() + 1..].split('<').next().unwrap();
            (value, label.to_owned(), o.contains(" selected"))
        })
        .collect()
}

fn labels(opts: &[(String, String, bool)]) -> Vec<&str> {
    opts.iter().map(|(_, l, _)| l.as_str()).collect()
}

async fn filters_offer_what_the_catalog_holds_by_name(app: TestApp) {
    let tg = app
        .coop("Ananas Youth of Togo", "producer", "TG", "XOF")
        .await;
    let it = app.coop("Coopermondo", "both", "IT", "EUR").await;
    let (s, v) = tg
        .api
        .post(
            "/listings",
            listing("PIN", json!({"title": "Organic pineapple"})),
        )
        .await;
    assert_eq!(s, 201, "{v}");
    let oil = json!({"title": "Olive oil", "category": "processed-food", "origin_country": "IT"});
    assert_eq!(it.api.post("/listings", listing("OIL", oil)).await.0, 201);
    let draft = json!({"title": "Tea", "origin_country": "LK", "category": "coffee-cocoa-tea", "status": "draft"});
    let (s, tea) = it.api.post("/listings", listing("TEA", draft)).await;
    assert_eq!(s, 201, "{tea}");

    let visitor = app.browser();
    let page = visitor.get("/catalog").await;
    page.assert_status(200);
    let b = &page.body;
    // Names, not codes, and only what an active listing has (the draft's Sri Lanka is not offered).
    assert_eq!(
        labels(&options(b, "country")),
        ["All countries", "Italy", "Togo"]
    );
    assert_eq!(
        labels(&options(b, "currency")),
        ["All currencies", "EUR", "XOF"]
    );
    assert_eq!(
        labels(&options(b, "category")),
        ["All categories", "Fruit and vegetables", "Processed food"]
    );
    let sellers = options(b, "seller");
    assert_eq!(
        labels(&sellers),
        ["All sellers", "Ananas Youth of Togo", "Coopermondo"]
    );
    assert_eq!(
        sellers[2].0,
        it.id.to_string(),
        "the seller's value is its id"
    );
    assert!(!b.contains("Seller co-op id"));

    // The API's query parameters drive the page: a lower-case code selects its country.
    let page = visitor
        .get(&format!("/catalog?country=it&seller={}", it.id))
        .await;
    let countries = options(&page.body, "country");
    assert!(
        countries.contains(&("IT".into(), "Italy".into(), true)),
        "{countries:?}"
    );
    assert!(options(&page.body, "seller")[2].2);
    page.assert_contains("Olive oil")
        .assert_contains("<details class=\"filters-fold\" open>");
    assert!(!page.body.contains("Organic pineapple"));
    // Without a filter the filters fold away on a small screen.
    assert!(b.contains("<details class=\"filters-fold\">"), "{b}");

    // Published, the draft's country is offered at once: to a member, whose pages are never
    // cached, and to a visitor, although both just read the choices.
    assert_eq!(it.admin.get("/catalog").await.status.as_u16(), 200);
    let at = format!("/listings/{}", tea["id"]);
    let (s, v) = it.api.patch(&at, json!({"status": "active"})).await;
    assert_eq!(s, 200, "{v}");
    for page in [
        it.admin.get("/catalog").await,
        visitor.get("/catalog").await,
    ] {
        assert_eq!(
            labels(&options(&page.body, "country")),
            ["All countries", "Italy", "Sri Lanka", "Togo"]
        );
    }
}

async fn search_finds_sellers_by_name_and_forgives_a_typo(app: TestApp) {
    let tg = app
        .coop("Ananas Youth of Togo", "producer", "TG", "XOF")
        .await;
    let it = app.coop("Coopermondo", "both", "IT", "EUR").await;
    for (sku, title) in [("PIN", "Organic pineapple"), ("DRY", "Dried fruit rings")] {
        make(&tg.api, sku, json!({"title": title})).await;
    }
    for (sku, title) in [("APL", "Apple juice"), ("PNA", "Pineapple jam")] {
        make(
            &it.api,
            sku,
            json!({"title": title, "origin_country": "IT"}),
        )
        .await;
    }
    let q = |query: &'static str| q(&it.api, query);
    // A seller's name finds all its goods, with other filters still applied.
    assert_eq!(q("q=ananas").await, ["DRY", "PIN"]);
    assert_eq!(q("q=ananas+rings").await, ["DRY"], "every word must match");
    assert_eq!(q("q=coopermondo&country=IT").await, ["APL", "PNA"]);
    // One typo still finds the word, and not a word that merely shares some letters.
    assert_eq!(q("q=pinapple").await, ["PIN", "PNA"]);
    assert_eq!(q("q=pineaple+jam").await, ["PNA"]);
    assert_eq!(q("q=pinapple&currency=XOF").await, ["PIN"]);
    assert_eq!(q("q=ananas&sort=name").await, ["DRY", "PIN"]);
    // A forgiving search pages like any other.
    let (_, p1) = it.api.get("/listings?q=pinapple&per_page=1").await;
    assert_eq!(
        (skus(&p1), p1["next_page"].as_u64()),
        (vec!["PNA".to_string()], Some(2))
    );
    let (_, p2) = it.api.get("/listings?q=pinapple&per_page=1&page=2").await;
    assert_eq!(
        (skus(&p2), p2["next_page"].as_u64()),
        (vec!["PIN".to_string()], None)
    );
    // Words found as typed are not widened: "apple" is not a typo of "pineapple".
    assert_eq!(q("q=apple").await, ["APL"]);
    assert_eq!(q("q=caviar").await, Vec::<String>::new());
    // A renamed listing is found by its new title's typo, not the old one's.
    let (_, l) = it.api.get("/listings?q=apple").await;
    let id = l["items"][0]["id"].as_i64().unwrap();
    let (s, _) = it
        .api
        .patch(
            &format!("/listings/{id}"),
            json!({"title": "Mango chutney"}),
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(q("q=mangoe").await, ["APL"]);
    assert_eq!(q("q=aple+juice").await, Vec::<String>::new());

    // The web page finds the same, with the seller's name shown.
    let page = app.browser().get("/catalog?q=ananas").await;
    page.assert_status(200)
        .assert_contains("Organic pineapple")
        .assert_contains("Ananas Youth of Togo");
    assert!(!page.body.contains("Pineapple jam"));

    // A co-op admitted after a search is found by its name at once (the server keeps the names).
    assert_eq!(q("q=kandy").await, Vec::<String>::new());
    let lk = app
        .coop("Kandy Spice Growers", "producer", "LK", "LKR")
        .await;
    let cinnamon = json!({"title": "Cinnamon quills", "origin_country": "LK"});
    make(&lk.api, "CIN", cinnamon).await;
    assert_eq!(q("q=kandy").await, ["CIN"]);
}

/// A word finds every indexed word it begins (on SQLite asked for by name, the names kept until
/// something changes): a word listed after a search is found at once, a renamed one is not,
/// and a word beginning more words than are asked by name, or typed with an accent, still finds.
async fn a_word_finds_what_begins_with_it_as_listings_change(app: TestApp) {
    let tg = app
        .coop("Ananas Youth of Togo", "producer", "TG", "XOF")
        .await;
    let post = |sku: &'static str, fields: Value| make(&tg.api, sku, fields);
    let q = |query: &'static str| q(&tg.api, query);
    post("PIN", json!({"title": "Pineapple"})).await;
    let crate_id = post("PNS", json!({"title": "Pineapples by the crate"})).await;
    assert_eq!(q("q=pine").await, ["PIN", "PNS"]);
    let anonymous = app.browser();
    anonymous.get("/catalog?q=pine").await.assert_status(200);

    post("PBJ", json!({"title": "Pineberry jelly"})).await;
    assert_eq!(
        q("q=pine").await,
        ["PBJ", "PIN", "PNS"],
        "a new word at once"
    );
    assert_eq!(q("q=pine+jel").await, ["PBJ"]);
    anonymous
        .get("/catalog?q=pine")
        .await
        .assert_contains("Pineberry jelly");
    let (s, _) = tg
        .api
        .patch(
            &format!("/listings/{crate_id}"),
            json!({"title": "Mangoes by the crate"}),
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(q("q=pine").await, ["PBJ", "PIN"], "a renamed word at once");
    assert_eq!(q("q=mang").await, ["PNS"]);

    // Forty words begin with "xq", ten with "xq3": more than are asked for by name, and fewer.
    let many: Vec<String> = (0..40).map(|i| format!("xq{i:02}")).collect();
    post(
        "MNY",
        json!({"title": "Mixed box", "description": many.join(" ")}),
    )
    .await;
    assert_eq!(q("q=xq").await, ["MNY"]);
    assert_eq!(q("q=xq3").await, ["MNY"]);
    assert_eq!(q("q=xq39+mix").await, ["MNY"]);
    // The index folds accents; a word typed with one is asked as typed.
    post("CAF", json!({"title": "Café de Colombia"})).await;
    assert_eq!(q("q=caf").await, ["CAF"]);
    assert_eq!(q("q=caf%C3%A9").await, ["CAF"]);
    // A word longer than any in the index, and a control character between words.
    let long = format!("q=caf{}", "e".repeat(2000));
    assert_eq!(
        crate::catalog::q(&tg.api, &long).await,
        Vec::<String>::new()
    );
    let (s, v) = tg.api.get("/listings?q=pine%07jel").await;
    assert_eq!(
        (s, v["error"]["fields"][0]["field"].as_str()),
        (422, Some("q")),
        "{v}"
    );
}

on_both_backends!(
    filters_offer_what_the_catalog_holds_by_name,
    search_finds_sellers_by_name_and_forgives_a_typo,
    a_word_finds_what_begins_with_it_as_listings_change,
);
