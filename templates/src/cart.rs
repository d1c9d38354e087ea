//! The cart page (lines per seller, quantities, checkout) and the add-to-cart form of a listing.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};
use crate::orders::{fee_sentence, FeeSplitView, Side};

pub struct CartLineRow {
    pub id: i32,
    pub listing_id: i32,
    pub title: String,
    pub unit: String,
    pub unit_price: String,
    /// The quantity in the viewer's marks ("2,5").
    pub quantity: String,
    pub total: String,
    /// What changed since the line went into the cart, in the viewer's words.
    pub changes: Vec<String>,
    /// Who of the co-op put the line in the cart, and who changed it last (if someone else).
    pub added_by: String,
    pub changed_by: Option<String>,
}

pub struct CartGroup {
    pub seller_name: String,
    pub lines: Vec<CartLineRow>,
    pub subtotal: String,
    pub fee: FeeSplitView,
}

pub struct CartView {
    /// The viewer's buying co-ops (id, name) and the one this cart is for.
    pub coops: Vec<(i32, String)>,
    pub coop_id: i32,
    pub groups: Vec<CartGroup>,
    /// The checkout form and the lines' quantity forms (`quantity-<line id>`).
    pub form: FormData,
    /// The one-time token of this page's checkout form (a second submit gets the first's result).
    pub checkout_token: String,
    /// The new terms to accept (see the cart's accept form), when a price or minimum changed.
    pub accept_terms: Option<String>,
}

/// The field name of a line's quantity in `CartView::form`.
pub fn line_field(line_id: i32) -> String {
    format!("quantity-{line_id}")
}

fn quantity_form(l: &Layout, v: &CartView, line: &CartLineRow) -> Markup {
    let tr = &l.tr;
    let name = line_field(line.id);
    let error = v.form.error(&name);
    let typed = v.form.values.get(&name).unwrap_or(&line.quantity);
    let error_id = format!("e-{name}");
    html! {
        form.inline method="post" action={ "/cart/lines/" (line.id) } {
            (csrf(&l.csrf))
            span class={ "field" @if error.is_some() { " has-error" } } {
                input type="text" name="quantity" value=(typed) size="6" inputmode="decimal"
                    aria-label=(tr.t("cart-quantity")) aria-invalid=[error.map(|_| "true")]
                    aria-describedby=[error.map(|_| error_id.as_str())];
                " " (line.unit) " "
                button.link type="submit" { (tr.t("cart-update")) }
                @if let Some(e) = error { span.field-error id=(error_id) role="alert" { (e) } }
            }
        }
        form.inline method="post" action={ "/cart/lines/" (line.id) } {
            (csrf(&l.csrf))
            input type="hidden" name="quantity" value="0";
            button.link type="submit" { (tr.t("cart-remove")) }
        }
    }
}

fn group(l: &Layout, v: &CartView, g: &CartGroup) -> Markup {
    let tr = &l.tr;
    let (item, unit_price, qty, total, added) = (
        tr.t("cart-item"),
        tr.t("cart-unit-price"),
        tr.t("cart-quantity"),
        tr.t("cart-total"),
        tr.t("cart-added-by"),
    );
    html! {
        section.card {
            h2 { (g.seller_name) }
            div.table-wrap { table.data {
                thead { tr { th { (item) } th.num { (unit_price) } th.num { (qty) } th.num { (total) } th { (added) } } }
                tbody {
                    @for line in &g.lines {
                        tr {
                            td data-label=(item) {
                                a href={ "/listings/" (line.listing_id) } { (line.title) }
                                @for c in &line.changes { br; strong.error { (c) } }
                            }
                            td.num.money data-label=(unit_price) { (tr.t_args("cart-per-unit", &[("price", line.unit_price.as_str().into()), ("unit", line.unit.as_str().into())])) }
                            td.num.qty data-label=(qty) { (quantity_form(l, v, line)) }
                            td.num.money data-label=(total) { (line.total) }
                            td data-label=(added) {
                                (line.added_by)
                                @if let Some(by) = &line.changed_by { br; small.muted { (tr.t_args("cart-changed-by", &[("name", by.as_str().into())])) } }
                            }
                        }
                    }
                }
                tfoot { tr { th colspan="3" { (tr.t("cart-subtotal")) } td.num.money { (g.subtotal) } } }
            } }
            (fee_sentence(tr, &g.fee, Side::Buyer))
        }
    }
}

fn checkout_form(l: &Layout, v: &CartView) -> Markup {
    let tr = &l.tr;
    let (address, note) = (tr.t("cart-delivery-address"), tr.t("cart-note"));
    html! {
        h2 { (tr.t("cart-check-out")) }
        p.muted { (tr.t("cart-one-order-per-seller")) }
        form.stack method="post" action="/cart/checkout" {
            (csrf(&l.csrf))
            input type="hidden" name="coop_id" value=(v.coop_id);
            input type="hidden" name="checkout_token" value=(v.checkout_token);
            (field(v.form.field("delivery_address", &address).kind("textarea")))
            (field(v.form.field("note", &note).kind("textarea")))
            div.actions { button.primary type="submit" { (tr.t("cart-place-orders")) } }
        }
    }
}

fn accept_form(l: &Layout, v: &CartView, terms: &str) -> Markup {
    let tr = &l.tr;
    html! {
        section.card {
            h2 { (tr.t("cart-terms-changed")) }
            p { (tr.t("cart-terms-changed-explained")) }
            form.inline method="post" action="/cart/confirm" {
                (csrf(&l.csrf))
                input type="hidden" name="coop_id" value=(v.coop_id);
                input type="hidden" name="terms" value=(terms);
                button.primary type="submit" { (tr.t("cart-accept-terms")) }
            }
        }
    }
}

pub fn cart(l: &Layout, v: &CartView) -> Markup {
    let tr = &l.tr;
    let line_fields: Vec<String> = v
        .groups
        .iter()
        .flat_map(|g| g.lines.iter().map(|x| line_field(x.id)))
        .collect();
    let mut own: Vec<&str> = line_fields.iter().map(String::as_str).collect();
    // Without lines there is no checkout form: its fields' errors are the cart's own then.
    if !v.groups.is_empty() {
        own.extend(["delivery_address", "note"]);
    }
    page(
        l,
        &tr.t("cart-title"),
        html! {
            h1 { (tr.t("cart-title")) }
            @if v.coops.len() > 1 {
                p { (tr.t("cart-buying-for")) " " @for (id, name) in &v.coops {
                    @if *id == v.coop_id { strong { (name) } " " } @else { a href={ "/cart?coop=" (id) } { (name) } " " }
                } }
            }
            // The cart's own errors (a line that cannot be placed, a bound on the total).
            @for e in v.form.general_errors(&own) { p.flash.error role="alert" { (e) } }
            @if v.groups.is_empty() {
                p.muted { (tr.t("cart-empty")) " " a href="/catalog" { (tr.t("cart-browse")) } }
            }
            @for g in &v.groups { (group(l, v, g)) }
            @if let Some(terms) = &v.accept_terms { (accept_form(l, v, terms)) }
            @if !v.groups.is_empty() { (checkout_form(l, v)) }
        },
    )
}

/// The add-to-cart form on a listing's page.
pub struct BuyFormView {
    pub listing_id: i32,
    /// The co-ops the viewer may buy this for (id, name); a choice is offered when several.
    pub coops: Vec<(i32, String)>,
    pub unit: String,
    /// `quantity` (the minimum order, or what was typed) and `coop_id`, with their errors.
    pub form: FormData,
}

pub fn buy_form(tr: &Tr, csrf_token: &str, v: &BuyFormView) -> Markup {
    let f = &v.form;
    let chosen = f.value("coop_id");
    let label = tr.t_args("cart-quantity-in", &[("unit", v.unit.as_str().into())]);
    html! {
        form.stack.card #buy method="post" action="/cart/add" {
            (csrf(csrf_token))
            input type="hidden" name="listing_id" value=(v.listing_id);
            @for e in f.general_errors(&["quantity", "coop_id"]) { p.flash.error role="alert" { (e) } }
            @if let [(id, _)] = v.coops.as_slice() { input type="hidden" name="coop_id" value=(id); }
            @else {
                div.field { label for="f-coop" { (tr.t("cart-buying-for")) }
                    select id="f-coop" name="coop_id" { @for (id, name) in &v.coops {
                        option value=(id) selected[id.to_string() == chosen] { (name) }
                    } } }
            }
            (field(f.field("quantity", &label)))
            div.actions { button.primary type="submit" { (tr.t("cart-add")) } }
        }
    }
}
