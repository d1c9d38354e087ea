//! Membership needs consent: an admin invites by e-mail; only the invited person's yes makes
//! them a member (and so, on the committee, conflicted on runs paying that co-op).
use crate::common;
use crate::market;

use common::{Browser, TestApp};
use market::*;

const ALICE: &str = "alice@committee.example.coop";
const CAROL: &str = "carol@committee.example.coop";

async fn invite(admin: &Browser, coop: i32, email: &str) -> u16 {
    admin
        .submit(
            &format!("/coops/{coop}/members"),
            &[("email", email), ("role", "member")],
        )
        .await
        .status
        .as_u16()
}

/// The id of the pending invitation to `email` shown to its admins on the manage page.
async fn pending_id(app: &TestApp, coop: i32, email: &str) -> i32 {
    use entity::coop_invitation::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Entity::find()
        .filter(Column::CoopId.eq(coop))
        .filter(Column::Email.eq(email))
        .filter(Column::Status.eq(entity::status::InvitationStatus::Pending))
        .one(&app.db)
        .await
        .unwrap()
        .expect("a pending invitation")
        .id
}

async fn memberships_of(app: &TestApp, coop: i32) -> usize {
    cooptrade::store::coops::members(&app.db, coop)
        .await
        .unwrap()
        .len()
}

async fn vote(who: &Browser, run: i32) -> u16 {
    who.submit(
        &format!("/committee/payouts/{run}/decide"),
        &[("decision", "approve"), ("reason", "")],
    )
    .await
    .status
    .as_u16()
}

async fn a_committee_member_invited_by_a_paid_coop_keeps_their_vote_until_they_accept(
    app: TestApp,
) {
    let m = market(&app).await;
    m.settled_order("4").await;
    // The seller's admin "adds" two committee members by e-mail, without asking them.
    assert_eq!(invite(&m.seller.admin, m.seller.id, ALICE).await, 303);
    assert_eq!(invite(&m.seller.admin, m.seller.id, CAROL).await, 303);
    assert_eq!(memberships_of(&app, m.seller.id).await, 1, "only its admin");
    let p = m
        .bob
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    let run = id_from(p.location.clone());

    // Carol has not answered: she is no member, and may vote on a run paying the seller.
    assert_eq!(vote(&m.carol, run).await, 303);
    // Alice accepts: now she belongs to the seller and is conflicted.
    let inv = pending_id(&app, m.seller.id, ALICE).await;
    m.alice
        .visit("/invitations")
        .await
        .assert_status(200)
        .assert_contains("Coopermondo")
        .assert_contains(&format!("/invitations/{inv}/accept"));
    m.alice
        .submit(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(303);
    assert_eq!(memberships_of(&app, m.seller.id).await, 2);
    m.alice
        .get(&format!("/coops/{}/manage", m.seller.id))
        .await
        .assert_status(200);
    assert_eq!(vote(&m.alice, run).await, 403, "a member of a paid co-op");
    // Accepting twice changes nothing.
    m.alice
        .submit(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(303);
    assert_eq!(memberships_of(&app, m.seller.id).await, 2);
}

async fn an_invitation_is_mailed_and_only_its_addressee_can_answer_it(app: TestApp) {
    let m = market(&app).await;
    assert_eq!(invite(&m.seller.admin, m.seller.id, ALICE).await, 303);
    assert_eq!(mail_count(&app, ALICE, "Coopermondo invites you").await, 1);
    let mail = {
        use entity::outbox_message::{Column, Entity};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        Entity::find()
            .filter(Column::ToAddr.eq(ALICE))
            .filter(Column::Subject.contains("invit"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    let link = mail
        .body_text
        .split_whitespace()
        .find(|w| w.starts_with("http"))
        .expect("an absolute link")
        .to_owned();
    assert!(link.starts_with("http://127.0.0.1"), "{link}");
    let path = &link[link.find("/invitations/").expect("the invitation's page")..];
    // The link shows the invitation to its addressee; to anybody else, nothing.
    m.alice
        .visit(path)
        .await
        .assert_status(200)
        .assert_contains("Coopermondo")
        .assert_contains("Accept");
    m.bob.get(path).await.assert_status(404);

    // Bob (signed in, not invited) can neither accept nor decline it, nor withdraw it.
    let inv = pending_id(&app, m.seller.id, ALICE).await;
    for action in ["accept", "decline"] {
        m.bob
            .submit(&format!("/invitations/{inv}/{action}"), &[])
            .await
            .assert_status(404);
    }
    m.bob
        .submit(
            &format!("/coops/{}/invitations/{inv}/withdraw", m.seller.id),
            &[],
        )
        .await
        .assert_status(403);
    // Without the form's CSRF token, even Alice cannot.
    m.alice
        .post_raw(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(403);
    assert_eq!(memberships_of(&app, m.seller.id).await, 1);

    // Alice declines: no membership, and the admins' page no longer lists it as pending.
    m.alice
        .submit(&format!("/invitations/{inv}/decline"), &[])
        .await
        .assert_status(303);
    m.alice
        .submit(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(409);
    assert_eq!(memberships_of(&app, m.seller.id).await, 1);

    // Invited again, then withdrawn by the admin before she answers: still no membership.
    assert_eq!(invite(&m.seller.admin, m.seller.id, ALICE).await, 303);
    let again = pending_id(&app, m.seller.id, ALICE).await;
    m.seller
        .admin
        .visit(&format!("/coops/{}/manage", m.seller.id))
        .await
        .assert_contains("Pending invitations")
        .assert_contains(ALICE);
    m.seller
        .admin
        .submit(
            &format!("/coops/{}/invitations/{again}/withdraw", m.seller.id),
            &[],
        )
        .await
        .assert_status(303);
    m.alice
        .submit(&format!("/invitations/{again}/accept"), &[])
        .await
        .assert_status(409);
    assert_eq!(memberships_of(&app, m.seller.id).await, 1);
    let statuses = {
        use sea_orm::EntityTrait;
        let mut s: Vec<&str> = entity::coop_invitation::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|i| i.status.as_str())
            .collect();
        s.sort();
        s
    };
    assert_eq!(statuses, ["declined", "withdrawn"]);
}

async fn inviting_a_member_is_refused_twice_keeps_one_and_a_newcomer_registers_to_answer(
    app: TestApp,
) {
    let m = market(&app).await;
    let admin_email = m.seller.admin_email.clone();
    let page = m
        .seller
        .admin
        .submit(
            &format!("/coops/{}/members", m.seller.id),
            &[("email", admin_email.as_str()), ("role", "member")],
        )
        .await;
    page.assert_status(422)
        .assert_contains("is already a member");

    // Someone not registered yet can be invited; twice keeps one pending invitation.
    let newcomer = "dora@newcomer.example.coop";
    assert_eq!(invite(&m.seller.admin, m.seller.id, newcomer).await, 303);
    assert_eq!(invite(&m.seller.admin, m.seller.id, newcomer).await, 303);
    assert_eq!(app.count("coop_invitations").await, 1);
    assert_eq!(mail_count(&app, newcomer, "invites you").await, 1);

    let dora = app.browser();
    dora.register("Dora", newcomer, crate::market::PW).await;
    dora.visit("/")
        .await
        .assert_contains("Coopermondo</a> invites you to join as member");
    let inv = pending_id(&app, m.seller.id, newcomer).await;
    dora.submit(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(303);
    assert_eq!(
        cooptrade::store::coops::role_of(
            &app.db,
            m.seller.id,
            cooptrade::store::users::find_by_email(&app.db, newcomer)
                .await
                .unwrap()
                .unwrap()
                .id
        )
        .await
        .unwrap(),
        Some(cooptrade::domain::coop::CoopRole::Member)
    );
    // Now a member, inviting her again is refused.
    let page = m
        .seller
        .admin
        .submit(
            &format!("/coops/{}/members", m.seller.id),
            &[("email", newcomer), ("role", "admin")],
        )
        .await;
    page.assert_status(422)
        .assert_contains("is already a member");
}

async fn an_unconfirmed_account_cannot_join_until_its_address_is_confirmed(app: TestApp) {
    let m = market(&app).await;
    // An account whose address was never confirmed (made without the mailed link).
    let form = cooptrade::store::users::Registration {
        name: "Uma".into(),
        email: "uma@example.coop".into(),
        password: crate::market::PW.into(),
    };
    cooptrade::store::users::register(&app.db, &form)
        .await
        .unwrap();
    let uma = app.browser();
    uma.login("uma@example.coop", crate::market::PW).await;
    assert_eq!(
        invite(&m.seller.admin, m.seller.id, "uma@example.coop").await,
        303
    );
    let inv = pending_id(&app, m.seller.id, "uma@example.coop").await;
    uma.submit(&format!("/invitations/{inv}/accept"), &[])
        .await
        .assert_status(403);
    assert_eq!(memberships_of(&app, m.seller.id).await, 1, "only the admin");
}

/// A stored status no enum knows (written by hand, or by a newer version) is refused where the
/// row is read: the answer is an error page, nobody joins, and the server keeps serving.
async fn an_invitation_with_an_unknown_stored_status_is_refused_not_a_panic(app: TestApp) {
    let m = market(&app).await;
    assert_eq!(invite(&m.seller.admin, m.seller.id, ALICE).await, 303);
    let inv = pending_id(&app, m.seller.id, ALICE).await;
    let sql = format!("UPDATE coop_invitations SET status = 'expired' WHERE id = {inv}");
    sea_orm::ConnectionTrait::execute_unprepared(&app.db, &sql)
        .await
        .unwrap();
    let answer = m
        .alice
        .submit(&format!("/invitations/{inv}/accept"), &[])
        .await;
    answer.assert_status(500);
    assert!(!answer.body.contains("expired"), "internals leaked");
    assert_eq!(memberships_of(&app, m.seller.id).await, 1, "only the admin");
    let read = cooptrade::store::invitations::withdraw(&app.db, m.seller.id, inv).await;
    assert!(
        matches!(read, Err(cooptrade::error::AppError::Db(_))),
        "{read:?}"
    );
    m.alice.visit("/invitations").await.assert_status(200);
}

on_both_backends!(
    a_committee_member_invited_by_a_paid_coop_keeps_their_vote_until_they_accept,
    an_invitation_with_an_unknown_stored_status_is_refused_not_a_panic,
    an_invitation_is_mailed_and_only_its_addressee_can_answer_it,
    inviting_a_member_is_refused_twice_keeps_one_and_a_newcomer_registers_to_answer,
    an_unconfirmed_account_cannot_join_until_its_address_is_confirmed,
);
