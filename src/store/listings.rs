//! Listings: create, edit, change status, search, and the one place stock changes.
use entity::{coop, listing};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, NotSet, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::domain::catalog::{ListingDraft, ListingStatus, Quantity, StockEdit};
use crate::error::{AppError, FieldErrors, Msg};

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
        FieldErrors::single("sku", Msg::code("listings-error-sku-taken"))
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
    let archived = || AppError::Conflict(Msg::code("listings-error-archived-edit"));
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
        return Err(AppError::Conflict(Msg::code("listings-error-archived")));
    }
    if to == ListingStatus::Draft && l.ever_ordered {
        return Err(AppError::Conflict(Msg::code(
            "listings-error-ordered-draft",
        )));
    }
    let mut m: listing::ActiveModel = l.into();
    m.status = Set(to);
    m.updated_at = Set(super::now());
    Ok(m.update(db).await?)
}

/// Deletes a listing that was never ordered; one that was can only be archived.
pub async fn delete(db: &impl ConnectionTrait, l: listing::Model) -> Result<(), AppError> {
    if l.ever_ordered {
        return Err(AppError::Conflict(Msg::code(
            "listings-error-ordered-delete",
        )));
    }
    if l.status != ListingStatus::Draft {
        return Err(AppError::Conflict(Msg::code("listings-error-delete-draft")));
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
        Err(AppError::Conflict(Msg::code("listings-error-stock")))
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

pub use super::catalog_search::{optimize_search_index, search};
