//! Disputes: the committee's queue of open disputes, and a disputed order's statements page.
use maud::{html, Markup};

use crate::components::{csrf, field, form_token, FormData};
use crate::layout::{page, Layout};
use crate::status::{badge, StatusView};

/// One statement, as the committee and both sides read it.
pub struct StatementRow {
    /// `buyer` or `seller` (a Fluent selector picks the words).
    pub side: &'static str,
    pub coop: String,
    /// When, in the viewer's language and zone.
    pub when: String,
    pub body: String,
}

/// A disputed order, as listed in the queue and shown on its page.
pub struct DisputeRow {
    pub order_id: i32,
    pub buyer: String,
    pub seller: String,
    /// The order's subtotal, in the viewer's language.
    pub amount: String,
    /// How long since the dispute was opened, in whole hours.
    pub age_hours: i64,
    /// The order's status.
    pub state: StatusView,
    pub statements: Vec<StatementRow>,
}

fn statements(l: &Layout, rows: &[StatementRow]) -> Markup {
    let tr = &l.tr;
    html! {
        @if rows.is_empty() {
            p.muted { (tr.t("dispute-no-statement")) }
        } @else {
            @for s in rows {
                @let args = [("side", s.side.into()), ("coop", s.coop.as_str().into()), ("when", s.when.as_str().into())];
                blockquote.statement {
                    p.muted { (tr.t_args("dispute-statement-by", &args)) }
                    @for line in s.body.lines() { (line) br; }
                }
            }
        }
    }
}

/// "Buyer bought from Seller: 12.50 EUR." with the amount marked as money.
fn bought(l: &Layout, d: &DisputeRow) -> (String, String) {
    let args = [
        ("buyer", d.buyer.as_str().into()),
        ("seller", d.seller.as_str().into()),
    ];
    l.tr.t_around("dispute-bought", "amount", &args)
}

/// How long a dispute has been open, in days once it is a day old.
fn age(l: &Layout, hours: i64) -> String {
    match hours {
        h if h < 24 => l.tr.t_args("dispute-age-hours", &[("hours", h.into())]),
        h => {
            l.tr.t_args("dispute-age-days", &[("days", (h / 24).into())])
        }
    }
}

pub fn queue(l: &Layout, rows: &[DisputeRow], next: Option<&str>) -> Markup {
    let tr = &l.tr;
    page(
        l,
        &tr.t("disputes-title"),
        html! {
            h1 { (tr.t("disputes-title")) }
            @if rows.is_empty() {
                p.muted { (tr.t("disputes-none")) }
            }
            @for d in rows {
                @let (before, after) = bought(l, d);
                section.card.dispute {
                    h2 { a href={ "/orders/" (d.order_id) "/dispute" } { (tr.t_args("dispute-order", &[("id", d.order_id.into())])) } }
                    p { (before) span.money { (d.amount) } (after) " " (tr.t_args("dispute-open-for", &[("age", age(l, d.age_hours).into())])) }
                    (statements(l, &d.statements))
                    p { a href={ "/orders/" (d.order_id) } { (tr.t("dispute-resolve-link")) } }
                }
            }
            @if let Some(c) = next {
                p { a href={ "/committee/disputes?cursor=" (c) } { (tr.t("disputes-older")) } }
            }
        },
    )
}

/// A disputed order's statements; `form` when the viewer is a side that may still write one.
pub fn dispute(l: &Layout, d: &DisputeRow, form: Option<&FormData>) -> Markup {
    let tr = &l.tr;
    let title = tr.t_args("dispute-title", &[("id", d.order_id.into())]);
    let (before, after) = bought(l, d);
    page(
        l,
        &title,
        html! {
            h1 { (title) }
            p { (before) span.money { (d.amount) } (after) " " (tr.t("dispute-order-is")) " " (badge(tr, &d.state)) }
            p { a href={ "/orders/" (d.order_id) } { (tr.t("dispute-the-order")) } }
            h2 { (tr.t("dispute-statements")) }
            (statements(l, &d.statements))
            @if let Some(f) = form {
                @let (label, hint) = (tr.t("dispute-field-statement"), tr.t("dispute-field-hint"));
                h2 { (tr.t("dispute-add-title")) }
                form.stack method="post" action={ "/orders/" (d.order_id) "/statements" } {
                    (csrf(&l.csrf))
                    (form_token(f))
                    (field(f.field("statement", &label).kind("textarea").hint(&hint)))
                    div.actions { button.primary type="submit" { (tr.t("dispute-add")) } }
                }
            }
        },
    )
}
