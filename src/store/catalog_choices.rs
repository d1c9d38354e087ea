//! The catalog's filter choices, read from the active listings: the countries, currencies,
//! categories and sellers that a search can actually find.
use entity::coop;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement, TryGetable};

use crate::domain::catalog::ListingStatus;
use crate::error::AppError;

/// What the catalog's filters offer; each list in the order it is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalogChoices {
    /// ISO 3166 codes of origin countries.
    pub countries: Vec<String>,
    /// ISO 4217 codes.
    pub currencies: Vec<String>,
    /// Category slugs.
    pub categories: Vec<String>,
    /// (co-op id, name), by name.
    pub sellers: Vec<(i32, String)>,
}

/// A column of `listings` whose distinct values among active listings are a choice.
#[derive(Clone, Copy)]
enum Facet {
    Country,
    Currency,
    Category,
    Seller,
}

impl Facet {
    fn column(self) -> &'static str {
        match self {
            Facet::Country => "origin_country",
            Facet::Currency => "currency",
            Facet::Category => "category",
            Facet::Seller => "coop_id",
        }
    }
}

/// The distinct values of a facet among active listings, smallest first. A recursive query
/// seeks the next value in the `(status, column, ...)` index once per value found, instead of
/// reading every listing (there is an index leading with each facet's column).
async fn distinct<T: TryGetable>(db: &impl ConnectionTrait, f: Facet) -> Result<Vec<T>, AppError> {
    let (c, active) = (f.column(), ListingStatus::Active.as_str());
    let sql = format!(
        "WITH RECURSIVE v(x) AS ( \
           SELECT MIN({c}) FROM listings WHERE status = '{active}' \
           UNION ALL \
           SELECT (SELECT MIN({c}) FROM listings WHERE status = '{active}' AND {c} > v.x) \
           FROM v WHERE v.x IS NOT NULL \
         ) SELECT x FROM v WHERE x IS NOT NULL"
    );
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(backend, sql))
        .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get::<T>("", "x"))
        .collect::<Result<_, _>>()?)
}

/// Every choice the catalog's filters offer now.
pub async fn choices(db: &impl ConnectionTrait) -> Result<CatalogChoices, AppError> {
    let ids: Vec<i32> = distinct(db, Facet::Seller).await?;
    let mut sellers: Vec<(i32, String)> = coop::Entity::find()
        .filter(coop::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    sellers.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(CatalogChoices {
        countries: distinct(db, Facet::Country).await?,
        currencies: distinct(db, Facet::Currency).await?,
        categories: distinct(db, Facet::Category).await?,
        sellers,
    })
}
