//! The order desk (`store::order_batch`) decides a batch of placements and actions in memory
//! and writes them together. Whatever the batches, the result must be what running the same
//! requests one at a time gives: the same answer to each (the order as it stands, or the same
//! refusal), and the same orders, lines, stock, history, mail and ledger postings.
//!
//! Random requests, many of them refused (foreign co-ops, producers buying, missing listings and
//! orders, actions out of turn, stock running out, reused idempotency keys), are run on two
//! databases set up alike: one request per transaction on the first, in random batches on the
//! second (a batch that fails as a whole runs again request by request, as the writer does).
use crate::common;

use crate::market::listing;
use common::TestApp;
use cooptrade::domain::catalog::Quantity;
use cooptrade::domain::money::FeeRate;
use cooptrade::domain::order_state::{Action, Actor};
use cooptrade::error::AppError;
use cooptrade::store::order_actions::{Act, By, Who};
use cooptrade::store::order_batch::{self, OrderDone, OrderJob};
use cooptrade::store::orders::{OrderRequest, Ordered, Place};
use cooptrade::store::{self, ledger};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::json;

/// The co-ops of a marketplace: two buyers, two producers; each producer has one listing.
struct Market {
    coops: Vec<(i32, i32)>,
    listings: Vec<i32>,
}

async fn market(app: &TestApp) -> Market {
    let mut coops = Vec::new();
    let mut listings = Vec::new();
    for (name, kind) in [
        ("Buyer One", "buyer"),
        ("Buyer Two", "both"),
        ("Grower One", "producer"),
        ("Grower Two", "producer"),
    ] {
        let c = app.coop(name, kind, "IT", "EUR").await;
        let user = store::users::find_by_email(&app.db, &c.admin_email)
            .await
            .unwrap()
            .unwrap();
        if kind == "producer" {
            let (status, l) = c
                .api
                .post(
                    "/listings",
                    listing(
                        "L",
                        json!({"price": "3.33", "stock": "40", "min_order": "1"}),
                    ),
                )
                .await;
            assert_eq!(status, 201, "{l}");
            listings.push(l["id"].as_i64().unwrap() as i32);
        }
        coops.push((c.id, user.id));
    }
    Market { coops, listings }
}

/// A random request: placements by any co-op (producers are refused), of existing and missing
/// listings, some with a key; actions on existing and missing orders by anyone.
async fn job(app: &TestApp, m: &Market, rng: &mut StdRng, orders_so_far: i32) -> OrderJob {
    let (coop_id, user_id) = m.coops[rng.gen_range(0..m.coops.len())];
    if rng.gen_bool(0.3) {
        let buyer = store::coops::get(&app.db, coop_id).await.unwrap();
        let mut lines = vec![(
            m.listings[rng.gen_range(0..2)],
            Quantity(rng.gen_range(1..9) * 1000),
        )];
        if rng.gen_bool(0.3) {
            lines.push((
                m.listings[rng.gen_range(0..2)],
                Quantity(rng.gen_range(0..3) * 1000),
            ));
        }
        if rng.gen_bool(0.05) {
            lines.push((9999, Quantity(1000)));
        }
        let key = rng
            .gen_bool(0.2)
            .then(|| format!("key-{}", rng.gen_range(0..4)));
        return OrderJob::Place(Box::new(Place {
            buyer,
            placed_by: user_id,
            what: Ordered::Request(OrderRequest {
                lines,
                delivery_address: if rng.gen_bool(0.05) {
                    " ".into()
                } else {
                    "Via Roma 1".into()
                },
                note: "fresh".into(),
            }),
            key,
            rate: FeeRate::from_basis_points(rng.gen_range(0..1500)).unwrap(),
            policy: cooptrade::store::orders::door::policy_in_force(),
            expected_total: None,
        }));
    }
    const ACTIONS: [Action; 12] = [
        Action::Accept,
        Action::Reject,
        Action::Cancel,
        Action::ConfirmPayment,
        Action::PaymentSucceeded,
        Action::Ship,
        Action::ConfirmDelivery,
        Action::Settle,
        Action::Dispute,
        Action::ResolveSettle,
        Action::ResolveRefund,
        Action::Refund,
    ];
    // Mostly the next step of a live order by the side that takes it, so that orders get far.
    let live = rows(
        &app.db,
        "SELECT id, state, buyer_coop_id, seller_coop_id FROM orders \
         WHERE state NOT IN ('settled', 'refunded', 'rejected', 'cancelled') ORDER BY id",
    )
    .await;
    if !live.is_empty() && rng.gen_bool(0.75) {
        let row = &live[rng.gen_range(0..live.len())];
        let f: Vec<&str> = row.split('|').collect();
        let num = |v: &str| -> i32 {
            v.trim_start_matches("Some(")
                .trim_end_matches(')')
                .parse()
                .unwrap()
        };
        let (id, buyer, seller) = (num(f[0]), num(f[2]), num(f[3]));
        let user = |coop: i32| m.coops.iter().find(|(c, _)| *c == coop).unwrap().1;
        let party = |coop: i32| By::Coop {
            coop_id: coop,
            user_id: user(coop),
        };
        let as_role = |role: Actor| {
            By::Who(Who {
                user_id: Some(user_id),
                roles: vec![role],
            })
        };
        let (action, by) = match f[1] {
            "placed" => (Action::Accept, party(seller)),
            "accepted" => (Action::ConfirmPayment, party(seller)),
            "paid" if rng.gen_bool(0.1) => (Action::Refund, party(seller)),
            "paid" => (Action::Ship, party(seller)),
            "shipped" if rng.gen_bool(0.15) => (Action::Dispute, party(buyer)),
            "shipped" => (Action::ConfirmDelivery, party(buyer)),
            "delivered" => (Action::Settle, as_role(Actor::System)),
            "disputed" if rng.gen_bool(0.5) => (Action::ResolveRefund, as_role(Actor::Committee)),
            _ => (Action::ResolveSettle, as_role(Actor::Committee)),
        };
        return OrderJob::Act(Act {
            order_id: id,
            action,
            by,
            note: "next".into(),
            settle_on_delivery: rng.gen_bool(0.6),
            pay_by: Default::default(),
        });
    }
    let action = if rng.gen_bool(0.6) {
        [
            Action::Accept,
            Action::ConfirmPayment,
            Action::Ship,
            Action::ConfirmDelivery,
        ][rng.gen_range(0..4)]
    } else {
        ACTIONS[rng.gen_range(0..ACTIONS.len())]
    };
    let by = if rng.gen_bool(0.7) {
        By::Coop { coop_id, user_id }
    } else {
        let roles = [Actor::Buyer, Actor::Seller, Actor::Committee, Actor::System]
            .into_iter()
            .filter(|_| rng.gen_bool(0.4))
            .collect();
        By::Who(Who {
            user_id: Some(user_id),
            roles,
        })
    };
    OrderJob::Act(Act {
        order_id: rng.gen_range(1..=orders_so_far + 2),
        action,
        by,
        note: format!("note {}", rng.gen_range(0..3)),
        settle_on_delivery: rng.gen_bool(0.7),
        pay_by: Default::default(),
    })
}

/// A job's answer, as a caller sees it.
fn answer(r: &Result<OrderDone, AppError>) -> String {
    match r {
        Ok(OrderDone::Placed(p)) => {
            let orders: Vec<_> = p
                .orders
                .iter()
                .zip(&p.lines)
                .map(|(o, lines)| {
                    let lines: Vec<_> = lines
                        .iter()
                        .map(|l| (l.id, l.listing_id, l.quantity_milli, l.reserved_milli))
                        .collect();
                    format!(
                        "#{} {} {} fee {} {lines:?}",
                        o.id, o.state, o.subtotal_minor, o.fee_minor
                    )
                })
                .collect();
            format!(
                "placed {} {orders:?} replayed {}",
                p.checkout_id, p.replayed
            )
        }
        Ok(OrderDone::Acted(o, lines)) => {
            let reserved: Vec<_> = lines.iter().map(|l| l.reserved_milli).collect();
            format!("#{} {} {reserved:?}", o.id, o.state)
        }
        Ok(OrderDone::Worked(_)) => "worked".into(),
        Err(e) => format!("{} {e}", e.status()),
    }
}

/// Runs `jobs` as one batch in a write transaction; a batch that fails as a whole is rolled
/// back and its jobs run one by one. Returns each job's answer.
async fn run_batch(db: &sea_orm::DatabaseConnection, jobs: &[OrderJob]) -> Vec<String> {
    let tx = cooptrade::db::begin_write(db).await.unwrap();
    match order_batch::run(&tx, jobs).await {
        Ok(results) => {
            tx.commit().await.unwrap();
            results.iter().map(answer).collect()
        }
        Err(_) => {
            tx.rollback().await.unwrap();
            let mut answers = Vec::new();
            for job in jobs {
                answers.push(run_alone(db, job).await);
            }
            answers
        }
    }
}

/// One job in a write transaction of its own, committed when it succeeds.
async fn run_alone(db: &sea_orm::DatabaseConnection, job: &OrderJob) -> String {
    let tx = cooptrade::db::begin_write(db).await.unwrap();
    let result = order_batch::run(&tx, std::slice::from_ref(job))
        .await
        .and_then(|mut r| r.pop().unwrap());
    if result.is_ok() {
        tx.commit().await.unwrap();
    }
    answer(&result)
}

/// Rows of `sql` as text, one string per row.
async fn rows(db: &sea_orm::DatabaseConnection, sql: &str) -> Vec<String> {
    let backend = db.get_database_backend();
    db.query_all_raw(Statement::from_string(backend, sql))
        .await
        .unwrap()
        .iter()
        .map(|r| {
            let cols = r.column_names();
            cols.iter()
                .map(|c| {
                    r.try_get::<Option<String>>("", c)
                        .map(|v| v.unwrap_or_default())
                        .or_else(|_| r.try_get::<Option<i64>>("", c).map(|v| format!("{v:?}")))
                        .or_else(|_| r.try_get::<Option<i32>>("", c).map(|v| format!("{v:?}")))
                        .or_else(|_| r.try_get::<Option<bool>>("", c).map(|v| format!("{v:?}")))
                        .unwrap_or_else(|e| format!("?{e}"))
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

/// What both databases must agree on once every request has run.
async fn state(db: &sea_orm::DatabaseConnection) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    for (name, sql) in [
        ("checkouts", "SELECT id, buyer_coop_id, placed_by, idempotency_key, request_hash FROM checkouts ORDER BY id"),
        ("orders", "SELECT id, checkout_id, buyer_coop_id, seller_coop_id, state, subtotal_minor, fee_minor, pool_minor, seller_share_minor, buyer_share_minor, delivery_address, note FROM orders ORDER BY id"),
        ("lines", "SELECT id, order_id, listing_id, unit_price_minor, quantity_milli, line_total_minor, reserved_milli FROM order_lines ORDER BY id"),
        ("stock", "SELECT id, stock_milli, ever_ordered FROM listings ORDER BY id"),
        ("history", "SELECT order_id, actor_user_id, actor_role, action, from_state, to_state, note FROM order_events ORDER BY id"),
        // Verification links differ (random tokens, each app's address); the order mail must not.
        ("mail", "SELECT to_addr, subject, body_text FROM outbox WHERE subject NOT LIKE 'Confirm your e-mail%' ORDER BY to_addr, subject, body_text"),
        ("postings", "SELECT e.idempotency_key, e.kind, e.order_id, p.account, p.currency, p.amount_minor FROM postings p JOIN journal_entries e ON e.id = p.entry_id ORDER BY e.idempotency_key, p.id"),
        ("refunds", "SELECT order_id, amount_minor, fee_minor, pool_minor, seller_share_minor, buyer_share_minor FROM refunds ORDER BY order_id, id"),
    ] {
        out.push((name, rows(db, sql).await));
    }
    out
}

async fn batches_answer_and_write_what_one_at_a_time_does(backend: common::Backend) {
    let (Some(alone), Some(batched)) =
        (TestApp::spawn(backend).await, TestApp::spawn(backend).await)
    else {
        return;
    };
    let m = market(&alone).await;
    let m2 = market(&batched).await;
    assert_eq!((&m.coops, &m.listings), (&m2.coops, &m2.listings));
    let mut placed = 0;
    for seed in [7_u64, 2026, 41] {
        let mut rng = StdRng::seed_from_u64(seed);
        for round in 0..25 {
            // A batch as the writer would take it: up to 12 requests.
            let size = rng.gen_range(1..=12);
            let mut jobs = Vec::with_capacity(size);
            for _ in 0..size {
                jobs.push(job(&alone, &m, &mut rng, placed).await);
            }
            // The order the desk takes them in: placements, then actions.
            jobs.sort_by_key(|j| matches!(j, OrderJob::Act(_)));
            let mut one_by_one = Vec::new();
            for j in &jobs {
                one_by_one.push(run_alone(&alone.db, j).await);
            }
            let together = run_batch(&batched.db, &jobs).await;
            assert_eq!(one_by_one, together, "seed {seed}, batch {round}");
            placed = rows(&alone.db, "SELECT COUNT(*) FROM orders").await[0]
                .trim_start_matches("Some(")
                .trim_end_matches(')')
                .parse()
                .unwrap();
        }
        for ((name, a), (_, b)) in state(&alone.db)
            .await
            .into_iter()
            .zip(state(&batched.db).await)
        {
            assert_eq!(a, b, "seed {seed}: {name} differ");
        }
    }
    for app in [&alone, &batched] {
        let report = ledger::verify(&app.db).await.unwrap();
        assert!(report.is_ok() && report.first_bad.is_none(), "{report}");
    }
    let settled = rows(
        &batched.db,
        "SELECT COUNT(*) FROM orders WHERE state = 'settled'",
    )
    .await;
    assert_ne!(
        settled,
        vec!["Some(0)".to_string()],
        "some orders got as far as settlement"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite() {
    batches_answer_and_write_what_one_at_a_time_does(common::Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres() {
    batches_answer_and_write_what_one_at_a_time_does(common::Backend::Postgres).await;
}
