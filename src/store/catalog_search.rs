//! The catalog search: filters, words matched by prefix through the full-text index, and the
//! forgiving second try (`forgiving`) for typos and co-ops' names.
use std::sync::Arc;

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
    search_among(db, q, None, &[]).await
}

/// Per search word, in order, the full-text index's terms it stands for when they are known
/// (`prefix_terms`); a word without them (`None`, or past the end) is matched as a prefix.
pub type Terms = [Option<Arc<[String]>>];

/// At most this many terms stand for a word; a word that starts more is matched as a prefix.
const MAX_TERMS: usize = 32;

/// The terms of SQLite's full-text index that start with `word`, to ask for by name: FTS5
/// merges the document lists of every term of a prefix before it returns a row (at 100,000
/// listings, 9,294 for "pineapple"), where an `OR` of terms stops once the page is full.
/// `None` where the prefix is asked as typed: on PostgreSQL, for a word the tokenizer might
/// fold (anything but ASCII letters and digits), and when no term or more than `MAX_TERMS`
/// start with it. The terms are current as of the read; the server keeps them as it keeps the
/// catalog's choices (`PageCache::search`).
pub async fn prefix_terms(
    db: &impl ConnectionTrait,
    word: &str,
) -> Result<Option<Arc<[String]>>, AppError> {
    let backend = db.get_database_backend();
    let plain = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let Some(last) = word.bytes().last() else {
        return Ok(None);
    };
    if backend != DatabaseBackend::Sqlite || !word.bytes().all(plain) {
        return Ok(None);
    }
    // Every term starting with `word` sorts before the word with its last byte raised by one.
    let upper = format!("{}{}", &word[..word.len() - 1], char::from(last + 1));
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            "SELECT term FROM listings_fts_terms WHERE term >= ? AND term < ? LIMIT ?",
            [word.into(), upper.into(), (MAX_TERMS as i64 + 1).into()],
        ))
        .await?;
    if rows.is_empty() || rows.len() > MAX_TERMS {
        return Ok(None);
    }
    let terms = rows
        .iter()
        .map(|r| r.try_get::<String>("", "term"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(terms.into()))
}

/// Every co-op's id and name, by id: the forgiving search matches words to sellers, the ledger
/// names co-ops' accounts.
pub async fn coop_names(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, AppError> {
    Ok(coop::Entity::find()
        .select_only()
        .columns([coop::Column::Id, coop::Column::Name])
        .order_by_asc(coop::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// `search` with every co-op's name already at hand (`coop_names`, which the server keeps until
/// something changes; `None` reads them when the search has words) and the words' terms where
/// known (`prefix_terms`).
pub async fn search_among(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
    names: Option<&[(i32, String)]>,
    terms: &Terms,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    if q.words.is_empty() {
        return exact_search(db, q, terms).await;
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
        let found = exact_search(db, q, terms).await?;
        if !found.0.is_empty() || (q.page > 1 && has_exact_hits(db, q, terms).await?) {
            return Ok(found);
        }
    }
    forgiving::forgiving_search(db, q, sellers).await
}

/// Whether the words find anything as typed (a later page may just be past the last one).
async fn has_exact_hits(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
    terms: &Terms,
) -> Result<bool, AppError> {
    let first = CatalogQuery {
        page: 1,
        per_page: 1,
        ..q.clone()
    };
    Ok(!exact_search(db, &first, terms).await?.0.is_empty())
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
    terms: &Terms,
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
        find = find.filter(text_match(backend, &q.words, terms));
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
        .and_where(text_match(backend, &q.words, &[]))
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
    let mut find = filtered.filter(text_match(backend, &q.words, &[]));
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
/// on SQLite the FTS5 table (joined in by `search`), a word by its `terms` where they are known.
pub(crate) fn text_match(
    backend: DatabaseBackend,
    words: &[String],
    terms: &Terms,
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
                .enumerate()
                .map(|(i, w)| fts_word(w, terms.get(i).and_then(Option::as_deref)))
                .collect::<Vec<_>>()
                .join(" AND ");
            Expr::cust_with_values("\"listings_fts\" MATCH ?", [q])
        }
    }
}

/// One word as an FTS5 query: its known `terms` joined by `OR`, otherwise the word as a prefix.
pub(crate) fn fts_word(word: &str, terms: Option<&[String]>) -> String {
    match terms {
        Some(terms) => {
            let quoted: Vec<String> = terms
                .iter()
                .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
                .collect();
            format!("({})", quoted.join(" OR "))
        }
        None => format!("\"{word}\"*"),
    }
}
