//! The catalog search: filters, words matched by prefix through the full-text index, and the
//! forgiving second try (`forgiving`) for typos and co-ops' names.
use entity::{coop, listing};
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Statement,
};

use crate::domain::catalog::ListingStatus;
use crate::domain::catalog_query::{CatalogQuery, Sort};
use crate::error::AppError;

mod forgiving;

/// One page of the public catalog (active listings) and whether another page follows.
/// Words match titles and descriptions by prefix; a search that finds nothing so, or that
/// names a seller, is run again forgiving typos and matching co-ops' names
/// (`forgiving`).
pub async fn search(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    search_among(db, q, None).await
}

/// Every co-op's id and name, as the forgiving search matches words to sellers.
pub async fn coop_names(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, AppError> {
    Ok(coop::Entity::find()
        .select_only()
        .columns([coop::Column::Id, coop::Column::Name])
        .into_tuple()
        .all(db)
        .await?)
}

/// `search` with every co-op's name already at hand (`coop_names`, which the server keeps until
/// something changes); `None` reads them when the search has words.
pub async fn search_among(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
    names: Option<&[(i32, String)]>,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    if q.words.is_empty() {
        return exact_search(db, q).await;
    }
    let read;
    let names = match names {
        Some(n) => n,
        None => {
            read = coop_names(db).await?;
            &read[..]
        }
    };
    let sellers = forgiving::sellers_named(names, &q.words);
    if sellers.iter().all(Vec::is_empty) {
        let found = exact_search(db, q).await?;
        if !found.0.is_empty() || (q.page > 1 && has_exact_hits(db, q).await?) {
            return Ok(found);
        }
    }
    forgiving::forgiving_search(db, q, sellers).await
}

/// Whether the words find anything as typed (a later page may just be past the last one).
async fn has_exact_hits(db: &impl ConnectionTrait, q: &CatalogQuery) -> Result<bool, AppError> {
    let first = CatalogQuery {
        page: 1,
        per_page: 1,
        ..q.clone()
    };
    Ok(!exact_search(db, &first).await?.0.is_empty())
}

/// Active listings passing every filter of `q` but its words.
pub(crate) fn filtered(q: &CatalogQuery) -> sea_orm::Select<listing::Entity> {
    let mut find =
        listing::Entity::find().filter(listing::Column::Status.eq(ListingStatus::Active));
    if let Some(c) = &q.category {
        find = find.filter(listing::Column::Category.eq(c.as_str()));
    }
    if let Some(c) = &q.country {
        find = find.filter(listing::Column::OriginCountry.eq(c.as_str()));
    }
    match (q.known_cert(), &q.cert) {
        (Some("organic"), _) => find = find.filter(listing::Column::Organic.eq(true)),
        (Some(_), _) => find = find.filter(listing::Column::Fairtrade.eq(true)),
        (None, Some(other)) => {
            find = find.filter(listing::Column::OtherCertifications.contains(other.as_str()))
        }
        (None, None) => {}
    }
    if let Some(s) = q.seller {
        find = find.filter(listing::Column::CoopId.eq(s));
    }
    if let Some(c) = q.currency {
        find = find.filter(listing::Column::Currency.eq(c.code()));
    }
    if let Some(p) = q.min_price {
        find = find.filter(listing::Column::PriceMinor.gte(p));
    }
    if let Some(p) = q.max_price {
        find = find.filter(listing::Column::PriceMinor.lte(p));
    }
    if q.in_stock {
        find = find.filter(listing::Column::StockMilli.gt(0));
    }
    find
}

/// The search with words matched as typed, by prefix, through the full-text index.
async fn exact_search(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    let mut find = filtered(q);
    let backend = db.get_database_backend();
    let fts = !q.words.is_empty() && backend == DatabaseBackend::Sqlite;
    // A price range has no index in id order: there the planner's own plan (price index AND GIN) is right.
    let priced = q.min_price.is_some() || q.max_price.is_some();
    if !q.words.is_empty()
        && backend == DatabaseBackend::Postgres
        && q.sort == Sort::Newest
        && !priced
    {
        let rows = pg_text_newest(db, find, q).await?;
        return with_sellers(db, rows, q.per_page).await;
    }
    if !q.words.is_empty() {
        find = find.filter(text_match(backend, &q.words));
    }
    find = match q.sort {
        // The FTS index hands back rowids newest first, so a text search can stop early.
        Sort::Newest if fts => {
            QueryTrait::query(&mut find)
                .order_by_expr(Expr::cust("\"listings_fts\".\"rowid\""), Order::Desc);
            find
        }
        Sort::Newest => find.order_by_desc(listing::Column::Id),
        Sort::Price => find
            .order_by_asc(listing::Column::PriceMinor)
            .order_by_asc(listing::Column::Id),
        Sort::Name => find
            .order_by_asc(listing::Column::Title)
            .order_by_asc(listing::Column::Id),
    };
    let find = find.offset((q.page - 1) * q.per_page).limit(q.per_page + 1);
    let rows = if fts {
        // Make the FTS table the outer loop: SQLite's planner may otherwise run the MATCH once per listing.
        let stmt = find.build(backend);
        let sql = stmt.sql.replacen(
            "FROM \"listings\"",
            "FROM \"listings_fts\" CROSS JOIN \"listings\" ON \"listings\".\"id\" = \"listings_fts\".\"rowid\"",
            1,
        );
        let values = stmt
            .values
            .unwrap_or(sea_orm::sea_query::Values(Vec::new()));
        listing::Entity::find()
            .from_raw_sql(Statement::from_sql_and_values(backend, sql, values))
            .all(db)
            .await?
    } else {
        find.all(db).await?
    };
    with_sellers(db, rows, q.per_page).await
}

/// After a bulk load (a CSV import): merges SQLite's full-text index into one segment, so a
/// prefix search reads one b-tree instead of many (measured at 100,000 listings: the bench's
/// search 2.3 → 1.6 ms in SQL; the merge itself takes 0.17 s).
/// PostgreSQL's GIN index needs nothing of the kind.
pub async fn optimize_search_index(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        db.execute_unprepared(
            "INSERT INTO listings_fts(listings_fts) VALUES('optimize');
             INSERT INTO listings_trgm(listings_trgm) VALUES('optimize');",
        )
        .await?;
    }
    Ok(())
}

/// How many listings passing the other filters a PostgreSQL text search reads newest first
/// before it falls back to the GIN index (besides the requested page's offset).
const PG_TEXT_PROBE: u64 = 1000;

/// Newest-first text search on PostgreSQL. The planner cannot estimate how many listings a prefix
/// query matches, so it either fetches every match through the GIN index to return the newest 25
/// (thousands of heap rows for a common word) or walks every listing in id order for a rare one.
/// Walk the newest `PG_TEXT_PROBE` listings that pass the other filters first (it stops as soon
/// as the page is full); only when that is not enough, ask the GIN index for every match and sort
/// them (`id + 0` keeps the planner from walking the whole table in id order instead).
async fn pg_text_newest(
    db: &impl ConnectionTrait,
    filtered: sea_orm::Select<listing::Entity>,
    q: &CatalogQuery,
) -> Result<Vec<listing::Model>, AppError> {
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::Iterable;
    let backend = db.get_database_backend();
    let offset = (q.page - 1) * q.per_page;
    let mut inner = filtered
        .clone()
        .order_by_desc(listing::Column::Id)
        .limit(PG_TEXT_PROBE + offset + q.per_page + 1)
        .into_query();
    inner.expr_as(Expr::cust("\"listings\".\"search\""), Alias::new("search"));
    let mut outer = Query::select();
    outer
        .columns(listing::Column::iter())
        .from_subquery(inner, Alias::new("listings"))
        .and_where(text_match(backend, &q.words))
        .order_by(listing::Column::Id, Order::Desc)
        .limit(q.per_page + 1)
        .offset(offset);
    let rows = listing::Entity::find()
        .from_raw_sql(backend.build(&outer))
        .all(db)
        .await?;
    if rows.len() as u64 > q.per_page {
        return Ok(rows);
    }
    let mut find = filtered.filter(text_match(backend, &q.words));
    QueryTrait::query(&mut find).order_by_expr(Expr::cust("\"listings\".\"id\" + 0"), Order::Desc);
    Ok(find.offset(offset).limit(q.per_page + 1).all(db).await?)
}

/// Cuts the one extra row that tells whether another page follows and joins each listing's seller.
pub(crate) async fn with_sellers(
    db: &impl ConnectionTrait,
    rows: Vec<listing::Model>,
    per_page: u64,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    let more = rows.len() as u64 > per_page;
    let rows: Vec<listing::Model> = rows.into_iter().take(per_page as usize).collect();
    let sellers: std::collections::HashMap<i32, coop::Model> = coop::Entity::find()
        .filter(coop::Column::Id.is_in(rows.iter().map(|l| l.coop_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let items = rows
        .into_iter()
        .filter_map(|l| {
            let c = sellers.get(&l.coop_id)?.clone();
            Some((l, c))
        })
        .collect();
    Ok((items, more))
}

/// Every word must match as a prefix: on PostgreSQL the generated tsvector with its GIN index,
/// on SQLite the FTS5 table (joined in by `search`).
pub(crate) fn text_match(
    backend: DatabaseBackend,
    words: &[String],
) -> sea_orm::sea_query::SimpleExpr {
    match backend {
        DatabaseBackend::Postgres => {
            let q = words
                .iter()
                .map(|w| format!("{w}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            Expr::cust_with_values("listings.search @@ to_tsquery('simple', $1)", [q])
        }
        _ => {
            let q = words
                .iter()
                .map(|w| format!("\"{w}\"*"))
                .collect::<Vec<_>>()
                .join(" ");
            Expr::cust_with_values("\"listings_fts\" MATCH ?", [q])
        }
    }
}
