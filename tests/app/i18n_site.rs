//! The catalog, a listing's page, the listing form and the account as people meet them in their
//! language: local money and country names, forms that read back what they showed, and dates in
//! the member's time zone.
use crate::common;

use crate::market::listing;
use common::TestApp;
use entity::listing as listing_row;
use sea_orm::EntityTrait;
use serde_json::json;

/// The value a text input of `html` shows for `name`.
fn field(html: &str, name: &str) -> String {
    let at = format!(r#"name="{name}" value=""#);
    let start = html
        .find(&at)
        .map(|i| i + at.len())
        .unwrap_or_else(|| panic!("no {name}: {html}"));
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// A page of `path` for a visitor who chose `lang` with the switch.
async fn page_in(app: &TestApp, lang: &str, path: &str) -> String {
    let b = app.browser();
    b.submit("/locale", &[("locale", lang)])
        .await
        .assert_status(303);
    b.get(path).await.assert_status(200).body.clone()
}

async fn the_catalog_and_a_listing_speak_the_visitors_language_and_money(app: TestApp) {
    let dk = app.coop("Andelsgaarden", "producer", "DK", "DKK").await;
    let body = listing(
        "AEBLER",
        json!({"price": "1234.50", "origin_country": "DK", "stock": "0"}),
    );
    let (s, l) = dk.api.post("/listings", body).await;
    assert_eq!(s, 201, "{l}");
    let id = l["id"].as_i64().unwrap();

    let item = format!("/listings/{id}");
    let pages: [(&str, &str, &[&str]); 7] = [
        (
            "fr",
            "/catalog",
            &[
                "1\u{202f}234,50\u{a0}DKK",
                "Tous les pays",
                "Danemark",
                ">épuisé<",
                "Trier par",
                " / kg",
            ],
        ),
        // Price bounds are typed the way the language writes numbers.
        (
            "fr",
            "/catalog?currency=DKK&min_price=1%C2%A0000%2C50",
            &["Listing AEBLER"],
        ),
        (
            "fr",
            "/catalog?currency=DKK&max_price=1000%2C50",
            &["Aucune offre ne correspond."],
        ),
        (
            "fr",
            "/catalog?max_price=1000%2C50",
            &["choisissez une monnaie pour filtrer par prix"],
        ),
        (
            "ja",
            "/catalog",
            &[
                "DKK\u{a0}1,234.50",
                "すべての国",
                "デンマーク",
                "在庫切れ",
                "カタログ",
            ],
        ),
        (
            "fr",
            &item,
            &[
                "1\u{202f}234,50\u{a0}DKK le kg · vendu par",
                "Commande minimum",
                "Fruits et légumes",
                "3 jours",
                "Danemark · Maritime",
            ],
        ),
        (
            "ja",
            &item,
            &[
                "1 kg あたり DKK\u{a0}1,234.50",
                "最小注文数量",
                "果物・野菜",
                "3 日",
                "ログイン</a>してください",
            ],
        ),
    ];
    for (lang, path, wants) in pages {
        let body = page_in(&app, lang, path).await;
        for want in wants {
            assert!(body.contains(want), "{lang} {path} lacks {want}: {body}");
        }
    }
    let ja = page_in(&app, "ja", &item).await;
    assert!(
        !ja.contains("Minimum order") && !ja.contains("Log in"),
        "{ja}"
    );
}

/// Saving the edit form as it was shown leaves the listing exactly as it was, in every language.
async fn an_unchanged_edit_form_saves_the_same_amounts_in_every_language(app: TestApp) {
    let kw = app.coop("Kuwait Dates", "producer", "KW", "KWD").await;
    let body = listing(
        "DATES",
        json!({"price": "1.234", "stock": "1234.5", "min_order": "0.25"}),
    );
    let (s, l) = kw.api.post("/listings", body).await;
    assert_eq!(s, 201, "{l}");
    let id = l["id"].as_i64().unwrap();
    let edit = format!("/coops/{}/listings/{id}/edit", kw.id);
    let before = listing_row::Entity::find_by_id(id as i32)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // Each language's form is saved as shown, then with a quantity typed in Spanish marks.
    let rounds = [
        ("es", "1,234", "1234,5", None, 1_234_500),
        ("en", "1.234", "1234.5", None, 1_234_500),
        ("fr", "1,234", "1234,5", None, 1_234_500),
        ("ja", "1.234", "1234.5", None, 1_234_500),
        ("da", "1,234", "1234,5", None, 1_234_500),
        ("es", "1,234", "1234,5", Some("1.500,25"), 1_500_250),
    ];
    for (lang, price, stock, typed_stock, saved_stock) in rounds {
        kw.admin.submit("/locale", &[("locale", lang)]).await;
        let page = kw.admin.get(&edit).await;
        // The form shows the amounts as the language writes them, ungrouped.
        assert_eq!(
            (
                field(&page.body, "price").as_str(),
                field(&page.body, "stock").as_str()
            ),
            (price, stock),
            "{lang}"
        );
        let names = [
            "sku",
            "title",
            "price",
            "stock",
            "stock_shown",
            "min_order",
            "origin_country",
            "origin_region",
            "certifications",
            "lead_time_days",
        ];
        let mut fields: Vec<(&str, String)> =
            names.iter().map(|n| (*n, field(&page.body, n))).collect();
        if let Some(typed) = typed_stock {
            fields.retain(|(n, _)| *n != "stock");
            fields.push(("stock", typed.to_owned()));
        }
        fields.extend([
            ("description", "Good food".to_owned()),
            ("category", "fruit-vegetables".into()),
            ("unit", "kg".into()),
            ("status", "active".into()),
        ]);
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // A KWD price of 1.234 shown as "1,234" in a comma language is read back, not refused as ambiguous.
        kw.admin.submit(&edit, &refs).await.assert_status(303);
        let after = listing_row::Entity::find_by_id(id as i32)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (after.price_minor, after.stock_milli, after.min_order_milli),
            (1234, saved_stock, 250),
            "{lang}"
        );
    }
    assert_eq!(
        (
            before.price_minor,
            before.stock_milli,
            before.min_order_milli
        ),
        (1234, 1_234_500, 250)
    );
}

/// A member's dates follow their co-op's country until they choose a zone; a zone chrono-tz does
/// not know is refused beside the field.
async fn a_member_chooses_the_time_zone_of_their_dates(app: TestApp) {
    let jp = app.coop("Tokyo Tea", "producer", "JP", "JPY").await;
    let b = &jp.admin;
    b.submit("/locale", &[("locale", "ja")]).await;
    b.get("/account")
        .await
        .assert_status(200)
        .assert_contains("自動：Asia/Tokyo（協同組合の国：日本）");
    b.submit("/account/time-zone", &[("time_zone", "Mars/Olympus")])
        .await
        .assert_status(422)
        .assert_contains("「Mars/Olympus」はタイムゾーンではありません");
    b.submit("/account/time-zone", &[("time_zone", "America/Bogota")])
        .await
        .assert_status(303);
    let user = cooptrade::store::users::find_by_email(&app.db, &jp.admin_email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.time_zone.as_deref(), Some("America/Bogota"));
    b.get("/account")
        .await
        .assert_contains(r#"<option value="America/Bogota" selected>"#);
    b.submit("/account/time-zone", &[("time_zone", "")])
        .await
        .assert_status(303);
    let user = cooptrade::store::users::find_by_email(&app.db, &jp.admin_email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.time_zone, None);
}

on_both_backends!(
    the_catalog_and_a_listing_speak_the_visitors_language_and_money,
    an_unchanged_edit_form_saves_the_same_amounts_in_every_language,
    a_member_chooses_the_time_zone_of_their_dates,
);
