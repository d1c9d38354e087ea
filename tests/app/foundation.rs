//! The foundation as users meet it: accounts, co-ops, the committee, API tokens, and refusals.
use crate::common;

use common::{Browser, TestApp};

const PW: &str = "pineapples grow in Togo";

/// Registers someone in a fresh browser.
async fn person(app: &TestApp, name: &str, email: &str) -> Browser {
    let b = app.browser();
    b.register(name, email, PW).await;
    b
}

/// A committee member and an admitted co-op administered by `admin`.
async fn admitted_coop(app: &TestApp, admin: &Browser, name: &str) -> i32 {
    let id = admin.apply_for_coop(name, "both", "tg", "XOF").await;
    let email = format!("committee.{}@example.coop", id);
    let committee = person(app, "Marta", &email).await;
    app.make_committee(&email).await;
    committee
        .submit(
            &format!("/committee/coops/{id}/decide"),
            &[("decision", "admit"), ("reason", "")],
        )
        .await
        .assert_status(303);
    id
}

async fn a_coop_is_founded_admitted_staffed_and_given_an_api_token(app: TestApp) {
    // Alice registers, confirms her address from the mail, logs in, then applies for a co-op.
    let alice = person(&app, "Alice Agbeko", "alice@togo.example.coop").await;
    alice
        .visit("/")
        .await
        .assert_contains("Welcome back, Alice Agbeko.");
    let coop = alice
        .apply_for_coop("Tsévié Pineapple Youth Co-op", "producer", "TG", "XOF")
        .await;
    alice
        .visit(&format!("/coops/{coop}/manage"))
        .await
        .assert_contains("pending");
    // Not public while pending.
    app.browser()
        .get(&format!("/coops/{coop}"))
        .await
        .assert_status(404);

    // A committee member sees the application and admits it.
    let marta = person(&app, "Marta Oliveira", "marta@example.coop").await;
    marta.get("/committee").await.assert_status(403);
    app.make_committee("marta@example.coop").await;
    marta
        .get("/committee")
        .await
        .assert_status(200)
        .assert_contains("Tsévié Pineapple Youth Co-op");
    let decided = marta
        .submit(
            &format!("/committee/coops/{coop}/decide"),
            &[("decision", "admit"), ("reason", "")],
        )
        .await;
    decided.assert_status(303);
    marta
        .visit("/committee")
        .await
        .assert_contains("is now admitted");
    app.browser()
        .get(&format!("/coops/{coop}"))
        .await
        .assert_status(200)
        .assert_contains("admitted");
    // Deciding twice is refused.
    marta
        .submit(
            &format!("/committee/coops/{coop}/decide"),
            &[("decision", "decline"), ("reason", "x")],
        )
        .await
        .assert_status(409);

    // Alice, the admin, invites Bob; he is a member once he accepts.
    let bob = person(&app, "Bob Amegah", "bob@togo.example.coop").await;
    bob.get(&format!("/coops/{coop}/manage"))
        .await
        .assert_status(403);
    alice
        .submit(
            &format!("/coops/{coop}/members"),
            &[("email", "BOB@togo.example.coop"), ("role", "member")],
        )
        .await
        .assert_status(303);
    bob.get(&format!("/coops/{coop}/manage"))
        .await
        .assert_status(403);
    bob.accept_invitation().await;
    bob.get(&format!("/coops/{coop}/manage"))
        .await
        .assert_status(200)
        .assert_contains("Bob Amegah");
    // Bob is a member, not an admin: he cannot add members.
    let carol = person(&app, "Carol", "carol@example.coop").await;
    bob.submit(
        &format!("/coops/{coop}/members"),
        &[("email", "carol@example.coop"), ("role", "admin")],
    )
    .await
    .assert_status(403);
    assert_eq!(app.count("memberships").await, 2);
    drop(carol);

    // Bob, a plain member, cannot create a token; Alice, the admin, does; it is shown once.
    bob.submit(&format!("/coops/{coop}/tokens"), &[("name", "ERP sync")])
        .await
        .assert_status(403);
    let page = alice
        .submit(&format!("/coops/{coop}/tokens"), &[("name", "ERP sync")])
        .await;
    page.assert_status(200).assert_contains("copy it now");
    let token = extract_token(&page.body);
    let api = reqwest::Client::new();
    let me = api
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    let body: serde_json::Value = me.json().await.unwrap();
    assert_eq!(body["coop"]["name"], "Tsévié Pineapple Youth Co-op");
    assert_eq!(body["coop"]["currency"], "XOF");
    assert_eq!(body["token_name"], "ERP sync");

    // Without a token, and with a wrong one: 401 in the JSON envelope.
    let none = api
        .get(format!("{}/api/v1/me", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 401);
    let err: serde_json::Value = none.json().await.unwrap();
    assert_eq!(err["error"]["code"], "unauthorized");
    let wrong = api
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth("ct_nope")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);

    // Alice revokes it; it stops working.
    let token_id: i64 = {
        use sea_orm::EntityTrait;
        entity::api_token::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .into()
    };
    alice
        .submit(&format!("/coops/{coop}/tokens/{token_id}/revoke"), &[])
        .await
        .assert_status(303);
    let revoked = api
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 401);
    let err: serde_json::Value = revoked.json().await.unwrap();
    assert!(err["error"]["message"]
        .as_str()
        .unwrap()
        .contains("revoked"));

    // Log out ends the session.
    alice.submit("/logout", &[]).await.assert_status(303);
    let after = alice.get(&format!("/coops/{coop}/manage")).await;
    assert_eq!(after.status, 303);
    assert_eq!(after.location.as_deref(), Some("/login"));
}

fn extract_token(body: &str) -> String {
    let start = body.find("ct_").expect("token in page");
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

async fn the_api_lists_coops_and_lets_a_coop_edit_only_its_own_profile(app: TestApp) {
    let alice = person(&app, "Alice", "alice@example.coop").await;
    let mine = admitted_coop(&app, &alice, "Coop A").await;
    let bob = person(&app, "Bob", "bob@example.coop").await;
    let theirs = bob.apply_for_coop("Coop B", "buyer", "DK", "DKK").await;
    let page = alice
        .submit(&format!("/coops/{mine}/tokens"), &[("name", "api")])
        .await;
    let token = extract_token(&page.body);
    let api = reqwest::Client::new();
    let url = |p: &str| format!("{}/api/v1{p}", app.base);

    let list: serde_json::Value = api
        .get(url("/coops"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "pending co-ops are not listed"
    );
    assert_eq!(list[0]["name"], "Coop A");
    let r = api
        .get(url(&format!("/coops/{theirs}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404, "a pending co-op is not visible to others");
    let r = api
        .get(url("/coops/99999"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let r = api
        .get(url("/coops/abc"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    let ok = api
        .patch(url(&format!("/coops/{mine}")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"description": "Organic pineapple since 2019"}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let c: serde_json::Value = ok.json().await.unwrap();
    assert_eq!(c["description"], "Organic pineapple since 2019");

    let forbidden = api
        .patch(url(&format!("/coops/{theirs}")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"description": "hijacked"}))
        .send()
        .await
        .unwrap();
    assert_eq!(forbidden.status(), 403);

    // Malformed JSON, wrong content type, unknown field, bad e-mail, oversized body.
    let patch = |body: &'static str, ct: &'static str| {
        api.patch(url(&format!("/coops/{mine}")))
            .bearer_auth(&token)
            .header("content-type", ct)
            .body(body)
    };
    let r = patch("{\"description\": ", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "malformed JSON is a body to fix");
    let e: serde_json::Value = r.json().await.unwrap();
    assert!(e["error"]["message"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    let r = patch("description=x", "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    let r = patch("{\"colour\": \"red\"}", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = patch("{\"contact_email\": \"not-an-email\"}", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let e: serde_json::Value = r.json().await.unwrap();
    assert_eq!(e["error"]["fields"][0]["field"], "contact_email");
    let big = format!("{{\"description\": \"{}\"}}", "x".repeat(100_000));
    let r = api
        .patch(url(&format!("/coops/{mine}")))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    let c: serde_json::Value = api
        .get(url(&format!("/coops/{mine}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        c["description"], "Organic pineapple since 2019",
        "refused requests changed nothing"
    );
    let r = api
        .get(url("/nope"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let e: serde_json::Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "not_found");
}

async fn bad_forms_get_clear_errors_and_write_nothing(app: TestApp) {
    let alice = person(&app, "Alice", "alice@example.coop").await;
    let users = app.count("users").await;

    // A taken e-mail gets the answer a new one gets (tests/account.rs); weak password, bad
    // e-mail: 422 with the message beside the field, input kept.
    let b = app.browser();
    let p = b
        .submit(
            "/register",
            &[
                ("name", "Alice Two"),
                ("email", "ALICE@example.coop"),
                ("password", PW),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/register/sent"));
    let p = b
        .submit(
            "/register",
            &[
                ("name", "Dee"),
                ("email", "dee@example.coop"),
                ("password", "short"),
            ],
        )
        .await;
    p.assert_status(422)
        .assert_contains("at least 10 characters")
        .assert_contains("value=\"dee@example.coop\"");
    let p = b
        .submit(
            "/register",
            &[("name", ""), ("email", "nope"), ("password", "password123")],
        )
        .await;
    p.assert_status(422)
        .assert_contains("enter a name")
        .assert_contains("is not an e-mail address")
        .assert_contains("too easy");
    assert_eq!(app.count("users").await, users);

    // Missing and wrong CSRF tokens.
    let p = b
        .post_raw(
            "/register",
            &[
                ("name", "Eve"),
                ("email", "eve@example.coop"),
                ("password", PW),
            ],
        )
        .await;
    p.assert_status(403).assert_contains("security token");
    let p = b
        .post_raw(
            "/register",
            &[
                ("csrf_token", &"0".repeat(64)),
                ("name", "Eve"),
                ("email", "eve@example.coop"),
                ("password", PW),
            ],
        )
        .await;
    p.assert_status(403);
    // A form sent as JSON, and a form beyond the size limit.
    let r = b
        .client
        .post(b.url("/register"))
        .json(&serde_json::json!({"name": "Eve"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    let huge = "x".repeat(200_000);
    let p = b
        .submit(
            "/register",
            &[
                ("name", &huge),
                ("email", "eve@example.coop"),
                ("password", PW),
            ],
        )
        .await;
    p.assert_status(413);
    assert_eq!(app.count("users").await, users);
    // The body was not read to its end: the server closes that connection and says so.
    let r = reqwest::Client::new()
        .post(b.url("/register"))
        .form(&[("name", huge.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    assert_eq!(r.headers()["connection"], "close");

    // Wrong password.
    let p = b.login("alice@example.coop", "not the password").await;
    p.assert_status(422)
        .assert_contains("wrong e-mail address or password");

    // A co-op application with every field wrong.
    let coops = app.count("coops").await;
    let p = alice
        .submit(
            "/coops/apply",
            &[
                ("name", ""),
                ("kind", "shop"),
                ("country", "ZZ"),
                ("currency", "XYZ"),
                ("contact_email", "x"),
                ("description", ""),
            ],
        )
        .await;
    p.assert_status(422)
        .assert_contains("choose producer, buyer or both")
        .assert_contains("is not an ISO 3166 country code")
        .assert_contains("XYZ")
        .assert_contains("value=\"ZZ\"");
    assert_eq!(app.count("coops").await, coops);
    // Anonymous users are sent to log in; unknown pages and ids are 404.
    let anon = app.browser();
    let p = anon.get("/coops/apply").await;
    assert_eq!(p.location.as_deref(), Some("/login"));
    anon.get("/no/such/page")
        .await
        .assert_status(404)
        .assert_contains("Not found");
    alice.get("/coops/424242/manage").await.assert_status(404);
    alice
        .get("/coops/not-a-number/manage")
        .await
        .assert_status(404);
}

async fn nobody_sees_or_changes_another_coops_pages(app: TestApp) {
    let alice = person(&app, "Alice", "alice@example.coop").await;
    let a = admitted_coop(&app, &alice, "Coop A").await;
    let mallory = person(&app, "Mallory", "mallory@example.coop").await;
    let m = admitted_coop(&app, &mallory, "Coop M").await;
    let page = alice
        .submit(&format!("/coops/{a}/tokens"), &[("name", "alice's")])
        .await;
    page.assert_status(200);
    let alice_token = {
        use sea_orm::EntityTrait;
        entity::api_token::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };

    mallory
        .get(&format!("/coops/{a}/manage"))
        .await
        .assert_status(403)
        .assert_contains("not a member");
    for (path, fields) in [
        (
            format!("/coops/{a}/members"),
            vec![("email", "mallory@example.coop"), ("role", "admin")],
        ),
        (format!("/coops/{a}/tokens"), vec![("name", "stolen")]),
        (
            format!("/coops/{a}/tokens/{}/revoke", alice_token.id),
            vec![],
        ),
        (
            "/committee/members".to_string(),
            vec![("email", "mallory@example.coop")],
        ),
        (
            format!("/committee/coops/{a}/decide"),
            vec![("decision", "decline"), ("reason", "x")],
        ),
    ] {
        mallory.submit(&path, &fields).await.assert_status(403);
    }
    // Revoking Alice's token through Mallory's own co-op: not found, still live.
    mallory
        .submit(&format!("/coops/{m}/tokens/{}/revoke", alice_token.id), &[])
        .await
        .assert_status(404);
    use sea_orm::EntityTrait;
    let t = entity::api_token::Entity::find_by_id(alice_token.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(t.revoked_at.is_none());
    assert_eq!(app.count("memberships").await, 2);
    assert_eq!(app.count("api_tokens").await, 1);
    assert_eq!(app.count("committee_members").await, 2);

    // The last admin cannot step down.
    let alice_id = entity::user::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    alice
        .submit(
            &format!("/coops/{a}/members/{alice_id}/role"),
            &[("role", "member")],
        )
        .await
        .assert_status(409);
}

async fn health_metrics_and_openapi_answer(app: TestApp) {
    let b = app.browser();
    b.get("/healthz")
        .await
        .assert_status(200)
        .assert_contains("ok");
    b.get("/static/style.css")
        .await
        .assert_status(200)
        .assert_contains("--");
    let doc: serde_json::Value = reqwest::get(format!("{}/api/v1/openapi.json", app.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for p in ["/api/v1/me", "/api/v1/coops", "/api/v1/coops/{id}"] {
        assert!(doc["paths"][p].is_object(), "{p} documented");
    }
    let m = b.get("/metrics").await;
    m.assert_status(200)
        .assert_contains("http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1")
        .assert_contains("http_request_duration_seconds_bucket{route=\"/healthz\"");
    let r = reqwest::get(format!("{}/healthz", app.base)).await.unwrap();
    assert!(r.headers().contains_key("x-request-id"));
}

/// Another process (the CLI, a second server) revokes a token or suspends a co-op behind this
/// server's back: the server's copy of the token lasts at most `hot_cache::TTL`.
async fn a_token_revoked_by_another_process_stops_working_within_a_second(app: TestApp) {
    use sea_orm::{ConnectionTrait, Statement};
    let coop = app.coop("Coop R", "buyer", "DK", "DKK").await;
    let (status, _) = coop.api.get("/me").await;
    assert_eq!(status, 200);
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_string(
            backend,
            "UPDATE api_tokens SET revoked_at = created_at",
        ))
        .await
        .unwrap();
    tokio::time::sleep(cooptrade::http::hot_cache::TTL + std::time::Duration::from_millis(100))
        .await;
    let (status, body) = coop.api.get("/me").await;
    assert_eq!(status, 401, "{body}");
}

on_both_backends!(
    a_token_revoked_by_another_process_stops_working_within_a_second,
    a_coop_is_founded_admitted_staffed_and_given_an_api_token,
    the_api_lists_coops_and_lets_a_coop_edit_only_its_own_profile,
    bad_forms_get_clear_errors_and_write_nothing,
    nobody_sees_or_changes_another_coops_pages,
    health_metrics_and_openapi_answer,
);
