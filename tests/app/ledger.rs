//! The ledger on both backends: settlements to the cent, idempotent keys, append-only tables,
//! `cooptrade ledger verify` catching tampering, and a randomized run of settlements and refunds.
use crate::common;

use std::collections::BTreeMap;

use common::TestApp;
use cooptrade::domain::fee_split::{split_fee, FeeSplit, SplitPolicy};
use cooptrade::domain::ledger::{
    refund_after_settlement_postings, settlement_postings, Account, JournalEntry, LedgerError,
    OrderParties, Posting,
};
use cooptrade::domain::money::{Currency, FeeRate, Money};
use cooptrade::error::AppError;
use cooptrade::store::ledger::{self, PostOutcome};
use sea_orm::{ConnectionTrait, DbBackend};

const SELLER: i32 = 12;
const BUYER: i32 = 7;

fn parties(seller_coop: i32, buyer_coop: i32) -> OrderParties {
    OrderParties {
        seller_coop,
        buyer_coop,
    }
}

/// The settlement entry of an order at the default 4 % and 1/2, 1:1 split, and its split.
fn settlement(order: i32, on: OrderParties, subtotal: Money) -> (JournalEntry, FeeSplit) {
    let fee = FeeRate::DEFAULT.fee_on(subtotal).unwrap();
    let split = split_fee(fee, &SplitPolicy::default()).unwrap();
    let postings = settlement_postings(on, subtotal, fee, &split).unwrap();
    let entry = JournalEntry::new(
        format!("settle:{order}"),
        "settlement",
        format!("order {order}"),
        postings,
    )
    .unwrap()
    .for_order(order);
    (entry, split)
}

/// Posts in its own write transaction, as a use case does.
async fn post(app: &TestApp, draft: JournalEntry) -> Result<PostOutcome, AppError> {
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    let outcome = ledger::post(&tx, draft).await?;
    tx.commit().await.unwrap();
    Ok(outcome)
}

async fn balance_of(app: &TestApp, account: Account, currency: Currency) -> i64 {
    ledger::balance(&app.db, &account, currency).await.unwrap()
}

/// How many journal entries and postings are stored.
async fn ledger_rows(app: &TestApp) -> (i64, i64) {
    (
        app.count("journal_entries").await,
        app.count("postings").await,
    )
}

async fn settling_1234_57_eur_credits_every_account_to_the_cent(app: TestApp) {
    let eur = Currency::EUR;
    let (entry, _) = settlement(17, parties(SELLER, BUYER), Money::from_minor(123_457, eur));
    let outcome = post(&app, entry).await.unwrap();
    assert!(matches!(outcome, PostOutcome::Posted(_)));
    for (account, minor) in [
        (Account::GatewayClearing, -123_457),
        (Account::CoopProceeds(SELLER), 118_519),
        (Account::Pool, 2_469),
        (Account::CoopFairShare(SELLER), 1_235),
        (Account::CoopFairShare(BUYER), 1_234),
        (Account::CoopProceeds(BUYER), 0),
    ] {
        assert_eq!(balance_of(&app, account, eur).await, minor, "{account}");
    }
    let all = ledger::balances(&app.db).await.unwrap();
    let shown: Vec<String> = all.iter().map(|(a, m)| format!("{a} {m}")).collect();
    assert_eq!(
        shown,
        [
            "coop:12:fair_share 12.35 EUR",
            "coop:12:proceeds 1185.19 EUR",
            "coop:7:fair_share 12.34 EUR",
            "gateway_clearing -1234.57 EUR",
            "pool:common 24.69 EUR",
        ]
    );
    let trial = ledger::trial_balance(&app.db).await.unwrap();
    assert_eq!(trial, vec![Money::zero(eur)]);

    // A second order for the same seller shows up on its statement with a running balance.
    let (second, _) = settlement(18, parties(SELLER, 3), Money::from_minor(1_000, eur));
    post(&app, second).await.unwrap();
    let from = chrono::Utc::now() - chrono::Duration::hours(1);
    let to = chrono::Utc::now() + chrono::Duration::hours(1);
    let statement =
        ledger::entries_for_account(&app.db, &Account::CoopProceeds(SELLER), eur, from, to)
            .await
            .unwrap();
    let lines: Vec<(&str, i64, i128)> = statement
        .lines
        .iter()
        .map(|l| (l.key.as_str(), l.amount.minor, l.balance.minor))
        .collect();
    assert_eq!(
        lines,
        [("settle:17", 118_519, 118_519), ("settle:18", 960, 119_479)]
    );
    assert_eq!(
        (statement.opening.minor, statement.closing.minor),
        (0, 119_479)
    );
    let later = ledger::entries_for_account(&app.db, &Account::CoopProceeds(SELLER), eur, to, to)
        .await
        .unwrap();
    assert_eq!((later.opening.minor, later.lines.len()), (119_479, 0));

    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!((report.entries, report.postings), (2, 10));
}

async fn settlements_in_yen_and_kuwaiti_dinar_keep_their_minor_units(app: TestApp) {
    let (yen, _) = settlement(
        1,
        parties(SELLER, BUYER),
        Money::from_minor(123_457, Currency::JPY),
    );
    let (kwd, _) = settlement(
        2,
        parties(SELLER, BUYER),
        Money::from_minor(1_234_567, Currency::KWD),
    );
    post(&app, yen).await.unwrap();
    post(&app, kwd).await.unwrap();
    for (account, jpy, dinar) in [
        (Account::GatewayClearing, -123_457, -1_234_567),
        (Account::CoopProceeds(SELLER), 118_519, 1_185_184),
        (Account::Pool, 2_469, 24_692),
        (Account::CoopFairShare(SELLER), 1_235, 12_346),
        (Account::CoopFairShare(BUYER), 1_234, 12_345),
    ] {
        assert_eq!(
            balance_of(&app, account, Currency::JPY).await,
            jpy,
            "{account} JPY"
        );
        assert_eq!(
            balance_of(&app, account, Currency::KWD).await,
            dinar,
            "{account} KWD"
        );
        assert_eq!(
            balance_of(&app, account, Currency::EUR).await,
            0,
            "{account} EUR"
        );
    }
    let trial = ledger::trial_balance(&app.db).await.unwrap();
    assert_eq!(
        trial,
        vec![Money::zero(Currency::JPY), Money::zero(Currency::KWD)]
    );
    assert!(ledger::verify(&app.db).await.unwrap().is_ok());
}

async fn posting_the_same_key_twice_posts_once(app: TestApp) {
    let subtotal = Money::from_minor(123_457, Currency::EUR);
    let (entry, _) = settlement(17, parties(SELLER, BUYER), subtotal);
    let first = post(&app, entry.clone()).await.unwrap();
    let again = post(&app, entry).await.unwrap();
    assert_eq!(again, PostOutcome::AlreadyPosted(first.entry_id()));
    assert_eq!(first, PostOutcome::Posted(first.entry_id()));
    assert_eq!(ledger_rows(&app).await, (1, 5));
    assert_eq!(balance_of(&app, Account::Pool, Currency::EUR).await, 2_469);

    // The same key for a different entry is a bug in the caller: refused, nothing written.
    let (other, _) = settlement(
        17,
        parties(SELLER, BUYER),
        Money::from_minor(100, Currency::EUR),
    );
    let err = post(&app, other).await.unwrap_err();
    assert!(matches!(err, AppError::Conflict(_)), "{err}");
    assert_eq!(ledger_rows(&app).await, (1, 5));
}

async fn an_unbalanced_entry_is_refused_and_nothing_is_written(app: TestApp) {
    let eur = |minor| Money::from_minor(minor, Currency::EUR);
    let draft = JournalEntry::new(
        "settle:1",
        "settlement",
        "",
        vec![
            Posting::new(Account::GatewayClearing, eur(-1_000)),
            Posting::new(Account::CoopProceeds(SELLER), eur(999)),
        ],
    );
    assert_eq!(draft, Err(LedgerError::Unbalanced(eur(-1))));
    // A posted entry whose transaction rolls back leaves nothing behind either.
    let (entry, _) = settlement(1, parties(SELLER, BUYER), eur(1_000));
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    ledger::post(&tx, entry).await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(ledger_rows(&app).await, (0, 0));
    assert!(ledger::trial_balance(&app.db).await.unwrap().is_empty());
}

async fn the_database_refuses_to_change_or_remove_ledger_rows(app: TestApp) {
    let (entry, _) = settlement(
        1,
        parties(SELLER, BUYER),
        Money::from_minor(1_000, Currency::EUR),
    );
    post(&app, entry).await.unwrap();
    for sql in [
        "UPDATE postings SET amount_minor = amount_minor + 1",
        "DELETE FROM postings",
        "UPDATE journal_entries SET memo = 'changed'",
        "DELETE FROM journal_entries",
    ] {
        let err = app.db.execute_unprepared(sql).await.unwrap_err();
        assert!(
            err.to_string().contains("ledger is append-only"),
            "{sql}: {err}"
        );
    }
    if app.db.get_database_backend() == DbBackend::Postgres {
        let err = app
            .db
            .execute_unprepared("TRUNCATE postings")
            .await
            .unwrap_err();
        assert!(err.to_string().contains("ledger is append-only"), "{err}");
    }
    assert_eq!(ledger_rows(&app).await, (1, 5));
    assert!(ledger::verify(&app.db).await.unwrap().is_ok());
}

async fn concurrent_writers_keep_one_linear_chain(app: TestApp) {
    let mut tasks = Vec::new();
    for writer in 0..4 {
        let db = app.db.clone();
        tasks.push(tokio::spawn(async move {
            for n in 0..10 {
                let order = writer * 100 + n;
                let subtotal = Money::from_minor(1_000 + i64::from(order), Currency::EUR);
                let (entry, _) = settlement(order, parties(SELLER, BUYER), subtotal);
                let tx = cooptrade::db::begin_write(&db).await.unwrap();
                ledger::post(&tx, entry).await.unwrap();
                tx.commit().await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.entries, 40);
}

/// Keys and memos holding what array literals and SQL quote (`"`, `\`, `{`, `,`, `'`, `NULL`)
/// and entries with and without an order, posted in one batch: stored as given, in the order
/// given, and the chain verifies.
async fn a_batch_of_entries_is_stored_exactly_as_drafted(app: TestApp) {
    let texts = [
        r#"a "quoted" memo"#,
        r"back\slash \\ and \",
        "{braces}, commas, and 'single' quotes",
        "NULL",
        "",
        "ünïcødé ✓",
    ];
    let eur = |minor| Money::from_minor(minor, Currency::EUR);
    let drafts: Vec<JournalEntry> = texts
        .iter()
        .enumerate()
        .map(|(n, text)| {
            let postings = vec![
                Posting::new(Account::GatewayClearing, eur(-(n as i64 + 1))),
                Posting::new(Account::CoopProceeds(SELLER), eur(n as i64 + 1)),
            ];
            let entry = JournalEntry::new(format!("odd:{text}:{n}"), "settlement", *text, postings)
                .unwrap();
            if n % 2 == 0 {
                entry.for_order(n as i32 + 1)
            } else {
                entry
            }
        })
        .collect();
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    let outcomes = ledger::post_all(&tx, drafts.clone()).await.unwrap();
    tx.commit().await.unwrap();
    let rows = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT id, idempotency_key, memo, order_id FROM journal_entries ORDER BY id",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), drafts.len());
    for ((row, draft), outcome) in rows.iter().zip(&drafts).zip(&outcomes) {
        assert_eq!(row.try_get::<i64>("", "id").unwrap(), outcome.entry_id());
        assert_eq!(
            row.try_get::<String>("", "idempotency_key").unwrap(),
            draft.key()
        );
        assert_eq!(row.try_get::<String>("", "memo").unwrap(), draft.memo());
        assert_eq!(
            row.try_get::<Option<i32>>("", "order_id").unwrap(),
            draft.order_id()
        );
    }
    let report = ledger::verify(&app.db).await.unwrap();
    assert!(report.is_ok(), "{report}");
    assert_eq!(ledger_rows(&app).await, (6, 12));
    // Replayed as one batch: every entry is found under its key.
    let tx = cooptrade::db::begin_write(&app.db).await.unwrap();
    let again = ledger::post_all(&tx, drafts).await.unwrap();
    tx.commit().await.unwrap();
    for (first, replay) in outcomes.iter().zip(again) {
        assert_eq!(replay, PostOutcome::AlreadyPosted(first.entry_id()));
    }
    assert_eq!(ledger_rows(&app).await, (6, 12));
}

on_both_backends!(
    a_batch_of_entries_is_stored_exactly_as_drafted,
    settling_1234_57_eur_credits_every_account_to_the_cent,
    settlements_in_yen_and_kuwaiti_dinar_keep_their_minor_units,
    posting_the_same_key_twice_posts_once,
    an_unbalanced_entry_is_refused_and_nothing_is_written,
    the_database_refuses_to_change_or_remove_ledger_rows,
    concurrent_writers_keep_one_linear_chain,
);

mod random;
mod tamper;
