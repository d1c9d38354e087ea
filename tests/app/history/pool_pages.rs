//! A payout run's page and the public pool page at scale: the run's page reads all its lines'
//! co-ops, bank details and entries at once, and `/pool` shows approved runs and spending a
//! page at a time; both in the same number of SQL statements whatever their length.
use super::statements::{a_committee_member, next_link, web_cost};
use super::*;
use cooptrade::domain::ledger::{Account, JournalEntry, Posting};
use cooptrade::domain::money::{Currency, Money};
use entity::status::{LineStatus, PayoutMethod, RunStatus, SpendingStatus};
use entity::{payout_line, payout_run, spending_proposal};
use sea_orm::{ActiveModelTrait, Set};

/// The gateway pays 10.00 EUR into the co-op's proceeds, memo `sale n`; returns the entry id.
async fn sale(app: &TestApp, n: i32, coop: i32) -> i64 {
    let eur = |m| Money::from_minor(m, Currency::EUR);
    let postings = vec![
        Posting::new(Account::GatewayClearing, eur(-1_000)),
        Posting::new(Account::CoopProceeds(coop), eur(1_000)),
    ];
    let e = JournalEntry::new(
        format!("pool-test:{n}"),
        "settlement",
        format!("sale {n}"),
        postings,
    )
    .unwrap();
    let posted = cooptrade::store::ledger::post_all(&app.db, vec![e])
        .await
        .unwrap();
    posted[0].entry_id()
}

/// A run in `status` paying 10.00 EUR of proceeds to each of `coops`, covering entries up to
/// `max_entry`; returns its id.
async fn run(app: &TestApp, status: RunStatus, coops: &[i32], max_entry: i64) -> i32 {
    let r = payout_run::ActiveModel {
        currency: Set("EUR".into()),
        status: Set(status),
        max_entry_id: Set(max_entry),
        created_at: Set(cooptrade::store::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    for &coop in coops {
        payout_line::ActiveModel {
            run_id: Set(r.id),
            coop_id: Set(coop),
            fair_share_minor: Set(0),
            proceeds_minor: Set(1_000),
            amount_minor: Set(1_000),
            from_entry_id: Set(0),
            status: Set(LineStatus::Open),
            method: Set(PayoutMethod::Bank),
            transfer_attempt: Set(0),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    r.id
}

async fn co_ops(app: &TestApp, n: usize) -> Vec<i32> {
    let mut ids = Vec::new();
    for i in 0..n {
        let name = format!("Coop Number {i}");
        ids.push(app.coop(&name, "producer", "IT", "EUR").await.id);
    }
    ids
}

async fn a_payout_run_page_costs_the_same_statements_whatever_its_number_of_lines(app: TestApp) {
    let coops = co_ops(&app, 5).await;
    let marta = a_committee_member(&app).await;
    let mut last = 0;
    for (n, &c) in coops.iter().enumerate() {
        last = sale(&app, i32::try_from(n).unwrap(), c).await;
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

async fn spend(app: &TestApp, n: i32, to: i32, by: i32) {
    spending_proposal::ActiveModel {
        title: Set(format!("Proposal {n}")),
        purpose: Set("a shared cold store".into()),
        amount_minor: Set(500),
        currency: Set("EUR".into()),
        recipient_coop_id: Set(to),
        proposed_by: Set(by),
        status: Set(SpendingStatus::Approved),
        created_at: Set(cooptrade::store::now()),
        method: Set(PayoutMethod::Bank),
        transfer_attempt: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
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
    a_committee_member(&app).await;
    let by = cooptrade::store::users::find_by_email(&app.db, "marta@example.coop")
        .await
        .unwrap()
        .unwrap()
        .id;
    let visitor = app.browser();
    run(&app, RunStatus::Approved, &[seller.id, buyer.id], 0).await;
    spend(&app, 1, buyer.id, by).await;
    let one = web_cost(&app, &visitor, "/pool").await;
    for n in 2..=7 {
        let status = if n % 2 == 0 {
            RunStatus::Paid
        } else {
            RunStatus::Approved
        };
        run(&app, status, &[seller.id, buyer.id], 0).await;
        spend(&app, n, buyer.id, by).await;
    }
    run(&app, RunStatus::AwaitingReview, &[seller.id], 0).await; // not public: never shown
    let seven = web_cost(&app, &visitor, "/pool").await;
    assert_eq!(seven, one, "statements per page, not per run or spending");

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
    a_payout_run_page_costs_the_same_statements_whatever_its_number_of_lines,
    the_pool_pages_its_runs_and_spending_by_keyset_in_fixed_statements,
);
