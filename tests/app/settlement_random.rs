//! A thousand orders driven through random legal transitions: afterwards every currency
//! balances, every settled order's split sums to its fee, and only buyers' payment accounts are negative.
use crate::common;

use crate::market::listing;
use common::TestApp;
use cooptrade::domain::catalog::Quantity;
use cooptrade::domain::ledger::Account;
use cooptrade::domain::money::FeeRate;
use cooptrade::domain::order_state::{allowed_actions, Action, Actor, OrderState};
use cooptrade::store::orders::door::place_in;
use cooptrade::store::orders::door::{act_in, Who};
use cooptrade::store::orders::OrderRequest;
use cooptrade::store::{self, ledger};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

const ORDERS: usize = 1000;

async fn a_thousand_random_orders_keep_the_ledger_balanced(app: TestApp) {
    let mut rng = StdRng::seed_from_u64(20261125);
    let buyer = app.coop("Buyer", "buyer", "DK", "DKK").await;
    let buyer_coop = store::coops::get(&app.db, buyer.id).await.unwrap();
    let buyer_user = store::users::find_by_email(&app.db, &buyer.admin_email)
        .await
        .unwrap()
        .unwrap();
    let mut listings = Vec::new();
    for (cur, price) in [("EUR", "13.37"), ("JPY", "1999"), ("KWD", "2.345")] {
        let s = app
            .coop(&format!("Seller {cur}"), "producer", "IT", cur)
            .await;
        let (_, l) = s
            .api
            .post(
                "/listings",
                listing(
                    "L",
                    json!({"price": price, "stock": "1000000", "min_order": "0.001"}),
                ),
            )
            .await;
        listings.push(l["id"].as_i64().unwrap() as i32);
    }
    let mut settled = Vec::new();
    for i in 0..ORDERS {
        let rate = FeeRate::from_basis_points(rng.gen_range(0..=2000)).unwrap();
        let req = OrderRequest {
            lines: vec![(listings[i % 3], Quantity(rng.gen_range(1..5_000_000)))],
            delivery_address: "x".into(),
            note: String::new(),
        };
        let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
        let p = place_in(&tx, &buyer_coop, buyer_user.id, &req, None, rate)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let id = p.orders[0].id;
        let settle_on_delivery = rng.gen_bool(0.5);
        let mut state = OrderState::Placed;
        for _ in 0..12 {
            let moves: Vec<(Action, Actor)> =
                [Actor::Buyer, Actor::Seller, Actor::Committee, Actor::System]
                    .into_iter()
                    .flat_map(|a| allowed_actions(state, a).into_iter().map(move |x| (x, a)))
                    .collect();
            // Stop now and then, so orders end in every state, settled ones included.
            if moves.is_empty()
                || rng.gen_bool(if state == OrderState::Settled {
                    0.7
                } else {
                    0.05
                })
            {
                break;
            }
            // Forward moves weigh more, so a good share of orders reach settlement.
            let weight = |a: Action| match a {
                Action::Accept
                | Action::ConfirmPayment
                | Action::PaymentSucceeded
                | Action::Ship => 8,
                Action::ConfirmDelivery | Action::Settle | Action::ResolveSettle => 8,
                _ => 1,
            };
            let total: u32 = moves.iter().map(|(a, _)| weight(*a)).sum();
            let mut pick = rng.gen_range(0..total);
            let mut chosen = moves[0];
            for m in &moves {
                if pick < weight(m.0) {
                    chosen = *m;
                    break;
                }
                pick -= weight(m.0);
            }
            let (action, actor) = chosen;
            let who = Who {
                user_id: None,
                roles: vec![actor],
            };
            let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
            let o = act_in(&tx, id, action, &who, "", settle_on_delivery)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            state = o.state;
        }
        if state == OrderState::Settled {
            settled.push(id);
        }
    }
    assert!(
        settled.len() > 50,
        "the walk settles a fair share of orders ({})",
        settled.len()
    );
    for m in ledger::trial_balance(&app.db).await.unwrap() {
        assert!(m.is_zero(), "{m} does not balance");
    }
    // Buyers' payment accounts record money paid in, so they are the negative side; everything
    // else, clearing included (a payment is posted before its settlement), stays at or above zero.
    for (account, money) in ledger::balances(&app.db).await.unwrap() {
        if !matches!(account, Account::CoopPayments(_)) {
            assert!(!money.is_negative(), "{} is {money}", account.as_str());
        }
    }
    // Each settled order's entry credits the pool and both shares exactly its fee.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    for id in settled.iter().take(200) {
        let o = store::orders::get(&app.db, *id).await.unwrap();
        let entry = entity::journal_entry::Entity::find()
            .filter(entity::journal_entry::Column::IdempotencyKey.eq(format!("settle:{id}")))
            .one(&app.db)
            .await
            .unwrap()
            .expect("settlement entry");
        let postings = entity::posting::Entity::find()
            .filter(entity::posting::Column::EntryId.eq(entry.id))
            .all(&app.db)
            .await
            .unwrap();
        let fee_parts: i64 = postings
            .iter()
            .filter(|p| p.account == "pool:common" || p.account.ends_with(":fair_share"))
            .map(|p| p.amount_minor)
            .sum();
        assert_eq!(fee_parts, o.fee_minor, "order {id}");
    }
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
}

on_both_backends!(a_thousand_random_orders_keep_the_ledger_balanced);
