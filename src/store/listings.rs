//! Listings: create, edit, change status, search, and the one place stock changes.
use entity::{coop, listing};
use sea_orm::sea_query::{Expr, ExprTrait, Order};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, NotSet,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set, Statement,
};

use crate::domain::catalog::{ListingDraft, ListingStatus, Quantity, StockEdit};
use crate::domain::catalog_query::{CatalogQuery, Sort};
use crate::error::{AppError, FieldErrors};

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<listing::Model, AppError> {
    listing::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::not_found("listing"))
}

/// A listing with its seller, or "not found" when it is not the seller's to show.
pub async fn get_with_seller(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(listing::Model, coop::Model), AppError> {
    listing::Entity::find_by_id(id)
        .find_also_related(coop::Entity)
        .one(db)
        .await?
        .and_then(|(l, c)| Some((l, c?)))
        .ok_or_else(|| AppError::not_found("listing"))
}

fn sku_taken(e: sea_orm::DbErr) -> AppError {
    if super::is_unique_violation(&e) {
        FieldErrors::single("sku", "this co-op already has a listing with this SKU")
    } else {
        e.into()
    }
}

/// The columns a draft sets, shared by create, update and CSV import.
pub fn apply_draft(m: &mut listing::ActiveModel, d: &ListingDraft) {
    m.sku = Set(d.sku.clone());
    m.title = Set(d.title.clone());
    m.description = Set(d.description.clone());
    m.category = Set(d.category.clone());
    m.unit = Set(d.unit.clone());
    m.currency = Set(d.price.currency.code().to_owned());
    m.price_minor = Set(d.price.minor);
    m.stock_milli = Set(d.stock.0);
    m.min_order_milli = Set(d.min_order.0);
    m.origin_country = Set(d.origin_country.clone());
    m.origin_region = Set(d.origin_region.clone());
    m.organic = Set(d.organic);
    m.fairtrade = Set(d.fairtrade);
    m.other_certifications = Set(d.other_certifications.clone());
    m.lead_time_days = Set(d.lead_time_days);
    m.status = Set(d.status);
}

/// A new listing row for `coop_id` (not yet inserted).
pub fn new_row(coop_id: i32, d: &ListingDraft) -> listing::ActiveModel {
    let now = super::now();
    let mut m = listing::ActiveModel {
        coop_id: Set(coop_id),
        ever_ordered: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply_draft(&mut m, d);
    m
}

pub async fn create(
    db: &impl ConnectionTrait,
    coop_id: i32,
    d: &ListingDraft,
) -> Result<listing::Model, AppError> {
    new_row(coop_id, d).insert(db).await.map_err(sku_taken)
}

/// Replaces a listing's fields (its stock only as `stock` says) in one conditional update, so
/// orders that take stock meanwhile are never undone; an archived listing stays archived.
pub async fn update(
    db: &impl ConnectionTrait,
    l: listing::Model,
    d: &ListingDraft,
    stock: StockEdit,
) -> Result<listing::Model, AppError> {
    let archived = || AppError::Conflict("an archived listing cannot be edited".into());
    if l.status == ListingStatus::Archived {
        return Err(archived());
    }
    let mut m = <listing::ActiveModel as Default>::default();
    apply_draft(&mut m, d);
    m.stock_milli = match stock {
        StockEdit::Keep => NotSet,
        StockEdit::Set(q) => Set(q.0),
    };
    m.updated_at = Set(super::now());
    let res = listing::Entity::update_many()
        .set(m)
        .filter(listing::Column::Id.eq(l.id))
        .filter(listing::Column::Status.ne(ListingStatus::Archived))
        .exec(db)
        .await
        .map_err(sku_taken)?;
    if res.rows_affected != 1 {
        get(db, l.id).await?;
        return Err(archived());
    }
    get(db, l.id).await
}

/// The units of a listing held by open orders (reserved at placement, released by a
/// cancellation, a rejection or a refund, and gone once shipped).
pub async fn reserved(db: &impl ConnectionTrait, listing_id: i32) -> Result<Quantity, AppError> {
    // PostgreSQL sums BIGINT as NUMERIC: cast back (a listing's stock fits in BIGINT).
    let sum: Option<i64> = entity::order_line::Entity::find()
        .select_only()
        .column_as(
            Expr::cust("CAST(COALESCE(SUM(reserved_milli), 0) AS BIGINT)"),
            "reserved",
        )
        .filter(entity::order_line::Column::ListingId.eq(listing_id))
        .into_tuple::<i64>()
        .one(db)
        .await?;
    Ok(Quantity(sum.unwrap_or(0)))
}

/// Moves a listing to `to`; archiving is final, and a draft cannot be archived (delete it).
pub async fn set_status(
    db: &impl ConnectionTrait,
    l: listing::Model,
    to: ListingStatus,
) -> Result<listing::Model, AppError> {
    if l.status == ListingStatus::Archived {
        return Err(AppError::Conflict("the listing is archived".into()));
    }
    if to == ListingStatus::Draft && l.ever_ordered {
        return Err(AppError::Conflict(
            "a listing that was ordered cannot go back to draft".into(),
        ));
    }
    let mut m: listing::ActiveModel = l.into();
    m.status = Set(to);
    m.updated_at = Set(super::now());
    Ok(m.update(db).await?)
}

/// Deletes a listing that was never ordered; one that was can only be archived.
pub async fn delete(db: &impl ConnectionTrait, l: listing::Model) -> Result<(), AppError> {
    if l.ever_ordered {
        return Err(AppError::Conflict(
            "this listing has been ordered, so it can only be archived".into(),
        ));
    }
    if l.status != ListingStatus::Draft {
        return Err(AppError::Conflict(
            "only a draft can be deleted; pause or archive this listing instead".into(),
        ));
    }
    listing::Entity::delete_by_id(l.id).exec(db).await?;
    Ok(())
}

/// Adds `delta` thousandths to a listing's stock in one conditional UPDATE, so concurrent
/// changes can never take it below zero. Returns the insufficient-stock conflict otherwise.
pub async fn adjust_stock(
    db: &impl ConnectionTrait,
    listing_id: i32,
    delta_milli: i64,
) -> Result<(), AppError> {
    change_stock(db, listing_id, delta_milli, false).await
}

async fn change_stock(
    db: &impl ConnectionTrait,
    listing_id: i32,
    delta_milli: i64,
    ordered: bool,
) -> Result<(), AppError> {
    let mut update = listing::Entity::update_many()
        .col_expr(
            listing::Column::StockMilli,
            Expr::col(listing::Column::StockMilli).add(delta_milli),
        )
        .col_expr(listing::Column::UpdatedAt, Expr::value(super::now()));
    if ordered {
        update = update.col_expr(listing::Column::EverOrdered, Expr::value(true));
    }
    let res = update
        .filter(listing::Column::Id.eq(listing_id))
        .filter(
            Expr::col(listing::Column::StockMilli)
                .add(delta_milli)
                .gte(0),
        )
        .exec(db)
        .await?;
    if res.rows_affected == 1 {
        Ok(())
    } else {
        get(db, listing_id).await?;
        Err(AppError::Conflict("insufficient stock".into()))
    }
}

/// Every listing of a co-op, newest first (the producer's own view, all statuses).
pub async fn of_coop(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<Vec<listing::Model>, AppError> {
    Ok(listing::Entity::find()
        .filter(listing::Column::CoopId.eq(coop_id))
        .order_by_asc(listing::Column::Sku)
        .all(db)
        .await?)
}

/// One page of the public catalog (active listings) and whether another page follows.
pub async fn search(
    db: &impl ConnectionTrait,
    q: &CatalogQuery,
) -> Result<(Vec<(listing::Model, coop::Model)>, bool), AppError> {
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
/// prefix search reads one b-tree instead of many.
/// PostgreSQL's GIN index needs nothing of the kind.
pub async fn optimize_search_index(db: &impl ConnectionTrait) -> Result<(), AppError> {
    if db.get_database_backend() == DatabaseBackend::Sqlite {
        db.execute_unprepared("INSERT INTO listings_fts(listings_fts) VALUES('optimize')")
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
async fn with_sellers(
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
fn text_match(backend: DatabaseBackend, words: &[String]) -> sea_orm::sea_query::SimpleExpr {
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
