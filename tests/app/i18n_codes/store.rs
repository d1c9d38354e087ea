//! The store's and the domain's refusals that carried English words are codes now: an order
//! line under its minimum or over the stock (with its unit in the number's plural), a cart
//! changed since its page was drawn, a spending larger than the pool, a stale payout run with
//! its list of overpaid lines and the CLI's usage errors, each said in the reader's language
//! with its variable parts (names, amounts of goods, money).
use std::process::Command;

use cooptrade::domain::ledger::Account;
use cooptrade::store;
use serde_json::{json, Value};

use super::{assert_none_of, post_in};
use crate::common::{Browser, TestApp};
use crate::coop_cart::shared;
use crate::market::{balance, id_from, listing, market};
use crate::payout_seams::refund;
use crate::pool::propose;

/// The error's message, or the message beside `field`.
fn said<'a>(v: &'a Value, field: Option<&str>) -> &'a str {
    let message = match field {
        None => &v["error"]["message"],
        Some(f) => v["error"]["fields"]
            .as_array()
            .and_then(|all| all.iter().find(|x| x["field"] == f))
            .map_or(&Value::Null, |x| &x["message"]),
    };
    message.as_str().unwrap_or("")
}

/// `who` switches the pages to `lang` (saved on the account).
async fn speaks(who: &Browser, lang: &str) {
    who.submit("/locale", &[("locale", lang)])
        .await
        .assert_status(303);
}

async fn an_order_line_names_its_minimum_and_stock_with_the_units_plural(app: TestApp) {
    let seller = app.coop("Frutta Sicula", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Torino", "buyer", "IT", "EUR").await;
    let mangoes = json!({"title": "Manghi", "unit": "box", "stock": "3", "min_order": "2"});
    let (s, boxes) = seller
        .api
        .post("/listings", listing("MANGO", mangoes))
        .await;
    assert_eq!(s, 201, "{boxes}");
    let oil = json!({"title": "Olio", "unit": "kg", "stock": "1", "min_order": "0.5"});
    let (s, oil) = seller.api.post("/listings", listing("OIL", oil)).await;
    assert_eq!(s, 201, "{oil}");
    let order = |l: &Value, qty: &str| {
        json!({"lines": [{"listing_id": l["id"], "quantity": qty}],
               "delivery_address": "Via Roma 1, Torino"})
    };
    let (s, v) = post_in(&app, &buyer, "/orders", order(&boxes, "1"), "it").await;
    assert_eq!(s, 422, "{v}");
    assert_eq!(
        said(&v, Some("quantity")),
        "ordina almeno 2 scatole di «Manghi»",
        "{v}"
    );
    for (lang, over) in [
        (
            "it-IT",
            "scorte insufficienti per «Manghi»: ne restano meno di 4 scatole",
        ),
        ("ja", "「Manghi」の在庫が足りません。残りは 4 箱 未満です"),
        (
            "en",
            "insufficient stock for 'Manghi': fewer than 4 boxes left",
        ),
    ] {
        let (s, v) = post_in(&app, &buyer, "/orders", order(&boxes, "4"), lang).await;
        assert_eq!((s, &v["error"]["code"]), (409, &json!("conflict")), "{v}");
        assert_eq!(said(&v, None), over, "{lang}");
    }
    // A decimal amount in the reader's marks; a symbol never changes.
    let (s, v) = post_in(&app, &buyer, "/orders", order(&oil, "2.5"), "it").await;
    assert_eq!(s, 409, "{v}");
    assert_eq!(
        said(&v, None),
        "scorte insufficienti per «Olio»: ne restano meno di 2,5 kg"
    );
    assert_eq!(app.count("orders").await, 0, "nothing placed");
}

async fn a_changed_cart_is_refused_in_french_naming_who_changed_it(app: TestApp) {
    let s = shared(&app).await;
    speaks(&s.buyer.admin, "fr").await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let seen = s.buyer.admin.get("/cart").await.hidden("checkout_token");
    // Lars adds wine after the admin's page showed the cart.
    s.add(&s.lars, &s.wine, "2").await.assert_status(303);
    let p = s.checkout(&s.buyer.admin, &seen).await;
    p.assert_status(409).assert_contains(
        "le panier de votre coopérative a changé depuis l’affichage de cette page \
         (dernière modification par Lars) ; rien n’a été commandé",
    );
    assert_none_of(
        &p.body,
        &["changed since this page showed it", "last change by"],
    );
    assert_eq!(app.count("orders").await, 0, "nothing placed");
}

async fn a_spending_larger_than_the_pool_is_refused_in_danish(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("40").await; // fee 20.00 EUR, 10.00 of it to the pool
    assert_eq!(balance(&app, Account::Pool).await, 1000);
    let id = propose(&app, &m, "Cold store", "12").await;
    let path = format!("/committee/spending/{id}/decide");
    let approve = [("decision", "approve"), ("reason", "")];
    m.alice.submit(&path, &approve).await.assert_status(303);
    speaks(&m.bob, "da").await;
    // Bob's approval completes the quorum: the pool must hold the money.
    let p = m.bob.submit(&path, &approve).await;
    p.assert_status(409).assert_contains(&format!(
        "fællespuljen rummer kun 10,00\u{a0}EUR, mindre end de 12,00\u{a0}EUR til udgift nr. {id}"
    ));
    assert_none_of(&p.body, &["the common pool holds only"]);
    assert_eq!(
        balance(&app, Account::Pool).await,
        1000,
        "nothing earmarked"
    );
}

async fn a_stale_payout_run_lists_its_overpaid_lines_in_spanish(app: TestApp) {
    let m = market(&app).await;
    let order = m.settled_order("200").await; // 2,500.00 EUR: fee 100.00
    for (coop, holder, iban) in [
        (m.seller.id, "Coopermondo", "IT60X0542811101000000123456"),
        (m.buyer.id, "Coop Danmark", "DE89370400440532013000"),
    ] {
        store::payouts::set_bank_details(&app.db, coop, holder, iban, "")
            .await
            .unwrap();
    }
    let p = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    let run = id_from(p.location.clone());
    // 100.00 EUR back after the draft: the seller is owed 97.00 less, the buyer 1.00 less.
    refund(&m.alice, order, "100").await;
    speaks(&m.bob, "es").await;
    let p = m
        .bob
        .submit(
            &format!("/committee/payouts/{run}/decide"),
            &[("decision", "approve"), ("reason", "")],
        )
        .await;
    p.assert_status(409)
        .assert_contains(&format!(
            "La tanda de pagos n.º {run} está desactualizada: desde que se preparó, los \
             reembolsos han reducido lo que se debe"
        ))
        .assert_contains("(Coopermondo) por 97,00\u{a0}EUR; línea n.º ")
        .assert_contains("(Coop Danmark) por 1,00\u{a0}EUR). No se puede aprobar");
    assert_none_of(&p.body, &["is out of date", "by 97.00"]);
}

/// `cooptrade stripe reconcile --since <since>` with `LANG` set to `lang`: its standard error.
fn reconcile_with_lang(app: &TestApp, since: &str, lang: &str) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_cooptrade"))
        .args(["stripe", "reconcile", "--since", since])
        .env("DATABASE_URL", &app.database_url)
        .env("PHOTO_DIR", &app.photo_dir)
        .env("RUST_LOG", "warn")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("STRIPE_SECRET_KEY")
        .env("LANG", lang)
        .output()
        .expect("run cooptrade");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

async fn the_clis_usage_errors_follow_lang(app: TestApp) {
    for (lang, since, key) in [
        (
            "fr_FR.UTF-8",
            "--since doit être une date au format AAAA-MM-JJ (par exemple 2026-11-01), reçu « hier »",
            "STRIPE_SECRET_KEY n’est pas défini",
        ),
        (
            "ja_JP.UTF-8",
            "--since には YYYY-MM-DD 形式の日付（例：2026-11-01）を指定してください。指定された値：「hier」",
            "STRIPE_SECRET_KEY が設定されていません",
        ),
    ] {
        let (code, err) = reconcile_with_lang(&app, "hier", lang);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(since), "{lang}: {err}");
        let (code, err) = reconcile_with_lang(&app, "2026-11-01", lang);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(key), "{lang}: {err}");
        assert_none_of(&err, &["must be a date", "is not set"]);
    }
}

on_both_backends!(
    an_order_line_names_its_minimum_and_stock_with_the_units_plural,
    a_changed_cart_is_refused_in_french_naming_who_changed_it,
    a_spending_larger_than_the_pool_is_refused_in_danish,
    a_stale_payout_run_lists_its_overpaid_lines_in_spanish,
    the_clis_usage_errors_follow_lang,
);

#[test]
fn amounts_of_goods_and_lists_are_said_in_the_readers_language_and_kept_stored() {
    use cooptrade::error::Msg;
    use i18n::{Lang, Tr};
    let tr = |lang| Tr::new(lang, i18n::chrono_tz::UTC);
    let line = |n: &str, over: i64| {
        Msg::code("payouts-stale-line")
            .arg("line", n)
            .arg("coop", "Coopermondo")
            .money("over", over, "EUR", 2)
    };
    let stale = Msg::code("payouts-error-run-stale")
        .arg("run", "7")
        .list("lines", vec![line("4", 9700), line("5", 100)]);
    let fr = tr(Lang::Fr).say(&stale);
    assert!(
        fr.contains("(ligne n° 4 (Coopermondo) de 97,00\u{a0}EUR ; ligne n° 5"),
        "{fr}"
    );
    let ja = tr(Lang::Ja).say(&stale);
    assert!(ja.contains("EUR\u{a0}97.00 超過、5 行目"), "{ja}");
    // Goods keep their amount and unit when stored, and are said at read time.
    let short = Msg::code("order-change-short").goods("left", 2500, "box");
    let read = Msg::from_stored(&short.to_stored());
    assert_eq!(read, short);
    assert_eq!(tr(Lang::Fr).say(&read), "il n’en reste que 2,5 boîtes");
    assert_eq!(tr(Lang::It).say(&read), "ne restano solo 2,5 scatole");
    assert_eq!(read.to_string(), "only 2.5 boxes left");
    let one = Msg::code("order-change-short").goods("left", 1000, "box");
    assert_eq!(tr(Lang::It).say(&one), "ne restano solo 1 scatola");
    // A sum of several currencies, each in the reader's way.
    let sum = Msg::code("order-error-expected-total")
        .sum("placed", &[(3000, "EUR", 2), (650, "XOF", 0)])
        .sum("expected", &[(2999, "EUR", 2)]);
    let da = tr(Lang::Da).say(&sum);
    assert!(
        da.starts_with(
            "totalen er 30,00\u{a0}EUR + 650\u{a0}XOF, ikke de forventede 29,99\u{a0}EUR"
        ),
        "{da}"
    );
}
