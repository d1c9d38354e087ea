//! The refusals of the HTTP layer itself (the extractors' "who may", a form's security token, a
//! body or a query the API cannot read, the 404 page) are codes too: pages say them in the
//! viewer's language (the switch's cookie or `Accept-Language`), and the API says them in the
//! language of `Accept-Language` while its error `code` stays English.
use serde_json::{json, Value};

use super::{assert_none_of, visitor};
use crate::common::{Browser, TestApp};
use crate::market::{listing, Coop};

/// `c`'s token sends `body` as `content_type` to `path` with `method`, asking for `lang`.
async fn api_in(
    app: &TestApp,
    c: &Coop,
    method: reqwest::Method,
    path: &str,
    (content_type, body): (&str, String),
    lang: &str,
) -> (u16, Value) {
    let resp = c
        .api
        .client
        .request(method, format!("{}/api/v1{path}", app.base))
        .bearer_auth(&c.api.token)
        .header("Accept-Language", lang)
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

fn message(v: &Value) -> &str {
    v["error"]["message"].as_str().unwrap_or("")
}

async fn a_form_without_its_security_token_is_refused_in_the_pages_language(app: TestApp) {
    let form = [("name", "Eve"), ("email", "eve@example.coop")];
    // Chosen with the switch (the `lang` cookie) ...
    let b = visitor(&app, "fr").await;
    let p = b.post_raw("/register", &form).await;
    p.assert_status(403).assert_contains(
        "le jeton de sécurité du formulaire manque ou est erroné ; rechargez la page et réessayez",
    );
    assert_none_of(&p.body, &["security token", "reload the page"]);
    // ... or asked for by the browser, with a wrong token rather than none.
    let b = Browser::speaking(&app.base, app.db.clone(), "ja-JP,ja;q=0.9");
    b.get("/").await;
    let p = b
        .post_raw(
            "/register",
            &[("csrf_token", &"0".repeat(64)), form[0], form[1]],
        )
        .await;
    p.assert_status(403)
        .assert_contains("フォームのセキュリティトークンがないか、正しくありません");
    assert_none_of(&p.body, &["security token"]);
    // English keeps its words.
    let p = app.browser().post_raw("/register", &form).await;
    p.assert_status(403)
        .assert_contains("security token is missing or wrong");
}

async fn a_non_member_and_a_non_committee_member_are_refused_in_their_language(app: TestApp) {
    let mine = app.coop("Lomé Growers", "producer", "TG", "XOF").await;
    let other = app.coop("Kara Weavers", "producer", "TG", "XOF").await;
    mine.admin
        .submit("/locale", &[("locale", "es")])
        .await
        .assert_status(303);
    let p = mine
        .admin
        .get(&format!("/coops/{}/statement", other.id))
        .await;
    p.assert_status(403)
        .assert_contains("no eres miembro de Kara Weavers");
    assert_none_of(&p.body, &["you are not a member"]);
    let p = mine.admin.get("/committee").await;
    p.assert_status(403)
        .assert_contains("solo los miembros del comité del fondo común pueden hacer esto");
    assert_none_of(&p.body, &["only members of the common-pool committee"]);
    // Their own co-op's books are theirs to read.
    let p = mine
        .admin
        .get(&format!("/coops/{}/statement", mine.id))
        .await;
    p.assert_status(200);
}

async fn the_404_page_and_a_bad_page_request_speak_the_viewers_language(app: TestApp) {
    let p = visitor(&app, "ja").await.get("/no/such/page").await;
    p.assert_status(404)
        .assert_contains("このアドレスにはページがありません。");
    assert_none_of(&p.body, &["There is no page at this address."]);
    let p = app.browser().get("/no/such/page").await;
    p.assert_status(404)
        .assert_contains("There is no page at this address.");
    // A page of a list with a per_page out of bounds, and a language that does not exist.
    let c = app.coop("Aarhus Bakers", "buyer", "DK", "DKK").await;
    c.admin
        .submit("/locale", &[("locale", "da")])
        .await
        .assert_status(303);
    let p = c.admin.get("/orders?per_page=0").await;
    p.assert_status(400)
        .assert_contains("per_page skal være et helt tal fra 1 til 100");
    let p = c.admin.get("/orders?state=lost").await;
    p.assert_status(400)
        .assert_contains("ukendt ordrestatus 'lost'");
    assert_none_of(&p.body, &["unknown order state"]);
    let p = c.admin.submit("/locale", &[("locale", "xx")]).await;
    p.assert_status(400)
        .assert_contains("sproget findes ikke: xx");
}

async fn an_api_refusal_follows_accept_language_and_keeps_its_code(app: TestApp) {
    let mine = app.coop("Sokodé Farmers", "producer", "TG", "XOF").await;
    let other = app.coop("Dapaong Farmers", "producer", "TG", "XOF").await;
    let theirs = format!("/coops/{}", other.id);
    let patch = |lang: &'static str| {
        let body = ("application/json", json!({"description": "x"}).to_string());
        api_in(&app, &mine, reqwest::Method::PATCH, &theirs, body, lang)
    };
    for (lang, says) in [
        (
            "en",
            "this token belongs to Sokodé Farmers, not Dapaong Farmers",
        ),
        (
            "fr-FR",
            "ce jeton appartient à Sokodé Farmers, pas à Dapaong Farmers",
        ),
        (
            "ja",
            "このトークンはDapaong FarmersではなくSokodé Farmersのものです",
        ),
    ] {
        let (s, v) = patch(lang).await;
        assert_eq!((s, &v["error"]["code"]), (403, &json!("forbidden")), "{v}");
        assert_eq!(message(&v), says, "{lang}: {v}");
    }
    // A body that is not JSON, and JSON that is not an object.
    let body = ("text/plain", "sku=A".to_owned());
    let (s, v) = api_in(&app, &mine, reqwest::Method::POST, "/listings", body, "es").await;
    assert_eq!(
        (s, &v["error"]["code"]),
        (415, &json!("unsupported_media_type")),
        "{v}"
    );
    assert_eq!(message(&v), "envía el cuerpo como application/json", "{v}");
    let body = ("application/json", "[1]".to_owned());
    let (s, v) = api_in(&app, &mine, reqwest::Method::POST, "/listings", body, "it").await;
    assert_eq!((s, &v["error"]["code"]), (422, &json!("invalid")), "{v}");
    assert_eq!(
        v["error"]["fields"][0]["message"], "invia un oggetto JSON",
        "{v}"
    );
    // An expected total with more decimals than its currency has: the reason, in Catalan.
    let (s, l) = other.api.post("/listings", listing("YAM", json!({}))).await;
    assert_eq!(s, 201, "{l}");
    let order = json!({
        "lines": [{"listing_id": l["id"], "quantity": "1"}],
        "delivery_address": "Route de Lomé",
        "expected_total": {"XOF": "10.5"},
    });
    let body = ("application/json", order.to_string());
    let (s, v) = api_in(&app, &mine, reqwest::Method::POST, "/orders", body, "ca").await;
    assert_eq!((s, &v["error"]["code"]), (409, &json!("conflict")), "{v}");
    assert_eq!(
        message(&v),
        "expected_total: XOF 10.5: XOF no admet decimals",
        "{v}"
    );
}

on_both_backends!(
    a_form_without_its_security_token_is_refused_in_the_pages_language,
    a_non_member_and_a_non_committee_member_are_refused_in_their_language,
    the_404_page_and_a_bad_page_request_speak_the_viewers_language,
    an_api_refusal_follows_accept_language_and_keeps_its_code,
);
