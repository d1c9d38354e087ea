//! Our books against Stripe's: the processing fee of each card charge posted once as Stripe
//! reports it, and `cooptrade stripe reconcile` listing every difference (exit 0, 1 or 2).
use crate::common;
use crate::market;
use crate::payments::card;
use crate::payments::fake_stripe;

use card::{card_market, committee, gateway, paid_by_card};
use common::TestApp;
use cooptrade::domain::ledger::Account;
use cooptrade::payments::Gateway;
use fake_stripe::{card_fee, FakeStripe, SECRET_KEY};
use market::{act, assert_trial_balance_zero as assert_trial_balance_is_zero, balance, walk};

async fn cooptrade(
    app: &TestApp,
    fake: Option<&FakeStripe>,
    args: &[&str],
) -> (i32, String, String) {
    let mut cmd = tokio::process::Command::new(env!("CARGO_BIN_EXE_cooptrade"));
    cmd.args(args)
        .env("DATABASE_URL", &app.database_url)
        .env("RUST_LOG", "warn")
        .env_remove("STRIPE_SECRET_KEY")
        .env_remove("STRIPE_API_BASE");
    if let Some(f) = fake {
        cmd.env("STRIPE_SECRET_KEY", SECRET_KEY)
            .env("STRIPE_API_BASE", &f.base);
    }
    let o = cmd.output().await.expect("run cooptrade");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        o.status.code().unwrap_or(-1),
        text(&o.stdout),
        text(&o.stderr),
    )
}

fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

async fn the_processing_fee_of_a_card_payment_is_posted_once_as_stripe_reports_it(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, _) = paid_by_card(&app, &fake, &m, "4").await; // 50.00 EUR
    let g = gateway(&fake);
    assert_eq!(g.record_processing_fees(&app.db).await.unwrap(), 1);
    assert_eq!(g.record_processing_fees(&app.db).await.unwrap(), 0);
    assert_eq!(g.record_processing_fees(&app.db).await.unwrap(), 0);
    let txn = fake.balance_transactions()[0].clone();
    let fee = txn["fee"].as_i64().unwrap();
    assert_eq!(fee, card_fee(5_000));
    assert_eq!(fee, 95, "1.4 % of 50.00 + 0.25");
    let charge = txn["source"].as_str().unwrap();
    assert_eq!(fake.requests(&format!("/v1/charges/{charge}")).len(), 1);
    let id = txn["id"].as_str().unwrap();
    assert_eq!(
        fake.requests(&format!("/v1/balance_transactions/{id}"))
            .len(),
        1
    );
    assert_eq!(balance(&app, Account::ProcessorFees).await, 95);
    assert_eq!(balance(&app, Account::GatewayClearing).await, 5_000 - 95);
    assert_eq!(app.count("stripe_balance_transactions").await, 1);
    let key = format!("stripe-fee:{id}");
    assert_eq!(
        cooptrade::store::processing_fees::booked_fee(&app.db, id)
            .await
            .unwrap(),
        95,
        "{key}"
    );
    // A refund's balance transaction is booked too (the fake keeps its fee: nothing to post).
    act(&m.seller, &o, "refund").await;
    g.send_refunds(&app.db).await.unwrap();
    assert_eq!(g.record_processing_fees(&app.db).await.unwrap(), 1);
    assert_eq!(app.count("stripe_balance_transactions").await, 2);
    assert_eq!(balance(&app, Account::ProcessorFees).await, 95);
    assert_eq!(balance(&app, Account::GatewayClearing).await, -95);
    assert_trial_balance_is_zero(&app).await;
}

async fn reconcile_is_clean_when_the_books_match_and_lists_what_only_stripe_has(
    app: TestApp,
    fake: FakeStripe,
) {
    let m = card_market(&app).await;
    let (o, _) = paid_by_card(&app, &fake, &m, "4").await;
    walk(&m, &o, &[("seller", "ship"), ("buyer", "confirm_delivery")]).await;
    let g = gateway(&fake);
    g.send_transfers(&app.db).await.unwrap();
    committee(&app)
        .await
        .submit(
            &format!("/orders/{}/refunds", o["id"]),
            &[("amount", "10.00")],
        )
        .await
        .assert_status(303);
    g.send_refunds(&app.db).await.unwrap();
    g.record_processing_fees(&app.db).await.unwrap();
    // charge, transfer, refund, reversal: two pages of three.
    assert_eq!(fake.balance_transactions().len(), 4);
    fake.set_page_size(3);
    let since = today();
    let args = ["stripe", "reconcile", "--since", since.as_str()];
    let (code, out, err) = cooptrade(&app, Some(&fake), &args).await;
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("no differences: 4 balance transaction(s)"),
        "{out}"
    );
    let pages = fake.requests("/v1/balance_transactions");
    assert_eq!(pages.len(), 2, "follows has_more");
    let first = pages[0]
        .param("created[gte]")
        .unwrap()
        .parse::<i64>()
        .unwrap();
    assert_eq!(first % 86_400, 0, "from midnight UTC");
    assert!(pages[0].param("starting_after").is_none());
    assert!(pages[1]
        .param("starting_after")
        .unwrap()
        .starts_with("txn_"));
    // Stripe books something we never recorded: it is listed and the exit code says so.
    let extra = fake.add_balance_transaction("adjustment", "adj_fake_1", -500, 0);
    let (code, out, _) = cooptrade(&app, Some(&fake), &args).await;
    assert_eq!(code, 1, "{out}");
    let line = out
        .lines()
        .find(|l| l.contains(&extra))
        .expect("the extra line");
    assert!(
        line.contains("adj_fake_1") && line.contains("-5.00"),
        "{line}"
    );
    assert!(line.contains("not in our books"), "{line}");
    assert_eq!(
        out.lines().count(),
        2,
        "a header and one difference:\n{out}"
    );
    assert_trial_balance_is_zero(&app).await;
}

async fn reconcile_refuses_a_bad_date_and_a_missing_key_with_exit_code_2(
    app: TestApp,
    fake: FakeStripe,
) {
    for bad in ["2026-13-01", "yesterday", "01/11/2026"] {
        let (code, _, err) =
            cooptrade(&app, Some(&fake), &["stripe", "reconcile", "--since", bad]).await;
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(
            err.contains("--since must be a date as YYYY-MM-DD"),
            "{err}"
        );
    }
    let (code, _, err) = cooptrade(
        &app,
        None,
        &["stripe", "reconcile", "--since", "2026-11-01"],
    )
    .await;
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("STRIPE_SECRET_KEY is not set"), "{err}");
    assert!(fake.requests("/v1/balance_transactions").is_empty());
}

with_fake_stripe!(
    the_processing_fee_of_a_card_payment_is_posted_once_as_stripe_reports_it,
    reconcile_is_clean_when_the_books_match_and_lists_what_only_stripe_has,
    reconcile_refuses_a_bad_date_and_a_missing_key_with_exit_code_2,
);
