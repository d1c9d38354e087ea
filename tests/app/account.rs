//! Account self-service as people meet it: confirming an address, a taken address, a forgotten
//! password, the account page (name, address, password, sessions) and leaving a co-op.
use crate::common;
mod page;

use crate::market::PW;
use common::{Browser, TestApp};
use cooptrade::store::accounts::mail::{
    CHANGE_SUBJECT, RESET_SUBJECT, TAKEN_SUBJECT, VERIFY_SUBJECT,
};
use entity::{account_token, outbox_message, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};

use page::{
    sessions_are_listed_and_ended_from_the_account_page,
    the_account_page_changes_name_address_and_password,
    the_last_admin_cannot_leave_a_coop_and_others_can,
};

const VERIFY: &str = "/account/verify/";
const RESET: &str = "/password/reset/";

/// Mail queued to `to` whose subject is `subject`.
async fn mail_count(app: &TestApp, to: &str, subject: &str) -> usize {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddr.eq(to))
        .filter(outbox_message::Column::Subject.eq(subject))
        .all(&app.db)
        .await
        .unwrap()
        .len()
}

async fn user_row(app: &TestApp, id: i32) -> user::Model {
    user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn user_id(app: &TestApp, email: &str) -> i32 {
    cooptrade::store::users::find_by_email(&app.db, email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Registers through the form only (no link followed).
async fn sign_up(b: &Browser, name: &str, email: &str) -> common::browser::Page {
    b.submit(
        "/register",
        &[("name", name), ("email", email), ("password", PW)],
    )
    .await
}

async fn a_new_account_confirms_its_address_before_it_can_apply_for_a_coop(app: TestApp) {
    let ama = app.browser();
    let p = sign_up(&ama, "Ama", "Ama@Togo.example.coop").await;
    assert_eq!(p.location.as_deref(), Some("/register/sent"));
    ama.visit("/register/sent")
        .await
        .assert_status(200)
        .assert_contains("Check your mail");
    assert_eq!(
        mail_count(&app, "ama@togo.example.coop", VERIFY_SUBJECT).await,
        1
    );
    let first = ama
        .mailed_link("ama@togo.example.coop", VERIFY_SUBJECT, VERIFY)
        .await
        .expect("a verification link");
    assert_eq!(first.len(), VERIFY.len() + 64);

    // Registering signs nobody in; Ama logs in unconfirmed and can browse.
    ama.get("/account").await.assert_status(303);
    ama.login("ama@togo.example.coop", PW)
        .await
        .assert_status(303);
    ama.get("/catalog").await.assert_status(200);
    ama.get("/account")
        .await
        .assert_status(200)
        .assert_contains("not confirmed");
    // ... but not apply for a co-op: a 403 that says why and offers the link again.
    ama.get("/coops/apply")
        .await
        .assert_status(403)
        .assert_contains("Confirm your e-mail address first")
        .assert_contains("Send the link again");
    let p = ama
        .submit(
            "/coops/apply",
            &[
                ("name", "Ama's Co-op"),
                ("kind", "producer"),
                ("country", "TG"),
                ("currency", "XOF"),
                ("contact_email", "hello@example.coop"),
                ("description", "Pineapples"),
            ],
        )
        .await;
    p.assert_status(403);
    assert_eq!(app.count("coops").await, 0);

    // She asks for the link again and follows the new one; the old one is spent with it.
    let p = ama.submit("/account/verify/resend", &[]).await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    assert_eq!(
        mail_count(&app, "ama@togo.example.coop", VERIFY_SUBJECT).await,
        2
    );
    let second = ama
        .mailed_link("ama@togo.example.coop", VERIFY_SUBJECT, VERIFY)
        .await
        .unwrap();
    assert_ne!(first, second);
    let p = ama.get(&second).await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    ama.visit("/account")
        .await
        .assert_contains("ama@togo.example.coop is confirmed")
        .assert_contains("confirmed");
    let id = user_id(&app, "ama@togo.example.coop").await;
    assert!(user_row(&app, id).await.email_verified_at.is_some());
    ama.get(&second)
        .await
        .assert_status(410)
        .assert_contains("used already");
    ama.get(&first).await.assert_status(410);
    ama.get(&format!("{VERIFY}{}", "0".repeat(64)))
        .await
        .assert_status(404)
        .assert_contains("not valid");
    // Confirmed, she applies.
    let coop = ama
        .apply_for_coop("Ama's Co-op", "producer", "TG", "XOF")
        .await;
    assert!(coop > 0);
    // Asking again once confirmed sends nothing.
    ama.submit("/account/verify/resend", &[])
        .await
        .assert_status(303);
    assert_eq!(
        mail_count(&app, "ama@togo.example.coop", VERIFY_SUBJECT).await,
        2
    );
}

async fn registering_a_taken_address_looks_the_same_and_tells_its_owner(app: TestApp) {
    let alice = app.browser();
    alice.register("Alice", "alice@example.coop", PW).await;
    let users = app.count("users").await;

    // Someone registers Alice's address, someone else a new one: the same answer.
    let taken = sign_up(&app.browser(), "Mallory", "ALICE@example.coop").await;
    let fresh = sign_up(&app.browser(), "Kofi", "kofi@example.coop").await;
    assert_eq!(taken.status, fresh.status);
    assert_eq!(taken.location, fresh.location);
    assert_eq!(taken.body, fresh.body);
    let page = app.browser().visit("/register/sent").await;
    assert!(!page.body.contains("already"), "{}", page.body);

    // Alice gets a mail saying so, and no link; no second account exists.
    assert_eq!(
        mail_count(&app, "alice@example.coop", TAKEN_SUBJECT).await,
        1
    );
    assert_eq!(
        mail_count(&app, "alice@example.coop", VERIFY_SUBJECT).await,
        1
    );
    let body = outbox_message::Entity::find()
        .filter(outbox_message::Column::Subject.eq(TAKEN_SUBJECT))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .body_text;
    assert!(
        body.contains("/login") && body.contains("/password/forgot"),
        "{body}"
    );
    assert_eq!(
        app.count("users").await,
        users + 1,
        "only Kofi's account is new"
    );
    // Bad input is still shown beside the field, for a taken address as for a new one.
    let p = app
        .browser()
        .submit(
            "/register",
            &[
                ("name", "M"),
                ("email", "alice@example.coop"),
                ("password", "short"),
            ],
        )
        .await;
    p.assert_status(422)
        .assert_contains("at least 10 characters");
    assert_eq!(
        mail_count(&app, "alice@example.coop", TAKEN_SUBJECT).await,
        1
    );
}

async fn a_forgotten_password_is_reset_by_a_one_hour_link_that_works_once(app: TestApp) {
    let laptop = app.browser();
    laptop.register("Alice", "alice@example.coop", PW).await;
    let phone = app.browser();
    phone
        .login("alice@example.coop", PW)
        .await
        .assert_status(303);

    let b = app.browser();
    b.get("/login")
        .await
        .assert_contains("href=\"/password/forgot\"");
    b.get("/password/forgot").await.assert_status(200);
    let known = b
        .submit("/password/forgot", &[("email", "Alice@example.coop")])
        .await;
    let unknown = b
        .submit("/password/forgot", &[("email", "nobody@example.coop")])
        .await;
    known
        .assert_status(200)
        .assert_contains("If an account uses that address");
    assert_eq!(known.body, unknown.body);
    assert_eq!(
        mail_count(&app, "alice@example.coop", RESET_SUBJECT).await,
        1
    );
    assert_eq!(
        app.count("outbox WHERE to_addr = 'nobody@example.coop'")
            .await,
        0
    );
    b.submit("/password/forgot", &[("email", "nope")])
        .await
        .assert_status(422)
        .assert_contains("is not an e-mail address");

    let link = b
        .mailed_link("alice@example.coop", RESET_SUBJECT, RESET)
        .await
        .unwrap();
    b.get(&link)
        .await
        .assert_status(200)
        .assert_contains("Choose a new password");
    // A weak password is refused beside the field, and the link still works.
    b.submit(&link, &[("password", "short")])
        .await
        .assert_status(422)
        .assert_contains("at least 10 characters");
    let p = b
        .submit(&link, &[("password", "mangoes ripen in March")])
        .await;
    assert_eq!(p.location.as_deref(), Some("/login"));
    // Every session of Alice has ended; the old password is gone, the new one works.
    laptop.get("/account").await.assert_status(303);
    phone.get("/account").await.assert_status(303);
    let id = user_id(&app, "alice@example.coop").await;
    assert_eq!(
        app.count(&format!("sessions WHERE user_id = {id}")).await,
        0
    );
    b.login("alice@example.coop", PW).await.assert_status(422);
    b.login("alice@example.coop", "mangoes ripen in March")
        .await
        .assert_status(303);
    // The link works once.
    let again = app.browser();
    again
        .get(&link)
        .await
        .assert_status(410)
        .assert_contains("used already");
    again
        .submit(&link, &[("password", "another good password")])
        .await
        .assert_status(410);

    // A link older than an hour has expired.
    app.browser()
        .submit("/password/forgot", &[("email", "alice@example.coop")])
        .await
        .assert_status(200);
    let link = b
        .mailed_link("alice@example.coop", RESET_SUBJECT, RESET)
        .await
        .unwrap();
    let t = account_token::Entity::find()
        .filter(account_token::Column::UserId.eq(id))
        .filter(account_token::Column::UsedAt.is_null())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(t.expires_at - t.created_at, chrono::Duration::hours(1));
    account_token::Entity::update(account_token::ActiveModel {
        id: Set(t.id),
        expires_at: Set(chrono::Utc::now() - chrono::Duration::seconds(1)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    app.browser()
        .get(&link)
        .await
        .assert_status(410)
        .assert_contains("expired");
}

async fn operators_create_confirmed_accounts(app: TestApp) {
    let form = cooptrade::store::users::Registration {
        name: "Marta".into(),
        email: "marta@example.coop".into(),
        password: PW.into(),
    };
    let u = cooptrade::store::users::register_verified(&app.db, &form)
        .await
        .unwrap();
    assert!(u.email_verified_at.is_some());
    let marta = app.browser();
    marta
        .login("marta@example.coop", PW)
        .await
        .assert_status(303);
    marta.get("/coops/apply").await.assert_status(200);
    assert_eq!(app.count("outbox").await, 0);
}

async fn a_double_submit_makes_one_account_and_a_link_works_once_under_a_race(app: TestApp) {
    // Two registrations of one new address at once: the same answer, one account, one link.
    let b = app.browser();
    b.get("/").await;
    let (x, y) = tokio::join!(
        sign_up(&b, "Kofi", "kofi@example.coop"),
        sign_up(&b, "Kofi", "kofi@example.coop")
    );
    for p in [&x, &y] {
        assert_eq!(p.location.as_deref(), Some("/register/sent"), "{}", p.body);
    }
    assert_eq!(app.count("users").await, 1);
    assert_eq!(
        mail_count(&app, "kofi@example.coop", VERIFY_SUBJECT).await,
        1
    );

    // The link followed twice at once: one confirms, the other is told it is spent.
    let link = b
        .mailed_link("kofi@example.coop", VERIFY_SUBJECT, VERIFY)
        .await
        .unwrap();
    let (x, y) = tokio::join!(b.get(&link), b.get(&link));
    let mut statuses = [x.status.as_u16(), y.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 410]);

    // A reset form sent twice at once sets the password once.
    b.submit("/password/forgot", &[("email", "kofi@example.coop")])
        .await
        .assert_status(200);
    let link = b
        .mailed_link("kofi@example.coop", RESET_SUBJECT, RESET)
        .await
        .unwrap();
    let (x, y) = tokio::join!(
        b.submit(&link, &[("password", "mangoes ripen in March")]),
        b.submit(&link, &[("password", "papayas ripen in June")])
    );
    let mut statuses = [x.status.as_u16(), y.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 410]);
    let winner = if x.status.as_u16() == 303 {
        "mangoes ripen in March"
    } else {
        "papayas ripen in June"
    };
    b.login("kofi@example.coop", winner)
        .await
        .assert_status(303);
}

on_both_backends!(
    a_new_account_confirms_its_address_before_it_can_apply_for_a_coop,
    registering_a_taken_address_looks_the_same_and_tells_its_owner,
    a_forgotten_password_is_reset_by_a_one_hour_link_that_works_once,
    the_account_page_changes_name_address_and_password,
    sessions_are_listed_and_ended_from_the_account_page,
    the_last_admin_cannot_leave_a_coop_and_others_can,
    operators_create_confirmed_accounts,
    a_double_submit_makes_one_account_and_a_link_works_once_under_a_race,
);
