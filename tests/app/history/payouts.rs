//! The committee's payout runs and spending proposals, a page at a time: each page once while
//! new ones arrive, in the same number of SQL statements whatever the page's length.
use super::fixture::{a_committee_member, proposal, run};
use super::statements::{next_link, web_cost};
use super::*;
use entity::status::{RunStatus, SpendingStatus};

/// The ids that a page links to under `prefix` ("/committee/payouts/"), in page order.
fn linked(body: &str, prefix: &str) -> Vec<i32> {
    body.split(&format!("href=\"{prefix}"))
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .collect()
}

async fn payout_runs_and_proposals_page_by_keyset_in_fixed_statements(app: TestApp) {
    let (seller, buyer, _) = trade(&app, 0).await;
    let (marta, by) = a_committee_member(&app).await;
    let review = RunStatus::AwaitingReview;
    run(&app, review, &[seller.id, buyer.id], 0).await;
    proposal(&app, 1, buyer.id, by, SpendingStatus::AwaitingReview).await;
    marta.get("/committee/payouts").await.assert_status(200);
    let one = web_cost(&app, &marta, "/committee/payouts").await;
    for n in 2..=7 {
        run(&app, review, &[seller.id, buyer.id], 0).await;
        proposal(&app, n, buyer.id, by, SpendingStatus::AwaitingReview).await;
    }
    let seven = web_cost(&app, &marta, "/committee/payouts").await;
    assert_eq!(seven, one, "statements per page, not per run or proposal");
    let (mut path, mut runs, mut pages) =
        (Some("/committee/payouts?per_page=3".to_owned()), vec![], 0);
    while let Some(p) = path {
        let page = marta.get(&p).await;
        page.assert_status(200).assert_contains("20.00");
        runs.extend(linked(&page.body, "/committee/payouts/"));
        run(&app, review, &[seller.id], 0).await; // a new run arrives between pages
        pages += 1;
        path = next_link(&page.body).filter(|l| l.contains("&cursor="));
    }
    assert_eq!(pages, 3, "seven runs in pages of three");
    assert_eq!(
        runs,
        (1..=7).rev().collect::<Vec<_>>(),
        "each run once, newest first"
    );
    let page = marta.get("/committee/payouts?per_page=3").await;
    let older = page.body.split("rel=\"next\" href=\"").nth(2).unwrap();
    let older = older.split('"').next().unwrap().replace("&amp;", "&");
    assert!(older.contains("spending_cursor="), "{older}");
    let page = marta.get(&older).await;
    let shown = linked(&page.body, "/committee/spending/");
    assert_eq!(shown, [4, 3, 2], "the proposals after the first three");
    let bad = marta.get("/committee/payouts?per_page=500").await;
    assert_eq!(bad.status.as_u16(), 422, "{}", bad.body);
}

on_both_backends!(payout_runs_and_proposals_page_by_keyset_in_fixed_statements);
