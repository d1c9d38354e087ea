//! Cart, order lists, the order page and its printable invoice.
use maud::{html, Markup};

use crate::components::{csrf, field, FormData};
use crate::layout::{page, Layout};
use crate::status::{status_badge, StatusView};

/// Where an order's fee goes, formatted ("2.47 EUR").
#[derive(Clone, Debug)]
pub struct FeeSplitView {
    pub rate: String,
    pub fee: String,
    pub pool: String,
    pub seller_share: String,
    pub buyer_share: String,
}

/// "Of the 4.94 EUR fee: 2.47 EUR to the common pool, 1.24 EUR to the seller co-op, 1.23 EUR to your co-op."
pub fn fee_sentence(f: &FeeSplitView, viewer_side: &str) -> Markup {
    let (seller, buyer) = match viewer_side {
        "seller" => ("your co-op", "the buyer co-op"),
        "buyer" => ("the seller co-op", "your co-op"),
        _ => ("the seller co-op", "the buyer co-op"),
    };
    html! {
        p.fee-split {
            "Of the " span.money { (f.fee) } " fee (" (f.rate) "): " span.money { (f.pool) } " to the common pool, "
            span.money { (f.seller_share) } " to " (seller) ", " span.money { (f.buyer_share) } " to " (buyer) "."
        }
    }
}

pub struct CartLineRow {
    pub id: i32,
    pub listing_id: i32,
    pub title: String,
    pub unit: String,
    pub unit_price: String,
    pub quantity: String,
    pub total: String,
    /// What changed since the line went into the cart ("price was 10.00 EUR, now 12.00 EUR").
    pub changes: Vec<String>,
    /// Who put the line in the co-op's cart, and who changed it last if someone did.
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
    pub form: FormData,
    /// The token of this page's checkout form: the cart revision shown, so a second submit (by
    /// anyone) gets the first's result and a cart changed since is not placed.
    pub checkout_token: String,
    /// The new terms to accept (see the cart's accept form), when a price or minimum changed.
    pub accept_terms: Option<String>,
}

pub fn cart(l: &Layout, v: &CartView) -> Markup {
    page(
        l,
        "Cart",
        html! {
            h1 { "Cart" }
            @if v.coops.len() > 1 {
                p { "Buying for: " @for (id, name) in &v.coops {
                    @if *id == v.coop_id { strong { (name) } " " } @else { a href={ "/cart?coop=" (id) } { (name) } " " }
                } }
            }
            // The cart's own errors and those of its lines (a minimum, a bound on the total).
            @for e in v.form.general_errors(&["delivery_address", "note"]) { p.flash.error { (e) } }
            @if v.groups.is_empty() { p.muted { "Your cart is empty. " a href="/catalog" { "Browse the catalog" } } }
            @for g in &v.groups {
                section.card {
                    h2 { (g.seller_name) }
                    div.table-wrap { table.data {
                        thead { tr { th { "Item" } th.num { "Unit price" } th.num { "Quantity" } th.num { "Total" } th { "Added by" } } }
                        tbody {
                            @for line in &g.lines {
                                tr {
                                    td data-label="Item" {
                                        a href={ "/listings/" (line.listing_id) } { (line.title) }
                                        @for c in &line.changes { br; strong.error { "Changed: " (c) } }
                                    }
                                    td.num.money data-label="Unit price" { (line.unit_price) " / " (line.unit) }
                                    td.num.qty data-label="Quantity" {
                                        form.inline method="post" action={ "/cart/lines/" (line.id) } {
                                            (csrf(&l.csrf))
                                            input type="text" name="quantity" value=(line.quantity) size="6" aria-label="Quantity";
                                            " " (line.unit) " "
                                            button.link type="submit" { "Update" }
                                        }
                                        form.inline method="post" action={ "/cart/lines/" (line.id) } {
                                            (csrf(&l.csrf))
                                            input type="hidden" name="quantity" value="0";
                                            button.link type="submit" { "Remove" }
                                        }
                                    }
                                    td.num.money data-label="Total" { (line.total) }
                                    td data-label="Added by" {
                                        (line.added_by)
                                        @if let Some(by) = &line.changed_by { br; small.muted { "changed by " (by) } }
                                    }
                                }
                            }
                        }
                        tfoot { tr { th colspan="3" { "Subtotal" } td.num.money { (g.subtotal) } td {} } }
                    } }
                    (fee_sentence(&g.fee, "buyer"))
                }
            }
            @if let Some(terms) = &v.accept_terms {
                section.card {
                    h2 { "Prices changed since you added them" }
                    p { "The lines marked above changed. Nothing is placed at terms you have not seen: accept the new terms to check out, or change your cart." }
                    form.inline method="post" action="/cart/confirm" {
                        (csrf(&l.csrf))
                        input type="hidden" name="coop_id" value=(v.coop_id);
                        input type="hidden" name="terms" value=(terms);
                        button.primary type="submit" { "Accept the new terms" }
                    }
                }
            }
            @if !v.groups.is_empty() {
                h2 { "Check out" }
                p.muted { "Each seller gets an order of its own." }
                form.stack method="post" action="/cart/checkout" {
                    (csrf(&l.csrf))
                    input type="hidden" name="coop_id" value=(v.coop_id);
                    input type="hidden" name="checkout_token" value=(v.checkout_token);
                    (field(v.form.field("delivery_address", "Delivery address").kind("textarea")))
                    (field(v.form.field("note", "Note to the sellers").kind("textarea")))
                    div.actions { button.primary type="submit" { "Place orders" } }
                }
            }
        },
    )
}

pub struct OrderRow {
    pub id: i32,
    pub other_party: String,
    pub state: StatusView,
    pub total: String,
    pub created: String,
}

/// One page of the viewer's orders, newest first; `next` is the cursor of the older ones.
/// `states` are the filter's choices, `state` the chosen one's key (empty: any).
pub fn order_list(
    l: &Layout,
    selling: bool,
    state: &str,
    states: &[StatusView],
    rows: &[OrderRow],
    next: Option<&str>,
) -> Markup {
    let side = if selling { "selling" } else { "buying" };
    page(
        l,
        "Orders",
        html! {
            h1 { "Orders" }
            p.actions {
                a href="/orders?side=buying" aria-current=[(!selling).then_some("page")] { "Buying" } " · "
                a href="/orders?side=selling" aria-current=[selling.then_some("page")] { "Selling" }
            }
            form.inline method="get" action="/orders" {
                input type="hidden" name="side" value=(side);
                select name="state" aria-label="State" {
                    option value="" { "Any state" }
                    @for s in states { option value=(s.key) selected[s.key == state] { (s.label) } }
                }
                " " button type="submit" { "Filter" }
            }
            @if rows.is_empty() { p.muted { "No orders." } }
            @else {
                div.table-wrap { table.data {
                    thead { tr { th { "Order" } th { (if selling { "Buyer" } else { "Seller" }) } th { "State" } th.num { "Total" } th { "Placed" } } }
                    tbody { @for r in rows { tr {
                        td data-label="Order" { a href={ "/orders/" (r.id) } { "#" (r.id) } }
                        td data-label=(if selling { "Buyer" } else { "Seller" }) { (r.other_party) }
                        td data-label="State" { (status_badge(&r.state)) }
                        td.num.money data-label="Total" { (r.total) } td data-label="Placed" { (r.created) }
                    } } }
                } }
                @if let Some(c) = next {
                    p.pager { a rel="next" href={ "/orders?side=" (side) "&state=" (state) "&cursor=" (c) } { "Older orders" } }
                }
            }
        },
    )
}

pub struct OrderLineRow {
    pub title: String,
    pub unit: String,
    pub unit_price: String,
    pub quantity: String,
    pub total: String,
}

pub struct EventRow {
    pub when: String,
    pub who: String,
    pub action: String,
    pub to: StatusView,
    pub note: String,
}

pub struct OrderView {
    pub id: i32,
    pub state: StatusView,
    pub buyer: (i32, String),
    pub seller: (i32, String),
    pub lines: Vec<OrderLineRow>,
    pub subtotal: String,
    pub fee: FeeSplitView,
    pub seller_proceeds: String,
    /// buyer | seller | committee
    pub viewer_side: String,
    /// (action, button label)
    pub actions: Vec<(String, String)>,
    pub events: Vec<EventRow>,
    pub delivery_address: String,
    pub note: String,
    pub created: String,
    /// How to pay, shown to the buyer while payment is due.
    pub payment: Option<PaymentView>,
    /// The dispute's statements page, while the order is disputed.
    pub dispute: Option<String>,
    /// Refunded so far ("15.00 EUR"), when anything was.
    pub refunded: Option<String>,
    /// What refunds took back from the fee: from the pool and from each co-op's share.
    pub claw_back: Option<String>,
    /// The part-refund form, for a viewer who may refund and while something is left.
    pub refund_form: Option<RefundFormView>,
}

/// The form to refund part of an order.
pub struct RefundFormView {
    /// What may still be refunded, in major units ("45.00").
    pub refundable: String,
    pub currency: String,
}

/// How the buyer pays an accepted order.
pub enum PaymentView {
    /// By bank transfer to the seller co-op, with the reference to write on it.
    Bank {
        amount: String,
        account_holder: String,
        iban: String,
        bic: String,
        reference: String,
    },
    /// The seller has not entered bank details yet.
    BankMissing { amount: String, reference: String },
    /// By card for the whole checkout, on the checkout's page (`pay_url`).
    Card {
        amount: String,
        checkout_id: i32,
        pay_url: String,
    },
}

fn payment_box(p: &PaymentView) -> Markup {
    html! { section.payment {
        h2 { "How to pay" }
        @match p {
            PaymentView::Bank { amount, account_holder, iban, bic, reference } => {
                p { "Transfer " strong.money { (amount) } " to the seller's bank account; the seller confirms receipt here." }
                dl.facts {
                    dt { "Account holder" } dd { (account_holder) }
                    dt { "IBAN" } dd.iban { (iban) }
                    dt { "BIC" } dd { (bic) }
                    dt { "Payment reference" } dd.reference { (reference) }
                }
            }
            PaymentView::BankMissing { amount, reference } => {
                p.flash.info { "Pay " (amount) " with the reference " strong.reference { (reference) } ". The seller has not entered bank details yet: ask them for their account." }
            }
            PaymentView::Card { amount, checkout_id, pay_url } => {
                p { "Pay " strong.money { (amount) } " by card for checkout #" (checkout_id) ": "
                    a href=(pay_url) { "Pay by card" } "." }
            }
        }
    } }
}

fn lines_table(v: &OrderView) -> Markup {
    html! {
        div.table-wrap { table.data {
            thead { tr { th { "Item" } th.num { "Unit price" } th.num { "Quantity" } th.num { "Total" } th { "Added by" } } }
            tbody { @for line in &v.lines { tr {
                td data-label="Item" { (line.title) } td.num.money data-label="Unit price" { (line.unit_price) " / " (line.unit) }
                td.num data-label="Quantity" { (line.quantity) " " (line.unit) } td.num.money data-label="Total" { (line.total) }
            } } }
            tfoot {
                tr { th colspan="3" { "Subtotal" } td.num.money { (v.subtotal) } }
                @if v.viewer_side != "buyer" {
                    tr { th colspan="3" { "Marketplace fee (" (v.fee.rate) ")" } td.num.money { "−" (v.fee.fee) } }
                    tr { th colspan="3" { "Seller's proceeds" } td.num.money { (v.seller_proceeds) } }
                }
            }
        } }
    }
}

fn refund_form(id: i32, f: &RefundFormView, csrf_token: &str) -> Markup {
    html! {
        h2 { "Refund part of this order" }
        form method="post" action={ "/orders/" (id) "/refunds" } {
            (csrf(csrf_token))
            label { "Amount (" (f.currency) ", at most " (f.refundable) ")"
                input type="text" name="amount" inputmode="decimal" required placeholder=(f.refundable); }
            label { "Reason" input type="text" name="reason" maxlength="500"; }
            button.danger type="submit" { "Refund" }
        }
    }
}

pub fn order_page(l: &Layout, v: &OrderView) -> Markup {
    page(
        l,
        &format!("Order #{}", v.id),
        html! {
            h1 { "Order #" (v.id) " " (status_badge(&v.state)) }
            p { "From " a href={ "/coops/" (v.seller.0) } { (v.seller.1) } " to " a href={ "/coops/" (v.buyer.0) } { (v.buyer.1) } " · placed " (v.created) }
            (lines_table(v))
            (fee_sentence(&v.fee, &v.viewer_side))
            @if let Some(d) = &v.dispute { p { a href=(d) { "The dispute: statements of both sides" } } }
            @if let Some(p) = &v.payment { (payment_box(p)) }
            dl.facts { dt { "Deliver to" } dd { (v.delivery_address) } dt { "Note" } dd { (v.note) } }
            @if let Some(r) = &v.refunded { p { "Refunded so far: " strong { (r) } } }
            @if let Some(c) = &v.claw_back { p.claw-back { (c) } }
            @if let Some(f) = &v.refund_form { (refund_form(v.id, f, &l.csrf)) }
            @if !v.actions.is_empty() {
                h2 { "What you can do" }
                div.actions {
                    @for (action, label) in &v.actions {
                        form.inline method="post" action={ "/orders/" (v.id) "/actions/" (action) } {
                            (csrf(&l.csrf))
                            button class=(if ["reject", "cancel", "dispute", "refund", "resolve_refund"].contains(&action.as_str()) { "danger" } else { "primary" }) type="submit" { (label) }
                        }
                    }
                }
            }
            p { a href={ "/orders/" (v.id) "/invoice" } { "Printable confirmation" } }
            h2 { "History" }
            div.table-wrap { table.data {
                thead { tr { th { "When" } th { "Who" } th { "What" } th { "Now" } } }
                tbody { @for e in &v.events { tr { td data-label="When" { (e.when) } td data-label="Who" { (e.who) } td data-label="What" { (e.action) @if !e.note.is_empty() { ": " (e.note) } } td data-label="Now" { (e.to.label) } } } }
            } }
        },
    )
}

pub fn invoice(l: &Layout, v: &OrderView) -> Markup {
    page(
        l,
        &format!("Order confirmation #{}", v.id),
        html! {
            article.invoice {
                h1 { "Order confirmation #" (v.id) }
                div.split {
                    div { h3 { "Seller" } p { (v.seller.1) } }
                    div { h3 { "Buyer" } p { (v.buyer.1) } p { (v.delivery_address) } }
                }
                p { "Placed " (v.created) " · state: " (v.state.label) }
                (lines_table(v))
                (fee_sentence(&v.fee, &v.viewer_side))
                button.no-print type="button" data-print="" { "Print" }
                script src="/static/print.js" defer {}
            }
        },
    )
}
