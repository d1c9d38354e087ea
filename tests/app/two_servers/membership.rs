//! A membership changed on one server between a page and its form on the other: the form is
//! refused on the second server and changes nothing, because every request reads who is asking
//! from the database, not from what the page was drawn for.
use super::{rows, serve, signed_in};
use crate::common::TestApp;
use crate::market::{market, PW};

const BOB: &str = "bob@example.coop";

/// The listing's stored status.
async fn listing_status(app: &TestApp, id: i64) -> String {
    let found = rows(app, &format!("SELECT status FROM listings WHERE id = {id}")).await;
    found[0].try_get::<String>("", "status").unwrap()
}

async fn a_membership_changed_on_one_server_refuses_the_form_opened_on_the_other(app: TestApp) {
    let m = market(&app).await;
    // Bob registers and, asked by the seller's admin, agrees to be its second admin.
    let bob = app.browser();
    bob.register("Bob", BOB, PW).await;
    m.seller
        .admin
        .submit(
            &format!("/coops/{}/members", m.seller.id),
            &[("email", BOB), ("role", "admin")],
        )
        .await
        .assert_status(303);
    bob.accept_invitation().await;
    let bob_id = cooptrade::store::users::find_by_email(&app.db, BOB)
        .await
        .unwrap()
        .unwrap()
        .id;

    let outbox = tempfile::tempdir().unwrap();
    let servers = [
        serve(&app, outbox.path()).await,
        serve(&app, outbox.path()).await,
    ];
    let (admin_a, bob_b) = (
        signed_in(&servers[0], &m.seller.admin_email).await,
        signed_in(&servers[1], BOB).await,
    );

    // Bob opens the co-op's page on B as an admin; on A he is made a plain member; his token
    // form from B is refused and no token is made.
    let manage = format!("/coops/{}/manage", m.seller.id);
    bob_b
        .get(&manage)
        .await
        .assert_status(200)
        .assert_contains("Create token");
    admin_a
        .submit(
            &format!("/coops/{}/members/{bob_id}/role", m.seller.id),
            &[("role", "member")],
        )
        .await
        .assert_status(303);
    let tokens = app.count("api_tokens").await;
    let refused = bob_b
        .submit(
            &format!("/coops/{}/tokens", m.seller.id),
            &[("name", "from a stale page")],
        )
        .await;
    refused
        .assert_status(403)
        .assert_contains("only an admin of Coopermondo");
    assert_eq!(app.count("api_tokens").await, tokens, "no token made");

    // Bob, still a member, opens the listings on B; on A he leaves the co-op; pausing a
    // listing from the page B drew for him is refused and the listing stays on sale.
    let bob_b = signed_in(&servers[1], BOB).await;
    let listings = format!("/coops/{}/listings", m.seller.id);
    bob_b
        .get(&listings)
        .await
        .assert_status(200)
        .assert_contains("status?to=paused");
    let bob_a = signed_in(&servers[0], BOB).await;
    bob_a
        .submit(&format!("/account/coops/{}/leave", m.seller.id), &[])
        .await
        .assert_status(303);
    let before = listing_status(&app, m.listing).await;
    let refused = bob_b
        .submit(&format!("{listings}/{}/status?to=paused", m.listing), &[])
        .await;
    refused
        .assert_status(403)
        .assert_contains("you are not a member of Coopermondo");
    assert_eq!(listing_status(&app, m.listing).await, before);
    assert_eq!(before, "active");
    // The page itself is now closed to him on either server.
    for server in &servers {
        let again = signed_in(server, BOB).await;
        let page = again.get(&listings).await;
        assert_eq!(page.status.as_u16(), 403, "{}", page.body);
    }
}

on_both_backends!(a_membership_changed_on_one_server_refuses_the_form_opened_on_the_other);
