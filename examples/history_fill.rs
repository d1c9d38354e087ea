//! Seeds the history `make bench` measures (issue 26), after `bench_seed market`:
//!
//! ```sh
//! history_fill SELLER BUYER LISTING ORDERS LINES
//! ```
//! writes ORDERS settled orders sold by co-op SELLER to BUYER (one line of LISTING each), each
//! with its settlement entry (5 postings), then entries of ten postings (nine to SELLER's
//! proceeds, one from the gateway's clearing account) until SELLER's proceeds statement holds
//! LINES lines. Rows go in with explicit ids in large multi-row statements, one transaction per
//! batch, and move the maintained balances (`account_balances`, `pool_months`,
//! `posting_balances`) as `post_all` does, so `cooptrade ledger verify` passes afterwards.
//! Prints what the bench needs as JSON: sessions for the committee and the seller's admin, and
//! cursors about 2,000 orders and half the statement deep.
use chrono::{DateTime, Duration, Utc};
use cooptrade::domain::fee_split::{split_fee, SplitPolicy};
use cooptrade::domain::ledger::{
    settlement_postings, Account, JournalEntry, OrderParties, Posting, GENESIS_HASH,
};
use cooptrade::domain::money::{Currency, FeeRate, Money};
use cooptrade::store::{self, ledger, sessions};
use entity::{checkout, journal_entry, order, order_line, posting};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, EntityTrait, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};

/// Entries per transaction.
const BATCH: i64 = 2_000;

/// The ledger's head as the fill goes: last entry id, its hash, and the clock for the next.
struct Head {
    id: i64,
    hash: String,
    at: DateTime<Utc>,
}

/// One batch of ledger rows, written together.
#[derive(Default)]
struct Rows {
    entries: Vec<journal_entry::ActiveModel>,
    postings: Vec<posting::ActiveModel>,
    drafts: Vec<(JournalEntry, DateTime<Utc>)>,
}

impl Rows {
    fn push(&mut self, head: &mut Head, draft: JournalEntry) {
        head.id += 1;
        head.at += Duration::milliseconds(1);
        let hash = draft.hash(&head.hash, head.at);
        for p in draft.postings() {
            self.postings.push(posting::ActiveModel {
                entry_id: Set(head.id),
                account: Set(p.account.as_str().into_owned()),
                currency: Set(p.amount.currency.code().to_string()),
                amount_minor: Set(p.amount.minor),
                ..Default::default()
            });
        }
        self.entries.push(journal_entry::ActiveModel {
            id: Set(head.id),
            idempotency_key: Set(draft.key().to_string()),
            kind: Set(draft.kind().to_string()),
            memo: Set(draft.memo().to_string()),
            order_id: Set(draft.order_id()),
            created_at: Set(head.at),
            prev_hash: Set(std::mem::replace(&mut head.hash, hash.clone())),
            hash: Set(hash),
        });
        self.drafts.push((draft, head.at));
    }

    /// Writes the batch and moves the maintained balances with it, in the open transaction.
    async fn write(self, tx: &impl ConnectionTrait) -> anyhow::Result<()> {
        let Some(first) = self.entries.first().map(|e| e.id.clone().unwrap()) else {
            return Ok(());
        };
        let sums = self.drafts.iter().flat_map(|(d, _)| d.postings()).map(|p| {
            let a = p.account.as_str().into_owned();
            (a, p.amount.currency.code().to_string(), p.amount.minor)
        });
        ledger::add_postings(tx, sums.collect::<Vec<_>>()).await?;
        let months = self.drafts.iter().map(|(d, at)| (d, *at));
        ledger::pool_totals::add_entries(tx, months).await?;
        journal_entry::Entity::insert_many(self.entries)
            .exec_without_returning(tx)
            .await?;
        for chunk in self.postings.chunks(5_000) {
            posting::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(tx)
                .await?;
        }
        ledger::record_running(tx, first).await?;
        Ok(())
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<i64> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let [seller, buyer, listing, orders, lines] = args[..] else {
        anyhow::bail!("usage: history_fill SELLER BUYER LISTING ORDERS LINES");
    };
    let url = std::env::var("DATABASE_URL")?;
    let db = cooptrade::db::connect_and_migrate(&url).await?;
    let (seller, buyer, listing) = (i32::try_from(seller)?, i32::try_from(buyer)?, listing);
    let placed_by = admin(&db, "admin@benchgrocers.example.coop").await?;
    let mut head = head(&db, orders + (lines - orders) / 9 + 1).await?;
    let first_order =
        fill_orders(&db, &mut head, (seller, buyer), listing, placed_by, orders).await?;
    fill_proceeds(&db, &mut head, seller, lines - orders).await?;
    let out = serde_json::json!({
        "committee_sid": session(&db, "committee.bench@example.coop").await?,
        "seller_sid": session(&db, "admin@benchgrowers.example.coop").await?,
        "deep_order_cursor": format!("c{}", first_order + orders - 2_000),
        "deep_statement_cursor": format!("c{}", middle_posting(&db, seller).await?),
        "entries": head.id,
    });
    println!("{out}");
    Ok(())
}

/// The last entry, and a clock that ends the fill about now (entries are `total` ms apart).
async fn head(db: &DatabaseConnection, total: i64) -> anyhow::Result<Head> {
    let last = journal_entry::Entity::find()
        .order_by_desc(journal_entry::Column::Id)
        .one(db)
        .await?;
    let start = store::now() - Duration::milliseconds(total);
    Ok(match last {
        Some(e) => Head {
            id: e.id,
            hash: e.hash,
            at: e.created_at.max(start),
        },
        None => Head {
            id: 0,
            hash: GENESIS_HASH.to_string(),
            at: start,
        },
    })
}

async fn admin(db: &DatabaseConnection, email: &str) -> anyhow::Result<i32> {
    let user = store::users::find_by_email(db, email).await?;
    Ok(user
        .ok_or_else(|| anyhow::anyhow!("{email}: run bench_seed market first"))?
        .id)
}

/// A day-long session for the user, its token for the `sid` cookie.
async fn session(db: &DatabaseConnection, email: &str) -> anyhow::Result<String> {
    let life = sessions::Lifetimes {
        max_age: chrono::TimeDelta::days(1),
        idle: chrono::TimeDelta::days(1),
    };
    Ok(sessions::create(db, admin(db, email).await?, life).await?)
}

/// The posting in the middle of the seller's proceeds statement.
async fn middle_posting(db: &DatabaseConnection, seller: i32) -> anyhow::Result<i64> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let account = Account::CoopProceeds(seller).as_str().into_owned();
    let filter = posting::Column::Account.eq(account);
    let n = posting::Entity::find()
        .filter(filter.clone())
        .count(db)
        .await?;
    let id: Option<i64> = posting::Entity::find()
        .select_only()
        .column(posting::Column::Id)
        .filter(filter)
        .order_by_asc(posting::Column::Id)
        .offset(n / 2)
        .into_tuple()
        .one(db)
        .await?;
    id.ok_or_else(|| anyhow::anyhow!("the seller has no proceeds"))
}

use sea_orm::PaginatorTrait;

/// One settled order of one unit, its checkout and line, and its settlement entry.
struct Sale {
    id: i32,
    parties: OrderParties,
    subtotal: Money,
    placed_by: i32,
    at: DateTime<Utc>,
}

/// The order rows of a sale, as `orders::place` and settling would leave them.
fn order_rows(
    s: &Sale,
    listing: i32,
) -> anyhow::Result<(
    checkout::ActiveModel,
    order::ActiveModel,
    order_line::ActiveModel,
)> {
    let policy = SplitPolicy::default();
    let fee = FeeRate::DEFAULT.fee_on(s.subtotal)?;
    let split = split_fee(fee, &policy)?;
    let as_i32 = |v: u32| i32::try_from(v).unwrap_or(i32::MAX);
    let c = checkout::ActiveModel {
        id: Set(s.id),
        buyer_coop_id: Set(s.parties.buyer_coop),
        placed_by: Set(s.placed_by),
        idempotency_key: Set(None),
        request_hash: Set(format!("history-{}", s.id)),
        created_at: Set(s.at),
    };
    let o = order::ActiveModel {
        id: Set(s.id),
        checkout_id: Set(s.id),
        buyer_coop_id: Set(s.parties.buyer_coop),
        seller_coop_id: Set(s.parties.seller_coop),
        currency: Set("EUR".into()),
        subtotal_minor: Set(s.subtotal.minor),
        fee_rate_bp: Set(as_i32(FeeRate::DEFAULT.basis_points())),
        pool_numerator: Set(as_i32(policy.pool_numerator())),
        pool_denominator: Set(as_i32(policy.pool_denominator())),
        buyer_weight: Set(as_i32(policy.buyer_weight())),
        seller_weight: Set(as_i32(policy.seller_weight())),
        fee_minor: Set(fee.minor),
        pool_minor: Set(split.pool.minor),
        seller_share_minor: Set(split.seller_share.minor),
        buyer_share_minor: Set(split.buyer_share.minor),
        state: Set(entity::status::OrderStatus::Settled),
        delivery_address: Set("Via dei Mille 1, Bologna".into()),
        note: Set(String::new()),
        placed_by: Set(s.placed_by),
        created_at: Set(s.at),
        updated_at: Set(s.at),
    };
    let l = order_line::ActiveModel {
        order_id: Set(s.id),
        listing_id: Set(listing),
        title: Set("Bench pineapples".into()),
        unit: Set("kg".into()),
        unit_price_minor: Set(s.subtotal.minor),
        quantity_milli: Set(1_000),
        line_total_minor: Set(s.subtotal.minor),
        reserved_milli: Set(0),
        ..Default::default()
    };
    Ok((c, o, l))
}

fn settlement(s: &Sale) -> anyhow::Result<JournalEntry> {
    let fee = FeeRate::DEFAULT.fee_on(s.subtotal)?;
    let split = split_fee(fee, &SplitPolicy::default())?;
    let postings = settlement_postings(s.parties, s.subtotal, fee, &split)?;
    let key = format!("settle:{}", s.id);
    let memo = format!("order #{} settled", s.id);
    Ok(JournalEntry::new(key, "settlement", memo, postings)?.for_order(s.id))
}

/// Writes `n` settled orders; returns the first one's id.
async fn fill_orders(
    db: &DatabaseConnection,
    head: &mut Head,
    (seller, buyer): (i32, i32),
    listing: i64,
    placed_by: i32,
    n: i64,
) -> anyhow::Result<i64> {
    let last: Option<i32> = order::Entity::find()
        .select_only()
        .column(order::Column::Id)
        .order_by_desc(order::Column::Id)
        .into_tuple()
        .one(db)
        .await?;
    let first = i64::from(last.unwrap_or(0)) + 1;
    let listing = i32::try_from(listing)?;
    let parties = OrderParties {
        seller_coop: seller,
        buyer_coop: buyer,
    };
    let mut id = first;
    while id < first + n {
        let (mut rows, mut shop) = (Rows::default(), (vec![], vec![], vec![]));
        for _ in 0..BATCH.min(first + n - id) {
            let sale = Sale {
                id: i32::try_from(id)?,
                parties,
                subtotal: Money::from_minor(1_000 + id * 37 % 100_000, Currency::EUR),
                placed_by,
                at: head.at,
            };
            let (c, o, l) = order_rows(&sale, listing)?;
            shop.0.push(c);
            shop.1.push(o);
            shop.2.push(l);
            rows.push(head, settlement(&sale)?);
            id += 1;
        }
        let tx = db.begin().await?;
        for chunk in shop.0.chunks(1_000) {
            checkout::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        for chunk in shop.1.chunks(1_000) {
            order::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        for chunk in shop.2.chunks(1_000) {
            order_line::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        rows.write(&tx).await?;
        tx.commit().await?;
    }
    Ok(first)
}

/// Adds `lines` postings to the seller's proceeds, nine to an entry with one from clearing.
async fn fill_proceeds(
    db: &DatabaseConnection,
    head: &mut Head,
    seller: i32,
    lines: i64,
) -> anyhow::Result<()> {
    let mut left = lines;
    while left > 0 {
        let mut rows = Rows::default();
        for _ in 0..BATCH {
            if left <= 0 {
                break;
            }
            let legs = left.min(9);
            left -= legs;
            let mut postings = Vec::with_capacity(10);
            let mut total = 0;
            for k in 0..legs {
                let minor = 500 + (head.id * 7 + k) % 5_000;
                total += minor;
                let m = Money::from_minor(minor, Currency::EUR);
                postings.push(Posting::new(Account::CoopProceeds(seller), m));
            }
            let back = Money::from_minor(-total, Currency::EUR);
            postings.push(Posting::new(Account::GatewayClearing, back));
            let key = format!("history:{}", head.id + 1);
            let entry = JournalEntry::new(key, "adjustment", "bench history", postings)?;
            rows.push(head, entry);
        }
        let tx = db.begin().await?;
        rows.write(&tx).await?;
        tx.commit().await?;
    }
    Ok(())
}
