//! Mails about an order, in plain text and HTML from one view: what happened, a link to the
//! order, its lines and totals, where the fee went, and how to pay when payment is due.
use maud::{html, Markup, DOCTYPE};

use crate::orders::{FeeSplitView, OrderLineRow};

/// How to pay an order by bank transfer (the IBAN is missing while the seller has none).
pub struct BankTransferView {
    pub amount: String,
    pub account_holder: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub reference: String,
}

/// One order mail: all text is plain (escaped in the HTML part), `link` is absolute.
pub struct OrderMailView {
    pub headline: String,
    pub link: String,
    pub buyer: String,
    pub seller: String,
    pub lines: Vec<OrderLineRow>,
    pub subtotal: String,
    /// Where the fee went (settled) or will go.
    pub fee: FeeSplitView,
    pub fee_settled: bool,
    pub payment: Option<BankTransferView>,
    /// The delivery address, for the seller of a new order.
    pub deliver_to: Option<String>,
    pub note: Option<String>,
}

fn fee_line(v: &OrderMailView) -> String {
    let f = &v.fee;
    format!(
        "Of the {} fee ({}){}: {} to the common pool, {} to {}, {} to {}.",
        f.fee,
        f.rate,
        if v.fee_settled { " now charged" } else { "" },
        f.pool,
        f.seller_share,
        v.seller,
        f.buyer_share,
        v.buyer
    )
}

fn payment_lines(p: &BankTransferView) -> Vec<String> {
    let mut out = vec![format!("Amount: {}", p.amount)];
    match &p.iban {
        Some(iban) => {
            out.push(format!(
                "Account holder: {}",
                p.account_holder.as_deref().unwrap_or("")
            ));
            out.push(format!("IBAN: {iban}"));
            if let Some(bic) = &p.bic {
                out.push(format!("BIC: {bic}"));
            }
        }
        None => out.push(
            "The seller has not entered its bank details yet: the order page will show them."
                .into(),
        ),
    }
    out.push(format!("Reference: {}", p.reference));
    out
}

/// The plain-text part.
pub fn order_mail_text(v: &OrderMailView) -> String {
    let mut t = format!(
        "{}\n\nOrder from {} to {}:\n",
        v.headline, v.buyer, v.seller
    );
    for l in &v.lines {
        t.push_str(&format!(
            "- {} x {} {} at {}: {}\n",
            l.quantity, l.unit, l.title, l.unit_price, l.total
        ));
    }
    t.push_str(&format!("Subtotal: {}\n{}\n", v.subtotal, fee_line(v)));
    if let Some(p) = &v.payment {
        t.push_str("\nPlease pay by bank transfer:\n");
        for line in payment_lines(p) {
            t.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(address) = &v.deliver_to {
        t.push_str(&format!("\nDeliver to:\n{address}\n"));
    }
    if let Some(note) = &v.note {
        t.push_str(&format!("\nNote: {note}\n"));
    }
    t.push_str(&format!("\nSee the order: {}\n", v.link));
    t
}

/// The HTML part.
pub fn order_mail_html(v: &OrderMailView) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (v.headline) } }
            body {
                p { (v.headline) }
                p { "Order from " (v.buyer) " to " (v.seller) ":" }
                table {
                    thead { tr { th { "Item" } th { "Quantity" } th { "Unit price" } th { "Total" } } }
                    tbody {
                        @for l in &v.lines {
                            tr { td { (l.title) } td { (l.quantity) " " (l.unit) } td { (l.unit_price) } td { (l.total) } }
                        }
                    }
                    tfoot { tr { th colspan="3" { "Subtotal" } td { (v.subtotal) } } }
                }
                p { (fee_line(v)) }
                @if let Some(p) = &v.payment {
                    p { "Please pay by bank transfer:" }
                    ul { @for line in payment_lines(p) { li { (line) } } }
                }
                @if let Some(address) = &v.deliver_to {
                    p { "Deliver to:" br; (address) }
                }
                @if let Some(note) = &v.note {
                    p { "Note: " (note) }
                }
                p { a href=(v.link) { "See the order" } }
            }
        }
    }
}

/// A mail that is a sentence and a link, in HTML.
pub fn simple_mail_html(headline: &str, body: &str, link: &str) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head { meta charset="utf-8"; title { (headline) } }
            body {
                p { (headline) }
                @for para in body.split("\n\n") { p { (para) } }
                p { a href=(link) { "Open it on cooptrade" } }
            }
        }
    }
}
