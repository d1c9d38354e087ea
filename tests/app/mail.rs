//! The mail outbox end to end: queued in a transaction, sent by the worker to a real SMTP server,
//! retried with back-off while the server is down, never sent twice.
use crate::common;
use crate::support;

use std::collections::HashSet;
use std::time::Duration;

use common::TestApp;
use cooptrade::domain::order_state::Action;
use cooptrade::error::AppError;
use cooptrade::group_commit::Writes;
use cooptrade::jobs::mail::{drain, drain_via, RetryPolicy};
use cooptrade::mail::{Mailer, Outgoing};
use cooptrade::store::order_actions::{Act, By, Who};
use cooptrade::store::order_batch::OrderJob;
use cooptrade::store::{self, outbox};
use entity::outbox_message::{self, Column, Entity};
use lettre::message::Mailbox;
use sea_orm::{EntityTrait, QueryOrder, TransactionTrait};
use support::{free_port, KillOnDrop, Sink};

fn from() -> Mailbox {
    "cooptrade <noreply@trade.example.coop>".parse().unwrap()
}

fn smtp_mailer(port: u16) -> Mailer {
    let url = url::Url::parse(&format!("smtp://127.0.0.1:{port}")).unwrap();
    Mailer::smtp(from(), &url).unwrap()
}

/// Retries after 2 × 200 ms instead of 2 s.
fn fast() -> RetryPolicy {
    RetryPolicy {
        base: Duration::from_millis(200),
        ..RetryPolicy::default()
    }
}

async fn rows(app: &TestApp) -> Vec<outbox_message::Model> {
    Entity::find()
        .order_by_asc(Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn three_orders_queued_in_one_transaction_arrive_once_each(app: TestApp) {
    let Some(sink) = Sink::start(free_port()).await else {
        return;
    };
    let txn = cooptrade::db::begin_write(&app.db).await.unwrap();
    for i in 1..=3 {
        outbox::enqueue(
            &txn,
            &format!("buyer{i}@example.coop"),
            &format!("Order {i} accepted"),
            &format!("Your order {i} was accepted.\nThe seller ships it this week."),
        )
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();

    let mailer = smtp_mailer(sink.port);
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 3);
    let got = sink.received();
    let rows = rows(&app).await;
    assert_eq!(got.len(), 3);
    for (i, (mail, row)) in got.iter().zip(&rows).enumerate() {
        let n = i + 1;
        assert_eq!(mail.rcpt_tos, vec![format!("buyer{n}@example.coop")]);
        assert_eq!(mail.to, format!("buyer{n}@example.coop"));
        assert_eq!(mail.subject, format!("Order {n} accepted"));
        assert_eq!(
            mail.body.trim_end(),
            format!("Your order {n} was accepted.\nThe seller ships it this week.")
        );
        assert_eq!(mail.message_id, row.message_id);
        assert!(row.sent_at.is_some(), "row {n} is marked sent");
        assert_eq!((row.attempts, row.last_error.as_deref()), (0, None));
    }

    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 0);
    assert_eq!(sink.received().len(), 3, "nothing is sent twice");
}

async fn a_rolled_back_change_sends_no_mail(app: TestApp) {
    let txn = cooptrade::db::begin_write(&app.db).await.unwrap();
    outbox::enqueue(&txn, "seller@example.coop", "New order", "Abandoned.")
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    let txn = app.db.begin().await.unwrap();
    outbox::enqueue(&txn, "seller@example.coop", "New order", "Kept.")
        .await
        .unwrap();
    txn.commit().await.unwrap();

    let mailer = Mailer::in_memory(from());
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 1);
    let sent = mailer.mails_in_memory().unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].body, "Kept.");
    assert_eq!(app.count("outbox").await, 1);
}

async fn a_down_smtp_server_is_retried_with_back_off_then_delivered_once(app: TestApp) {
    if support::sink_python().is_none() {
        return;
    }
    let port = free_port();
    outbox::enqueue(
        &app.db,
        "buyer@example.coop",
        "Order shipped",
        "On its way.",
    )
    .await
    .unwrap();
    let mailer = smtp_mailer(port);

    let before = store::now();
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 0);
    let row = rows(&app).await.remove(0);
    assert_eq!(row.attempts, 1, "tried once, not again in the same drain");
    assert!(row.sent_at.is_none());
    assert!(row.last_error.as_deref().is_some_and(|e| !e.is_empty()));
    assert!(
        row.next_attempt_at >= before + chrono::TimeDelta::milliseconds(400),
        "back-off of 2 × 200 ms: {} vs {before}",
        row.next_attempt_at
    );

    let sink = Sink::start(port).await.unwrap();
    let wait = row.next_attempt_at - store::now();
    tokio::time::sleep(wait.to_std().unwrap_or_default() + Duration::from_millis(50)).await;
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 1);
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 0);
    let got = sink.received();
    assert_eq!(got.len(), 1, "delivered exactly once");
    assert_eq!(
        (got[0].subject.as_str(), got[0].message_id.as_str()),
        ("Order shipped", row.message_id.as_str())
    );
    let row = rows(&app).await.remove(0);
    assert!(row.sent_at.is_some());
    assert_eq!(row.attempts, 1);
}

async fn two_workers_never_send_the_same_message(app: TestApp) {
    let txn = cooptrade::db::begin_write(&app.db).await.unwrap();
    for i in 0..45 {
        outbox::enqueue(
            &txn,
            &format!("member{i}@example.coop"),
            "Payout made",
            "Done.",
        )
        .await
        .unwrap();
    }
    txn.commit().await.unwrap();

    let (a, b) = (Mailer::in_memory(from()), Mailer::in_memory(from()));
    let policy = RetryPolicy { batch: 5, ..fast() };
    let (sent_a, sent_b) = tokio::join!(drain(&app.db, &a, &policy), drain(&app.db, &b, &policy));
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 45);
    let all: Vec<Outgoing> = [a, b]
        .iter()
        .flat_map(|m| m.mails_in_memory().unwrap())
        .collect();
    let distinct: HashSet<&str> = all.iter().map(|m| m.message_id.as_str()).collect();
    assert_eq!((all.len(), distinct.len()), (45, 45));
    assert!(rows(&app).await.iter().all(|r| r.sent_at.is_some()));
}

async fn a_bad_address_is_refused_inside_the_callers_transaction(app: TestApp) {
    let e = outbox::enqueue(&app.db, "no address here", "Hello", "Hi")
        .await
        .unwrap_err();
    assert_eq!(e.status(), 422);
    assert_eq!(app.count("outbox").await, 0);
}

async fn serve_sends_queued_mail_in_the_background(app: TestApp) {
    outbox::enqueue(
        &app.db,
        "buyer@example.coop",
        "Run awaiting",
        "Queued before serve.",
    )
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut serve, _) = support::serve_command(&app.database_url, dir.path());
    let _serve = KillOnDrop(serve.spawn().unwrap());
    for _ in 0..100 {
        if rows(&app).await[0].sent_at.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(rows(&app).await[0].sent_at.is_some(), "sent within 10 s");
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 1, "one .eml file in OUTBOX_DIR");
}

/// The server's worker on SQLite writes through the order desk's writer (`jobs::start`): its
/// claims and marks are jobs in the desk's batches, here beside order requests of other callers.
async fn the_worker_writing_through_the_order_desk_sends_each_message_once(app: TestApp) {
    let Some(sink) = Sink::start(free_port()).await else {
        return;
    };
    let txn = cooptrade::db::begin_write(&app.db).await.unwrap();
    for i in 1..=150 {
        let (to, subject) = (format!("buyer{i}@example.coop"), format!("Order {i}"));
        outbox::enqueue(&txn, &to, &subject, "Accepted.")
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let writes = Writes::<OrderJob>::grouped(app.db.clone());
    let mailer = smtp_mailer(sink.port);
    // Orders that do not exist: each a refusal in a batch the worker's writes may share.
    let mut others = tokio::task::JoinSet::new();
    for n in 1..=20 {
        let writes = writes.clone();
        others.spawn(async move {
            let act = Act {
                order_id: 1_000_000 + n,
                action: Action::Accept,
                by: By::Who(Who::system()),
                note: String::new(),
                settle_on_delivery: false,
                pay_by: Default::default(),
            };
            writes.submit(OrderJob::Act(act)).await.map(|_| ())
        });
    }
    let policy = fast();
    let (sent, refused) = tokio::join!(drain_via(&writes, &mailer, &policy), others.join_all());
    assert_eq!(sent.unwrap(), 150);
    for answer in refused {
        assert!(matches!(answer, Err(AppError::NotFound(_))));
    }
    let subjects: HashSet<String> = sink.received().into_iter().map(|m| m.subject).collect();
    assert_eq!(subjects.len(), 150, "each message arrives once");
    assert!(rows(&app).await.iter().all(|r| r.sent_at.is_some()));
    assert_eq!(drain_via(&writes, &mailer, &fast()).await.unwrap(), 0);
    assert_eq!(sink.received().len(), 150, "nothing is sent twice");
}

/// The Message-IDs of the `.eml` files in `folder`.
fn message_ids_in(folder: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| {
            let eml = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let id = eml.lines().find_map(|l| l.strip_prefix("Message-ID: "));
            id.expect("a Message-ID header").to_owned()
        })
        .collect()
}

/// The file mailer writes a claim's messages in one go: a backlog of 250 (three claims) that it
/// could not write (its folder gone) is retried later, then written once each.
async fn a_file_outbox_writes_a_backlog_once_each_after_failing(app: TestApp) {
    let txn = cooptrade::db::begin_write(&app.db).await.unwrap();
    for i in 0..250 {
        let to = format!("buyer{}@example.coop", i % 7);
        outbox::enqueue(&txn, &to, &format!("Order {i}"), "Accepted.")
            .await
            .unwrap();
    }
    txn.commit().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("outbox");
    let mailer = Mailer::file(from(), &folder).unwrap();
    std::fs::remove_dir(&folder).unwrap();

    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 0);
    let failed = rows(&app).await;
    assert_eq!(failed.len(), 250);
    for row in &failed {
        assert_eq!((row.attempts, row.sent_at), (1, None), "{}", row.id);
        assert!(
            row.last_error.as_deref().unwrap().contains(".eml"),
            "{row:?}"
        );
    }

    std::fs::create_dir(&folder).unwrap();
    tokio::time::sleep(Duration::from_millis(450)).await;
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 250);
    assert_eq!(drain(&app.db, &mailer, &fast()).await.unwrap(), 0);
    let mut written = message_ids_in(&folder);
    written.sort();
    let rows = rows(&app).await;
    let mut queued: Vec<String> = rows.iter().map(|r| r.message_id.clone()).collect();
    queued.sort();
    assert_eq!(written, queued, "each message written once");
    assert!(rows.iter().all(|r| r.sent_at.is_some()));
}

/// A worker holds its turn while it sends: another finds it taken and sends nothing. Once the
/// first stops mid-batch (here on an SMTP server that never answers), the next sends the batch at
/// once: nothing was reserved that would first have to run out.
async fn a_worker_stopped_mid_batch_leaves_its_messages_to_the_next_at_once(app: TestApp) {
    for i in 0..3 {
        outbox::enqueue(&app.db, &format!("member{i}@example.coop"), "Paid", "Done.")
            .await
            .unwrap();
    }
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = silent.local_addr().unwrap().port();
    let (db, hung) = (app.db.clone(), smtp_mailer(port));
    let first = tokio::spawn(async move { drain(&db, &hung, &fast()).await });
    let (_socket, _) = tokio::time::timeout(Duration::from_secs(10), silent.accept())
        .await
        .expect("the first worker connects to the SMTP server")
        .unwrap();

    let other = Mailer::in_memory(from());
    assert_eq!(drain(&app.db, &other, &fast()).await.unwrap(), 0);
    assert!(other.mails_in_memory().unwrap().is_empty());

    first.abort();
    assert!(first.await.unwrap_err().is_cancelled());
    let mut sent = 0;
    for _ in 0..100 {
        sent += drain(&app.db, &other, &fast()).await.unwrap();
        if sent > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(sent, 3);
    let rows = rows(&app).await;
    assert!(rows.iter().all(|r| r.sent_at.is_some() && r.attempts == 0));
}

on_both_backends!(
    a_worker_stopped_mid_batch_leaves_its_messages_to_the_next_at_once,
    a_file_outbox_writes_a_backlog_once_each_after_failing,
    the_worker_writing_through_the_order_desk_sends_each_message_once,
    serve_sends_queued_mail_in_the_background,
    three_orders_queued_in_one_transaction_arrive_once_each,
    a_rolled_back_change_sends_no_mail,
    a_down_smtp_server_is_retried_with_back_off_then_delivered_once,
    two_workers_never_send_the_same_message,
    a_bad_address_is_refused_inside_the_callers_transaction,
);

#[tokio::test]
async fn the_file_mailer_writes_a_readable_eml_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("outbox");
    let mailer = Mailer::file(from(), &folder).unwrap();
    let mail = Outgoing {
        to: "seller@example.coop".into(),
        subject: "New order from Coopermondo".into(),
        body: "12 crates of apples, to ship by Friday.".into(),
        html: None,
        message_id: "<f1le@cooptrade.outbox>".into(),
    };
    mailer.send(&mail).await.unwrap();

    let files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().unwrap(), "eml");
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    for line in [
        "From: cooptrade <noreply@trade.example.coop>",
        "To: seller@example.coop",
        "Subject: New order from Coopermondo",
        "Message-ID: <f1le@cooptrade.outbox>",
        "Content-Type: text/plain; charset=utf-8",
    ] {
        assert!(eml.lines().any(|l| l == line), "{line:?} in\n{eml}");
    }
    assert!(eml.contains("\r\n\r\n12 crates of apples, to ship by Friday."));
}
