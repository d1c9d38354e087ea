//! The public catalog: search with filters, a listing's page.
use maud::{html, Markup};

use crate::components::{field, select, FormData};
use crate::layout::{page, Layout};
use crate::photos::{card_photo, gallery, PhotoView};

/// A listing as shown in a list.
#[derive(Clone, Debug)]
pub struct ListingCard {
    pub id: i32,
    pub title: String,
    pub seller_id: i32,
    pub seller_name: String,
    /// "650 XOF"
    pub price: String,
    pub unit: String,
    /// "TG · Maritime"
    pub origin: String,
    pub certifications: Vec<String>,
    pub stock: String,
    pub in_stock: bool,
    pub status: String,
    /// The cover photo, if the listing has photos.
    pub cover: Option<PhotoView>,
}

/// A filter's choices as (value, label), without the "any" choice the page adds first.
pub type Choices = Vec<(String, String)>;

pub struct CatalogView {
    pub form: FormData,
    pub categories: Choices,
    /// ISO codes with country names.
    pub countries: Choices,
    pub currencies: Choices,
    /// Co-op ids with co-op names.
    pub sellers: Choices,
    /// Show the filters unfolded on small screens (a filter is set or has an error).
    pub filtered: bool,
    pub items: Vec<ListingCard>,
    pub page: u64,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
}

const SORTS: &[(&str, &str)] = &[("newest", "Newest"), ("price", "Price"), ("name", "Name")];

pub fn listing_cards(items: &[ListingCard]) -> Markup {
    html! {
        @if items.is_empty() { p.muted { "No listing matches." } }
        div.grid {
            @for l in items {
                article.card {
                    @if let Some(p) = &l.cover { (card_photo(p)) }
                    h3 { a href={ "/listings/" (l.id) } { (l.title) } }
                    p { span.money { (l.price) } " / " (l.unit) }
                    p.muted { (l.origin) " · " a href={ "/coops/" (l.seller_id) } { (l.seller_name) } }
                    p {
                        @for c in &l.certifications { span.badge.active { (c) } " " }
                        @if !l.in_stock { span.badge.paused { "out of stock" } }
                    }
                }
            }
        }
    }
}

/// A select whose first option is `any` (the empty value).
fn choice(f: &FormData, name: &str, label: &str, any: &str, options: &Choices) -> Markup {
    let mut all: Vec<(&str, &str)> = vec![("", any)];
    all.extend(options.iter().map(|(v, n)| (v.as_str(), n.as_str())));
    select(name, label, &all, f.value(name), f.error(name))
}

const FILTERS: &[&str] = &[
    "q",
    "category",
    "country",
    "cert",
    "currency",
    "min_price",
    "max_price",
    "seller",
    "sort",
];

/// The search form: the search box always shown, the other filters folded behind "Filters"
/// on small screens (a `details` element: no script).
fn filters(v: &CatalogView) -> Markup {
    let f = &v.form;
    html! {
        form.filters.stack method="get" action="/catalog" {
            (field(f.field("q", "Search").kind("search").hint("goods or co-ops; a typo is forgiven")))
            details.filters-fold open[v.filtered] {
                summary { "Filters" }
                div.stack {
                    (choice(f, "category", "Category", "All categories", &v.categories))
                    (choice(f, "country", "Origin country", "All countries", &v.countries))
                    (field(f.field("cert", "Certification").hint("organic, fairtrade, ...")))
                    (choice(f, "currency", "Currency", "All currencies", &v.currencies))
                    (field(f.field("min_price", "Lowest price")))
                    (field(f.field("max_price", "Highest price")))
                    (choice(f, "seller", "Seller", "All sellers", &v.sellers))
                    div.field {
                        label { input type="checkbox" name="in_stock" value="1" checked[f.value("in_stock") == "1"]; " In stock only" }
                    }
                    (select("sort", "Sort by", SORTS, f.value("sort"), f.error("sort")))
                }
            }
            div.actions { button.primary type="submit" { "Search" } a href="/catalog" { "Clear" } }
        }
    }
}

pub fn catalog(l: &Layout, v: &CatalogView) -> Markup {
    let f = &v.form;
    page(
        l,
        "Catalog",
        html! {
            h1 { "Catalog" }
            div.with-sidebar {
                (filters(v))
                section {
                    @for e in f.general_errors(FILTERS) {
                        p.flash.error { (e) }
                    }
                    (listing_cards(&v.items))
                    nav.pagination aria-label="Pages" {
                        @if let Some(h) = &v.prev_href { a href=(h) rel="prev" { "← Previous" } }
                        span.current { "Page " (v.page) }
                        @if let Some(h) = &v.next_href { a href=(h) rel="next" { "Next →" } }
                    }
                }
            }
        },
    )
}

/// One listing in full.
pub struct ListingPage {
    pub card: ListingCard,
    pub description: String,
    pub category: String,
    pub sku: String,
    pub min_order: String,
    pub lead_time_days: i32,
    /// Its photos, the cover first.
    pub photos: Vec<PhotoView>,
    /// The seller co-op's logo, if it has one.
    pub seller_logo: Option<PhotoView>,
    /// The viewer may edit it (a member of the seller co-op).
    pub manage_href: Option<String>,
    /// Extra markup from the buying side (the add-to-cart form), if the viewer may buy.
    pub buy: Option<Markup>,
}

pub fn listing(l: &Layout, p: &ListingPage) -> Markup {
    let c = &p.card;
    page(
        l,
        &c.title,
        html! {
            h1 { (c.title) @if c.status != "active" { " " span class={ "badge " (c.status) } { (c.status) } } }
            (gallery(&p.photos))
            p { span.money { (c.price) } " per " (c.unit) " · sold by " a href={ "/coops/" (c.seller_id) } { @if let Some(logo) = &p.seller_logo { (crate::photos::logo(logo, 32)) " " } (c.seller_name) } }
            div.split {
                div { p { (p.description) } }
                dl.facts {
                    dt { "Category" } dd { (p.category) }
                    dt { "Origin" } dd { (c.origin) }
                    dt { "In stock" } dd { (c.stock) " " (c.unit) }
                    dt { "Minimum order" } dd { (p.min_order) " " (c.unit) }
                    dt { "Lead time" } dd { (p.lead_time_days) " days" }
                    dt { "Certifications" } dd { @if c.certifications.is_empty() { "none" } @else { (c.certifications.join(", ")) } }
                    dt { "SKU" } dd { (p.sku) }
                }
            }
            @if let Some(b) = &p.buy { (b) }
            @if let Some(h) = &p.manage_href { p { a.button href=(h) { "Edit this listing" } } }
        },
    )
}
