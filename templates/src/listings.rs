//! A producer co-op's own listing pages: the list, the form, CSV import.
use maud::{html, Markup};

use crate::catalog::{category_name, listing_status, unit_name};
use crate::components::{csrf, field, select, FormData};
use crate::layout::{page, Layout};
use crate::status::{actions, status_badge, ActionView, StatusView};

pub struct OwnListingRow {
    pub id: i32,
    pub sku: String,
    pub title: String,
    pub price: String,
    pub stock: String,
    pub status: StatusView,
    /// The edit page, unless the listing is archived.
    pub edit_href: Option<String>,
    /// Publish, pause, delete or archive: those the listing's status allows.
    pub actions: Vec<ActionView>,
}

pub fn own_listings(l: &Layout, coop_id: i32, coop_name: &str, rows: &[OwnListingRow]) -> Markup {
    let base = format!("/coops/{coop_id}/listings");
    let tr = &l.tr;
    page(
        l,
        &tr.t("listings-title"),
        html! {
            h1 { (tr.t_args("listings-of", &[("coop", coop_name.to_owned().into())])) }
            p.actions {
                a.button href={ (base) "/new" } { (tr.t("listings-new")) }
                a.button href={ (base) "/import" } { (tr.t("listings-import-csv")) }
                a.button href={ (base) "/export.csv" } { (tr.t("listings-export-csv")) }
            }
            @let cols = ["catalog-sku", "listings-field-title", "listings-price", "listings-stock", "listings-status", "listings-actions"].map(|k| tr.t(k));
            div.table-wrap { table.data {
                thead { tr { th { (cols[0]) } th { (cols[1]) } th.num { (cols[2]) } th.num { (cols[3]) } th { (cols[4]) } th { (cols[5]) } } }
                tbody {
                    @for r in rows {
                        tr {
                            td data-label=(cols[0]) { (r.sku) }
                            td data-label=(cols[1]) { a href={ "/listings/" (r.id) } { (r.title) } }
                            td.num.money data-label=(cols[2]) { (r.price) } td.num data-label=(cols[3]) { (r.stock) }
                            td data-label=(cols[4]) { (status_badge(&r.status)) }
                            td.actions data-label=(cols[5]) {
                                @if let Some(href) = &r.edit_href { a href=(href) { (tr.t("listings-edit")) } }
                                (actions(&r.actions, &l.csrf))
                            }
                        }
                    }
                }
            } }
        },
    )
}

/// What a listing's fields may be: categories as (slug, name), and units.
pub struct ListingChoices<'a> {
    pub categories: &'a [(&'static str, &'static str)],
    pub units: &'a [&'static str],
}

/// The listing form; `action` is where it posts, `currency` the co-op's; `photos` the listing's
/// photo manager, when it exists already.
pub fn listing_form(
    l: &Layout,
    title: &str,
    action: &str,
    currency: &str,
    f: &FormData,
    choices: &ListingChoices<'_>,
    photos: Option<Markup>,
) -> Markup {
    let tr = &l.tr;
    let t = |k: &str| tr.t(k);
    let categories: Vec<(&str, String)> = choices
        .categories
        .iter()
        .map(|(c, _)| (*c, category_name(tr, c)))
        .collect();
    let units: Vec<(&str, String)> = choices
        .units
        .iter()
        .map(|u| (*u, unit_name(tr, u)))
        .collect();
    let statuses: Vec<(&str, String)> = ["draft", "active", "paused"]
        .into_iter()
        .map(|s| (s, listing_status(tr, s)))
        .collect();
    let stock_hint = tr.t_args(
        "listings-stock-available-hint",
        &[("reserved", f.value("stock_reserved").to_owned().into())],
    );
    let price_hint = tr.t_args(
        "listings-price-hint",
        &[("currency", currency.to_owned().into())],
    );
    page(
        l,
        title,
        html! {
            h1 { (title) }
            form.stack method="post" action=(action) {
                (csrf(&l.csrf))
                (field(f.field("sku", &t("catalog-sku")).hint(&t("listings-sku-hint"))))
                (field(f.field("title", &t("listings-field-title"))))
                (field(f.field("description", &t("listings-description")).kind("textarea")))
                (select("category", &t("catalog-category-label"), &refs(&categories), f.value("category"), f.error("category")))
                (select("unit", &t("listings-unit"), &refs(&units), f.value("unit"), f.error("unit")))
                (field(f.field("price", &t("listings-price-per-unit")).hint(&price_hint)))
                @if f.value("stock_shown").is_empty() {
                    (field(f.field("stock", &t("listings-stock")).hint(&t("listings-stock-hint"))))
                } @else {
                    (field(f.field("stock", &t("listings-stock-available")).hint(&stock_hint)))
                    input type="hidden" name="stock_shown" value=(f.value("stock_shown"));
                }
                (field(f.field("min_order", &t("catalog-min-order"))))
                (field(f.field("origin_country", &t("catalog-origin-country")).hint(&t("listings-country-hint"))))
                (field(f.field("origin_region", &t("listings-origin-region"))))
                (field(f.field("certifications", &t("catalog-certifications")).hint(&t("listings-certifications-hint"))))
                (field(f.field("lead_time_days", &t("listings-lead-time-days"))))
                (select("status", &t("listings-status"), &refs(&statuses), f.value("status"), f.error("status")))
                div.actions { button.primary type="submit" { (t("listings-save")) } }
            }
            @if let Some(p) = photos { (p) }
        },
    )
}

/// Choices as the `select` component takes them.
fn refs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(a, b)| (*a, b.as_str())).collect()
}

/// A row-level import problem.
pub struct ImportErrorRow {
    pub row: u64,
    pub column: String,
    pub message: String,
}

pub fn import_page(l: &Layout, coop_id: i32, errors: &[ImportErrorRow], columns: &str) -> Markup {
    let tr = &l.tr;
    let (cols_before, cols_after) = tr.t_around("listings-import-columns", "columns", &[]);
    let (zip_before, zip_after) = tr.t_around(
        "listings-import-photos",
        "photos",
        &[("alt", "\u{e001}".into())],
    );
    let (zip_mid, zip_end) = zip_after
        .split_once('\u{e001}')
        .unwrap_or((zip_after.as_str(), ""));
    let problems = i64::try_from(errors.len()).unwrap_or(i64::MAX);
    page(
        l,
        &tr.t("listings-import-title"),
        html! {
            h1 { (tr.t("listings-import-heading")) }
            p { (cols_before) code { (columns) } (cols_after) }
            p { (zip_before) code { "photos" } (zip_mid) code { "photo_alt" } (zip_end) }
            @if !errors.is_empty() {
                p.flash.error { (tr.t_args("listings-import-failed", &[("count", problems.into())])) }
                div.table-wrap { table.data {
                    thead { tr { th.num { (tr.t("listings-import-row")) } th { (tr.t("listings-import-column")) } th { (tr.t("listings-import-problem")) } } }
                    tbody { @for e in errors { tr { td.num { @if e.row > 0 { (e.row) } @else { "-" } } td { (e.column) } td { (e.message) } } } }
                } }
            }
            form.stack method="post" action={ "/coops/" (coop_id) "/listings/import" } enctype="multipart/form-data" {
                (csrf(&l.csrf))
                div.field { label for="f-file" { (tr.t("listings-import-file")) } input id="f-file" type="file" name="file" accept=".csv,text/csv,.zip,application/zip"; }
                div.actions { button.primary type="submit" { (tr.t("listings-import-button")) } }
            }
        },
    )
}
