//! The forgiving catalog search: each word also finds the goods of co-ops it names (`ananas`)
//! and titles with the word misspelt (`pinapple`), by trigram similarity
//! (`domain::catalog_search`). A trigram index finds the candidate titles (`pg_trgm` on
//! PostgreSQL, an FTS5 `trigram` table on SQLite); the same similarity decides on both.
use entity::{coop, listing};
use sea_orm::sea_query::{Condition, Expr, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::catalog_search::{filtered, text_match, with_sellers};
use crate::domain::catalog_query::{CatalogQuery, Sort};
use crate::domain::catalog_search::{finds, fragments};
use crate::error::AppError;

/// Most candidate titles read for one misspelt word; the similarity check keeps the real ones.
/// A forgiving search is a second try for a word not found as typed: it finds the matches
/// among this many candidates, newest first on SQLite, and reads no more.
const CANDIDATES: u64 = 500;

/// For each word, the co-ops whose name it finds (as typed, by prefix, or with a typo).
pub async fn sellers_named(
    db: &impl ConnectionTrait,
    words: &[String],
) -> Result<Vec<Vec<i32>>, AppError> {
    let coops: Vec<(i32, String)> = coop::Entity::find()
        .select_only()
        .columns([coop::Column::Id, coop::Column::Name])
        .into_tuple()
        .all(db)
        .await?;
    Ok(words
        .iter()
        .map(|w| {
            coops
                .iter()
                .filter(|(_, name)| finds(w, name))
                .map(|(id, _)| *id)
                .collect()
        })
        .collect())
}

/// Listings passing `q`'s filters whose title has a word that `word` finds with a typo, through
/// the trigram index: titles containing one of the word's fragments, then checked by similarity.
async fn misspelt_in_titles(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
    word: &str,
) -> Result<Vec<i32>, AppError> {
    let frags = fragments(word);
    if frags.is_empty() {
        return Ok(Vec::new());
    }
    let candidates = match db.get_database_backend() {
        DatabaseBackend::Postgres => frags.iter().fold(Condition::any(), |c, f| {
            // Fragments are letters and digits (`search_words`): no LIKE wildcard among them.
            c.add(Expr::cust_with_values(
                "listings.title ILIKE $1",
                [format!("%{f}%")],
            ))
        }),
        _ => {
            let phrases: Vec<String> = frags.iter().map(|f| format!("\"{f}\"")).collect();
            // The newest matches straight from the index, rather than every match joined first.
            let sql = format!(
                "listings.id IN (SELECT rowid FROM listings_trgm WHERE listings_trgm MATCH ? \
                 ORDER BY rowid DESC LIMIT {CANDIDATES})"
            );
            Condition::all().add(Expr::cust_with_values(sql, [phrases.join(" OR ")]))
        }
    };
    let rows: Vec<(i32, String)> = filtered(q)
        .select_only()
        .columns([listing::Column::Id, listing::Column::Title])
        .filter(candidates)
        .limit(CANDIDATES)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, title)| finds(word, title))
        .map(|(id, _)| id)
        .collect())
}

/// A word matches a listing through its text as typed, a misspelt title word, or its seller.
fn word_matches(
    backend: DatabaseBackend,
    word: &str,
    sellers: &[i32],
    titles: &[i32],
) -> Condition {
    let as_typed: SimpleExpr = match backend {
        DatabaseBackend::Postgres => text_match(backend, &[word.to_owned()]),
        // FTS5's MATCH cannot sit under an OR: ask the index in a subquery.
        _ => Expr::cust_with_values(
            "listings.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)",
            [format!("\"{word}\"*")],
        ),
    };
    let mut c = Condition::any().add(as_typed);
    if !sellers.is_empty() {
        c = c.add(listing::Column::CoopId.is_in(sellers.iter().copied()));
    }
    if !titles.is_empty() {
        c = c.add(listing::Column::Id.is_in(titles.iter().copied()));
    }
    c
}

/// The search again, each word forgiving: `sellers` are, per word, the co-ops it names.
pub async fn forgiving_search(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
    sellers: Vec<Vec<i32>>,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
    let backend = db.get_database_backend();
    let mut find = filtered(q);
    for (word, sellers) in q.words.iter().zip(&sellers) {
        let titles = misspelt_in_titles(db, q, word).await?;
        find = find.filter(word_matches(backend, word, sellers, &titles));
    }
    let find = match q.sort {
        Sort::Newest => find.order_by_desc(listing::Column::Id),
        Sort::Price => find
            .order_by_asc(listing::Column::PriceMinor)
            .order_by_asc(listing::Column::Id),
        Sort::Name => find
            .order_by_asc(listing::Column::Title)
            .order_by_asc(listing::Column::Id),
    };
    let rows = find
        .offset((q.page - 1) * q.per_page)
        .limit(q.per_page + 1)
        .all(db)
        .await?;
    with_sellers(db, rows, q.per_page).await
}
