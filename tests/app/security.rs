//! The hardened web surface as an attacker and a careful user meet it: headers, cookies,
//! sessions, login throttling, equal answers for known and unknown e-mails, /metrics, API tokens.
use crate::common;
mod input;

use std::time::{Duration, Instant};

use crate::market::PW;
use common::{Backend, TestApp};
use reqwest::header::HeaderMap;

async fn head_of(url: &str, headers: &[(&str, &str)]) -> (u16, HeaderMap) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut req = client.get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let resp = req.send().await.expect("GET");
    (resp.status().as_u16(), resp.headers().clone())
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

fn set_cookies(h: &HeaderMap) -> Vec<String> {
    h.get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

async fn every_response_carries_the_security_headers(app: TestApp) {
    let coop = app.coop("Headers Coop", "producer", "IT", "EUR").await;
    let token = format!("Bearer {}", coop.api.token);
    let sid = format!("sid={}", coop.admin.cookie("sid").expect("signed in"));
    let anonymous = [
        "/",
        "/catalog",
        "/catalog",
        "/login",
        "/nowhere",
        "/static/style.css",
    ];
    for path in anonymous {
        let (_, h) = head_of(&app.url(path), &[]).await;
        let csp = header(&h, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"));
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header(&h, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header(&h, "referrer-policy"), "same-origin", "{path}");
        assert_eq!(header(&h, "x-frame-options"), "DENY", "{path}");
        assert!(
            h.get("strict-transport-security").is_none(),
            "http: no HSTS"
        );
        assert_ne!(header(&h, "cache-control"), "no-store", "{path} is public");
    }
    let (_, h) = head_of(&app.url("/static/style.css"), &[("cookie", &sid)]).await;
    assert_eq!(header(&h, "cache-control"), "public, max-age=3600");
    for path in [
        "/",
        "/orders",
        "/catalog",
        &format!("/coops/{}/manage", coop.id),
    ] {
        let (status, h) = head_of(&app.url(path), &[("cookie", &sid)]).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(header(&h, "cache-control"), "no-store", "{path}");
        assert!(header(&h, "content-security-policy").contains("frame-ancestors 'none'"));
    }
    let (status, h) = head_of(&app.url("/api/v1/me"), &[("authorization", &token)]).await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "cache-control"), "no-store");
    assert_eq!(header(&h, "x-content-type-options"), "nosniff");
}

/// Pages as a signed-in seller and buyer see them: no inline script, style or handler.
async fn pages_hold_no_inline_script_or_style(app: TestApp) {
    let m = input::market(&app).await;
    let order = input::placed_order(&m).await;
    let seller = m.seller.id;
    let pages = [
        "/".to_string(),
        "/catalog".into(),
        format!("/listings/{}", m.listing),
        format!("/coops/{seller}"),
        format!("/coops/{seller}/manage"),
        format!("/coops/{seller}/listings"),
        format!("/coops/{seller}/listings/new"),
        format!("/coops/{seller}/statement"),
        "/orders?side=selling".into(),
        format!("/orders/{order}"),
        format!("/orders/{order}/invoice"),
        "/pool".into(),
        "/login".into(),
    ];
    for path in &pages {
        let page = m.seller.admin.get(path).await;
        page.assert_status(200);
        for bad in [" style=", "onclick=", "onload=", "<script>", "javascript:"] {
            assert!(!page.body.contains(bad), "{path} holds {bad}");
        }
    }
    let invoice = m
        .seller
        .admin
        .get(&format!("/orders/{order}/invoice"))
        .await;
    invoice.assert_contains("<script src=\"/static/print.js\"");
    let (status, h) = head_of(&app.url("/static/print.js"), &[]).await;
    assert_eq!(status, 200);
    assert!(header(&h, "content-type").starts_with("text/javascript"));
}

async fn login_rotates_the_session_and_csrf_and_logout_needs_the_token(app: TestApp) {
    let b = app.browser();
    b.get("/login").await;
    let csrf_before = b.cookie("csrf").unwrap();
    b.register("Rosa", "rosa@example.coop", PW).await;
    let sid_first = b.cookie("sid").unwrap();
    let csrf_signed_in = b.cookie("csrf").unwrap();
    assert_ne!(
        csrf_before, csrf_signed_in,
        "the CSRF token is new after login"
    );
    // The token from before login no longer passes.
    let stale = b
        .post_raw(
            "/coops/apply",
            &[("csrf_token", &csrf_before), ("name", "X")],
        )
        .await;
    stale.assert_status(403);

    // A cross-site form cannot log anyone out: no token, no logout.
    b.post_raw("/logout", &[]).await.assert_status(403);
    b.get("/orders").await.assert_status(200);

    b.submit("/logout", &[]).await.assert_status(303);
    assert!(b.cookie("sid").is_none());
    let csrf_after = b.cookie("csrf").unwrap();
    assert_ne!(
        csrf_after, csrf_signed_in,
        "the CSRF token is new after logout"
    );
    let (status, h) = head_of(
        &app.url("/orders"),
        &[("cookie", &format!("sid={sid_first}"))],
    )
    .await;
    assert_eq!(
        (status, header(&h, "location")),
        (303, "/login"),
        "old session ended"
    );

    b.login("rosa@example.coop", PW).await.assert_status(303);
    let sid_second = b.cookie("sid").unwrap();
    assert_ne!(sid_second, sid_first);
    assert_ne!(b.cookie("csrf").unwrap(), csrf_after);
    // Logging in again from a signed-in browser ends the session it had.
    b.login("rosa@example.coop", PW).await.assert_status(303);
    let (status, _) = head_of(
        &app.url("/orders"),
        &[("cookie", &format!("sid={sid_second}"))],
    )
    .await;
    assert_eq!(status, 303);
    b.get("/orders").await.assert_status(200);
}

async fn failed_logins_lock_the_account_and_its_holder_is_told_once(app: TestApp) {
    let holder = app.browser();
    holder.register("Mira", "mira@example.coop", PW).await;
    let attacker = app.browser();
    for _ in 0..4 {
        let p = attacker.login("mira@example.coop", "wrong password!").await;
        p.assert_status(422)
            .assert_contains("wrong e-mail address or password");
    }
    let resp = attacker
        .client
        .post(attacker.url("/login"))
        .form(&[
            ("csrf_token", attacker.cookie("csrf").unwrap().as_str()),
            ("email", "Mira@Example.coop"),
            ("password", "wrong again!"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 429);
    let retry: u64 = header(resp.headers(), "retry-after").parse().unwrap();
    assert!((60..=900).contains(&retry), "Retry-After {retry}");
    let body = resp.text().await.unwrap();
    assert!(body.contains("too many failed logins"), "{body}");

    // The right password is refused too while the account is locked, from any browser.
    let owner = app.browser();
    owner
        .login("mira@example.coop", PW)
        .await
        .assert_status(429);
    attacker
        .login("mira@example.coop", "x")
        .await
        .assert_status(429);
    assert!(owner.cookie("sid").is_none());

    let mails = input::mails_to(&app, "mira@example.coop", "Repeated failed logins").await;
    assert_eq!(mails, 1, "one mail for one lockout");
    // Another account is not locked by Mira's.
    let other = app.browser();
    other.register("Otto", "otto@example.coop", PW).await;
    other.submit("/logout", &[]).await;
    other
        .login("otto@example.coop", PW)
        .await
        .assert_status(303);
}

async fn failed_logins_from_one_address_lock_the_address(app: TestApp) {
    let known = app.browser();
    known.register("Ines", "ines@example.coop", PW).await;
    known.submit("/logout", &[]).await;
    let b = app.browser();
    for i in 0..19 {
        let email = format!("nobody{i}@example.coop");
        b.login(&email, "guess").await.assert_status(422);
    }
    b.login("nobody19@example.coop", "guess")
        .await
        .assert_status(429);
    known
        .login("ines@example.coop", PW)
        .await
        .assert_status(429);
    // Unknown addresses have no holder to tell (Ines's only mail is her address's confirmation).
    assert_eq!(app.count("outbox").await, 1);
}

/// The same words and comparable time whether or not the e-mail has an account.
async fn known_and_unknown_emails_get_the_same_answer(app: TestApp) {
    app.browser().register("Kai", "kai@example.coop", PW).await;
    let b = app.browser();
    let strip = |body: &str, email: &str| body.replace(email, "EMAIL");
    let known = b.login("kai@example.coop", "not his password").await;
    let unknown = b.login("kim@example.coop", "not his password").await;
    known.assert_status(422);
    unknown.assert_status(422);
    assert_eq!(
        strip(&known.body, "kai@example.coop"),
        strip(&unknown.body, "kim@example.coop")
    );
    let mut times = (Vec::new(), Vec::new());
    for i in 0..3 {
        let t = Instant::now();
        b.login("kai@example.coop", "wrong").await;
        times.0.push(t.elapsed());
        let t = Instant::now();
        b.login(&format!("ghost{i}@example.coop"), "wrong").await;
        times.1.push(t.elapsed());
    }
    let (k, u) = (times.0.iter().min().unwrap(), times.1.iter().min().unwrap());
    assert!(
        *u * 3 > *k,
        "unknown {u:?} vs known {k:?}: an unknown e-mail is hashed too"
    );
}

async fn only_co_op_admins_manage_api_tokens(app: TestApp) {
    let coop = app.coop("Tokens Coop", "producer", "IT", "EUR").await;
    let member = app.browser();
    member.register("Pia", "pia@example.coop", PW).await;
    coop.admin
        .submit(
            &format!("/coops/{}/members", coop.id),
            &[("email", "pia@example.coop"), ("role", "member")],
        )
        .await
        .assert_status(303);
    member.accept_invitation().await;
    let page = member.get(&format!("/coops/{}/manage", coop.id)).await;
    page.assert_status(200)
        .assert_contains("Only an admin of the co-op can create or revoke API tokens.");
    assert!(!page.body.contains("Create token") && !page.body.contains(">Revoke<"));
    let before = app.count("api_tokens").await;
    member
        .submit(&format!("/coops/{}/tokens", coop.id), &[("name", "mine")])
        .await
        .assert_status(403);
    let token_id = input::first_token_id(&app, coop.id).await;
    member
        .submit(&format!("/coops/{}/tokens/{token_id}/revoke", coop.id), &[])
        .await
        .assert_status(403);
    assert_eq!(app.count("api_tokens").await, before);
    let (s, _) = coop.api.get("/me").await;
    assert_eq!(s, 200, "the token still works");
    coop.admin
        .submit(&format!("/coops/{}/tokens", coop.id), &[("name", "erp")])
        .await
        .assert_status(200)
        .assert_contains("Revoke");
    assert_eq!(app.count("api_tokens").await, before + 1);
}

/// A co-op, and Bob, registered and invited to it as a member (not yet accepted).
async fn invited_bob(app: &TestApp) -> (crate::market::Coop, common::Browser) {
    let coop = app.coop("Rota Coop", "producer", "IT", "EUR").await;
    let bob = app.browser();
    bob.register("Bob", "bob@example.coop", PW).await;
    coop.admin
        .submit(
            &format!("/coops/{}/members", coop.id),
            &[("email", "bob@example.coop"), ("role", "member")],
        )
        .await
        .assert_status(303);
    (coop, bob)
}

/// Joining a co-op, or leaving one, changes what the person may do: the browser gets a new
/// session id and CSRF token, and the old session no longer works.
async fn joining_or_leaving_a_coop_rotates_the_session(app: TestApp) {
    let (coop, bob) = invited_bob(&app).await;
    let old = app.browser();
    old.login("bob@example.coop", PW).await.assert_status(303);
    let before = (bob.cookie("sid"), bob.cookie("csrf"));
    bob.accept_invitation().await;
    let joined = (bob.cookie("sid"), bob.cookie("csrf"));
    assert!(
        joined.0.is_some() && joined.0 != before.0,
        "a new session id"
    );
    assert!(
        joined.1.is_some() && joined.1 != before.1,
        "a new CSRF token"
    );
    bob.get(&format!("/coops/{}/manage", coop.id))
        .await
        .assert_status(200);

    bob.submit(&format!("/account/coops/{}/leave", coop.id), &[])
        .await
        .assert_status(303);
    let left = (bob.cookie("sid"), bob.cookie("csrf"));
    assert!(left.0.is_some() && left.0 != joined.0, "a new session id");
    assert!(left.1.is_some() && left.1 != joined.1, "a new CSRF token");
    bob.get("/account").await.assert_status(200);
    // Another browser's session of Bob is untouched: only the rotating one changed.
    old.get("/account").await.assert_status(200);
}

/// A role or a committee seat given by someone else changes what the person may do: their next
/// page comes with a new session id and CSRF token, and the old session id stops working.
async fn a_privilege_given_by_someone_else_rotates_the_session_on_the_next_page(app: TestApp) {
    let (coop, bob) = invited_bob(&app).await;
    bob.accept_invitation().await;
    let before = (bob.cookie("sid").unwrap(), bob.cookie("csrf").unwrap());
    let bob_id = cooptrade::store::users::find_by_email(&app.db, "bob@example.coop")
        .await
        .unwrap()
        .unwrap()
        .id;
    coop.admin
        .submit(
            &format!("/coops/{}/members/{bob_id}/role", coop.id),
            &[("role", "admin")],
        )
        .await
        .assert_status(303);
    bob.get(&format!("/coops/{}/manage", coop.id))
        .await
        .assert_status(200)
        .assert_contains("Create token");
    let after = (bob.cookie("sid").unwrap(), bob.cookie("csrf").unwrap());
    assert_ne!(after.0, before.0, "a new session id");
    assert_ne!(after.1, before.1, "a new CSRF token");
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/account"))
        .header("cookie", format!("sid={}", before.0))
        .send()
        .await
        .unwrap();
    assert_eq!(
        stale.status().as_u16(),
        303,
        "the old session id signs nobody in"
    );
    bob.get("/orders").await.assert_status(200);
    assert_eq!(
        bob.cookie("sid").unwrap(),
        after.0,
        "rotated once, not on every page"
    );

    app.make_committee("bob@example.coop").await;
    bob.get("/committee").await.assert_status(200);
    assert_ne!(
        bob.cookie("sid").unwrap(),
        after.0,
        "a seat rotates it again"
    );
}

on_both_backends!(
    every_response_carries_the_security_headers,
    pages_hold_no_inline_script_or_style,
    login_rotates_the_session_and_csrf_and_logout_needs_the_token,
    failed_logins_lock_the_account_and_its_holder_is_told_once,
    failed_logins_from_one_address_lock_the_address,
    known_and_unknown_emails_get_the_same_answer,
    only_co_op_admins_manage_api_tokens,
    joining_or_leaving_a_coop_rotates_the_session,
    a_privilege_given_by_someone_else_rotates_the_session_on_the_next_page,
);

/// Runs a scenario on both backends with extra settings.
macro_rules! with_settings {
    ($name:ident, $env:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                if let Some(app) = TestApp::spawn_with(Backend::Sqlite, $env).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(app) = TestApp::spawn_with(Backend::Postgres, $env).await {
                    super::$name(app).await;
                }
            }
        }
    };
}

/// Behind https every cookie is Secure (the flash message's too) and HSTS is on.
async fn an_https_site_sends_secure_cookies_and_hsts(app: TestApp) {
    let (_, h) = head_of(&app.url("/login"), &[]).await;
    assert_eq!(
        header(&h, "strict-transport-security"),
        "max-age=63072000; includeSubDomains"
    );
    let csrf_cookie = set_cookies(&h)
        .into_iter()
        .find(|c| c.starts_with("csrf="))
        .unwrap();
    assert!(csrf_cookie.ends_with("; Secure"), "{csrf_cookie}");
    let token = csrf_cookie["csrf=".len()..csrf_cookie.find(';').unwrap()].to_owned();
    // The jar would not send Secure cookies over the test's http, so cookies go by hand.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let sam = cooptrade::store::users::Registration {
        name: "Sam".into(),
        email: "sam@example.coop".into(),
        password: PW.into(),
    };
    cooptrade::store::users::register_verified(&app.db, &sam)
        .await
        .unwrap();
    let resp = client
        .post(app.url("/login"))
        .header("cookie", format!("csrf={token}"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "sam@example.coop"),
            ("password", PW),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 303);
    let cookies = set_cookies(resp.headers());
    for name in ["sid=", "csrf=", "flash="] {
        let c = cookies.iter().find(|c| c.starts_with(name)).expect(name);
        assert!(c.contains("; Secure") && c.contains("HttpOnly"), "{c}");
    }
    assert_eq!(header(resp.headers(), "cache-control"), "no-store");
}
with_settings!(
    an_https_site_sends_secure_cookies_and_hsts,
    &[("BASE_URL", "https://trade.example.coop")]
);

/// A session ends after SESSION_IDLE without requests, and after SESSION_MAX_AGE however busy.
async fn sessions_end_when_idle_and_when_too_old(app: TestApp) {
    let idle = app.browser();
    idle.register("Idle", "idle@example.coop", PW).await;
    let busy = app.browser();
    busy.register("Busy", "busy@example.coop", PW).await;
    // The busy session began before this instant, so it is at least as old as time since then.
    let busy_by = std::time::Instant::now();
    for _ in 0..4 {
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        busy.get("/orders").await.assert_status(200);
    }
    // Over 4.8 s since the idle one's last request: past its 3 s; the busy one is still in.
    let out = idle.get("/orders").await;
    assert_eq!(
        (out.status.as_u16(), out.location.as_deref()),
        (303, Some("/login"))
    );
    // Past the absolute lifetime of 8 s, however busy. Slack on a loaded machine only makes the
    // busy session older, never younger.
    let lifetime = Duration::from_millis(8_300);
    tokio::time::sleep(lifetime.saturating_sub(busy_by.elapsed())).await;
    let out = busy.get("/orders").await;
    assert_eq!(
        (out.status.as_u16(), out.location.as_deref()),
        (303, Some("/login"))
    );
}
with_settings!(
    sessions_end_when_idle_and_when_too_old,
    &[("SESSION_IDLE", "3"), ("SESSION_MAX_AGE", "8")]
);

/// Loopback clients that came through no proxy, or the METRICS_TOKEN bearer, only.
async fn metrics_are_for_loopback_or_the_metrics_token(app: TestApp) {
    let url = app.url("/metrics");
    let (status, _) = head_of(&url, &[]).await;
    assert_eq!(status, 200, "the test client is on loopback");
    let proxied = ("x-forwarded-for", "203.0.113.9");
    let (status, h) = head_of(&url, &[proxied]).await;
    assert_eq!((status, header(&h, "www-authenticate")), (401, "Bearer"));
    let wrong = ("authorization", "Bearer not-the-metrics-token");
    assert_eq!(head_of(&url, &[proxied, wrong]).await.0, 401);
    let right = ("authorization", "Bearer metrics-token-for-tests");
    assert_eq!(head_of(&url, &[proxied, right]).await.0, 200);
    assert_eq!(head_of(&app.url("/healthz"), &[proxied]).await.0, 200);
}
with_settings!(
    metrics_are_for_loopback_or_the_metrics_token,
    &[("METRICS_TOKEN", "metrics-token-for-tests")]
);

impl TestApp {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}
