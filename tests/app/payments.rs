//! Manual (bank transfer) payments: bank details kept by a co-op admin, what the buyer is shown,
//! and the ledger entries of confirming, settling and refunding, with a zero trial balance after each.
use crate::common;
use crate::market;

// The payment tests' helpers: the fake Stripe, signed events, card payments and checkouts.
#[macro_use]
pub mod card;
pub mod checkout;
pub mod events;
pub mod fake_stripe;

use common::TestApp;
use cooptrade::domain::bank::payment_reference;
use cooptrade::domain::ledger::Account;
use market::{
    act, assert_trial_balance_zero as assert_trial_balance_is_zero, balance, keys_of, order,
    small_market, walk, Market, IBAN,
};

async fn enter_bank_details(m: &Market) {
    m.seller
        .admin
        .submit(
            &format!("/coops/{}/payout-details", m.seller.id),
            &[
                ("account_holder", "Coopermondo soc. coop."),
                ("iban", IBAN),
                ("bic", "cobadeffxxx"),
            ],
        )
        .await
        .assert_status(303);
}

async fn a_buyer_sees_the_sellers_bank_details_and_a_checked_reference_while_payment_is_due(
    app: TestApp,
) {
    let m = small_market(&app).await;
    enter_bank_details(&m).await;
    m.seller
        .admin
        .get(&format!("/coops/{}/manage", m.seller.id))
        .await
        .assert_status(200)
        .assert_contains("Coopermondo soc. coop. · DE89 3704 0044 0532 0130 00 · COBADEFFXXX");
    let o = order(&m, "4").await;
    let id = o["id"].as_i64().unwrap();
    let reference = payment_reference(id as i32);
    let page = format!("/orders/{id}");
    let placed = m.buyer.admin.get(&page).await;
    assert!(
        !placed.body.contains(&reference),
        "nothing to pay before acceptance"
    );
    walk(&m, &o, &[("seller", "accept")]).await;
    m.buyer
        .admin
        .get(&page)
        .await
        .assert_status(200)
        .assert_contains("How to pay")
        .assert_contains("Coopermondo soc. coop.")
        .assert_contains(IBAN)
        .assert_contains("COBADEFFXXX")
        .assert_contains(&reference)
        .assert_contains("50.00");
    let seller_view = m.seller.admin.get(&page).await;
    assert!(!seller_view.body.contains("How to pay"));
    walk(&m, &o, &[("seller", "confirm_payment")]).await;
    let paid = m.buyer.admin.get(&page).await;
    assert!(
        !paid.body.contains(&reference),
        "nothing more to pay once paid"
    );
}

async fn without_bank_details_the_buyer_is_told_to_ask_and_still_gets_the_reference(app: TestApp) {
    let m = small_market(&app).await;
    let o = order(&m, "2").await;
    walk(&m, &o, &[("seller", "accept")]).await;
    let reference = payment_reference(o["id"].as_i64().unwrap() as i32);
    m.buyer
        .admin
        .get(&format!("/orders/{}", o["id"]))
        .await
        .assert_contains("has not entered bank details")
        .assert_contains(&reference);
}

async fn a_mistyped_iban_is_refused_and_nothing_is_saved(app: TestApp) {
    let m = small_market(&app).await;
    m.seller
        .admin
        .submit(
            &format!("/coops/{}/payout-details", m.seller.id),
            &[
                ("account_holder", "Coopermondo"),
                ("iban", "DE89 3704 0044 0532 0130 01"),
                ("bic", "COBADEFF"),
            ],
        )
        .await
        .assert_status(422)
        .assert_contains("check digits are wrong")
        .assert_contains("DE89 3704 0044 0532 0130 01");
    assert_eq!(app.count("coop_payout_details").await, 0);
    // Only an admin of the co-op may change them.
    m.buyer
        .admin
        .submit(
            &format!("/coops/{}/payout-details", m.seller.id),
            &[
                ("account_holder", "Thief"),
                ("iban", IBAN),
                ("bic", "COBADEFF"),
            ],
        )
        .await
        .assert_status(403);
    assert_eq!(app.count("coop_payout_details").await, 0);
}

async fn confirming_receipt_posts_the_payment_and_settlement_empties_clearing(app: TestApp) {
    let m = small_market(&app).await;
    let o = order(&m, "4").await;
    let id = o["id"].as_i64().unwrap();
    walk(
        &m,
        &o,
        &[("seller", "accept"), ("seller", "confirm_payment")],
    )
    .await;
    assert_eq!(balance(&app, Account::GatewayClearing).await, 5_000);
    assert_eq!(
        balance(&app, Account::CoopPayments(m.buyer.id)).await,
        -5_000
    );
    assert_trial_balance_is_zero(&app).await;
    walk(&m, &o, &[("seller", "ship"), ("buyer", "confirm_delivery")]).await;
    assert_eq!(balance(&app, Account::GatewayClearing).await, 0);
    assert_eq!(
        balance(&app, Account::CoopProceeds(m.seller.id)).await,
        4_800
    );
    assert_eq!(
        keys_of(&app, id).await,
        [format!("pay:{id}"), format!("settle:{id}")]
    );
    assert_trial_balance_is_zero(&app).await;
}

async fn a_refund_before_settlement_returns_the_payment_in_the_ledger(app: TestApp) {
    let m = small_market(&app).await;
    let o = order(&m, "2").await;
    let id = o["id"].as_i64().unwrap();
    walk(
        &m,
        &o,
        &[
            ("seller", "accept"),
            ("seller", "confirm_payment"),
            ("seller", "refund"),
        ],
    )
    .await;
    assert_eq!(
        keys_of(&app, id).await,
        [format!("pay:{id}"), format!("refund-pay:{id}")]
    );
    assert_eq!(balance(&app, Account::GatewayClearing).await, 0);
    assert_eq!(balance(&app, Account::CoopPayments(m.buyer.id)).await, 0);
    assert_trial_balance_is_zero(&app).await;
    // Cancelling an unpaid order posts nothing.
    let c = order(&m, "2").await;
    walk(&m, &c, &[("seller", "accept"), ("buyer", "cancel")]).await;
    assert!(keys_of(&app, c["id"].as_i64().unwrap()).await.is_empty());
}

async fn a_refund_after_settlement_reverses_the_settlement_and_the_payment(app: TestApp) {
    let m = small_market(&app).await;
    let committee = app.browser();
    committee
        .register("Kwame", "kwame@example.coop", crate::market::PW)
        .await;
    app.make_committee("kwame@example.coop").await;
    let o = order(&m, "4").await;
    let id = o["id"].as_i64().unwrap();
    walk(
        &m,
        &o,
        &[
            ("seller", "accept"),
            ("seller", "confirm_payment"),
            ("seller", "ship"),
            ("buyer", "confirm_delivery"),
        ],
    )
    .await;
    committee
        .submit(&format!("/orders/{id}/actions/refund"), &[])
        .await
        .assert_status(303);
    assert_eq!(
        keys_of(&app, id).await,
        [
            format!("pay:{id}"),
            format!("settle:{id}"),
            format!("refund:{id}"),
            format!("refund-pay:{id}")
        ]
    );
    for account in [
        Account::GatewayClearing,
        Account::CoopPayments(m.buyer.id),
        Account::CoopProceeds(m.seller.id),
        Account::Pool,
    ] {
        assert_eq!(balance(&app, account).await, 0, "{account}");
    }
    assert_trial_balance_is_zero(&app).await;
    // A dispute resolved for the buyer returns the payment too.
    let d = order(&m, "2").await;
    let did = d["id"].as_i64().unwrap();
    walk(
        &m,
        &d,
        &[
            ("seller", "accept"),
            ("seller", "confirm_payment"),
            ("seller", "ship"),
            ("buyer", "dispute"),
        ],
    )
    .await;
    committee
        .submit(&format!("/orders/{did}/actions/resolve_refund"), &[])
        .await
        .assert_status(303);
    assert_eq!(
        keys_of(&app, did).await,
        [format!("pay:{did}"), format!("refund-pay:{did}")]
    );
    assert_eq!(balance(&app, Account::GatewayClearing).await, 0);
    assert_trial_balance_is_zero(&app).await;
    // Confirming twice is refused and posts nothing more.
    assert_eq!(act(&m.seller, &d, "confirm_payment").await.0, 409);
}

on_both_backends!(
    a_buyer_sees_the_sellers_bank_details_and_a_checked_reference_while_payment_is_due,
    without_bank_details_the_buyer_is_told_to_ask_and_still_gets_the_reference,
    a_mistyped_iban_is_refused_and_nothing_is_saved,
    confirming_receipt_posts_the_payment_and_settlement_empties_clearing,
    a_refund_before_settlement_returns_the_payment_in_the_ledger,
    a_refund_after_settlement_reverses_the_settlement_and_the_payment,
);
