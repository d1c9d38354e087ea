//! The one history fixture of the paging tests: co-ops, ledger entries, payout runs and
//! spending written straight to the database, so that a page's history grows fast.
use super::*;
use cooptrade::domain::ledger::{Account, JournalEntry, Posting};
use cooptrade::domain::money::{Currency, Money};
use cooptrade::store::ledger;
use entity::status::{LineStatus, PayoutMethod, RunStatus, SpendingStatus};
use entity::{payout_line, payout_run, spending_proposal};
use sea_orm::{ActiveModelTrait, Set};

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

/// Entry `n`: the gateway pays `n` euros into `account`, with the memo `entry n`.
pub fn deposit(n: i64, account: Account) -> JournalEntry {
    let postings = vec![
        Posting::new(Account::GatewayClearing, eur(-100 * n)),
        Posting::new(account, eur(100 * n)),
    ];
    JournalEntry::new(
        format!("test:{n}"),
        "settlement",
        format!("entry {n}"),
        postings,
    )
    .unwrap()
}

/// Entries `ns` into `account`; returns the last one's id.
pub async fn deposits(app: &TestApp, ns: std::ops::RangeInclusive<i64>, account: Account) -> i64 {
    let drafts = ns.map(|n| deposit(n, account)).collect();
    let posted = ledger::post_all(&app.db, drafts).await.unwrap();
    posted.last().map_or(0, |p| p.entry_id())
}

/// `n` admitted producer co-ops, "Coop Number 0" on; their ids.
pub async fn co_ops(app: &TestApp, n: usize) -> Vec<i32> {
    let mut ids = Vec::new();
    for i in 0..n {
        let name = format!("Coop Number {i}");
        ids.push(app.coop(&name, "producer", "IT", "EUR").await.id);
    }
    ids
}

/// Marta, a committee member signed in, and her user id.
pub async fn a_committee_member(app: &TestApp) -> (common::browser::Browser, i32) {
    let marta = app.browser();
    marta
        .register("Marta", "marta@example.coop", crate::market::PW)
        .await;
    app.make_committee("marta@example.coop").await;
    let id = cooptrade::store::users::find_by_email(&app.db, "marta@example.coop")
        .await
        .unwrap()
        .unwrap()
        .id;
    (marta, id)
}

/// A run in `status` paying 10.00 EUR of proceeds to each of `coops`, covering entries up to
/// `max_entry`; returns its id.
pub async fn run(app: &TestApp, status: RunStatus, coops: &[i32], max_entry: i64) -> i32 {
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

/// "Proposal `n`": 5.00 EUR of the pool for a shared cold store at `to`, by `by`, in `status`.
pub async fn proposal(app: &TestApp, n: i32, to: i32, by: i32, status: SpendingStatus) {
    spending_proposal::ActiveModel {
        title: Set(format!("Proposal {n}")),
        purpose: Set("a shared cold store".into()),
        amount_minor: Set(500),
        currency: Set("EUR".into()),
        recipient_coop_id: Set(to),
        proposed_by: Set(by),
        status: Set(status),
        created_at: Set(cooptrade::store::now()),
        method: Set(PayoutMethod::Bank),
        transfer_attempt: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}
