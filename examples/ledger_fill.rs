//! Fills a ledger with valid, chained settlements quickly, to time `cooptrade ledger verify` and
//! `cooptrade payouts draft`:
//!
//! ```sh
//! DATABASE_URL=sqlite:///tmp/ledger.db?mode=rwc cargo run --release --example ledger_fill -- 200000
//! time DATABASE_URL=sqlite:///tmp/ledger.db?mode=rwc target/release/cooptrade ledger verify
//! ```
//! Each settlement has 5 postings, so 200,000 entries are 1,000,000 postings. Rows are inserted
//! with explicit ids in large multi-row statements, one transaction per batch.
use chrono::Duration;
use cooptrade::domain::fee_split::{split_fee, SplitPolicy};
use cooptrade::domain::ledger::{settlement_postings, JournalEntry, OrderParties, GENESIS_HASH};
use cooptrade::domain::money::{Currency, FeeRate, Money};
use entity::{coop, journal_entry, posting};
use sea_orm::{EntityTrait, QueryOrder, QuerySelect, Set, TransactionTrait};

const BATCH: i64 = 1_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL")?;
    let entries: i64 = std::env::args().nth(1).map_or(Ok(200_000), |n| n.parse())?;
    let db = cooptrade::db::connect_and_migrate(&url).await?;
    // Settlements between co-ops that exist, so a payout run drafted over them has real lines.
    let coops: Vec<i32> = coop::Entity::find()
        .select_only()
        .column(coop::Column::Id)
        .order_by_asc(coop::Column::Id)
        .into_tuple()
        .all(&db)
        .await?;
    anyhow::ensure!(coops.len() >= 2, "seed at least two co-ops first");
    let head = journal_entry::Entity::find()
        .order_by_desc(journal_entry::Column::Id)
        .one(&db)
        .await?;
    let (mut id, mut prev_hash) = head.map_or((0, GENESIS_HASH.to_string()), |e| (e.id, e.hash));
    let start = cooptrade::store::now();
    let target = id + entries;
    while id < target {
        let (mut rows, mut legs, mut drafts) = (Vec::new(), Vec::new(), Vec::new());
        let first = id + 1;
        for _ in 0..BATCH.min(target - id) {
            id += 1;
            let order = i32::try_from(id)?;
            let on = OrderParties {
                seller_coop: coops[id as usize % coops.len()],
                buyer_coop: coops[(id as usize + 1) % coops.len()],
            };
            let subtotal = Money::from_minor(1_000 + id * 37 % 1_000_000, Currency::EUR);
            let fee = FeeRate::DEFAULT.fee_on(subtotal)?;
            let split = split_fee(fee, &SplitPolicy::default())?;
            let postings = settlement_postings(on, subtotal, fee, &split)?;
            let draft = JournalEntry::new(format!("settle:{id}"), "settlement", "", postings)?
                .for_order(order);
            let created_at = start + Duration::milliseconds(id);
            let hash = draft.hash(&prev_hash, created_at);
            for p in draft.postings() {
                legs.push(posting::ActiveModel {
                    entry_id: Set(id),
                    account: Set(p.account.as_str().into_owned()),
                    currency: Set(p.amount.currency.code().to_string()),
                    amount_minor: Set(p.amount.minor),
                    ..Default::default()
                });
            }
            drafts.push((draft.clone(), created_at));
            rows.push(journal_entry::ActiveModel {
                id: Set(id),
                idempotency_key: Set(draft.key().to_string()),
                kind: Set(draft.kind().to_string()),
                memo: Set(String::new()),
                order_id: Set(Some(order)),
                created_at: Set(created_at),
                prev_hash: Set(std::mem::replace(&mut prev_hash, hash.clone())),
                hash: Set(hash),
            });
        }
        let sums = legs.iter().map(|l| {
            let (a, c, m) = (&l.account, &l.currency, &l.amount_minor);
            (a.clone().unwrap(), c.clone().unwrap(), m.clone().unwrap())
        });
        let sums: Vec<(String, String, i64)> = sums.collect();
        let tx = db.begin().await?;
        // As `post` does: the maintained balances move with the postings.
        cooptrade::store::ledger::add_postings(&tx, sums).await?;
        let months = drafts.iter().map(|(d, at)| (d, *at));
        cooptrade::store::ledger::pool_totals::add_entries(&tx, months).await?;
        journal_entry::Entity::insert_many(rows)
            .exec_without_returning(&tx)
            .await?;
        for chunk in legs.chunks(5_000) {
            posting::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        cooptrade::store::ledger::record_running(&tx, first).await?;
        tx.commit().await?;
    }
    println!("ledger holds entries up to #{id}, head {prev_hash}");
    Ok(())
}
