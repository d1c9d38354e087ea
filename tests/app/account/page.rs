//! The account page: name, address and password, sessions, and leaving a co-op.
use super::*;

pub(super) async fn the_account_page_changes_name_address_and_password(app: TestApp) {
    let alice = app.browser();
    alice.register("Alice", "alice@example.coop", PW).await;
    let id = user_id(&app, "alice@example.coop").await;
    alice.visit("/").await.assert_contains("href=\"/account\"");
    alice
        .get("/account")
        .await
        .assert_status(200)
        .assert_contains("alice@example.coop")
        .assert_contains("value=\"Alice\"");
    // Without the form's token nothing changes.
    alice
        .post_raw("/account/name", &[("name", "Eve")])
        .await
        .assert_status(403);

    // Name: an empty one is refused beside the field with the input kept.
    alice
        .submit("/account/name", &[("name", "   ")])
        .await
        .assert_status(422)
        .assert_contains("enter a name");
    let p = alice
        .submit("/account/name", &[("name", "Alice Agbeko")])
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    assert_eq!(user_row(&app, id).await.name, "Alice Agbeko");

    // Address: the current password is needed, and the typed address is kept.
    alice
        .submit(
            "/account/email",
            &[
                ("email", "ama@example.org"),
                ("current_password", "wrong one!"),
            ],
        )
        .await
        .assert_status(422)
        .assert_contains("not your current password")
        .assert_contains("value=\"ama@example.org\"");
    alice
        .submit(
            "/account/email",
            &[("email", "alice@example.coop"), ("current_password", "")],
        )
        .await
        .assert_status(422)
        .assert_contains("your address already")
        .assert_contains("not your current password");
    let p = alice
        .submit(
            "/account/email",
            &[("email", "Ama@Example.org"), ("current_password", PW)],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    // Nothing changes until the new address's link is followed; the old address is told.
    assert_eq!(user_row(&app, id).await.email, "alice@example.coop");
    assert_eq!(
        mail_count(&app, "alice@example.coop", CHANGE_SUBJECT).await,
        1
    );
    assert_eq!(mail_count(&app, "ama@example.org", VERIFY_SUBJECT).await, 1);
    let link = alice
        .mailed_link("ama@example.org", VERIFY_SUBJECT, VERIFY)
        .await
        .unwrap();
    alice.get(&link).await.assert_status(303);
    let u = user_row(&app, id).await;
    assert_eq!(u.email, "ama@example.org");
    assert!(u.email_verified_at.is_some());
    let other = app.browser();
    other
        .login("alice@example.coop", PW)
        .await
        .assert_status(422);
    other.login("ama@example.org", PW).await.assert_status(303);

    // Moving to an address that has an account sends that address a notice, not a link.
    app.browser()
        .register("Kofi", "kofi@example.coop", PW)
        .await;
    alice
        .submit(
            "/account/email",
            &[("email", "kofi@example.coop"), ("current_password", PW)],
        )
        .await
        .assert_status(303);
    assert_eq!(
        mail_count(&app, "kofi@example.coop", TAKEN_SUBJECT).await,
        1
    );
    assert_eq!(
        mail_count(&app, "kofi@example.coop", VERIFY_SUBJECT).await,
        1
    );
    assert_eq!(user_row(&app, id).await.email, "ama@example.org");

    // Password: the current one is needed, the new one follows the registration's rules.
    let p = alice
        .submit(
            "/account/password",
            &[
                ("current_password", "wrong one!"),
                ("new_password", "short"),
            ],
        )
        .await;
    p.assert_status(422)
        .assert_contains("not your current password")
        .assert_contains("at least 10 characters");
    let p = alice
        .submit(
            "/account/password",
            &[
                ("current_password", PW),
                ("new_password", "mangoes ripen in March"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    // This device stays logged in; the other one is logged out.
    alice.get("/account").await.assert_status(200);
    other.get("/account").await.assert_status(303);
    other
        .login("ama@example.org", "mangoes ripen in March")
        .await
        .assert_status(303);
}

pub(super) async fn sessions_are_listed_and_ended_from_the_account_page(app: TestApp) {
    let laptop = app.browser();
    laptop.register("Alice", "alice@example.coop", PW).await;
    let phone = app.browser();
    phone
        .login("alice@example.coop", PW)
        .await
        .assert_status(303);
    let bob = app.browser();
    bob.register("Bob", "bob@example.coop", PW).await;

    let page = laptop.get("/account").await;
    page.assert_status(200).assert_contains("this device");
    assert_eq!(page.body.matches("name=\"session\"").count(), 2);
    let phone_id = cooptrade::auth::sha256_hex(&phone.cookie("sid").unwrap());
    let laptop_id = cooptrade::auth::sha256_hex(&laptop.cookie("sid").unwrap());
    assert!(page.body.contains(&phone_id));
    // Bob cannot end Alice's session.
    bob.submit("/account/sessions/end", &[("session", &phone_id)])
        .await
        .assert_status(404);
    phone.get("/account").await.assert_status(200);
    // Alice ends her phone's session from the laptop.
    let p = laptop
        .submit("/account/sessions/end", &[("session", &phone_id)])
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    phone.get("/account").await.assert_status(303);
    laptop.get("/account").await.assert_status(200);
    // Ending this device's session logs out here.
    let p = laptop
        .submit("/account/sessions/end", &[("session", &laptop_id)])
        .await;
    assert_eq!(p.location.as_deref(), Some("/"));
    laptop.get("/account").await.assert_status(303);
    bob.get("/account").await.assert_status(200);
}

pub(super) async fn the_last_admin_cannot_leave_a_coop_and_others_can(app: TestApp) {
    let coop = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let bob = app.browser();
    bob.register("Bob", "bob@example.coop", PW).await;
    let carla = app.browser();
    carla.register("Carla", "carla@example.coop", PW).await;
    for (who, email, role) in [
        (&bob, "bob@example.coop", "member"),
        (&carla, "carla@example.coop", "admin"),
    ] {
        coop.admin
            .submit(
                &format!("/coops/{}/members", coop.id),
                &[("email", email), ("role", role)],
            )
            .await
            .assert_status(303);
        who.accept_invitation().await;
    }
    coop.admin
        .get("/account")
        .await
        .assert_contains("Coopermondo")
        .assert_contains(&format!("/account/coops/{}/leave", coop.id));

    // A member leaves.
    let p = bob
        .submit(&format!("/account/coops/{}/leave", coop.id), &[])
        .await;
    assert_eq!(p.location.as_deref(), Some("/account"));
    bob.visit("/account")
        .await
        .assert_contains("You have left Coopermondo");
    bob.get(&format!("/coops/{}/manage", coop.id))
        .await
        .assert_status(403);
    // One of two admins leaves; the last one cannot.
    carla
        .submit(&format!("/account/coops/{}/leave", coop.id), &[])
        .await
        .assert_status(303);
    coop.admin
        .submit(&format!("/account/coops/{}/leave", coop.id), &[])
        .await
        .assert_status(409)
        .assert_contains("you are the last admin of Coopermondo");
    assert_eq!(app.count("memberships").await, 1);
    // Leaving a co-op one is not in is a 404.
    bob.submit(&format!("/account/coops/{}/leave", coop.id), &[])
        .await
        .assert_status(404);
}
