//! The committee's screens in people's words: statuses by name and meaning, only the currencies
//! with something to pay, only the votes a member may cast (and the server refuses the rest),
//! and a refused vote shown on its own page with the reason kept.
use crate::common;
use crate::market;

use cooptrade::domain::status::{RunStatus, SpendingStatus};
use cooptrade::store;
use market::*;

use common::TestApp;

async fn draft(who: &common::Browser) -> i32 {
    let p = who
        .submit("/committee/payouts", &[("currency", "EUR")])
        .await;
    p.assert_status(303);
    id_from(p.location.clone())
}

async fn decide(
    who: &common::Browser,
    run: i32,
    decision: &str,
    reason: &str,
) -> common::browser::Page {
    let path = format!("/committee/payouts/{run}/decide");
    who.submit(&path, &[("decision", decision), ("reason", reason)])
        .await
}

async fn run_status(app: &TestApp, run: i32) -> RunStatus {
    store::payouts::get(&app.db, run).await.unwrap().status
}

const APPROVE: &str = r#"name="decision" value="approve""#;
const REJECT: &str = r#"name="decision" value="reject""#;

async fn a_run_reads_in_plain_words_and_shows_each_member_only_their_votes(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    let iban = "IT60X0542811101000000123456";
    store::payouts::set_bank_details(&app.db, m.seller.id, "Coopermondo", iban, "")
        .await
        .unwrap();
    app.make_committee(&m.seller.admin_email).await;
    let run = draft(&m.alice).await;

    let page = m.bob.get(&format!("/committee/payouts/{run}")).await;
    page.assert_status(200)
        .assert_contains(">awaiting review</span>")
        .assert_contains("The committee has not reached its quorum of approvals yet.")
        .assert_contains(APPROVE)
        .assert_contains(REJECT);
    // The stored value is only a style class, never text a person reads.
    assert!(!page.body.contains(">awaiting_review") && !page.body.contains("AwaitingReview"));
    let list = m.bob.get("/committee/payouts").await;
    list.assert_contains(">awaiting review</span>");
    assert!(!list.body.contains(">awaiting_review"), "{}", list.body);

    // The seller's admin sits on the committee but is paid by the run: no vote at all.
    let conflicted = m
        .seller
        .admin
        .get(&format!("/committee/payouts/{run}"))
        .await;
    conflicted
        .assert_status(200)
        .assert_contains("You cannot vote on this");
    assert!(!conflicted.body.contains(APPROVE) && !conflicted.body.contains(REJECT));

    // Once Bob approved, he may still reject but not approve twice.
    decide(&m.bob, run, "approve", "").await.assert_status(303);
    let after = m.bob.get(&format!("/committee/payouts/{run}")).await;
    assert!(!after.body.contains(APPROVE), "{}", after.body);
    after.assert_contains(REJECT);

    decide(&m.carol, run, "approve", "")
        .await
        .assert_status(303);
    assert_eq!(run_status(&app, run).await, RunStatus::Approved);
    let approved = m.carol.get(&format!("/committee/payouts/{run}")).await;
    approved
        .assert_contains(">approved</span>")
        .assert_contains("Mark the whole bank file paid");
    assert!(!approved.body.contains(APPROVE) && !approved.body.contains(REJECT));
}

async fn a_refused_vote_stays_on_the_run_with_the_error_and_the_reason_kept(app: TestApp) {
    let m = market(&app).await;
    m.settled_order("4").await;
    app.make_committee(&m.seller.admin_email).await;
    let run = draft(&m.alice).await;

    let empty = decide(&m.bob, run, "reject", "  ").await;
    empty
        .assert_status(422)
        .assert_contains(&format!("Payout run #{run}"))
        .assert_contains("a rejection needs a reason")
        .assert_contains(REJECT);
    assert_eq!(run_status(&app, run).await, RunStatus::AwaitingReview);

    // A vote the form did not send comes back with the reason typed so far.
    let unknown = decide(&m.bob, run, "", "too early").await;
    unknown
        .assert_status(422)
        .assert_contains("decision must be 'approve' or 'reject'")
        .assert_contains(r#"value="too early""#);

    // The server refuses the vote the page does not offer, on the same page.
    let refused = decide(&m.seller.admin, run, "reject", "we are owed more").await;
    refused
        .assert_status(403)
        .assert_contains(&format!("Payout run #{run}"))
        .assert_contains("you belong to a co-op that receives money here")
        .assert_contains("You cannot vote on this");
    decide(&m.seller.admin, run, "approve", "")
        .await
        .assert_status(403);
    assert_eq!(run_status(&app, run).await, RunStatus::AwaitingReview);

    decide(&m.alice, run, "approve", "")
        .await
        .assert_status(303);
    let twice = decide(&m.alice, run, "approve", "").await;
    twice
        .assert_status(409)
        .assert_contains("you have already approved this")
        .assert_contains(&format!("Payout run #{run}"));

    decide(&m.bob, run, "reject", "the bank details are wrong")
        .await
        .assert_status(303);
    assert_eq!(run_status(&app, run).await, RunStatus::Rejected);
    let closed = decide(&m.carol, run, "approve", "").await;
    closed
        .assert_status(409)
        .assert_contains("this has already been decided (rejected)");
}

async fn the_draft_form_lists_only_currencies_with_something_owed(app: TestApp) {
    let m = market(&app).await;
    let none = m.alice.get("/committee/payouts").await;
    none.assert_status(200)
        .assert_contains("No co-op is owed at least the minimum payout");
    assert!(
        !none.body.contains(r#"option value="BHD""#),
        "{}",
        none.body
    );

    m.settled_order("4").await; // the seller is owed 48.50; the buyer's 0.50 is under the minimum
    let owed = m.alice.get("/committee/payouts").await;
    owed.assert_contains("<option value=\"EUR\">EUR · EUR\u{a0}48.50 owed</option>");
    assert_eq!(
        main_part(&owed.body).matches("<option").count(),
        1,
        "{}",
        owed.body
    );

    // Once a run holds it, nothing is left to draft in EUR.
    draft(&m.alice).await;
    m.alice
        .get("/committee/payouts")
        .await
        .assert_contains("No co-op is owed at least the minimum payout");
}

async fn a_spending_offers_the_pool_currencies_and_keeps_a_refused_rejection_in_place(
    app: TestApp,
) {
    let m = market(&app).await;
    m.settled_order("40").await; // fee 20.00: 10.00 to the pool
    let form = m
        .buyer
        .admin
        .get(&format!("/coops/{}/spending", m.buyer.id))
        .await;
    form.assert_status(200)
        .assert_contains("value=\"EUR\" selected>EUR · EUR\u{a0}10.00 in the pool");
    assert_eq!(
        main_part(&form.body).matches("<option value=\"").count() - 2,
        1,
        "EUR only, besides the two co-ops"
    );

    let missing = m
        .buyer
        .admin
        .submit(
            &format!("/coops/{}/spending", m.buyer.id),
            &[
                ("title", "Seeds"),
                ("purpose", ""),
                ("amount", "4.00"),
                ("currency", "EUR"),
                ("recipient_coop_id", &m.seller.id.to_string()),
            ],
        )
        .await;
    missing
        .assert_status(422)
        .assert_contains("say what the money is for")
        .assert_contains(r#"value="Seeds""#);

    let p = m
        .buyer
        .admin
        .submit(
            &format!("/coops/{}/spending", m.buyer.id),
            &[
                ("title", "Seeds"),
                ("purpose", "Seed bank"),
                ("amount", "4.00"),
                ("currency", "EUR"),
                ("recipient_coop_id", &m.seller.id.to_string()),
            ],
        )
        .await;
    p.assert_status(303);
    let id = store::spending::list(&app.db, false).await.unwrap()[0].id;
    let path = format!("/committee/spending/{id}/decide");
    let refused = m
        .bob
        .submit(&path, &[("decision", "reject"), ("reason", "")])
        .await;
    refused
        .assert_status(422)
        .assert_contains("a rejection needs a reason")
        .assert_contains(">awaiting review</span>")
        .assert_contains("Seed bank");
    let status = store::spending::get(&app.db, id).await.unwrap().status;
    assert_eq!(status, SpendingStatus::AwaitingReview);
}

async fn a_seller_sees_a_listing_by_name_with_only_the_moves_its_status_allows(app: TestApp) {
    let m = market(&app).await;
    let base = format!("/coops/{}/listings", m.seller.id);
    let page = m.seller.admin.get(&base).await;
    page.assert_status(200)
        .assert_contains(">on sale</span>")
        .assert_contains("status?to=paused")
        .assert_contains("status?to=archived");
    assert!(!page.body.contains("status?to=active"), "{}", page.body);
    let to_pause = format!("{base}/{}/status?to=paused", m.listing);
    m.seller
        .admin
        .submit(&to_pause, &[])
        .await
        .assert_status(303);
    let paused = m.seller.admin.get(&base).await;
    paused
        .assert_contains(">paused</span>")
        .assert_contains("status?to=active");
    assert!(!paused.body.contains("status?to=paused"), "{}", paused.body);
}

async fn a_refunded_order_shows_what_was_clawed_back_from_the_pool_and_each_share(app: TestApp) {
    let m = market(&app).await;
    let order = m.settled_order("4").await; // 50.00, fee 2.00: pool 1.00, 0.50 to each co-op
    let page = format!("/orders/{order}");
    let before = m.buyer.admin.get(&page).await;
    assert!(!before.body.contains("took back"), "{}", before.body);
    m.alice
        .submit(
            &format!("/orders/{order}/refunds"),
            &[("amount", "25.00"), ("reason", "damaged")],
        )
        .await
        .assert_status(303);
    // Half the subtotal back: half the fee, in proportion.
    m.buyer
        .admin
        .get(&page)
        .await
        .assert_status(200)
        .assert_contains(
        "Refunds took back from the fee: EUR\u{a0}0.50 from the common pool, EUR\u{a0}0.25 from \
         Coopermondo's share and EUR\u{a0}0.25 from Coop Danmark's share.",
    );
}

on_both_backends!(
    a_run_reads_in_plain_words_and_shows_each_member_only_their_votes,
    a_refused_vote_stays_on_the_run_with_the_error_and_the_reason_kept,
    the_draft_form_lists_only_currencies_with_something_owed,
    a_spending_offers_the_pool_currencies_and_keeps_a_refused_rejection_in_place,
    a_seller_sees_a_listing_by_name_with_only_the_moves_its_status_allows,
    a_refunded_order_shows_what_was_clawed_back_from_the_pool_and_each_share,
);

/// The page without its footer (whose language switch has options of its own).
fn main_part(body: &str) -> &str {
    body.split("<footer").next().unwrap_or(body)
}
