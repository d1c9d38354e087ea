//! A payout run's page and the public pool page at scale: the run's page reads all its lines'
//! co-ops, bank details and entries at once, and `/pool` shows approved runs and spending a
//! page at a time; both in the same number of SQL statements whatever their length.
use super::fixture::{a_committee_member, co_ops, deposits, proposal, run};
use super::statements::{next_link, web_cost};
use super::*;
use cooptrade::domain::ledger::Account;
use entity::status::{RunStatus, SpendingStatus};

async fn a_payout_run_page_costs_the_same_statements_whatever_its_number_of_lines(app: TestApp) {
    let coops = co_ops(&app, 5).await;
    let (marta, _) = a_committee_member(&app).await;
    let mut last = 0;
    // Each co-op is paid 10.00 EUR or more, at least what its line pays.
    for (n, &c) in (1..).zip(&coops) {
        last = deposits(&app, 10 * n..=10 * n, Account::CoopProceeds(c)).await;
    }
    let one = run(&app, RunStatus::AwaitingReview, &coops[..1], last).await;
    let five = run(&app, RunStatus::AwaitingReview, &coops, last).await;
    let path = |id: i32| format!("/committee/payouts/{id}");
    marta.get(&path(one)).await.assert_status(200);
    let (cost_one, cost_five) = (
        web_cost(&app, &marta, &path(one)).await,
        web_cost(&app, &marta, &path(five)).await,
    );
    assert_eq!(cost_five, cost_one, "statements per page, not per line");
    let page = marta.get(&path(five)).await;
    page.assert_status(200);
    for n in 0..5 {
        page.assert_contains(&format!("Coop Number {n}"));
    }
    // Each line shows the one settlement behind it.
    let behind = "Ledger entries behind this line (1)";
    assert_eq!(page.body.matches(behind).count(), 5, "{}", page.body);
}

/// The run ids a pool page shows ("Run #7 · ..."), top to bottom.
fn runs_shown(body: &str) -> Vec<i32> {
    body.split("Run #")
        .skip(1)
        .filter_map(|s| s.split(' ').next()?.parse().ok())
        .collect()
}

async fn the_pool_pages_its_runs_and_spending_by_keyset_in_fixed_statements(app: TestApp) {
    let (seller, buyer, _) = trade(&app, 0).await;
    let (_, by) = a_committee_member(&app).await;
    let visitor = app.browser();
    let empty = web_cost(&app, &visitor, "/pool").await;
    run(&app, RunStatus::Approved, &[seller.id, buyer.id], 0).await;
    proposal(&app, 1, buyer.id, by, SpendingStatus::Approved).await;
    let one = web_cost(&app, &visitor, "/pool").await;
    for n in 2..=7 {
        let status = if n % 2 == 0 {
            RunStatus::Paid
        } else {
            RunStatus::Approved
        };
        run(&app, status, &[seller.id, buyer.id], 0).await;
        proposal(&app, n, buyer.id, by, SpendingStatus::Approved).await;
    }
    run(&app, RunStatus::AwaitingReview, &[seller.id], 0).await; // not public: never shown
    let seven = web_cost(&app, &visitor, "/pool").await;
    assert_eq!(seven, one, "statements per page, not per run or spending");
    // The pool's months and balances, the runs, the spending; with runs and spending, the runs'
    // lines and the names of whom they pay.
    assert_eq!((empty, one), (3, 6));

    let (mut path, mut runs, mut pages) = (Some("/pool?per_page=3".to_owned()), vec![], 0);
    while let Some(p) = path {
        let page = visitor.get(&p).await;
        page.assert_status(200).assert_contains("Coopermondo");
        runs.extend(runs_shown(&page.body));
        run(&app, RunStatus::Approved, &[seller.id], 0).await; // a new run arrives between pages
        pages += 1;
        path = next_link(&page.body).filter(|l| l.contains("runs_cursor="));
    }
    assert_eq!(pages, 3, "seven public runs in pages of three");
    assert_eq!(
        runs,
        (1..=7).rev().collect::<Vec<_>>(),
        "each once, newest first"
    );

    let first = visitor.get("/pool?per_page=3").await;
    let older = first.body.split("rel=\"next\" href=\"").nth(2).unwrap();
    let older = older.split('"').next().unwrap().replace("&amp;", "&");
    assert!(older.contains("spending_cursor="), "{older}");
    let page = visitor.get(&older).await;
    for (n, shown) in [(4, true), (3, true), (2, true), (5, false), (1, false)] {
        let has = page.body.contains(&format!("Proposal {n}<"));
        assert_eq!(has, shown, "proposal {n} on the second page of spending");
    }
    let bad = visitor.get("/pool?per_page=500").await;
    assert_eq!(bad.status.as_u16(), 422, "{}", bad.body);
    let (s, v) = seller.api.get("/pool?per_page=2").await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["payout_runs"].as_array().unwrap().len(), 2);
    let next = v["runs_next"].as_str().unwrap().to_owned();
    let (s, v) = seller
        .api
        .get(&format!("/pool?per_page=2&runs_cursor={next}"))
        .await;
    assert_eq!(s, 200, "{v}");
    let older: Vec<i64> = v["payout_runs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert!(
        older
            .iter()
            .all(|id| *id < next[1..].parse::<i64>().unwrap()),
        "{older:?}"
    );
}

on_both_backends!(
    with super::UNCACHED;
    a_payout_run_page_costs_the_same_statements_whatever_its_number_of_lines,
    the_pool_pages_its_runs_and_spending_by_keyset_in_fixed_statements,
);
