//! Fills a database with N active listings spread over demo co-ops, for load measurements.
//! Usage: DATABASE_URL=... cargo run --release --example fill_catalog -- 100000 [FIRST]
//! FIRST (default 0) numbers the new SKUs, so a second run can top up an earlier one.
use cooptrade::domain::catalog::{ListingDraft, ListingForm, CATEGORIES};
use cooptrade::domain::money::Currency;
use cooptrade::{db, seed, store};
use sea_orm::EntityTrait;

const WORDS: &[&str] = &[
    "pineapple",
    "papaya",
    "cacao",
    "coffee",
    "tuna",
    "rice",
    "honey",
    "olive",
    "butter",
    "cheese",
    "mango",
    "banana",
    "tea",
    "lentils",
    "quinoa",
    "wool",
    "basket",
    "prawns",
    "panela",
    "flour",
];
const COUNTRIES: &[&str] = &["TG", "IT", "DK", "LK", "JP", "CO", "ES", "GH", "PE", "KE"];

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let first: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(0);
    let url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite://cooptrade.db?mode=rwc".into());
    let conn = db::connect_and_migrate(&url).await?;
    seed::seed_demo(&conn).await?;
    let sellers: Vec<_> =
        store::coops::list_by_status(&conn, cooptrade::domain::coop::CoopStatus::Admitted)
            .await?
            .into_iter()
            .filter(|c| cooptrade::domain::coop::sells(c.kind))
            .collect();
    let tx = db::begin_write(&conn).await?;
    let mut rows = Vec::with_capacity(1000);
    for i in first..first + n {
        let c = &sellers[i % sellers.len()];
        let currency = Currency::parse(&c.currency)?;
        let (a, b) = (WORDS[i % WORDS.len()], WORDS[(i / 7) % WORDS.len()]);
        let form = ListingForm {
            sku: format!("BENCH-{i}"),
            title: format!("{a} {b} lot {i}"),
            description: format!("Bulk {a} from co-op growers, packed with {b}. Batch {i}."),
            category: CATEGORIES[i % CATEGORIES.len()].0.into(),
            unit: "kg".into(),
            price: format!("{}", 1 + (i * 37) % 5000),
            stock: format!("{}", (i * 13) % 900),
            min_order: "1".into(),
            origin_country: COUNTRIES[i % COUNTRIES.len()].into(),
            origin_region: "Region".into(),
            certifications: if i % 3 == 0 {
                "organic".into()
            } else if i % 5 == 0 {
                "fairtrade".into()
            } else {
                String::new()
            },
            lead_time_days: "5".into(),
            status: "active".into(),
        };
        let d = ListingDraft::parse(&form, currency).map_err(|e| anyhow::anyhow!("{e}"))?;
        rows.push(store::listings::new_row(c.id, &d));
        if rows.len() == 1000 {
            entity::listing::Entity::insert_many(std::mem::take(&mut rows))
                .exec(&tx)
                .await?;
        }
    }
    if !rows.is_empty() {
        entity::listing::Entity::insert_many(rows).exec(&tx).await?;
    }
    // Each new listing gets a cover photo row, so the catalog's pages carry their thumbnails'
    // markup (`<picture>`, srcset) as a real market's do; the files need not exist for wrk.
    use sea_orm::ConnectionTrait;
    tx.execute_unprepared(&format!(
        "INSERT INTO listing_photos (listing_id, hash, alt, position, width, height, created_at) \
         SELECT id, '{}', title, 0, 1200, 900, created_at FROM listings \
         WHERE sku LIKE 'BENCH-%' AND id NOT IN (SELECT listing_id FROM listing_photos)",
        "c0ffee".repeat(10) + "c0ff"
    ))
    .await?;
    // As a CSV import does after a bulk load.
    store::listings::optimize_search_index(&tx).await?;
    tx.commit().await?;
    println!("{n} listings added");
    Ok(())
}
