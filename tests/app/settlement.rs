//! Settlement and the ledger as the co-ops see them: the fee split to the cent in three
//! currencies, statements, the committee's trial balance, and a thousand random orders.
use crate::common;

use crate::market::{listing, Coop};
use common::TestApp;
use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::Currency;
use cooptrade::store::ledger;
use serde_json::json;

async fn settle_one(app: &TestApp, currency: &str, price: &str) -> (Coop, Coop, i64) {
    let seller = app
        .coop(&format!("Seller {currency}"), "producer", "IT", currency)
        .await;
    let buyer = app
        .coop(&format!("Buyer {currency}"), "buyer", "DK", "DKK")
        .await;
    let (_, l) = seller
        .api
        .post(
            "/listings",
            listing(
                "ONE",
                json!({"price": price, "stock": "10", "min_order": "1"}),
            ),
        )
        .await;
    let (s, c) = buyer.api.post("/orders", json!({"lines": [{"listing_id": l["id"], "quantity": "1"}], "delivery_address": "Albertslund"})).await;
    assert_eq!(s, 201, "{c}");
    let id = c["orders"][0]["id"].as_i64().unwrap();
    for (who, a) in [
        (&seller, "accept"),
        (&seller, "confirm_payment"),
        (&seller, "ship"),
        (&buyer, "confirm_delivery"),
    ] {
        let (s, v) = who
            .api
            .post(&format!("/orders/{id}/actions/{a}"), json!({}))
            .await;
        assert_eq!(s, 200, "{a}: {v}");
    }
    (seller, buyer, id)
}

async fn balance(app: &TestApp, a: Account, c: &str) -> i64 {
    ledger::balance(&app.db, &a, Currency::parse(c).unwrap())
        .await
        .unwrap()
}

async fn assert_trial_balance_zero(app: &TestApp) {
    for m in ledger::trial_balance(&app.db).await.unwrap() {
        assert!(m.is_zero(), "{m} does not balance");
    }
}

async fn a_settled_order_splits_its_fee_to_the_cent_in_eur_jpy_and_kwd(app: TestApp) {
    // 1234.57 EUR at 4 %: fee 49.38; pool 24.69; seller 12.35; buyer 12.34; proceeds 1185.19.
    for (cur, price, fee, pool, seller_share, buyer_share, proceeds) in [
        ("EUR", "1234.57", 4938, 2469, 1235, 1234, 118519),
        ("JPY", "123457", 4938, 2469, 1235, 1234, 118519),
        ("KWD", "1234.567", 49383, 24692, 12346, 12345, 1185184),
    ] {
        let (s, b, id) = settle_one(&app, cur, price).await;
        let (_, o) = b.api.get(&format!("/orders/{id}")).await;
        assert_eq!(o["state"], "settled");
        assert_eq!(balance(&app, Account::Pool, cur).await, pool, "{cur} pool");
        assert_eq!(
            balance(&app, Account::CoopFairShare(s.id), cur).await,
            seller_share,
            "{cur} seller share"
        );
        assert_eq!(
            balance(&app, Account::CoopFairShare(b.id), cur).await,
            buyer_share,
            "{cur} buyer share"
        );
        assert_eq!(
            balance(&app, Account::CoopProceeds(s.id), cur).await,
            proceeds,
            "{cur} proceeds"
        );
        assert_eq!(pool + seller_share + buyer_share, fee);
        assert_trial_balance_zero(&app).await;
        // The order page says where the fee went, to the cent.
        if cur == "EUR" {
            let page = b.admin.get(&format!("/orders/{id}")).await;
            page.assert_contains("EUR\u{a0}49.38")
                .assert_contains("EUR\u{a0}24.69 to the common pool")
                .assert_contains("EUR\u{a0}12.34 to your co-op");
            // The seller's statement lists the entry with a running balance, and as CSV.
            let st = s
                .admin
                .get(&format!(
                    "/coops/{}/statement?account=proceeds&currency=EUR",
                    s.id
                ))
                .await;
            st.assert_status(200).assert_contains("EUR\u{a0}1,185.19");
            let csv = s
                .admin
                .get(&format!(
                    "/coops/{}/statement?account=fair_share&currency=EUR&format=csv",
                    s.id
                ))
                .await;
            assert!(
                csv.body.contains(&format!("settle:{id}")) && csv.body.contains(",12.35,12.35,EUR"),
                "{}",
                csv.body
            );
            b.admin
                .get(&format!("/coops/{}/statement", s.id))
                .await
                .assert_status(403);
        }
    }
    // Settling again posts nothing more: the key is settle:<id>.
    let before = app.count("postings").await;
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    let o = cooptrade::store::orders::get(&tx, 1).await.unwrap();
    cooptrade::store::settlement::post_settlement(&tx, &o)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(app.count("postings").await, before);
}

async fn the_committee_sees_every_account_and_a_refund_after_settlement_reverses_it(app: TestApp) {
    let (s, b, id) = settle_one(&app, "EUR", "100").await;
    let marta = app.browser();
    marta
        .register("Marta", "marta@example.coop", crate::market::PW)
        .await;
    marta.get("/committee/ledger").await.assert_status(403);
    app.make_committee("marta@example.coop").await;
    let page = marta.get("/committee/ledger").await;
    page.assert_status(200)
        .assert_contains("Every currency balances")
        .assert_contains("common pool");
    marta
        .submit(&format!("/orders/{id}/actions/refund"), &[])
        .await
        .assert_status(303);
    for a in [
        Account::Pool,
        Account::CoopFairShare(s.id),
        Account::CoopFairShare(b.id),
        Account::CoopProceeds(s.id),
    ] {
        assert_eq!(balance(&app, a, "EUR").await, 0);
    }
    assert_trial_balance_zero(&app).await;
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.first_bad.is_none() && report.is_ok(), "{report}");
}

async fn the_committee_changes_the_fee_rate_and_placed_orders_keep_theirs(app: TestApp) {
    let seller = app.coop("Seller", "producer", "IT", "EUR").await;
    let buyer = app.coop("Buyer", "buyer", "DK", "DKK").await;
    let (_, l) = seller
        .api
        .post(
            "/listings",
            listing("X", json!({"price": "100", "min_order": "1"})),
        )
        .await;
    let place = || {
        buyer.api.post(
            "/orders",
            json!({"lines": [{"listing_id": l["id"], "quantity": "1"}], "delivery_address": "x"}),
        )
    };
    let (_, first) = place().await;
    let marta = app.browser();
    marta
        .register("Marta", "marta@example.coop", crate::market::PW)
        .await;
    app.make_committee("marta@example.coop").await;
    for bad in ["21", "-1", "2.555", "lots"] {
        marta
            .submit("/committee/fee-rate", &[("fee_rate", bad)])
            .await
            .assert_status(422);
    }
    seller
        .admin
        .submit("/committee/fee-rate", &[("fee_rate", "1")])
        .await
        .assert_status(403);
    marta
        .submit("/committee/fee-rate", &[("fee_rate", "2.5")])
        .await
        .assert_status(303);
    marta
        .get("/committee")
        .await
        .assert_contains("2.5%")
        .assert_contains("Marta");
    let (_, second) = place().await;
    assert_eq!(first["orders"][0]["fee"], "4.00");
    assert_eq!(second["orders"][0]["fee"], "2.50");
    assert_eq!(second["orders"][0]["fee_rate"], "2.5");
    let (_, again) = buyer
        .api
        .get(&format!("/orders/{}", first["orders"][0]["id"]))
        .await;
    assert_eq!(again["fee"], "4.00", "a placed order keeps its rate");
    assert_eq!(app.count("fee_rate_changes").await, 1);
}

on_both_backends!(
    a_settled_order_splits_its_fee_to_the_cent_in_eur_jpy_and_kwd,
    the_committee_sees_every_account_and_a_refund_after_settlement_reverses_it,
    the_committee_changes_the_fee_rate_and_placed_orders_keep_theirs,
);

async fn with_a_dispute_window_the_worker_settles_delivered_orders_once_it_has_passed(
    app: TestApp,
) {
    let seller = app.coop("Seller", "producer", "IT", "EUR").await;
    let buyer = app.coop("Buyer", "buyer", "DK", "DKK").await;
    let (_, l) = seller
        .api
        .post(
            "/listings",
            listing("X", json!({"price": "100", "min_order": "1"})),
        )
        .await;
    let mut ids = Vec::new();
    for _ in 0..2 {
        let (_, c) = buyer.api.post("/orders", json!({"lines": [{"listing_id": l["id"], "quantity": "1"}], "delivery_address": "x"})).await;
        ids.push(c["orders"][0]["id"].as_i64().unwrap() as i32);
    }
    use cooptrade::domain::order_state::{Action, Actor};
    use cooptrade::store::orders::door::{act_in, Who};
    for id in &ids {
        for (action, actor) in [
            (Action::Accept, Actor::Seller),
            (Action::ConfirmPayment, Actor::Seller),
            (Action::Ship, Actor::Seller),
            (Action::ConfirmDelivery, Actor::Buyer),
        ] {
            let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
            // A window is configured: delivery does not settle by itself.
            act_in(
                &tx,
                *id,
                action,
                &Who {
                    user_id: None,
                    roles: vec![actor],
                },
                "",
                false,
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
        }
    }
    // The buyer disputes the second order within the window.
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    act_in(
        &tx,
        ids[1],
        Action::Dispute,
        &Who {
            user_id: None,
            roles: vec![Actor::Buyer],
        },
        "one crate was broken",
        false,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let window = std::time::Duration::from_secs(3600);
    assert_eq!(
        cooptrade::jobs::settlement::settle_due(&app.db, window)
            .await
            .unwrap(),
        0,
        "the window has not passed"
    );
    assert_eq!(
        cooptrade::store::orders::get(&app.db, ids[0])
            .await
            .unwrap()
            .state
            .as_str(),
        "delivered"
    );
    let passed = std::time::Duration::from_secs(0);
    assert_eq!(
        cooptrade::jobs::settlement::settle_due(&app.db, passed)
            .await
            .unwrap(),
        1,
        "only the undisputed order"
    );
    assert_eq!(
        cooptrade::jobs::settlement::settle_due(&app.db, passed)
            .await
            .unwrap(),
        0,
        "settling twice posts once"
    );
    assert_eq!(
        cooptrade::store::orders::get(&app.db, ids[0])
            .await
            .unwrap()
            .state
            .as_str(),
        "settled"
    );
    assert_eq!(
        cooptrade::store::orders::get(&app.db, ids[1])
            .await
            .unwrap()
            .state
            .as_str(),
        "disputed"
    );
    assert_eq!(balance(&app, Account::Pool, "EUR").await, 200);
    assert_trial_balance_zero(&app).await;
}

on_both_backends!(with_a_dispute_window_the_worker_settles_delivered_orders_once_it_has_passed);
