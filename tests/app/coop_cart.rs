//! One cart per buying co-op, shared by its members: what one member adds another sees and
//! edits, each line names who added and who last changed it, concurrent adds sum up, a checkout
//! places exactly the cart its page showed (or nothing, with a 409), two members checking out
//! at once place one set of orders, and nobody outside the co-op sees or changes its cart.
use crate::common;

use crate::market::{listing, Coop, PW};
use common::{Browser, TestApp};
use cooptrade::store;
use serde_json::json;

/// A seller with two listings (oil, 10.00 EUR/kg, and wine, 8.00 EUR/bottle), a buyer co-op
/// with its admin and a second member, Lars, who joined by accepting an invitation.
pub struct Shared {
    pub seller: Coop,
    pub buyer: Coop,
    pub lars: Browser,
    pub oil: String,
    pub wine: String,
}

pub async fn shared(app: &TestApp) -> Shared {
    let seller = app.coop("Coopermondo", "producer", "IT", "EUR").await;
    let buyer = app.coop("Coop Danmark", "buyer", "DK", "EUR").await;
    let mut ids = Vec::new();
    for (sku, price) in [("OIL", "10.00"), ("WINE", "8.00")] {
        let body = listing(sku, json!({"price": price, "stock": "100"}));
        let (s, l) = seller.api.post("/listings", body).await;
        assert_eq!(s, 201, "{l}");
        ids.push(l["id"].as_i64().unwrap().to_string());
    }
    let lars = member_of(app, &buyer, "Lars").await;
    Shared {
        seller,
        buyer,
        lars,
        oil: ids[0].clone(),
        wine: ids[1].clone(),
    }
}

/// A person registered and invited to `coop` as a member, who accepted.
async fn member_of(app: &TestApp, coop: &Coop, name: &str) -> Browser {
    let b = app.browser();
    let email = format!("{}@members.example.coop", name.to_lowercase());
    b.register(name, &email, PW).await;
    let invite = [("email", email.as_str()), ("role", "member")];
    let path = format!("/coops/{}/members", coop.id);
    coop.admin.submit(&path, &invite).await.assert_status(303);
    b.accept_invitation().await;
    b
}

impl Shared {
    pub fn coop(&self) -> String {
        self.buyer.id.to_string()
    }

    pub async fn add(&self, who: &Browser, listing: &str, qty: &str) -> common::browser::Page {
        let coop = self.coop();
        let form = [
            ("listing_id", listing),
            ("coop_id", &coop),
            ("quantity", qty),
        ];
        who.submit("/cart/add", &form).await
    }

    /// Checks out with the token of a cart page `who` loaded before.
    pub async fn checkout(&self, who: &Browser, token: &str) -> common::browser::Page {
        let coop = self.coop();
        let form = [
            ("coop_id", coop.as_str()),
            ("delivery_address", "Roskildevej 65"),
            ("checkout_token", token),
        ];
        who.submit("/cart/checkout", &form).await
    }

    /// The user ids of the buyer's admin and of Lars.
    async fn user_ids(&self, app: &TestApp) -> (i32, i32) {
        let mut ids = Vec::new();
        for email in [self.buyer.admin_email.as_str(), "lars@members.example.coop"] {
            let user = store::users::find_by_email(&app.db, email).await.unwrap();
            ids.push(user.unwrap().id);
        }
        (ids[0], ids[1])
    }

    pub async fn quantities(&self, app: &TestApp) -> Vec<i64> {
        let lines = store::carts::lines(&app.db, self.buyer.id).await.unwrap();
        lines.iter().map(|(c, _, _)| c.quantity_milli).collect()
    }
}

async fn a_member_sees_and_edits_the_cart_another_member_filled(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let cart = s.lars.visit("/cart").await;
    cart.assert_status(200)
        .assert_contains("Added by")
        .assert_contains("Admin of Coop Danmark")
        .assert_contains("30.00");
    // Lars adds the same listing: one line, both quantities, and his name as its last change.
    s.add(&s.lars, &s.oil, "2").await.assert_status(303);
    assert_eq!(s.quantities(&app).await, [5_000]);
    s.buyer
        .admin
        .visit("/cart")
        .await
        .assert_contains("changed by Lars")
        .assert_contains("50.00");
    // Lars changes the admin's line, then removes it: the admin's cart is empty.
    let (line, _, _) = store::carts::lines(&app.db, s.buyer.id).await.unwrap()[0].clone();
    let path = format!("/cart/lines/{}", line.id);
    let p = s.lars.submit(&path, &[("quantity", "4")]).await;
    p.assert_status(303);
    assert_eq!(
        p.location.as_deref(),
        Some(&*format!("/cart?coop={}", s.buyer.id))
    );
    assert_eq!(s.quantities(&app).await, [4_000]);
    s.lars
        .submit(&path, &[("quantity", "0")])
        .await
        .assert_status(303);
    s.buyer
        .admin
        .visit("/cart")
        .await
        .assert_contains("Your cart is empty");
}

async fn two_members_adding_the_same_listing_at_once_lose_no_quantity(app: TestApp) {
    let s = std::sync::Arc::new(shared(&app).await);
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..12 {
        let s = s.clone();
        tasks.spawn(async move {
            let who = if n % 2 == 0 { &s.buyer.admin } else { &s.lars };
            s.add(who, &s.oil, "1").await.status.as_u16()
        });
    }
    let answers = tasks.join_all().await;
    assert!(answers.iter().all(|a| *a == 303), "{answers:?}");
    assert_eq!(
        s.quantities(&app).await,
        [12_000],
        "twelve acknowledged adds"
    );
    assert_eq!(app.count("cart_lines").await, 1);
}

async fn two_members_changing_one_line_at_once_leave_one_of_their_quantities(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let line = store::carts::lines(&app.db, s.buyer.id).await.unwrap()[0]
        .0
        .id;
    let path = format!("/cart/lines/{line}");
    let (admin, lars) = s.user_ids(&app).await;
    let revision = || store::cart_revision::current(&app.db, s.buyer.id);
    let (before, _) = revision().await.unwrap();
    for round in 0..6_i64 {
        let (a, l) = (4 + 2 * round, 5 + 2 * round);
        let (a_typed, l_typed) = (a.to_string(), l.to_string());
        let (a_form, l_form) = (
            [("quantity", a_typed.as_str())],
            [("quantity", l_typed.as_str())],
        );
        let (pa, pl) = tokio::join!(
            s.buyer.admin.submit(&path, &a_form),
            s.lars.submit(&path, &l_form)
        );
        pa.assert_status(303);
        pl.assert_status(303);
        let rows = store::carts::lines(&app.db, s.buyer.id).await.unwrap();
        let kept: Vec<_> = rows
            .iter()
            .map(|(c, _, _)| (c.id, c.quantity_milli, c.changed_by_user_id))
            .collect();
        // One line, holding the quantity of whoever wrote last and naming them.
        assert!(
            kept == [(line, a * 1000, Some(admin))] || kept == [(line, l * 1000, Some(lars))],
            "round {round}: {kept:?}"
        );
    }
    let (after, _) = revision().await.unwrap();
    assert_eq!(
        after,
        before + 12,
        "each acknowledged change moved the revision"
    );
    assert_eq!(app.count("cart_lines").await, 1);
    // The page shows the cart at its last revision, and checking it out places what it shows.
    let last = s.quantities(&app).await[0];
    let cart = s.lars.get("/cart").await;
    assert_eq!(cart.hidden("checkout_token"), after.to_string());
    s.checkout(&s.lars, &cart.hidden("checkout_token"))
        .await
        .assert_status(303);
    let (_, orders) = s.buyer.api.get("/orders").await;
    let subtotal = format!("{}.00", last / 100);
    assert_eq!(orders[0]["subtotal"].as_str(), Some(&*subtotal), "{orders}");
}

async fn a_checkout_of_a_cart_another_member_changed_since_is_a_409_placing_nothing(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    let seen = s.buyer.admin.get("/cart").await.hidden("checkout_token");
    let first_line = store::carts::lines(&app.db, s.buyer.id).await.unwrap()[0]
        .0
        .id;
    // Lars adds wine after the admin's page showed the cart: the admin never saw that line.
    s.add(&s.lars, &s.wine, "2").await.assert_status(303);
    let p = s.checkout(&s.buyer.admin, &seen).await;
    p.assert_status(409)
        .assert_contains("changed since this page showed it")
        .assert_contains("last change by Lars")
        .assert_contains("16.00");
    assert_eq!(app.count("orders").await, 0, "nothing placed");
    assert_eq!(s.quantities(&app).await, [3_000, 2_000]);
    // The page the 409 drew shows the cart as it is; its checkout places both lines.
    let p = s
        .checkout(&s.buyer.admin, &p.hidden("checkout_token"))
        .await;
    p.assert_status(303);
    let (_, orders) = s.buyer.api.get("/orders").await;
    assert_eq!(orders[0]["subtotal"].as_str(), Some("46.00"), "{orders}");
    // Lars changes a line that was checked out meanwhile: a 409, and no line comes back.
    let gone = store::carts::lines(&app.db, s.buyer.id).await.unwrap();
    assert!(gone.is_empty());
    let checked_out = app.count("order_lines").await;
    let p = s
        .lars
        .submit(&format!("/cart/lines/{first_line}"), &[("quantity", "5")])
        .await;
    p.assert_status(404);
    assert_eq!(app.count("cart_lines").await, 0);
    assert_eq!(app.count("order_lines").await, checked_out);
    // A form without the revision it showed places nothing either.
    s.add(&s.lars, &s.oil, "1").await.assert_status(303);
    s.checkout(&s.lars, "").await.assert_status(409);
    assert_eq!(app.count("checkouts").await, 1);
}

async fn two_members_checking_out_the_same_cart_at_once_place_one_set_of_orders(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.buyer.admin, &s.oil, "3").await.assert_status(303);
    s.add(&s.lars, &s.wine, "1").await.assert_status(303);
    let token = s.lars.get("/cart").await.hidden("checkout_token");
    assert_eq!(
        token,
        s.buyer.admin.get("/cart").await.hidden("checkout_token")
    );
    let (a, b) = tokio::join!(
        s.checkout(&s.buyer.admin, &token),
        s.checkout(&s.lars, &token)
    );
    a.assert_status(303);
    b.assert_status(303);
    assert_eq!(a.location, b.location, "both are told of the same orders");
    assert_eq!(app.count("checkouts").await, 1);
    assert_eq!(app.count("orders").await, 1, "one seller, one order");
    assert_eq!(app.count("order_lines").await, 2);
    assert_eq!(app.count("cart_lines").await, 0);
}

async fn nobody_outside_the_coop_sees_or_changes_its_cart(app: TestApp) {
    let s = shared(&app).await;
    s.add(&s.lars, &s.oil, "3").await.assert_status(303);
    let line = store::carts::lines(&app.db, s.buyer.id).await.unwrap()[0]
        .0
        .id;
    let token = s.lars.get("/cart").await.hidden("checkout_token");
    let other = app.coop("JCCU", "buyer", "JP", "EUR").await;
    // Lars leaves the co-op: from then on he is an outsider like the other co-op's admin.
    let backend = app.db.get_database_backend();
    let leave = format!(
        "DELETE FROM memberships WHERE coop_id = {} AND user_id = \
         (SELECT id FROM users WHERE name = 'Lars')",
        s.buyer.id
    );
    use sea_orm::ConnectionTrait;
    app.db
        .execute_raw(sea_orm::Statement::from_string(backend, leave))
        .await
        .unwrap();
    for outsider in [&other.admin, &s.lars] {
        let cart = outsider.get(&format!("/cart?coop={}", s.buyer.id)).await;
        assert_eq!(cart.status.as_u16(), 403, "{}", cart.body);
        assert!(!cart.body.contains("Listing OIL"), "no line shown");
        s.add(outsider, &s.wine, "1").await.assert_status(403);
        let edit = outsider
            .submit(&format!("/cart/lines/{line}"), &[("quantity", "9")])
            .await;
        edit.assert_status(404);
        s.checkout(outsider, &token).await.assert_status(403);
    }
    // The JCCU admin's own cart is empty, and the Danish cart is as Lars left it.
    other
        .admin
        .visit("/cart")
        .await
        .assert_contains("Your cart is empty");
    assert_eq!(s.quantities(&app).await, [3_000]);
    assert_eq!(app.count("orders").await, 0);
}

async fn a_coop_that_may_not_buy_has_no_cart(app: TestApp) {
    let s = shared(&app).await;
    let producer = app.coop("Thise Mejeri", "producer", "DK", "DKK").await;
    let p = producer.admin.get("/cart").await;
    p.assert_status(403).assert_contains("admitted buyer");
    let form = [
        ("listing_id", s.oil.as_str()),
        ("coop_id", &producer.id.to_string()),
        ("quantity", "1"),
    ];
    producer
        .admin
        .submit("/cart/add", &form)
        .await
        .assert_status(403);
    assert_eq!(app.count("cart_lines").await, 0);
}

async fn migration_61_merges_each_coops_per_member_lines_into_one_cart(app: TestApp) {
    use migration::MigratorTrait;
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::ConnectionTrait;
    let s = shared(&app).await;
    let (admin, lars) = s.user_ids(&app).await;
    // Back to before migration 61, whatever migrations came after it.
    let names: Vec<String> = migration::Migrator::migrations()
        .iter()
        .map(|m| m.name().to_owned())
        .collect();
    let after_61 = names
        .iter()
        .rev()
        .position(|n| n.contains("_000061_"))
        .unwrap();
    let steps = u32::try_from(after_61 + 1).unwrap();
    migration::Migrator::down(&app.db, Some(steps))
        .await
        .unwrap();
    let (oil, wine): (i32, i32) = (s.oil.parse().unwrap(), s.wine.parse().unwrap());
    let mut insert = Query::insert();
    insert.into_table(Alias::new("cart_lines")).columns(
        [
            "user_id",
            "buyer_coop_id",
            "listing_id",
            "quantity_milli",
            "unit_price_minor",
            "min_order_milli",
            "created_at",
        ]
        .map(Alias::new),
    );
    let at =
        |h: u32| chrono::DateTime::from_timestamp(1_764_000_000 + i64::from(h) * 3600, 0).unwrap();
    // Each member's own cart: oil from both, and wine from both that sums past the bound.
    for (user, listing, qty, h) in [
        (admin, oil, 3_000, 1),
        (lars, oil, 2_000, 2),
        (admin, wine, 9_000_000_000_i64, 3),
        (lars, wine, 2_000_000_000, 4),
    ] {
        let price = if listing == oil { 1000 } else { 800 };
        insert.values_panic([
            user.into(),
            s.buyer.id.into(),
            listing.into(),
            qty.into(),
            price.into(),
            1000_i64.into(),
            at(h).into(),
        ]);
    }
    let backend = app.db.get_database_backend();
    app.db.execute_raw(backend.build(&insert)).await.unwrap();
    migration::Migrator::up(&app.db, None).await.unwrap();
    let lines = store::carts::lines(&app.db, s.buyer.id).await.unwrap();
    let merged: Vec<_> = lines
        .iter()
        .map(|(c, _, _)| {
            (
                c.listing_id,
                c.quantity_milli,
                c.added_by_user_id,
                c.changed_by_user_id,
                c.changed_at,
            )
        })
        .collect();
    assert_eq!(
        merged,
        [
            (oil, 5_000, admin, Some(lars), Some(at(2))),
            (wine, 10_000_000_000, admin, Some(lars), Some(at(4))),
        ]
    );
    // The merged cart is the co-op's: Lars sees it and may check out what he sees.
    let cart = s.lars.visit("/cart").await;
    cart.assert_contains("Listing OIL")
        .assert_contains("changed by Lars");
    assert_eq!(cart.hidden("checkout_token"), "1");
}

on_both_backends!(
    migration_61_merges_each_coops_per_member_lines_into_one_cart,
    a_member_sees_and_edits_the_cart_another_member_filled,
    two_members_adding_the_same_listing_at_once_lose_no_quantity,
    two_members_changing_one_line_at_once_leave_one_of_their_quantities,
    a_checkout_of_a_cart_another_member_changed_since_is_a_409_placing_nothing,
    two_members_checking_out_the_same_cart_at_once_place_one_set_of_orders,
    nobody_outside_the_coop_sees_or_changes_its_cart,
    a_coop_that_may_not_buy_has_no_cart,
);
