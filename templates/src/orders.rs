//! Order lists, the order page (actions, refunds, payment) and its printable confirmation.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::{csrf, FormData};
use crate::layout::{page, Layout};
use crate::order_status::{order_action, order_state, state_badge};

/// Where an order's fee goes, formatted ("EUR 2.47").
#[derive(Clone, Debug)]
pub struct FeeSplitView {
    pub rate: String,
    pub fee: String,
    pub pool: String,
    pub seller_share: String,
    pub buyer_share: String,
}

/// Which side of an order the viewer reads it from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Buyer,
    Seller,
    /// The committee, reading neither side's page as its own.
    Committee,
}

/// "Of the EUR 4.94 fee (4%): EUR 2.47 to the common pool, EUR 1.24 to the seller co-op, EUR 1.23
/// to your co-op."
pub fn fee_sentence(tr: &Tr, f: &FeeSplitView, viewer_side: Side) -> Markup {
    let (seller, buyer) = match viewer_side {
        Side::Seller => ("orders-your-coop", "orders-the-buyer-coop"),
        Side::Buyer => ("orders-the-seller-coop", "orders-your-coop"),
        Side::Committee => ("orders-the-seller-coop", "orders-the-buyer-coop"),
    };
    let args = [
        ("fee", f.fee.as_str().into()),
        ("rate", f.rate.as_str().into()),
        ("pool", f.pool.as_str().into()),
        ("seller_share", f.seller_share.as_str().into()),
        ("buyer_share", f.buyer_share.as_str().into()),
        ("seller", tr.t(seller).into()),
        ("buyer", tr.t(buyer).into()),
    ];
    html! { p.fee-split { (tr.t_args("orders-fee-split", &args)) } }
}

pub struct OrderRow {
    pub id: i32,
    pub other_party: String,
    /// The state's stable code.
    pub state: String,
    pub total: String,
    pub created: String,
}

fn state_filter(tr: &Tr, side: &str, state: &str, states: &[&str]) -> Markup {
    html! {
        form.inline method="get" action="/orders" {
            input type="hidden" name="side" value=(side);
            select name="state" aria-label=(tr.t("orders-state")) {
                option value="" { (tr.t("orders-any-state")) }
                @for s in states { option value=(s) selected[*s == state] { (order_state(tr, s)) } }
            }
            " " button type="submit" { (tr.t("orders-filter")) }
        }
    }
}

/// One page of the viewer's orders, newest first; `next` is the cursor of the older ones.
/// `states` are the filter's choices, `state` the chosen one's key (empty: any).
pub fn order_list(
    l: &Layout,
    selling: bool,
    state: &str,
    states: &[&str],
    rows: &[OrderRow],
    next: Option<&str>,
) -> Markup {
    let tr = &l.tr;
    let side = if selling { "selling" } else { "buying" };
    let (order, other, st, total, placed) = (
        tr.t("orders-order"),
        tr.t(if selling {
            "orders-buyer"
        } else {
            "orders-seller"
        }),
        tr.t("orders-state"),
        tr.t("orders-total"),
        tr.t("orders-placed"),
    );
    page(
        l,
        &tr.t("orders-title"),
        html! {
            h1 { (tr.t("orders-title")) }
            p.actions {
                a href="/orders?side=buying" aria-current=[(!selling).then_some("page")] { (tr.t("orders-buying")) } " · "
                a href="/orders?side=selling" aria-current=[selling.then_some("page")] { (tr.t("orders-selling")) }
            }
            (state_filter(tr, side, state, states))
            @if rows.is_empty() { p.muted { (tr.t("orders-none")) } }
            @else {
                div.table-wrap { table.data {
                    thead { tr { th { (order) } th { (other) } th { (st) } th.num { (total) } th { (placed) } } }
                    tbody { @for r in rows { tr {
                        td data-label=(order) { a href={ "/orders/" (r.id) } { "#" (r.id) } }
                        td data-label=(other) { (r.other_party) }
                        td data-label=(st) { (state_badge(tr, &r.state)) }
                        td.num.money data-label=(total) { (r.total) } td data-label=(placed) { (r.created) }
                    } } }
                } }
                @if let Some(c) = next {
                    p.pager { a rel="next" href={ "/orders?side=" (side) "&state=" (state) "&cursor=" (c) } { (tr.t("orders-older")) } }
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
    /// The event's stable code (an action, `place` or `partial_refund`).
    pub action: String,
    /// The state's stable code after the event.
    pub to: String,
    pub note: String,
}

pub struct OrderView {
    pub id: i32,
    /// The state's stable code.
    pub state: String,
    pub buyer: (i32, String),
    pub seller: (i32, String),
    pub lines: Vec<OrderLineRow>,
    pub subtotal: String,
    pub fee: FeeSplitView,
    pub seller_proceeds: String,
    pub viewer_side: Side,
    /// The actions' stable codes, as the domain allows them to the viewer now.
    pub actions: Vec<ActionForm>,
    pub events: Vec<EventRow>,
    pub delivery_address: String,
    pub note: String,
    pub created: String,
    /// How to pay, shown to the buyer while payment is due.
    pub payment: Option<PaymentView>,
    /// The dispute's statements page, while the order is disputed.
    pub dispute: Option<String>,
    /// Refunded so far ("EUR 15.00"), when anything was.
    pub refunded: Option<String>,
    /// What refunds took back from the fee: from the pool and from each co-op's share.
    pub claw_back: Option<String>,
    /// The part-refund form, for a viewer who may refund and while something is left.
    pub refund_form: Option<RefundFormView>,
    /// What was typed into this page's forms and what is wrong with it: `amount`, `reason`
    /// (the refund), `action` (the action refused), `note` (its reason), `action_note_for`.
    pub form: FormData,
}

/// One action's button; `reason` when the form asks why (rejecting, cancelling).
pub struct ActionForm {
    pub code: String,
    pub reason: bool,
    /// The action undoes the trade or takes money back: a warning button.
    pub danger: bool,
}

/// The form to refund part of an order.
pub struct RefundFormView {
    /// What may still be refunded, in the viewer's marks ("45,00").
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

fn payment_box(tr: &Tr, p: &PaymentView) -> Markup {
    html! { section.payment {
        h2 { (tr.t("orders-how-to-pay")) }
        @match p {
            PaymentView::Bank { amount, account_holder, iban, bic, reference } => {
                p { (tr.t_args("orders-pay-by-bank", &[("amount", amount.as_str().into())])) }
                dl.facts {
                    dt { (tr.t("orders-account-holder")) } dd { (account_holder) }
                    dt { "IBAN" } dd.iban { (iban) }
                    dt { "BIC" } dd { (bic) }
                    dt { (tr.t("orders-payment-reference")) } dd.reference { (reference) }
                }
            }
            PaymentView::BankMissing { amount, reference } => {
                @let (before, after) = tr.t_around("orders-pay-bank-missing", "reference", &[("amount", amount.as_str().into())]);
                p.flash.info { (before) strong.reference { (reference) } (after) }
            }
            PaymentView::Card { amount, checkout_id, pay_url } => {
                @let (before, after) = tr.t_around("orders-pay-by-card", "link", &[("amount", amount.as_str().into()), ("checkout", (*checkout_id).into())]);
                p { (before) a href=(pay_url) { (tr.t("orders-pay-by-card-link")) } (after) }
            }
        }
    } }
}

fn lines_table(tr: &Tr, v: &OrderView) -> Markup {
    let (item, unit_price, qty, total) = (
        tr.t("cart-item"),
        tr.t("cart-unit-price"),
        tr.t("cart-quantity"),
        tr.t("cart-total"),
    );
    html! {
        div.table-wrap { table.data {
            thead { tr { th { (item) } th.num { (unit_price) } th.num { (qty) } th.num { (total) } } }
            tbody { @for line in &v.lines { tr {
                td data-label=(item) { (line.title) }
                td.num.money data-label=(unit_price) { (tr.t_args("cart-per-unit", &[("price", line.unit_price.as_str().into()), ("unit", line.unit.as_str().into())])) }
                td.num data-label=(qty) { (line.quantity) } td.num.money data-label=(total) { (line.total) }
            } } }
            tfoot {
                tr { th colspan="3" { (tr.t("cart-subtotal")) } td.num.money { (v.subtotal) } }
                @if v.viewer_side != Side::Buyer {
                    tr { th colspan="3" { (tr.t_args("orders-marketplace-fee", &[("rate", v.fee.rate.as_str().into())])) } td.num.money { "−" (v.fee.fee) } }
                    tr { th colspan="3" { (tr.t("orders-seller-proceeds")) } td.num.money { (v.seller_proceeds) } }
                }
            }
        } }
    }
}

/// An error beside a field, tied to it for screen readers.
fn error_slot(id: &str, error: Option<&str>) -> Markup {
    html! { @if let Some(e) = error { span.field-error id=(id) role="alert" { (e) } } }
}

fn refund_form(tr: &Tr, v: &OrderView, f: &RefundFormView, csrf_token: &str) -> Markup {
    let form = &v.form;
    let label = tr.t_args(
        "orders-refund-amount",
        &[
            ("currency", f.currency.as_str().into()),
            ("left", f.refundable.as_str().into()),
        ],
    );
    let (amount_error, reason_error) = (form.error("amount"), form.error("reason"));
    html! {
        h2 { (tr.t("orders-refund-part")) }
        form #refund method="post" action={ "/orders/" (v.id) "/refunds" } {
            (csrf(csrf_token))
            div class={ "field" @if amount_error.is_some() { " has-error" } } {
                label for="f-amount" { (label) }
                input #f-amount type="text" name="amount" inputmode="decimal" required placeholder=(f.refundable)
                    value=(form.value("amount")) aria-invalid=[amount_error.map(|_| "true")]
                    aria-describedby=[amount_error.map(|_| "e-amount")];
                (error_slot("e-amount", amount_error))
            }
            div class={ "field" @if reason_error.is_some() { " has-error" } } {
                label for="f-reason" { (tr.t("orders-reason")) }
                input #f-reason type="text" name="reason" maxlength="500" value=(form.value("reason"));
                (error_slot("e-reason", reason_error))
            }
            button.danger type="submit" { (tr.t("orders-refund")) }
        }
    }
}

fn action_forms(tr: &Tr, v: &OrderView, csrf_token: &str) -> Markup {
    let form = &v.form;
    let refused = form.value("action");
    html! {
        h2 { (tr.t("orders-what-you-can-do")) }
        @if let (Some(e), false) = (form.error("action"), v.actions.iter().any(|a| a.code == refused)) {
            p.flash.error #e-action role="alert" { (e) }
        }
        div.actions {
            @for a in &v.actions {
                @let this = a.code == refused;
                @let note_error = if this { form.error("note") } else { None };
                form.inline method="post" action={ "/orders/" (v.id) "/actions/" (a.code) } {
                    (csrf(csrf_token))
                    @if a.reason {
                        @let id = format!("f-note-{}", a.code);
                        span class={ "field" @if note_error.is_some() { " has-error" } } {
                            label for=(id) { (tr.t("orders-reason")) " " }
                            input id=(id) type="text" name="note" maxlength="500" required
                                value=(if this { form.value("note") } else { "" })
                                aria-invalid=[note_error.map(|_| "true")];
                            (error_slot(&format!("e-note-{}", a.code), note_error))
                        }
                    }
                    button class=(if a.danger { "danger" } else { "primary" }) type="submit" { (order_action(tr, &a.code)) }
                    @if this { @if let Some(e) = form.error("action") { (error_slot("e-action", Some(e))) } }
                }
            }
        }
    }
}

fn history(tr: &Tr, v: &OrderView) -> Markup {
    let (when, who, what, now) = (
        tr.t("orders-when"),
        tr.t("orders-who"),
        tr.t("orders-what"),
        tr.t("orders-now"),
    );
    html! {
        h2 { (tr.t("orders-history")) }
        div.table-wrap { table.data {
            thead { tr { th { (when) } th { (who) } th { (what) } th { (now) } } }
            tbody { @for e in &v.events { tr {
                td data-label=(when) { (e.when) } td data-label=(who) { (e.who) }
                td data-label=(what) { (tr.t_args("orders-event", &[("code", e.action.as_str().into())])) @if !e.note.is_empty() { ": " (e.note) } }
                td data-label=(now) { (order_state(tr, &e.to)) }
            } } }
        } }
    }
}

fn parties(tr: &Tr, v: &OrderView) -> Markup {
    let args = [
        ("when", v.created.as_str().into()),
        ("buyer", "\u{e001}".into()),
    ];
    let (before, middle) = tr.t_around("orders-from-to", "seller", &args);
    let (middle, after) = middle
        .split_once('\u{e001}')
        .map_or((middle.clone(), String::new()), |(m, a)| {
            (m.to_owned(), a.to_owned())
        });
    html! { p { (before) a href={ "/coops/" (v.seller.0) } { (v.seller.1) } (middle) a href={ "/coops/" (v.buyer.0) } { (v.buyer.1) } (after) } }
}

pub fn order_page(l: &Layout, v: &OrderView) -> Markup {
    let tr = &l.tr;
    let title = tr.t_args("orders-order-title", &[("id", v.id.into())]);
    page(
        l,
        &title,
        html! {
            h1 { (title) " " (state_badge(tr, &v.state)) }
            (parties(tr, v))
            (lines_table(tr, v))
            (fee_sentence(tr, &v.fee, v.viewer_side))
            @if let Some(d) = &v.dispute { p { a href=(d) { (tr.t("orders-dispute-link")) } } }
            @if let Some(p) = &v.payment { (payment_box(tr, p)) }
            dl.facts { dt { (tr.t("orders-deliver-to")) } dd { (v.delivery_address) } dt { (tr.t("orders-note")) } dd { (v.note) } }
            @if let Some(r) = &v.refunded { p { (tr.t("orders-refunded-so-far")) " " strong { (r) } } }
            @if let Some(c) = &v.claw_back { p.claw-back { (c) } }
            @if let Some(f) = &v.refund_form { (refund_form(tr, v, f, &l.csrf)) }
            @if !v.actions.is_empty() || v.form.error("action").is_some() { (action_forms(tr, v, &l.csrf)) }
            p { a href={ "/orders/" (v.id) "/invoice" } { (tr.t("orders-printable")) } }
            (history(tr, v))
        },
    )
}

pub fn invoice(l: &Layout, v: &OrderView) -> Markup {
    let tr = &l.tr;
    let title = tr.t_args("orders-confirmation-title", &[("id", v.id.into())]);
    page(
        l,
        &title,
        html! {
            article.invoice {
                h1 { (title) }
                div.split {
                    div { h3 { (tr.t("orders-seller")) } p { (v.seller.1) } }
                    div { h3 { (tr.t("orders-buyer")) } p { (v.buyer.1) } p { (v.delivery_address) } }
                }
                p { (tr.t_args("orders-placed-state", &[("when", v.created.as_str().into()), ("state", order_state(tr, &v.state).into())])) }
                (lines_table(tr, v))
                (fee_sentence(tr, &v.fee, v.viewer_side))
                button.no-print type="button" data-print="" { (tr.t("orders-print")) }
                script src="/static/print.js" defer {}
            }
        },
    )
}
