//! A producer co-op's own listing pages: the list, the form, CSV import.
use maud::{html, Markup};

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
    page(
        l,
        "Listings",
        html! {
            h1 { "Listings of " (coop_name) }
            p.actions {
                a.button href={ (base) "/new" } { "New listing" }
                a.button href={ (base) "/import" } { "Import CSV" }
                a.button href={ (base) "/export.csv" } { "Export CSV" }
            }
            div.table-wrap { table.data {
                thead { tr { th { "SKU" } th { "Title" } th.num { "Price" } th.num { "Stock" } th { "Status" } th { "Actions" } } }
                tbody {
                    @for r in rows {
                        tr {
                            td { (r.sku) }
                            td { a href={ "/listings/" (r.id) } { (r.title) } }
                            td.num.money { (r.price) } td.num { (r.stock) } td { (status_badge(&r.status)) }
                            td.actions {
                                @if let Some(href) = &r.edit_href { a href=(href) { "Edit" } }
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
    pub categories: &'a [(&'a str, &'a str)],
    pub units: &'a [&'a str],
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
    let (categories, units) = (choices.categories, choices.units);
    let units: Vec<(&str, &str)> = units.iter().map(|u| (*u, *u)).collect();
    let statuses = [
        ("draft", "draft"),
        ("active", "active"),
        ("paused", "paused"),
    ];
    page(
        l,
        title,
        html! {
            h1 { (title) }
            form.stack method="post" action=(action) {
                (csrf(&l.csrf))
                (field(f.field("sku", "SKU").hint("Your own code, unique in your co-op")))
                (field(f.field("title", "Title")))
                (field(f.field("description", "Description").kind("textarea")))
                (select("category", "Category", categories, f.value("category"), f.error("category")))
                (select("unit", "Unit", &units, f.value("unit"), f.error("unit")))
                (field(f.field("price", "Price per unit").hint(&format!("in {currency}"))))
                @if f.value("stock_shown").is_empty() {
                    (field(f.field("stock", "Stock").hint("up to 3 decimals for weighed goods")))
                } @else {
                    (field(f.field("stock", "Stock available").hint(&format!(
                        "available to order now, besides {} reserved in open orders; orders keep changing it, and it is set only if you change this value",
                        f.value("stock_reserved")
                    ))))
                    input type="hidden" name="stock_shown" value=(f.value("stock_shown"));
                }
                (field(f.field("min_order", "Minimum order")))
                (field(f.field("origin_country", "Origin country").hint("ISO code, e.g. TG")))
                (field(f.field("origin_region", "Origin region")))
                (field(f.field("certifications", "Certifications").hint("organic; fairtrade; anything else, separated by ;")))
                (field(f.field("lead_time_days", "Lead time (days)")))
                (select("status", "Status", &statuses, f.value("status"), f.error("status")))
                div.actions { button.primary type="submit" { "Save" } }
            }
            @if let Some(p) = photos { (p) }
        },
    )
}

/// A row-level import problem.
pub struct ImportErrorRow {
    pub row: u64,
    pub column: String,
    pub message: String,
}

pub fn import_page(l: &Layout, coop_id: i32, errors: &[ImportErrorRow], columns: &str) -> Markup {
    page(
        l,
        "Import listings",
        html! {
            h1 { "Import listings from CSV" }
            p { "Columns: " code { (columns) } ". Rows are matched by SKU: new SKUs are created, existing ones updated. If any row is wrong, nothing is imported." }
            p { "To bring photos, upload a ZIP holding the CSV and the image files: name a row's files in a " code { "photos" } " column (separated by " code { ";" } ") and describe them in a " code { "photo_alt" } " column." }
            @if !errors.is_empty() {
                p.flash.error { "Nothing was imported: fix these " (errors.len()) " problems and try again." }
                div.table-wrap { table.data {
                    thead { tr { th.num { "Row" } th { "Column" } th { "Problem" } } }
                    tbody { @for e in errors { tr { td.num { @if e.row > 0 { (e.row) } @else { "-" } } td { (e.column) } td { (e.message) } } } }
                } }
            }
            form.stack method="post" action={ "/coops/" (coop_id) "/listings/import" } enctype="multipart/form-data" {
                (csrf(&l.csrf))
                div.field { label for="f-file" { "CSV or ZIP file" } input id="f-file" type="file" name="file" accept=".csv,text/csv,.zip,application/zip"; }
                div.actions { button.primary type="submit" { "Import" } }
            }
        },
    )
}
