//! The public catalog and listing pages.
use axum::extract::{Path, Query, State};
use maud::Markup;
use templates::catalog::{CatalogView, ListingPage};

use super::form_data;
use crate::domain::catalog::{ListingStatus, Quantity, CATEGORIES};
use crate::domain::catalog_query::{CatalogParams, CatalogQuery};
use crate::error::{AppError, FieldErrors};
use crate::http::viewer::Viewer;
use crate::http::views::{listing_card, listing_cards, photo_view};
use crate::http::AppState;
use crate::store;

/// The catalog URL of another page of the same search, keeping every filter.
fn href(p: &CatalogParams, page: u64) -> String {
    let mut p = p.clone();
    p.page = page.to_string();
    let pairs: Vec<(&str, &str)> = p
        .pairs()
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
    format!(
        "/catalog?{}",
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    )
}

pub async fn catalog(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(p): Query<CatalogParams>,
) -> Result<Markup, AppError> {
    let values = p.pairs();
    let (items, more, page, errs) = match CatalogQuery::parse(&p) {
        Ok(q) => {
            let (rows, more) = store::listings::search(&state.db, &q).await?;
            (
                listing_cards(&state.db, &rows).await?,
                more,
                q.page,
                FieldErrors::default(),
            )
        }
        Err(errs) => (Vec::new(), false, 1, errs),
    };
    let v = CatalogView {
        form: form_data(values, &errs),
        categories: CATEGORIES
            .iter()
            .map(|(s, n)| (s.to_string(), n.to_string()))
            .collect(),
        items,
        page,
        prev_href: (page > 1).then(|| href(&p, page - 1)),
        next_href: more.then(|| href(&p, page + 1)),
    };
    Ok(templates::catalog::catalog(&viewer.layout(), &v))
}

/// A listing's page: public when active or paused; drafts and archived ones only for the seller.
pub async fn listing(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("listing"))?;
    let (l, seller) = store::listings::get_with_seller(&state.db, id).await?;
    let is_seller = viewer.role_in(seller.id).is_some();
    let public = ListingStatus::parse(&l.status).is_ok_and(|s| s.is_public());
    if !public && !is_seller {
        return Err(AppError::not_found("listing"));
    }
    let category = CATEGORIES
        .iter()
        .find(|(s, _)| *s == l.category)
        .map(|(_, n)| *n)
        .unwrap_or("Other");
    let photos = store::photos::of_listing(&state.db, l.id).await?;
    let seller_logo = store::photos::logo_of(&state.db, seller.id).await?;
    let page = ListingPage {
        seller_logo: seller_logo.map(|logo| crate::http::views::logo_view(&logo, &seller.name)),
        photos: photos.iter().map(photo_view).collect(),
        card: listing_card(&l, &seller),
        description: l.description.clone(),
        category: category.to_owned(),
        sku: l.sku.clone(),
        min_order: Quantity(l.min_order_milli).to_string(),
        lead_time_days: l.lead_time_days,
        manage_href: (is_seller && l.status != "archived")
            .then(|| format!("/coops/{}/listings/{}/edit", seller.id, l.id)),
        buy: (l.status == ListingStatus::Active.as_str())
            .then(|| {
                let min = Quantity(l.min_order_milli).to_string();
                super::cart::buy_form(&viewer, l.id, seller.id, &l.unit, &min).or_else(|| {
                    viewer.user.is_none().then(|| {
                        maud::html! { p.muted { a href="/login" { "Log in" } " as a member of a buying co-op to order." } }
                    })
                })
            })
            .flatten(),
    };
    Ok(templates::catalog::listing(&viewer.layout(), &page))
}
