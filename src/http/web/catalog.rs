//! The public catalog and listing pages.
use axum::extract::{Path, Query, State};
use maud::Markup;
use templates::catalog::{CatalogView, Choices, ListingPage};

use super::form_data;
use crate::domain::catalog::{ListingStatus, Quantity, CATEGORIES};
use crate::domain::catalog_query::{CatalogParams, CatalogQuery};
use crate::error::{AppError, FieldErrors};
use crate::http::viewer::Viewer;
use crate::http::views::{listing_card, listing_cards, photo_view};
use crate::http::AppState;
use crate::store;
use crate::store::catalog_choices::CatalogChoices;

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

/// `options`, with `chosen` added when the data no longer has it, so the form keeps it.
fn keeping(mut options: Choices, chosen: &str) -> Choices {
    if !chosen.is_empty() && !options.iter().any(|(v, _)| v == chosen) {
        options.push((chosen.to_owned(), chosen.to_owned()));
    }
    options
}

/// The filters' choices with the names people know, in the viewer's language: countries and
/// co-ops by name, categories in the taxonomy's order.
fn choice_lists(tr: &i18n::Tr, c: CatalogChoices, p: &CatalogParams) -> [Choices; 4] {
    let mut countries: Choices = c
        .countries
        .into_iter()
        .map(|code| {
            let name = tr.country(&code);
            (code, name)
        })
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let categories = CATEGORIES
        .iter()
        .filter(|(slug, _)| c.categories.iter().any(|s| s == slug))
        .map(|(s, _)| (s.to_string(), templates::catalog::category_name(tr, s)))
        .collect();
    let currencies = c.currencies.into_iter().map(|c| (c.clone(), c)).collect();
    let sellers = c
        .sellers
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    [
        keeping(countries, &p.country),
        keeping(currencies, &p.currency),
        keeping(categories, &p.category),
        keeping(sellers, p.seller.trim()),
    ]
}

/// Price bounds typed in the viewer's marks ("12,50" in fr) as the plain decimals the query
/// reads; one that is no number is left for the query to name.
fn local_bounds(tr: &i18n::Tr, p: &mut CatalogParams) {
    let scale = crate::domain::money::Currency::parse(&p.currency).map_or(2, |c| c.exponent());
    let marks = crate::http::local_input::marks(tr);
    for raw in [&mut p.min_price, &mut p.max_price] {
        if let Ok(d) = crate::domain::local_number::parse_local_decimal(raw, marks, scale) {
            *raw = d.to_string();
        }
    }
}

pub async fn catalog(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(mut p): Query<CatalogParams>,
) -> Result<Markup, AppError> {
    // Codes typed in lower case (the API allows it) still select their choice.
    p.country = p.country.trim().to_uppercase();
    p.currency = p.currency.trim().to_uppercase();
    let values = p.pairs();
    let mut plain = p.clone();
    local_bounds(&viewer.tr, &mut plain);
    let (items, more, page, errs) = match CatalogQuery::parse(&plain) {
        Ok(q) => {
            let (rows, more) = state.pages.search(&state.db, &q).await?;
            (
                listing_cards(&viewer.tr, &state.db, &rows).await?,
                more,
                q.page,
                FieldErrors::default(),
            )
        }
        Err(errs) => (Vec::new(), false, 1, errs.said(&viewer.tr)),
    };
    let filtered = !errs.is_empty()
        || values
            .iter()
            .any(|(k, v)| !matches!(*k, "q" | "sort" | "page" | "per_page") && !v.is_empty());
    let choices = state.pages.choices(&state.db).await?;
    let [countries, currencies, categories, sellers] = choice_lists(&viewer.tr, choices, &p);
    let v = CatalogView {
        form: form_data(values, &errs),
        categories,
        countries,
        currencies,
        sellers,
        filtered,
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
    listing_page(&state, &viewer, id, None).await
}

/// The listing's page; `buy` is the add-to-cart form as typed, when it comes back with an error.
pub(super) async fn listing_page(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    buy: Option<&templates::components::FormData>,
) -> Result<Markup, AppError> {
    let (l, seller) = store::listings::get_with_seller(&state.db, id).await?;
    let is_seller = viewer.role_in(seller.id).is_some();
    let public = crate::domain::status::listing_is_public(l.status);
    if !public && !is_seller {
        return Err(AppError::not_found("listing"));
    }
    let photos = store::photos::of_listing(&state.db, l.id).await?;
    let seller_logo = store::photos::logo_of(&state.db, seller.id).await?;
    let page = ListingPage {
        seller_logo: seller_logo.map(|logo| crate::http::views::logo_view(&logo, &seller.name)),
        photos: photos.iter().map(photo_view).collect(),
        card: listing_card(&viewer.tr, &l, &seller),
        description: l.description.clone(),
        category: l.category.clone(),
        sku: l.sku.clone(),
        min_order: templates::catalog::unit_amount(&viewer.tr, l.min_order_milli, &l.unit),
        lead_time_days: l.lead_time_days,
        manage_href: (is_seller && l.status != ListingStatus::Archived)
            .then(|| format!("/coops/{}/listings/{}/edit", seller.id, l.id)),
        buy: (l.status == ListingStatus::Active || buy.is_some())
            .then(|| {
                let min = Quantity(l.min_order_milli);
                super::cart_lines::buy_form(viewer, l.id, seller.id, &l.unit, min, buy).or_else(|| {
                    viewer.user.is_none().then(|| {
                        let (before, after) = viewer.tr.t_around("catalog-login-to-order", "login", &[]);
                        maud::html! { p.muted { (before) a href="/login" { (viewer.tr.t("nav-login")) } (after) } }
                    })
                })
            })
            .flatten(),
    };
    Ok(templates::catalog::listing(&viewer.layout(), &page))
}
