//! Seeds what `make bench` needs beyond the catalog, through the library.
//! `bench_seed market`: an admitted producer and buyer (EUR) with API tokens and one listing
//! with huge stock; prints `{"seller_id","seller_token","buyer_id","buyer_token","listing_id"}`.
//! `bench_seed csv N FILE`: writes an import CSV of N active listings with fresh SKUs.
use cooptrade::domain::catalog::{ListingDraft, ListingForm, CATEGORIES};
use cooptrade::domain::coop::{CoopApplication, CoopApplicationForm};
use cooptrade::domain::money::Currency;
use cooptrade::store::listings_csv::COLUMNS;
use cooptrade::{db, store};
use sea_orm::DatabaseConnection;

const PW: &str = "benchmarks are stories too";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("market") => market().await,
        Some("csv") => {
            let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
            let file = args.get(2).map(String::as_str).unwrap_or("listings.csv");
            csv(n, file)
        }
        _ => anyhow::bail!("usage: bench_seed market | bench_seed csv N FILE"),
    }
}

async fn market() -> anyhow::Result<()> {
    let url =
        std::env::var("DATABASE_URL").unwrap_or_else(|_| "sqlite://cooptrade.db?mode=rwc".into());
    let conn = db::connect_and_migrate(&url).await?;
    let committee = user(&conn, "committee.bench@example.coop", "Bench Committee").await?;
    store::committee::add(&conn, &committee.email, None).await?;
    let (seller_id, seller_token) = coop(&conn, committee.id, "Bench Growers", "producer").await?;
    let (buyer_id, buyer_token) = coop(&conn, committee.id, "Bench Grocers", "buyer").await?;
    let form = ListingForm {
        sku: "BENCH-ORDERS".into(),
        title: "Bench pineapples".into(),
        description: "Stock for the order benchmark.".into(),
        category: "fruit-vegetables".into(),
        unit: "kg".into(),
        price: "2.50".into(),
        stock: "10000000".into(),
        min_order: "1".into(),
        origin_country: "TG".into(),
        origin_region: "Maritime".into(),
        certifications: String::new(),
        lead_time_days: "3".into(),
        status: "active".into(),
    };
    let draft =
        ListingDraft::parse(&form, Currency::parse("EUR")?).map_err(|e| anyhow::anyhow!("{e}"))?;
    let listing = store::listings::create(&conn, seller_id, &draft).await?;
    let out = serde_json::json!({
        "seller_id": seller_id, "seller_token": seller_token,
        "buyer_id": buyer_id, "buyer_token": buyer_token, "listing_id": listing.id,
    });
    println!("{out}");
    Ok(())
}

async fn user(
    conn: &DatabaseConnection,
    email: &str,
    name: &str,
) -> anyhow::Result<entity::user::Model> {
    let form = store::users::Registration {
        name: name.into(),
        email: email.into(),
        password: PW.into(),
    };
    Ok(store::users::register_verified(conn, &form).await?)
}

/// An admitted co-op and a token for its admin.
async fn coop(
    conn: &DatabaseConnection,
    committee: i32,
    name: &str,
    kind: &str,
) -> anyhow::Result<(i32, String)> {
    let slug = name.replace(' ', "").to_lowercase();
    let admin = user(conn, &format!("admin@{slug}.example.coop"), name).await?;
    let form = CoopApplicationForm {
        name: name.into(),
        kind: kind.into(),
        country: "IT".into(),
        currency: "EUR".into(),
        contact_email: format!("office@{slug}.example.coop"),
        description: "Made by the benchmark.".into(),
    };
    let app = CoopApplication::parse(&form).map_err(|e| anyhow::anyhow!("{e}"))?;
    let c = store::coops::apply(conn, admin.id, &app).await?;
    store::coops::decide(conn, c.id, committee, true, "").await?;
    let (_, token) = store::tokens::create(conn, c.id, admin.id, "bench").await?;
    Ok((c.id, token))
}

fn csv(n: usize, file: &str) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_path(file)?;
    w.write_record(COLUMNS)?;
    for i in 0..n {
        let category = CATEGORIES[i % CATEGORIES.len()].0;
        w.write_record([
            format!("CSV-{i}").as_str(),
            &format!("imported mango lot {i}"),
            &format!("Mangoes from the import benchmark, batch {i}."),
            category,
            "kg",
            &format!("{}.{:02}", 1 + i % 500, i % 100),
            &format!("{}", 10 + i % 900),
            "1",
            "TG",
            "Plateaux",
            if i % 3 == 0 { "organic" } else { "" },
            "4",
            "active",
        ])?;
    }
    w.flush()?;
    Ok(())
}
