//! Disputes: the committee's queue of open disputes, and a disputed order's statements page.
use maud::{html, Markup};

use crate::components::{csrf, field, form_token, FormData};
use crate::layout::{page, Layout};
use crate::status::StatusView;

/// One statement, as the committee and both sides read it.
pub struct StatementRow {
    /// "buyer" or "seller".
    pub side: String,
    pub coop: String,
    pub when: String,
    pub body: String,
}

/// A disputed order, as listed in the queue and shown on its page.
pub struct DisputeRow {
    pub order_id: i32,
    pub buyer: String,
    pub seller: String,
    pub amount: String,
    /// How long since the dispute was opened ("3 days").
    pub age: String,
    pub state: StatusView,
    pub statements: Vec<StatementRow>,
}

fn statements(rows: &[StatementRow]) -> Markup {
    html! {
        @if rows.is_empty() {
            p.muted { "No statement yet." }
        } @else {
            @for s in rows {
                blockquote.statement {
                    p.muted { "The " (s.side) ", " (s.coop) ", on " (s.when) ":" }
                    @for line in s.body.lines() { (line) br; }
                }
            }
        }
    }
}

pub fn queue(l: &Layout, rows: &[DisputeRow], next: Option<&str>) -> Markup {
    page(
        l,
        "Open disputes",
        html! {
            h1 { "Open disputes" }
            @if rows.is_empty() {
                p.muted { "No order is in dispute." }
            }
            @for d in rows {
                section.card.dispute {
                    h2 { a href={ "/orders/" (d.order_id) "/dispute" } { "Order #" (d.order_id) } }
                    p { (d.buyer) " bought from " (d.seller) ": " span.money { (d.amount) } ". Open for " (d.age) "." }
                    (statements(&d.statements))
                    p { a href={ "/orders/" (d.order_id) } { "Open the order to resolve it" } }
                }
            }
            @if let Some(c) = next {
                p { a href={ "/committee/disputes?cursor=" (c) } { "Older disputes" } }
            }
        },
    )
}

/// A disputed order's statements; `form` when the viewer is a side that may still write one.
pub fn dispute(l: &Layout, d: &DisputeRow, form: Option<&FormData>) -> Markup {
    page(
        l,
        &format!("Dispute on order #{}", d.order_id),
        html! {
            h1 { "Dispute on order #" (d.order_id) }
            p { (d.buyer) " bought from " (d.seller) ": " span.money { (d.amount) } ". The order is " (d.state.label) "." }
            p { a href={ "/orders/" (d.order_id) } { "The order" } }
            h2 { "Statements" }
            (statements(&d.statements))
            @if let Some(f) = form {
                h2 { "Add your statement" }
                form.stack method="post" action={ "/orders/" (d.order_id) "/statements" } {
                    (csrf(&l.csrf))
                    (form_token(f))
                    (field(f.field("statement", "What happened, for the committee").kind("textarea").hint("Up to 4,000 characters. Both sides and the committee read it.")))
                    div.actions { button.primary type="submit" { "Add statement" } }
                }
            }
        },
    )
}
