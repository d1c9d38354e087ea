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

on_both_backends!(
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
