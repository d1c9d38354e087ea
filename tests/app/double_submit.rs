//! Every create is safe to double-submit: ten identical submits at once from one signed-in
//! browser make one thing, and every answer is a redirect or a clear 4xx, never a 500.
use crate::common;

use crate::market::PW;
use common::{Browser, TestApp};

/// Sends the same form ten times at once (with this browser's cookies and CSRF token) and
/// returns every status and Location.
async fn ten_at_once(b: &Browser, path: &str, fields: &[(&str, &str)]) -> Vec<(u16, String)> {
    if b.cookie("csrf").is_none() {
        b.get("/").await;
    }
    let mut all: Vec<(String, String)> = vec![("csrf_token".into(), b.cookie("csrf").unwrap())];
    all.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let req = b.client.post(b.url(path)).form(&all);
        tasks.push(tokio::spawn(async move { req.send().await }));
    }
    let mut out = Vec::new();
    for t in tasks {
        let page = Browser::read(t.await.unwrap().expect("POST")).await;
        out.push((page.status.as_u16(), page.location.unwrap_or_default()));
    }
    out
}

/// No answer is a 5xx, and the ones that are not redirects are clear 4xx.
fn assert_no_server_error(answers: &[(u16, String)], allowed_4xx: &[u16]) {
    for (status, _) in answers {
        assert!(
            *status == 303 || allowed_4xx.contains(status),
            "unexpected answer {status} in {answers:?}"
        );
    }
}

/// Messages queued to `to`.
async fn mails_to(app: &TestApp, to: &str) -> u64 {
    use entity::outbox_message::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    Entity::find()
        .filter(Column::ToAddr.eq(to))
        .count(&app.db)
        .await
        .unwrap()
}

/// The hidden one-time token a form page carries.
fn form_token(body: &str) -> String {
    let at = body.find("name=\"form_token\"").expect("a form token");
    let rest = &body[at..];
    let v = &rest[rest.find("value=\"").unwrap() + 7..];
    v[..v.find('"').unwrap()].to_owned()
}

async fn ten_invitations_at_once_make_one(app: TestApp) {
    let c = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let answers = ten_at_once(
        &c.admin,
        &format!("/coops/{}/members", c.id),
        &[("email", "bob@example.coop"), ("role", "member")],
    )
    .await;
    assert_no_server_error(&answers, &[]);
    assert_eq!(app.count("coop_invitations").await, 1);
    assert_eq!(app.count("memberships").await, 1);
    assert_eq!(
        mails_to(&app, "bob@example.coop").await,
        1,
        "one invitation mailed"
    );

    // Bob registers and accepts ten times at once: one membership.
    let bob = app.browser();
    bob.register("Bob", "bob@example.coop", PW).await;
    let page = bob.visit("/invitations").await;
    let accept = page
        .body
        .split('"')
        .find(|s| s.starts_with("/invitations/") && s.ends_with("/accept"))
        .expect("an invitation to accept")
        .to_owned();
    let answers = ten_at_once(&bob, &accept, &[]).await;
    assert_no_server_error(&answers, &[]);
    assert_eq!(app.count("memberships").await, 2);
}

async fn ten_csv_imports_at_once_create_each_listing_once(app: TestApp) {
    let c = app.coop("Hambantota Papaya", "producer", "LK", "LKR").await;
    let csv = "sku,title,category,unit,price,stock,origin_country\n\
PAP-1,Red Lady papaya,fruit-vegetables,kg,450,1200,LK\n\
PAP-2,Green papaya,fruit-vegetables,kg,300,800,LK\n";
    let token = {
        c.admin.get("/").await;
        c.admin.cookie("csrf").unwrap()
    };
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let form = reqwest::multipart::Form::new()
            .text("csrf_token", token.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("in.csv"),
            );
        let req = c
            .admin
            .client
            .post(c.admin.url(&format!("/coops/{}/listings/import", c.id)))
            .multipart(form);
        tasks.push(tokio::spawn(async move { req.send().await }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        let page = Browser::read(t.await.unwrap().unwrap()).await;
        answers.push((page.status.as_u16(), page.body));
    }
    for (status, body) in &answers {
        assert_eq!(*status, 303, "{body}");
    }
    assert_eq!(app.count("listings").await, 2);

    // The CLI's importer, ten at once against the same co-op, with one new row.
    let more = format!("{csv}PAP-3,Papaya jam,processed-food,kg,500,40,LK\n");
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (db, data) = (app.db.clone(), more.clone());
        let id = c.id;
        tasks.push(tokio::spawn(async move {
            cooptrade::store::listings_csv::import_file(
                &db,
                id,
                cooptrade::domain::money::Currency::LKR,
                data.as_bytes(),
                &|_| {},
            )
            .await
        }));
    }
    let mut created = 0;
    for t in tasks {
        match t.await.unwrap().expect("no database error") {
            cooptrade::store::listings_csv::ImportResult::Imported { created: n, .. } => {
                created += n
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(created, 1, "the new row is created by one import only");
    assert_eq!(app.count("listings").await, 3);
}

async fn ten_registrations_at_once_make_one_account(app: TestApp) {
    let b = app.browser();
    let answers = ten_at_once(
        &b,
        "/register",
        &[
            ("name", "Ama"),
            ("email", "ama@example.coop"),
            ("password", PW),
        ],
    )
    .await;
    assert_no_server_error(&answers, &[]);
    assert_eq!(app.count("users").await, 1);
    // Each answer is the same "check your mail" page a new registration gets.
    for (status, location) in &answers {
        assert_eq!((*status, location.as_str()), (303, "/register/sent"));
    }
    // Someone else registering the same address is told exactly the same, and learns nothing.
    app.browser()
        .submit(
            "/register",
            &[
                ("name", "Eve"),
                ("email", "ama@example.coop"),
                ("password", "another long password"),
            ],
        )
        .await
        .assert_status(303);
    assert_eq!(app.count("users").await, 1);
}

async fn ten_applications_at_once_file_one(app: TestApp) {
    let b = app.browser();
    b.register("Ama", "ama@example.coop", PW).await;
    let token = form_token(&b.get("/coops/apply").await.body);
    let answers = ten_at_once(
        &b,
        "/coops/apply",
        &[
            ("form_token", token.as_str()),
            ("name", "Kpalimé Coffee"),
            ("kind", "producer"),
            ("country", "TG"),
            ("currency", "XOF"),
            ("contact_email", "hello@kpalime.example.coop"),
            ("description", "Coffee"),
        ],
    )
    .await;
    assert_no_server_error(&answers, &[]);
    assert_eq!(app.count("coops").await, 1);
    assert_eq!(app.count("memberships").await, 1);
    let first = &answers[0].1;
    assert!(first.ends_with("/manage"), "{first}");
    assert!(answers.iter().all(|(_, l)| l == first), "{answers:?}");
}

async fn ten_spending_proposals_at_once_propose_one(app: TestApp) {
    let c = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let path = format!("/coops/{}/spending", c.id);
    let page = c.admin.get(&path).await;
    page.assert_status(200);
    let token = form_token(&page.body);
    let id = c.id.to_string();
    let answers = ten_at_once(
        &c.admin,
        &path,
        &[
            ("form_token", token.as_str()),
            ("title", "Seeds"),
            ("purpose", "Seed bank"),
            ("amount", "100"),
            ("currency", "EUR"),
            ("recipient_coop_id", id.as_str()),
        ],
    )
    .await;
    assert_no_server_error(&answers, &[]);
    assert_eq!(app.count("spending_proposals").await, 1);
    let first = &answers[0].1;
    assert!(answers.iter().all(|(_, l)| l == first), "{answers:?}");
    // A fresh form (a new token) proposes again: the token guards one submit, not the content.
    let token = form_token(&c.admin.get(&path).await.body);
    c.admin
        .submit(
            &path,
            &[
                ("form_token", token.as_str()),
                ("title", "Seeds"),
                ("purpose", "Seed bank"),
                ("amount", "100"),
                ("currency", "EUR"),
                ("recipient_coop_id", id.as_str()),
            ],
        )
        .await
        .assert_status(303);
    assert_eq!(app.count("spending_proposals").await, 2);
}

on_both_backends!(
    ten_invitations_at_once_make_one,
    ten_csv_imports_at_once_create_each_listing_once,
    ten_registrations_at_once_make_one_account,
    ten_applications_at_once_file_one,
    ten_spending_proposals_at_once_propose_one,
);
