//! The write path the order API shares (`group_commit::Writes`): many concurrent requests, some
//! failing after they wrote, in batches (grouped) or alone (direct). Each caller gets its own
//! answer, what failed leaves nothing, and everything else is committed.
mod common;

use std::collections::BTreeSet;

use common::TestApp;
use cooptrade::error::AppError;
use cooptrade::group_commit::{CarriesWork, Work, Writes};
use cooptrade::store::order_batch::OrderJob;
use sea_orm::{ConnectionTrait, Statement};

/// 120 requests at once; request n inserts row n, then fails when n is a multiple of 7.
async fn each_caller_gets_its_own_answer_and_failures_leave_nothing<J: CarriesWork>(
    app: &TestApp,
    writes: Writes<J>,
) {
    let db = &app.db;
    let backend = db.get_database_backend();
    db.execute_unprepared("CREATE TABLE gc_probe (n INTEGER PRIMARY KEY)")
        .await
        .unwrap();
    let mut calls = tokio::task::JoinSet::new();
    for n in 0..120_i32 {
        let writes = writes.clone();
        calls.spawn(async move {
            let answer = writes
                .run(move |tx| {
                    Box::pin(async move {
                        tx.execute_raw(Statement::from_sql_and_values(
                            backend,
                            match backend {
                                sea_orm::DbBackend::Postgres => {
                                    "INSERT INTO gc_probe (n) VALUES ($1)"
                                }
                                _ => "INSERT INTO gc_probe (n) VALUES (?)",
                            },
                            [n.into()],
                        ))
                        .await?;
                        if n % 7 == 0 {
                            return Err(AppError::Conflict(format!("request {n} refused")));
                        }
                        Ok(format!("request {n} done"))
                    })
                })
                .await;
            (n, answer)
        });
    }
    let mut committed = BTreeSet::new();
    for (n, answer) in calls.join_all().await {
        match answer {
            Ok(text) => {
                assert_eq!(text, format!("request {n} done"));
                committed.insert(n);
            }
            Err(AppError::Conflict(m)) => {
                assert_eq!(m, format!("request {n} refused"));
                assert_eq!(n % 7, 0);
            }
            Err(e) => panic!("request {n}: {e}"),
        }
    }
    let expected: BTreeSet<i32> = (0..120).filter(|n| n % 7 != 0).collect();
    assert_eq!(committed, expected);
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT n FROM gc_probe ORDER BY n",
        ))
        .await
        .unwrap();
    let stored: BTreeSet<i32> = rows
        .iter()
        .map(|r| r.try_get::<i32>("", "n").unwrap())
        .collect();
    assert_eq!(stored, expected, "exactly the answered requests are stored");
}

async fn grouped(app: TestApp) {
    let writes = Writes::<Work>::grouped(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

async fn direct(app: TestApp) {
    let writes = Writes::<Work>::direct(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

/// Any write can join the order desk's batches (`OrderJob::Work`), as the mail worker's do.
async fn in_the_order_desks_batches(app: TestApp) {
    let writes = Writes::<OrderJob>::grouped(app.db.clone());
    each_caller_gets_its_own_answer_and_failures_leave_nothing(&app, writes).await;
}

on_both_backends!(grouped, direct, in_the_order_desks_batches);
