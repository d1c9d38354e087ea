//! The catalog's filter choices, read from the active listings: the countries, currencies,
//! categories and sellers that a search can actually find.
use entity::coop;
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Statement, TryGetable};

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
}

impl Facet {
    fn column(self) -> &'static str {
        match self {
            Facet::Country => "origin_country",
            Facet::Currency => "currency",
            Facet::Category => "category",
        }
    }
}

/// The distinct values of a facet among active listings, smallest first. A recursive query
/// seeks the next value in the `(status, column, ...)` index once per value found, instead of
/// reading every listing.
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

/// Co-ops with an active listing, by name. Asked per co-op (few) through the
/// `(coop_id, status, id)` index: no index leads with status then co-op.
async fn sellers(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, AppError> {
    let active = ListingStatus::Active.as_str();
    let mut sellers: Vec<(i32, String)> = coop::Entity::find()
        .select_only()
        .columns([coop::Column::Id, coop::Column::Name])
        .filter(Expr::cust(format!(
            "EXISTS (SELECT 1 FROM listings WHERE listings.coop_id = coops.id \
             AND listings.status = '{active}')"
        )))
        .into_tuple()
        .all(db)
        .await?;
    sellers.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(sellers)
}

/// Every choice the catalog's filters offer now.
pub async fn choices(db: &impl ConnectionTrait) -> Result<CatalogChoices, AppError> {
    Ok(CatalogChoices {
        countries: distinct(db, Facet::Country).await?,
        currencies: distinct(db, Facet::Currency).await?,
        categories: distinct(db, Facet::Category).await?,
        sellers: sellers(db).await?,
    })
}
