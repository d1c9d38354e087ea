//! What the domain and the store say (their errors are codes, `i18n::Msg`) reaches people in
//! their language through every surface: pages, the API with `Accept-Language`, the command line
//! with `LANG`; amounts of goods say their unit in the number's plural.
use crate::common;

mod http;
mod states;
mod store;

use std::process::Command;

use crate::market::{listing, Coop};
use common::{Browser, TestApp};
use i18n::{Lang, Tr};
use serde_json::{json, Value};

/// A visitor's browser that chose `lang` with the switch.
async fn visitor(app: &TestApp, lang: &str) -> Browser {
    let b = app.browser();
    b.submit("/locale", &[("locale", lang)])
        .await
        .assert_status(303);
    b
}

/// `c` sends `body` to `path` asking for answers in `lang`.
async fn post_in(app: &TestApp, c: &Coop, path: &str, body: Value, lang: &str) -> (u16, Value) {
    let resp = c
        .api
        .client
        .post(format!("{}/api/v1{path}", app.base))
        .bearer_auth(&c.api.token)
        .header("Accept-Language", lang)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

fn assert_none_of(body: &str, english: &[&str]) {
    for e in english {
        assert!(!body.contains(e), "English {e:?} left in: {body}");
    }
}

async fn store_errors_on_pages_are_in_the_viewers_language(app: TestApp) {
    let cases = [
        (
            "fr",
            "« x@y » n’est pas une adresse e-mail.",
            "Utilisez au moins 10 caractères.",
            "la page est un nombre de 1 à 10000",
            "Cette annonce n’existe pas.",
        ),
        (
            "ja",
            "「x@y」はメールアドレスではありません。",
            "10文字以上にしてください。",
            "ページは 1〜10000 の数値です",
            "この商品は存在しません。",
        ),
    ];
    for (lang, email, password, page, missing) in cases {
        let b = visitor(&app, lang).await;
        let form = [("name", "Ama"), ("email", "x@y"), ("password", "short")];
        let p = b.submit("/register", &form).await;
        p.assert_status(422)
            .assert_contains(email)
            .assert_contains(password);
        assert_none_of(&p.body, &["is not an e-mail address", "use at least 10"]);
        let p = b.get("/catalog?page=0").await;
        p.assert_contains(page);
        assert_none_of(&p.body, &["page is a number"]);
        let p = b.get("/listings/987654").await;
        p.assert_status(404).assert_contains(missing);
        assert_none_of(&p.body, &["listing not found"]);
    }
}

/// A producer whose admin reads the pages in `lang`.
async fn producer_in(app: &TestApp, name: &str, lang: &str) -> Coop {
    let c = app.coop(name, "producer", "TG", "XOF").await;
    c.admin
        .submit("/locale", &[("locale", lang)])
        .await
        .assert_status(303);
    c
}

async fn a_producers_forms_refuse_in_their_language(app: TestApp) {
    for (lang, sku, iban) in [
        (
            "fr",
            "utilisez seulement des lettres, des chiffres et - _ . /",
            "la clé de contrôle de cet IBAN est fausse",
        ),
        (
            "ja",
            "英字、数字、- _ . / のみ使えます",
            "この IBAN のチェックディジットが正しくありません",
        ),
    ] {
        let c = producer_in(&app, &format!("Coop {lang}"), lang).await;
        let form = [
            ("sku", "a b"),
            ("title", "Ananas"),
            ("category", "fruit-vegetables"),
            ("unit", "piece"),
            ("price", "650"),
            ("stock", "10"),
            ("origin_country", "TG"),
        ];
        let p = c
            .admin
            .submit(&format!("/coops/{}/listings", c.id), &form)
            .await;
        p.assert_status(422).assert_contains(sku);
        assert_none_of(&p.body, &["use letters, digits"]);
        let bank = [
            ("account_holder", "Coop"),
            ("iban", "DE89370400440532013001"),
            ("bic", "COBADEFFXXX"),
        ];
        let p = c
            .admin
            .submit(&format!("/coops/{}/payout-details", c.id), &bank)
            .await;
        p.assert_status(422).assert_contains(iban);
        assert_none_of(&p.body, &["check digits are wrong"]);
    }
}

async fn api_field_errors_follow_accept_language(app: TestApp) {
    let c = app.coop("Kara Farmers", "producer", "TG", "XOF").await;
    let bad = listing("a b", json!({"unit": "furlong", "category": "weapons"}));
    for (lang, sku, unit, category) in [
        (
            "fr-FR",
            "utilisez seulement des lettres",
            "« furlong » n’est pas une unité",
            "« weapons » n'est pas une catégorie",
        ),
        (
            "ja",
            "英字、数字、- _ . / のみ使えます",
            "「furlong」は単位ではありません",
            "「weapons」はカテゴリーではありません",
        ),
    ] {
        let (status, v) = post_in(&app, &c, "/listings", bad.clone(), lang).await;
        assert_eq!(status, 422);
        assert_eq!(v["error"]["code"], "invalid");
        let said = |field: &str| {
            let fields = v["error"]["fields"].as_array().cloned().unwrap_or_default();
            let f = fields.iter().find(|f| f["field"] == field);
            f.and_then(|f| f["message"].as_str())
                .unwrap_or("")
                .to_owned()
        };
        assert!(said("sku").contains(sku), "{v}");
        assert!(said("unit").contains(unit), "{v}");
        assert!(said("category").contains(category), "{v}");
    }
    // English keeps the English words.
    let (s, v) = c.api.post("/listings", bad).await;
    assert_eq!(s, 422);
    assert!(v.to_string().contains("'furlong' is not a unit"), "{v}");
}

async fn a_refused_photo_file_is_named_in_the_senders_language(app: TestApp) {
    let c = app.coop("Kpalime Farmers", "producer", "TG", "XOF").await;
    let (s, l) = c.api.post("/listings", listing("PINE", json!({}))).await;
    assert_eq!(s, 201, "{l}");
    for (lang, says) in [
        ("fr", "notes.txt n’est pas une image JPEG, PNG ou WebP"),
        ("ja", "notes.txt は JPEG・PNG・WebP の画像ではありません"),
    ] {
        let part = reqwest::multipart::Part::bytes(b"not a photo".to_vec()).file_name("notes.txt");
        let form = reqwest::multipart::Form::new()
            .text("alt", "Pineapples")
            .part("photos", part);
        let resp = c
            .api
            .client
            .post(format!("{}/api/v1/listings/{}/photos", app.base, l["id"]))
            .bearer_auth(&c.api.token)
            .header("Accept-Language", lang)
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 422);
        let v: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(v["error"]["fields"][0]["message"], says, "{v}");
    }
}

/// `cooptrade listings import` of `csv` for co-op `coop`, with `LANG` set to `lang`.
fn import_with_lang(app: &TestApp, coop: i32, csv: &str, lang: &str) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.csv");
    std::fs::write(&file, csv).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(["listings", "import", "--coop", &coop.to_string()])
        .arg(&file)
        .env("DATABASE_URL", &app.database_url)
        .env("PHOTO_DIR", &app.photo_dir)
        .env("RUST_LOG", "warn")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("run cooptrade");
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

async fn the_cli_says_an_imports_row_problems_in_the_language_of_lang(app: TestApp) {
    let c = app.coop("Hambantota Papaya", "producer", "LK", "LKR").await;
    let csv = "sku,title,category,unit,price,stock,origin_country\n\
PAP-1,Papaya,fruit-vegetables,crate,450,10,LK\n\
PAP-1,Papaya,fruit-vegetables,furlong,450,10,LK\n";
    for (lang, twice, unit) in [
        (
            "fr_FR.UTF-8",
            "la référence PAP-1 figure deux fois dans le fichier",
            "« furlong » n’est pas une unité",
        ),
        (
            "ja_JP.UTF-8",
            "SKU PAP-1 がファイル内に 2 回あります",
            "「furlong」は単位ではありません",
        ),
    ] {
        let (ok, err) = import_with_lang(&app, c.id, csv, lang);
        assert!(!ok, "{err}");
        assert!(err.contains(unit), "{lang}: {err}");
        let (_, err) = import_with_lang(&app, c.id, &csv.replace("furlong", "crate"), lang);
        assert!(err.contains(twice), "{lang}: {err}");
        assert_none_of(&err, &["appears twice", "is not a unit"]);
    }
    let (_, en) = import_with_lang(&app, c.id, csv, "C.UTF-8");
    assert!(en.contains("'furlong' is not a unit"), "{en}");
}

async fn amounts_of_goods_say_their_unit_in_the_numbers_plural(app: TestApp) {
    let c = app.coop("Kpalime Boxes", "producer", "TG", "XOF").await;
    let body = listing(
        "BOX",
        json!({"unit": "box", "stock": "1", "min_order": "2", "price": "650"}),
    );
    let (s, l) = c.api.post("/listings", body).await;
    assert_eq!(s, 201, "{l}");
    let path = format!("/listings/{}", l["id"]);
    for (lang, one, two) in [
        ("en", "1 box", "2 boxes"),
        ("fr", "1 boîte", "2 boîtes"),
        ("it", "1 scatola", "2 scatole"),
        ("ja", "1 箱", "2 箱"),
    ] {
        let p = visitor(&app, lang).await.get(&path).await;
        p.assert_status(200)
            .assert_contains(one)
            .assert_contains(two);
    }
}

on_both_backends!(
    store_errors_on_pages_are_in_the_viewers_language,
    a_producers_forms_refuse_in_their_language,
    api_field_errors_follow_accept_language,
    a_refused_photo_file_is_named_in_the_senders_language,
    the_cli_says_an_imports_row_problems_in_the_language_of_lang,
    amounts_of_goods_say_their_unit_in_the_numbers_plural,
);

/// Every code the program says something with, read from its source (and the entity crate's,
/// whose `text_enum!` refusals are codes): `Msg::code("…")` and the keys passed to the helpers
/// that build one (`m(…)`, `refuse(…)`, a `match` of keys).
fn coded_keys() -> Vec<String> {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut keys = std::collections::BTreeSet::new();
    let english: std::collections::BTreeSet<String> =
        i18n::message_ids(Lang::En).unwrap().into_iter().collect();
    let mut dirs = vec![manifest.join("src"), manifest.join("entity/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if !text.contains("Msg") {
                continue;
            }
            for literal in text.split('"').skip(1).step_by(2) {
                if english.contains(literal) {
                    keys.insert(literal.to_owned());
                }
            }
        }
    }
    keys.into_iter().collect()
}

/// A message with no words of its own (only placeables, digits and punctuation) may read alike.
fn has_words(text: &str) -> bool {
    let mut depth = 0;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

#[test]
fn every_coded_message_has_its_own_words_in_french_and_japanese() {
    let keys = coded_keys();
    assert!(keys.len() > 60, "found only {} codes", keys.len());
    let (en, fr, ja) = (
        Tr::new(Lang::En, i18n::chrono_tz::UTC),
        Tr::new(Lang::Fr, i18n::chrono_tz::UTC),
        Tr::new(Lang::Ja, i18n::chrono_tz::UTC),
    );
    for lang in Lang::ALL {
        let ids = i18n::message_ids(lang).unwrap();
        for k in &keys {
            assert!(ids.contains(k), "{}: no {k}", lang.code());
        }
    }
    for k in &keys {
        let english = en.t(k);
        if has_words(&english) {
            assert_ne!(fr.t(k), english, "{k} reads as English in French");
            assert_ne!(ja.t(k), english, "{k} reads as English in Japanese");
        }
    }
}

#[test]
fn a_stored_reason_is_said_in_each_readers_language() {
    use cooptrade::error::Msg;
    let why = Msg::code("decision-why-line-paid")
        .num("line", 3)
        .money("amount", 1250, "EUR", 2);
    let stored = why.to_stored();
    let read = Msg::from_stored(&stored);
    assert_eq!(read, why);
    let fr = Tr::new(Lang::Fr, i18n::chrono_tz::UTC);
    let ja = Tr::new(Lang::Ja, i18n::chrono_tz::UTC);
    assert_eq!(fr.say(&read), "ligne n° 3 : 12,50\u{a0}EUR");
    assert_eq!(ja.say(&read), "3 行目: EUR\u{a0}12.50");
    assert_eq!(read.to_string(), "line #3: EUR\u{a0}12.50");
    // A person's words stay theirs.
    let typed = Msg::from_stored("the crates were late");
    assert_eq!(fr.say(&typed), "the crates were late");
}
