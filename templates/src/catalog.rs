//! The public catalog: search with filters, a listing's page.
use i18n::Tr;
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
    /// "650 XOF", in the viewer's language.
    pub price: String,
    /// The unit's code (`kg`, `piece`); the page names it.
    pub unit: String,
    /// "Togo · Maritime", the country named in the viewer's language.
    pub origin: String,
    pub certifications: Vec<String>,
    /// The quantity in stock with its unit, in the viewer's language ("3 boxes").
    pub stock: String,
    pub in_stock: bool,
    /// The listing's status code when it is not on sale, for its badge.
    pub not_on_sale: Option<&'static str>,
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

const SORTS: &[&str] = &["newest", "price", "name"];

/// A unit as the language names it alone ("per piece").
pub fn unit_name(tr: &Tr, unit: &str) -> String {
    tr.t_args("catalog-unit", &[("unit", unit.to_owned().into())])
}

/// `milli` thousandths of `unit` as the language says an amount of goods: the number in its
/// marks and the unit in the number's plural form ("1 box", "2,5 boîtes", "3 個").
pub fn unit_amount(tr: &Tr, milli: i64, unit: &str) -> String {
    tr.t_args(
        "unit-amount",
        &[
            ("quantity", tr.decimal(milli, 3).into()),
            ("count", i18n::plural_number(milli, 3)),
            ("unit", unit.to_owned().into()),
        ],
    )
}

/// A listing's status word (`active`, `paused`, `draft`, `archived`).
pub fn listing_status(tr: &Tr, status: &str) -> String {
    tr.t_args(
        "catalog-listing-status",
        &[("status", status.to_owned().into())],
    )
}

/// A certification's name: the known ones in the viewer's language, others as the seller wrote them.
pub fn certification(tr: &Tr, name: &str) -> String {
    tr.t_args(
        "catalog-certification-name",
        &[("name", name.to_owned().into())],
    )
}

/// A category's name, from its slug.
pub fn category_name(tr: &Tr, slug: &str) -> String {
    tr.t_args("catalog-category", &[("slug", slug.to_owned().into())])
}

pub fn listing_cards(tr: &Tr, items: &[ListingCard]) -> Markup {
    html! {
        @if items.is_empty() { p.muted { (tr.t("catalog-no-match")) } }
        div.grid {
            @for l in items {
                article.card {
                    @if let Some(p) = &l.cover { (card_photo(p)) }
                    h3 { a href={ "/listings/" (l.id) } { (l.title) } }
                    @let (before, after) = tr.t_around("catalog-price-per", "price", &[("unit", unit_name(tr, &l.unit).into())]);
                    p { (before) span.money { (l.price) } (after) }
                    p.muted { (l.origin) " · " a href={ "/coops/" (l.seller_id) } { (l.seller_name) } }
                    p {
                        @for c in &l.certifications { span.badge.active { (certification(tr, c)) } " " }
                        @if !l.in_stock { span.badge.paused { (tr.t("catalog-out-of-stock")) } }
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
fn filters(tr: &Tr, v: &CatalogView) -> Markup {
    let f = &v.form;
    let t = |k: &str| tr.t(k);
    let sorts: Vec<(&str, String)> = SORTS
        .iter()
        .map(|s| (*s, tr.t_args("catalog-sort-by", &[("sort", (*s).into())])))
        .collect();
    let sorts: Vec<(&str, &str)> = sorts.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let (search, search_hint, cert, cert_hint) = (
        t("catalog-search"),
        t("catalog-search-hint"),
        t("catalog-certification"),
        t("catalog-certification-hint"),
    );
    let (min, max) = (t("catalog-min-price"), t("catalog-max-price"));
    html! {
        form.filters.stack method="get" action="/catalog" {
            (field(f.field("q", &search).kind("search").hint(&search_hint)))
            details.filters-fold open[v.filtered] {
                summary { (t("catalog-filters")) }
                div.stack {
                    (choice(f, "category", &t("catalog-category-label"), &t("catalog-all-categories"), &v.categories))
                    (choice(f, "country", &t("catalog-origin-country"), &t("catalog-all-countries"), &v.countries))
                    (field(f.field("cert", &cert).hint(&cert_hint)))
                    (choice(f, "currency", &t("catalog-currency"), &t("catalog-all-currencies"), &v.currencies))
                    (field(f.field("min_price", &min)))
                    (field(f.field("max_price", &max)))
                    (choice(f, "seller", &t("catalog-seller"), &t("catalog-all-sellers"), &v.sellers))
                    div.field {
                        label { input type="checkbox" name="in_stock" value="1" checked[f.value("in_stock") == "1"]; " " (t("catalog-in-stock-only")) }
                    }
                    (select("sort", &t("catalog-sort"), &sorts, f.value("sort"), f.error("sort")))
                }
            }
            div.actions { button.primary type="submit" { (t("catalog-search-button")) } a href="/catalog" { (t("catalog-clear")) } }
        }
    }
}

pub fn catalog(l: &Layout, v: &CatalogView) -> Markup {
    let (f, tr) = (&v.form, &l.tr);
    let page_no = i64::try_from(v.page).unwrap_or(i64::MAX);
    page(
        l,
        &tr.t("catalog-title"),
        html! {
            h1 { (tr.t("catalog-title")) }
            div.with-sidebar {
                (filters(tr, v))
                section {
                    @for e in f.general_errors(FILTERS) {
                        p.flash.error { (e) }
                    }
                    (listing_cards(tr, &v.items))
                    nav.pagination aria-label=(tr.t("catalog-pages")) {
                        @if let Some(h) = &v.prev_href { a href=(h) rel="prev" { (tr.t("catalog-previous")) } }
                        span.current { (tr.t_args("catalog-page", &[("page", page_no.into())])) }
                        @if let Some(h) = &v.next_href { a href=(h) rel="next" { (tr.t("catalog-next")) } }
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
    /// The smallest order, in the viewer's language.
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
    let (c, tr) = (&p.card, &l.tr);
    let unit = unit_name(tr, &c.unit);
    let (seller_before, seller_after) = tr.t_around(
        "catalog-sold-by",
        "seller",
        &[
            ("price", c.price.clone().into()),
            ("unit", unit.clone().into()),
        ],
    );
    page(
        l,
        &c.title,
        html! {
            h1 { (c.title) @if let Some(s) = c.not_on_sale { " " span class={ "badge " (s) } { (listing_status(tr, s)) } } }
            (gallery(tr, &p.photos))
            p { (seller_before) a href={ "/coops/" (c.seller_id) } { @if let Some(logo) = &p.seller_logo { (crate::photos::logo(logo, 32)) " " } (c.seller_name) } (seller_after) }
            div.split {
                div { p { (p.description) } }
                dl.facts {
                    dt { (tr.t("catalog-category-label")) } dd { (category_name(tr, &p.category)) }
                    dt { (tr.t("catalog-origin")) } dd { (c.origin) }
                    dt { (tr.t("catalog-in-stock")) } dd { (c.stock) }
                    dt { (tr.t("catalog-min-order")) } dd { (p.min_order) }
                    dt { (tr.t("catalog-lead-time")) } dd { (tr.t_args("catalog-days", &[("days", p.lead_time_days.into())])) }
                    dt { (tr.t("catalog-certifications")) } dd { @if c.certifications.is_empty() { (tr.t("catalog-no-certification")) } @else { (c.certifications.iter().map(|x| certification(tr, x)).collect::<Vec<_>>().join(", ")) } }
                    dt { (tr.t("catalog-sku")) } dd { (p.sku) }
                }
            }
            @if let Some(b) = &p.buy { (b) }
            @if let Some(h) = &p.manage_href { p { a.button href=(h) { (tr.t("catalog-edit-listing")) } } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::unit_amount;
    use i18n::{Lang, Tr};

    #[test]
    fn a_unit_takes_the_plural_of_its_number_and_symbols_never_change() {
        let say =
            |lang, milli, unit| unit_amount(&Tr::new(lang, i18n::chrono_tz::UTC), milli, unit);
        assert_eq!(say(Lang::En, 1000, "box"), "1 box");
        assert_eq!(say(Lang::En, 2000, "box"), "2 boxes");
        assert_eq!(say(Lang::En, 1500, "crate"), "1.5 crates");
        assert_eq!(say(Lang::En, 1000, "dozen"), "1 dozen");
        assert_eq!(say(Lang::En, 2500, "kg"), "2.5 kg");
        assert_eq!(say(Lang::Fr, 1500, "box"), "1,5 boîte");
        assert_eq!(say(Lang::Fr, 2000, "bottle"), "2 bouteilles");
        assert_eq!(say(Lang::It, 3000, "bag"), "3 sacchi");
        assert_eq!(say(Lang::Ja, 3000, "box"), "3 箱");
        assert_eq!(say(Lang::Da, 1000, "piece"), "1 stk.");
    }
}
