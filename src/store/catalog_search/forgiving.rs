//! The forgiving catalog search: each word also finds the goods of co-ops it names (`ananas`)
//! and titles with the word misspelt (`pinapple`), by trigram similarity
//! (`domain::catalog_search`). A trigram index finds the candidate titles (`pg_trgm` on
//! PostgreSQL, an FTS5 `trigram` table on SQLite); the same similarity decides on both.
use entity::{coop, listing};
use sea_orm::sea_query::{Condition, Expr, SimpleExpr};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, QueryFilter, QueryOrder, QuerySelect, Statement,
};

use super::{filtered, fts_word, text_match, with_sellers};
use crate::domain::catalog::ListingStatus;
use crate::domain::catalog_query::{CatalogQuery, Sort};
use crate::domain::catalog_search::{finds, fragments};
use crate::error::AppError;

/// Most candidate titles read for one misspelt word; the similarity check keeps the real ones.
/// A forgiving search is a second try for a word not found as typed: it finds the matches
/// among this many candidates, newest first on SQLite, and reads no more.
const CANDIDATES: u64 = 500;

/// For each word, the co-ops of `names` whose name it finds (as typed, by prefix, or with a typo).
pub fn sellers_named(names: &[(i32, String)], words: &[String]) -> Vec<Vec<i32>> {
    words
        .iter()
        .map(|w| {
            names
                .iter()
                .filter(|(_, name)| finds(w, name))
                .map(|(id, _)| *id)
                .collect()
        })
        .collect()
}

/// The statement reading candidate titles for a word's fragments from the trigram index: the
/// newest `CANDIDATES` active listings whose title contains one (the search's other filters
/// apply afterwards, in the final query).
fn candidates(backend: DatabaseBackend, frags: &[String]) -> Statement {
    let active = ListingStatus::Active.as_str();
    match backend {
        DatabaseBackend::Postgres => {
            // Fragments are letters and digits (`search_words`): no LIKE wildcard among them.
            let likes: Vec<String> = (1..=frags.len())
                .map(|i| format!("title ILIKE ${i}"))
                .collect();
            let sql = format!(
                "SELECT id, title FROM listings WHERE status = '{active}' AND ({}) LIMIT {CANDIDATES}",
                likes.join(" OR ")
            );
            let values = frags.iter().map(|f| format!("%{f}%").into());
            Statement::from_sql_and_values(backend, sql, values)
        }
        _ => {
            // Rowids straight from the FTS5 index, newest first, then their rows: with the
            // filter on `listings` first, SQLite walks a status index past every listing.
            let phrases: Vec<String> = frags.iter().map(|f| format!("\"{f}\"")).collect();
            let sql = format!(
                "SELECT l.id, l.title FROM (SELECT rowid AS id FROM listings_trgm \
                 WHERE listings_trgm MATCH ? ORDER BY rowid DESC LIMIT {CANDIDATES}) c \
                 CROSS JOIN listings l ON l.id = c.id WHERE l.status = '{active}'"
            );
            Statement::from_sql_and_values(backend, sql, [phrases.join(" OR ").into()])
        }
    }
}

/// Active listings whose title has a word that `word` finds with a typo: candidates from the
/// trigram index, checked by similarity.
async fn misspelt_in_titles(db: &impl ConnectionTrait, word: &str) -> Result<Vec<i32>, AppError> {
    let frags = fragments(word);
    if frags.is_empty() {
        return Ok(Vec::new());
    }
    let rows = db
        .query_all_raw(candidates(db.get_database_backend(), &frags))
        .await?;
    let mut ids = Vec::new();
    for r in rows {
        let title: String = r.try_get("", "title")?;
        if finds(word, &title) {
            ids.push(r.try_get::<i32>("", "id")?);
        }
    }
    Ok(ids)
}

/// A word matches a listing through its text as typed, a misspelt title word, or its seller.
fn word_matches(
    backend: DatabaseBackend,
    word: &str,
    sellers: &[i32],
    titles: &[i32],
) -> Condition {
    let as_typed: SimpleExpr = match backend {
        DatabaseBackend::Postgres => text_match(backend, &[word.to_owned()], &[]),
        // FTS5's MATCH cannot sit under an OR: ask the index in a subquery.
        _ => Expr::cust_with_values(
            "listings.id IN (SELECT rowid FROM listings_fts WHERE listings_fts MATCH ?)",
            [fts_word(word, None)],
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
        let titles = misspelt_in_titles(db, word).await?;
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
