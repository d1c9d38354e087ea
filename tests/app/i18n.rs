//! Languages as people meet them: the switch on every page, `Accept-Language` until a choice is
//! made, a member's choice kept on the account, and prices typed the way each language writes them.
use crate::common;

use crate::market::{listing, PW};
use common::{Browser, TestApp};
use cooptrade::domain::local_number::parse_local_money;
use cooptrade::domain::money::{Currency, Money};
use cooptrade::http::local_input::marks;
use i18n::{Lang, Tr};
use proptest::prelude::*;

#[path = "i18n_site.rs"]
mod site;

/// The login page as a browser with these headers gets it.
async fn login_page(app: &TestApp, accept_language: Option<&str>, cookie: Option<&str>) -> String {
    let mut req = reqwest::Client::new().get(format!("{}/login", app.base));
    if let Some(al) = accept_language {
        req = req.header("accept-language", al);
    }
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    req.send()
        .await
        .expect("GET /login")
        .text()
        .await
        .unwrap_or_default()
}

async fn a_visitor_switches_language_and_the_pages_follow(app: TestApp) {
    let b = app.browser();
    b.get("/login")
        .await
        .assert_contains(r#"<html lang="en">"#)
        .assert_contains("Forgot your password?");
    let switched = b.submit("/locale", &[("locale", "fr")]).await;
    switched.assert_status(303);
    assert_eq!(b.cookie("lang").as_deref(), Some("fr"));
    let back = switched.location.clone().expect("a redirect");
    b.visit(&back)
        .await
        .assert_contains(r#"<html lang="fr">"#)
        .assert_contains("Les pages sont désormais en français.");
    b.get("/login")
        .await
        .assert_contains("Mot de passe oublié ?")
        .assert_contains(r#"<option value="fr" lang="fr" selected>Français</option>"#);
    // A language we do not speak changes nothing.
    b.submit("/locale", &[("locale", "xx")])
        .await
        .assert_status(400);
    assert_eq!(b.cookie("lang").as_deref(), Some("fr"));
    // Without the CSRF token no other site can switch it.
    b.post_raw("/locale", &[("locale", "ja")])
        .await
        .assert_status(403);
    assert_eq!(b.cookie("lang").as_deref(), Some("fr"));
}

async fn accept_language_chooses_until_a_choice_is_made(app: TestApp) {
    let es = login_page(&app, Some("es-CO,es;q=0.9,en;q=0.5"), None).await;
    assert!(
        es.contains(r#"<html lang="es">"#) && es.contains("¿Olvidaste tu contraseña?"),
        "{es}"
    );
    let ja = login_page(&app, Some("de-DE, ja;q=0.5"), None).await;
    assert!(
        ja.contains(r#"<html lang="ja">"#) && ja.contains("パスワードをお忘れですか？"),
        "{ja}"
    );
    let none = login_page(&app, Some("de-DE, nl"), None).await;
    assert!(none.contains(r#"<html lang="en">"#), "{none}");
    let chosen = login_page(&app, Some("es-CO"), Some("lang=da")).await;
    assert!(
        chosen.contains(r#"<html lang="da">"#) && chosen.contains("Glemt din adgangskode?"),
        "{chosen}"
    );
}

async fn a_members_choice_is_kept_on_the_account_and_greets_them_at_login(app: TestApp) {
    let b = app.browser();
    b.register("Ama Mensah", "ama@example.coop", PW).await;
    b.submit("/locale", &[("locale", "ja")])
        .await
        .assert_status(303);
    let user = cooptrade::store::users::find_by_email(&app.db, "ama@example.coop")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.locale.as_deref(), Some("ja"));
    // Another browser, which never chose: the account's language greets her and is remembered.
    let other = app.browser();
    other.login("ama@example.coop", PW).await.assert_status(303);
    assert_eq!(other.cookie("lang").as_deref(), Some("ja"));
    other
        .visit("/")
        .await
        .assert_contains(r#"<html lang="ja">"#)
        .assert_contains("おかえりなさい、Ama Mensah さん。");
    // A wrong password is told in her language, beside the field.
    let third = Browser::new(&app.base);
    third.submit("/locale", &[("locale", "it")]).await;
    third
        .submit(
            "/login",
            &[
                ("email", "ama@example.coop"),
                ("password", "nope nope nope"),
            ],
        )
        .await
        .assert_status(422)
        .assert_contains("Indirizzo e-mail o password errati.");
}

/// The listing form's fields as the web form posts them, with `price`.
fn listing_form(sku: &str, price: &str) -> Vec<(String, String)> {
    let body = listing(sku, serde_json::json!({ "price": price }));
    body.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().map_or(v.to_string(), str::to_owned)))
        .filter(|(k, _)| k != "certifications")
        .collect()
}

async fn post_listing(b: &Browser, coop: i32, sku: &str, price: &str) -> common::browser::Page {
    let fields = listing_form(sku, price);
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.submit(&format!("/coops/{coop}/listings"), &refs).await
}

async fn producers_type_prices_the_way_their_language_writes_them(app: TestApp) {
    let togo = app.coop("Coop du Golfe", "producer", "TG", "EUR").await;
    togo.admin.submit("/locale", &[("locale", "fr")]).await;
    post_listing(&togo.admin, togo.id, "ANANAS", "12,50")
        .await
        .assert_status(303);
    let (_, listings) = togo.api.get("/listings").await;
    assert!(
        listings.to_string().contains(r#""price":"12.50""#),
        "{listings}"
    );

    // Kuwaiti dinars have three decimals: "1.234" in Spanish could be either, so it is refused.
    let kuwait = app.coop("Kuwait Dates", "producer", "KW", "KWD").await;
    kuwait.admin.submit("/locale", &[("locale", "es")]).await;
    let before = app.count("listings").await;
    post_listing(&kuwait.admin, kuwait.id, "DATES", "1.234")
        .await
        .assert_status(422)
        .assert_contains("«1.234» se puede leer de dos maneras: escribe 1234 para un número entero o 1,234 con decimales.")
        .assert_contains(r#"value="1.234""#);
    assert_eq!(app.count("listings").await, before);
    post_listing(&kuwait.admin, kuwait.id, "DATES", "1.234,5")
        .await
        .assert_status(303);
    let (_, listings) = kuwait.api.get("/listings").await;
    assert!(
        listings.to_string().contains(r#""price":"1234.500""#),
        "{listings}"
    );
}

/// This month as each language names it, written out here rather than asked of ICU.
fn this_month(lang: Lang) -> String {
    use chrono::Datelike;
    let now = cooptrade::store::now();
    let m = now.month0() as usize;
    match lang {
        Lang::Fr => {
            const FR: [&str; 12] = [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc.",
            ];
            format!("{} {}", FR[m], now.year())
        }
        _ => format!("{}年{}月", now.year(), m + 1),
    }
}

async fn the_pool_and_a_payout_run_speak_french_and_japanese(app: TestApp) {
    let m = crate::market::market(&app).await;
    m.settled_order("40").await; // subtotal 500.00, fee 20.00: 10.00 to the pool
    let drafted = m
        .alice
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    let run = crate::market::id_from(drafted.location.clone());
    let cases = [
        (
            "fr",
            Lang::Fr,
            "10,00\u{a0}EUR",
            "Entrées dans le fonds en EUR par mois",
            "485,00\u{a0}EUR",
            "en attente d’examen",
            "Lot de versements n° ",
        ),
        (
            "ja",
            Lang::Ja,
            "EUR\u{a0}10.00",
            "基金への月別入金（EUR）",
            "EUR\u{a0}485.00",
            "審査待ち",
            "支払いバッチ #",
        ),
    ];
    for (code, lang, balance, chart, line, status, title) in cases {
        let visitor = app.browser();
        visitor.submit("/locale", &[("locale", code)]).await;
        let pool = visitor.get("/pool").await;
        pool.assert_status(200)
            .assert_contains(&format!(r#"<html lang="{code}">"#))
            .assert_contains(balance)
            .assert_contains(&format!(r#"role="img" aria-label="{chart}"#))
            .assert_contains(&this_month(lang));
        assert!(!pool.body.contains("Inflows"), "{}", pool.body);
        // The committee member's choice is kept on her account: the run page follows it.
        m.alice.submit("/locale", &[("locale", code)]).await;
        let page = m.alice.get(&format!("/committee/payouts/{run}")).await;
        page.assert_status(200)
            .assert_contains(&format!("{title}{run}"))
            .assert_contains(line)
            .assert_contains(status);
        if lang == Lang::Fr {
            // Japanese writes the drafting date with numbers only (2026/12/06).
            page.assert_contains(&this_month(lang));
        }
        for english in ["awaiting review", "fair share", "Approve", "Decisions"] {
            assert!(!page.body.contains(english), "{code}: {english}");
        }
    }
}

async fn a_spending_amount_is_read_as_the_proposer_writes_it(app: TestApp) {
    let m = crate::market::market(&app).await;
    m.settled_order("40").await; // 10.00 EUR in the pool
    let b = &m.buyer.admin;
    b.submit("/locale", &[("locale", "fr")]).await;
    let path = format!("/coops/{}/spending", m.buyer.id);
    let recipient = m.buyer.id.to_string();
    let form = |amount: &'static str| {
        [
            ("title", "Chambre froide"),
            ("purpose", "Pour tous"),
            ("amount", amount),
            ("currency", "EUR"),
            ("recipient_coop_id", recipient.as_str()),
        ]
    };
    b.submit(&path, &form("deux"))
        .await
        .assert_status(422)
        .assert_contains("deux » n’est pas un nombre")
        .assert_contains(r#"value="deux""#);
    assert_eq!(app.count("spending_proposals").await, 0);
    b.submit(&path, &form("2,50")).await.assert_status(303);
    let p = &cooptrade::store::spending::list(&app.db, false)
        .await
        .unwrap()[0];
    assert_eq!((p.amount_minor, p.currency.as_str()), (250, "EUR"));
    // The committee reads it in its own language: Japanese.
    m.alice.submit("/locale", &[("locale", "ja")]).await;
    m.alice
        .get(&format!("/committee/spending/{}", p.id))
        .await
        .assert_contains("EUR\u{a0}2.50")
        .assert_contains("審査待ち")
        .assert_contains("承認する");
}

on_both_backends!(
    the_pool_and_a_payout_run_speak_french_and_japanese,
    a_spending_amount_is_read_as_the_proposer_writes_it,
    a_visitor_switches_language_and_the_pages_follow,
    accept_language_chooses_until_a_choice_is_made,
    a_members_choice_is_kept_on_the_account_and_greets_them_at_login,
    producers_type_prices_the_way_their_language_writes_them,
);

proptest! {
    /// Money printed for a language reads back to the same minor units, in every language and
    /// every currency the marketplace knows.
    #[test]
    fn money_printed_in_a_language_reads_back_exactly(
        minor in -1_000_000_000_000i64..1_000_000_000_000, lang in 0usize..7, cur in 0usize..Currency::ALL.len(),
    ) {
        let (lang, currency) = (Lang::ALL[lang], Currency::ALL[cur]);
        let tr = Tr::new(lang, i18n::chrono_tz::UTC);
        let shown = tr.money(minor, currency.code(), currency.exponent());
        let read = parse_local_money(&shown, currency, marks(&tr));
        prop_assert_eq!(read, Ok(Money::from_minor(minor, currency)), "{}", shown);
    }
}
