//! The refusals of the order state machine, of listings and of amounts over their bound are
//! codes: the API says them in the language of `Accept-Language`, with the state word itself
//! translated, and keeps its stable English error code.
use serde_json::{json, Value};

use super::post_in;
use crate::common::TestApp;
use crate::market::{listing, market, order, walk};

fn said(v: &Value) -> &str {
    v["error"]["message"].as_str().unwrap_or("")
}

async fn an_order_refusal_says_the_state_in_the_readers_language(app: TestApp) {
    let m = market(&app).await;
    let o = order(&m, "2").await;
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    let path = |a: &str| format!("/orders/{}/actions/{a}", o["id"]);
    for (lang, by_state, by_role) in [
        (
            "en",
            "cannot cancel an order that is paid: it is already paid: the seller can refund it",
            "only the seller co-op can ship an order",
        ),
        (
            "fr-FR",
            "on ne peut pas annuler une commande payée : elle est déjà payée : le vendeur peut la rembourser",
            "seule la coopérative vendeuse peut expédier une commande",
        ),
        (
            "ja",
            "状態が「支払済み」の注文はキャンセルできません。すでに支払済みです。販売者が返金できます",
            "注文の発送ができるのは販売側の協同組合だけです",
        ),
    ] {
        let (s, v) = post_in(&app, &m.buyer, &path("cancel"), json!({}), lang).await;
        assert_eq!((s, &v["error"]["code"]), (409, &json!("conflict")), "{v}");
        assert_eq!(said(&v), by_state, "{lang}");
        let (s, v) = post_in(&app, &m.buyer, &path("ship"), json!({}), lang).await;
        assert_eq!((s, &v["error"]["code"]), (403, &json!("forbidden")), "{v}");
        assert_eq!(said(&v), by_role, "{lang}");
    }
    // A closed order names its state: refunded, in each language's word for it.
    walk(&m, &o, &[("seller", "refund")]).await;
    for (lang, already) in [
        ("fr", "la commande est déjà remboursée"),
        ("ja", "注文はすでに「返金済み」です"),
    ] {
        let (s, v) = post_in(&app, &m.seller, &path("ship"), json!({}), lang).await;
        assert_eq!((s, said(&v)), (409, already), "{v}");
    }
}

async fn listing_conflicts_and_bounds_are_said_in_the_readers_language(app: TestApp) {
    let m = market(&app).await;
    let archive = format!("/listings/{}/archive", m.listing);
    let (s, v) = m.seller.api.post(&archive, json!({})).await;
    assert_eq!(s, 200, "{v}");
    let too_dear = listing("GOLD", json!({"price": "20000000"}));
    for (lang, archived, over) in [
        (
            "fr",
            "l’annonce est archivée",
            "le prix ne peut pas dépasser 10",
        ),
        (
            "ja",
            "この商品はアーカイブ済みです",
            "価格はEUR\u{a0}10,000,000.00以下",
        ),
    ] {
        let (s, v) = post_in(&app, &m.seller, &archive, json!({}), lang).await;
        assert_eq!((s, &v["error"]["code"]), (409, &json!("conflict")), "{v}");
        assert_eq!(said(&v), archived);
        let (s, v) = post_in(&app, &m.seller, "/listings", too_dear.clone(), lang).await;
        assert_eq!((s, &v["error"]["code"]), (422, &json!("invalid")), "{v}");
        let price = v["error"]["fields"]
            .as_array()
            .and_then(|f| f.iter().find(|f| f["field"] == "price"))
            .and_then(|f| f["message"].as_str())
            .unwrap_or("");
        assert!(price.starts_with(over), "{lang}: {v}");
    }
    let (_, v) = m.seller.api.post(&archive, json!({})).await;
    assert_eq!(said(&v), "the listing is archived");
}

/// The id of the newest invitation to `email`.
async fn invitation_to(app: &TestApp, email: &str) -> i32 {
    use entity::coop_invitation::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let inv = Entity::find()
        .filter(Column::Email.eq(email))
        .order_by_desc(Column::Id)
        .one(&app.db)
        .await
        .unwrap();
    inv.expect("an invitation").id
}

async fn an_answered_invitation_refuses_in_the_readers_language(app: TestApp) {
    let m = market(&app).await;
    let email = "alice@committee.example.coop";
    let members = format!("/coops/{}/members", m.seller.id);
    for (lang, answered) in [
        ("fr", "cette invitation a déjà été déclinée"),
        ("ja", "この招待はすでに辞退されています"),
    ] {
        m.seller
            .admin
            .submit(&members, &[("email", email), ("role", "member")])
            .await
            .assert_status(303);
        let inv = invitation_to(&app, email).await;
        m.alice
            .submit("/locale", &[("locale", lang)])
            .await
            .assert_status(303);
        m.alice
            .submit(&format!("/invitations/{inv}/decline"), &[])
            .await
            .assert_status(303);
        let p = m
            .alice
            .submit(&format!("/invitations/{inv}/accept"), &[])
            .await;
        p.assert_status(409).assert_contains(answered);
        assert!(!p.body.contains("has already been"), "{}", p.body);
    }
}

/// A role that is neither admin nor member is refused beside the field, in the inviter's
/// language, with the typed address kept and no invitation stored.
async fn an_unknown_role_is_refused_in_the_readers_language(app: TestApp) {
    let m = market(&app).await;
    let email = "alice@committee.example.coop";
    let members = format!("/coops/{}/members", m.seller.id);
    for (lang, refused) in [
        ("fr", "choisissez administrateur ou membre"),
        ("ja", "管理者"),
    ] {
        m.seller
            .admin
            .submit("/locale", &[("locale", lang)])
            .await
            .assert_status(303);
        let p = m
            .seller
            .admin
            .submit(&members, &[("email", email), ("role", "owner")])
            .await;
        p.assert_status(422)
            .assert_contains(refused)
            .assert_contains(email);
        assert!(!p.body.contains("choose admin or member"), "{}", p.body);
    }
    use entity::coop_invitation::{Column, Entity};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let stored = Entity::find()
        .filter(Column::Email.eq(email))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(stored, 0);
}

on_both_backends!(
    an_order_refusal_says_the_state_in_the_readers_language,
    listing_conflicts_and_bounds_are_said_in_the_readers_language,
    an_answered_invitation_refuses_in_the_readers_language,
    an_unknown_role_is_refused_in_the_readers_language,
);
