//! Mails in the recipient's language, in plain text and HTML from one view: what happened to an
//! order, a link to it, its lines and totals, where the fee went, how to pay when payment is due,
//! and what a part refund gave back. Money is written by `Tr` in the reader's language.
use i18n::{FluentValue, Tr};
use maud::{html, Markup, DOCTYPE};

use crate::catalog::unit_amount;

/// One mail as one reader gets it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailText {
    pub subject: String,
    pub text: String,
    /// The HTML alternative (the mail is then `multipart/alternative`).
    pub html: Option<String>,
}

/// What happened to an order: its code chooses the words (`mail-order-subject`, `-headline`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrderEvent {
    Placed,
    Accepted,
    Rejected,
    CancelledBySeller,
    CancelledByBuyer,
    Paid,
    Shipped,
    Delivered,
    Settled,
    Refunded,
    PartRefunded,
    Disputed,
    ResolvedRefund,
    ResolvedSettle,
}

impl OrderEvent {
    /// The selector's key in `mail.ftl`.
    pub fn code(self) -> &'static str {
        match self {
            OrderEvent::Placed => "placed",
            OrderEvent::Accepted => "accepted",
            OrderEvent::Rejected => "rejected",
            OrderEvent::CancelledBySeller => "cancelled-by-seller",
            OrderEvent::CancelledByBuyer => "cancelled-by-buyer",
            OrderEvent::Paid => "paid",
            OrderEvent::Shipped => "shipped",
            OrderEvent::Delivered => "delivered",
            OrderEvent::Settled => "settled",
            OrderEvent::Refunded => "refunded",
            OrderEvent::PartRefunded => "part-refunded",
            OrderEvent::Disputed => "disputed",
            OrderEvent::ResolvedRefund => "resolved-refund",
            OrderEvent::ResolvedSettle => "resolved-settle",
        }
    }

    pub const ALL: [OrderEvent; 14] = [
        OrderEvent::Placed,
        OrderEvent::Accepted,
        OrderEvent::Rejected,
        OrderEvent::CancelledBySeller,
        OrderEvent::CancelledByBuyer,
        OrderEvent::Paid,
        OrderEvent::Shipped,
        OrderEvent::Delivered,
        OrderEvent::Settled,
        OrderEvent::Refunded,
        OrderEvent::PartRefunded,
        OrderEvent::Disputed,
        OrderEvent::ResolvedRefund,
        OrderEvent::ResolvedSettle,
    ];
}

/// An order's currency: its ISO code and minor digits.
#[derive(Clone, Debug)]
pub struct MailCurrency {
    pub code: String,
    pub exponent: u32,
}

/// One line of the order, amounts in minor units, quantity in thousandths.
pub struct MailLine {
    pub title: String,
    pub unit: String,
    pub quantity_milli: i64,
    pub unit_price: i64,
    pub total: i64,
}

/// A fee (or the part of it a refund gives back) and its split, in minor units.
pub struct MailFee {
    pub fee: i64,
    pub pool: i64,
    pub seller_share: i64,
    pub buyer_share: i64,
}

/// How to pay by bank transfer (the IBAN is missing while the seller has none).
pub struct BankTransferView {
    pub account_holder: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub reference: String,
}

/// How the buyer of an accepted order pays: as the payment gateway in force says.
pub enum PaymentView {
    /// The manual gateway: a transfer to the seller's bank account.
    Bank(BankTransferView),
    /// Stripe: by card, from the order's page (absolute link).
    Card { link: String },
}

/// A part refund: what it gave back, what is left to refund, where its fee part comes from.
pub struct PartRefundView {
    pub amount: i64,
    pub left: i64,
    pub claw_back: MailFee,
    /// The fee was charged (settled) before: the claw-back takes back what was credited.
    pub after_settlement: bool,
}

/// One order mail: all text is plain (escaped in the HTML part), `link` is absolute.
pub struct OrderMailView {
    pub event: OrderEvent,
    pub order_id: i32,
    pub link: String,
    pub buyer: String,
    /// `None` when the reader is the seller (a new order): "your co-op".
    pub seller: Option<String>,
    pub currency: MailCurrency,
    pub lines: Vec<MailLine>,
    pub subtotal: i64,
    /// The fee's rate in basis points, and where the fee goes (or went).
    pub fee_rate_bp: i32,
    pub fee: MailFee,
    pub fee_settled: bool,
    pub payment: Option<PaymentView>,
    pub refund: Option<PartRefundView>,
    /// The delivery address, for the seller of a new order.
    pub deliver_to: Option<String>,
    pub note: Option<String>,
}

/// `v` with `tr`'s words and formats: the variables every order message may use.
/// `minor` units of the order's currency, as `tr`'s language writes them.
fn money(tr: &Tr, v: &OrderMailView, minor: i64) -> String {
    tr.money(minor, &v.currency.code, v.currency.exponent)
}

struct Say<'a> {
    tr: &'a Tr,
    v: &'a OrderMailView,
    /// What every message may name, written once per mail: the seller's proceeds and the
    /// amount refunded, and the seller's name.
    proceeds: String,
    refunded: String,
    seller: String,
}

impl<'a> Say<'a> {
    fn new(tr: &'a Tr, v: &'a OrderMailView) -> Say<'a> {
        Say {
            tr,
            v,
            proceeds: money(tr, v, v.subtotal - v.fee.fee),
            refunded: money(tr, v, v.refund.as_ref().map_or(0, |r| r.amount)),
            seller: v.seller.clone().unwrap_or_else(|| tr.t("mail-your-coop")),
        }
    }

    fn money(&self, minor: i64) -> String {
        money(self.tr, self.v, minor)
    }

    fn t(&self, key: &str, extra: &[(&str, FluentValue<'_>)]) -> String {
        let v = self.v;
        let mut args: Vec<(&str, FluentValue<'_>)> = vec![
            ("event", v.event.code().into()),
            ("order", v.order_id.to_string().into()),
            ("buyer", v.buyer.as_str().into()),
            ("seller", self.seller.as_str().into()),
            ("proceeds", self.proceeds.as_str().into()),
            ("refunded", self.refunded.as_str().into()),
        ];
        args.extend(extra.iter().cloned());
        self.tr.t_args(key, &args)
    }

    fn fee_line(&self, key: &str, f: &MailFee, settled: bool) -> String {
        let rate = self.tr.decimal(self.v.fee_rate_bp.into(), 2);
        self.t(
            key,
            &[
                ("settled", if settled { "yes" } else { "no" }.into()),
                ("rate", rate.into()),
                ("fee", self.money(f.fee).into()),
                ("pool", self.money(f.pool).into()),
                ("seller_share", self.money(f.seller_share).into()),
                ("buyer_share", self.money(f.buyer_share).into()),
            ],
        )
    }

    fn line(&self, l: &MailLine) -> String {
        self.t(
            "mail-order-line",
            &[
                (
                    "quantity",
                    unit_amount(self.tr, l.quantity_milli, &l.unit).into(),
                ),
                ("title", l.title.clone().into()),
                ("price", self.money(l.unit_price).into()),
                ("total", self.money(l.total).into()),
            ],
        )
    }

    /// What a part refund did, in sentences.
    fn refund_lines(&self, r: &PartRefundView) -> Vec<String> {
        let amounts = self.t(
            "mail-refund-amounts",
            &[("left", self.money(r.left).into())],
        );
        let key = "mail-refund-claw-back";
        vec![
            amounts,
            self.fee_line(key, &r.claw_back, r.after_settlement),
        ]
    }

    /// The payment section: its lead sentence, then its lines.
    fn payment(&self, p: &PaymentView) -> (String, Vec<String>) {
        let amount = ("amount", self.money(self.v.subtotal).into());
        let b = match p {
            PaymentView::Card { link } => {
                let lead = self.t("mail-pay-by-card", &[amount]);
                return (lead, vec![link.clone()]);
            }
            PaymentView::Bank(b) => b,
        };
        let mut out = vec![self.t("mail-pay-amount", &[amount])];
        let one = |key: &str, name: &'static str, value: &str| {
            self.t(key, &[(name, value.to_owned().into())])
        };
        match &b.iban {
            Some(iban) => {
                let holder = b.account_holder.as_deref().unwrap_or("");
                out.push(one("mail-pay-holder", "holder", holder));
                out.push(one("mail-pay-iban", "iban", iban));
                if let Some(bic) = &b.bic {
                    out.push(one("mail-pay-bic", "bic", bic));
                }
            }
            None => out.push(self.t("mail-pay-no-details", &[])),
        }
        out.push(one("mail-pay-reference", "reference", &b.reference));
        (self.t("mail-pay-by-bank", &[]), out)
    }

    fn fee(&self) -> String {
        self.fee_line("mail-fee", &self.v.fee, self.v.fee_settled)
    }
}

/// The order mail in `tr`'s language.
pub fn order_mail(tr: &Tr, v: &OrderMailView) -> MailText {
    let say = Say::new(tr, v);
    MailText {
        subject: say.t("mail-order-subject", &[]),
        text: order_text(&say),
        html: Some(order_html(&say).into_string()),
    }
}

fn order_text(say: &Say<'_>) -> String {
    let v = say.v;
    let mut t = format!(
        "{}\n\n{}\n",
        say.t("mail-order-headline", &[]),
        say.t("mail-order-between", &[])
    );
    for l in &v.lines {
        t.push_str(&format!("- {}\n", say.line(l)));
    }
    let subtotal = say.t("mail-subtotal", &[("total", say.money(v.subtotal).into())]);
    t.push_str(&format!("{subtotal}\n{}\n", say.fee()));
    if let Some(r) = &v.refund {
        t.push('\n');
        for line in say.refund_lines(r) {
            t.push_str(&format!("{line}\n"));
        }
    }
    if let Some(p) = &v.payment {
        let (lead, lines) = say.payment(p);
        t.push_str(&format!("\n{lead}\n"));
        for line in lines {
            t.push_str(&format!("  {line}\n"));
        }
    }
    if let Some(address) = &v.deliver_to {
        t.push_str(&format!("\n{}\n{address}\n", say.t("mail-deliver-to", &[])));
    }
    if let Some(note) = &v.note {
        let note = say.t("mail-note", &[("note", note.clone().into())]);
        t.push_str(&format!("\n{note}\n"));
    }
    let see = say.t("mail-see-order", &[]);
    t.push_str(&format!("\n{see}: {}\n", v.link));
    t
}

fn order_html(say: &Say<'_>) -> Markup {
    let (v, tr) = (say.v, say.tr);
    let headline = say.t("mail-order-headline", &[]);
    html! {
        (DOCTYPE)
        html lang=(tr.lang.code()) {
            head { meta charset="utf-8"; title { (headline) } }
            body {
                p { (headline) }
                p { (say.t("mail-order-between", &[])) }
                table {
                    thead { tr {
                        th { (tr.t("mail-col-item")) } th { (tr.t("mail-col-quantity")) }
                        th { (tr.t("mail-col-unit-price")) } th { (tr.t("mail-col-total")) }
                    } }
                    tbody {
                        @for l in &v.lines {
                            tr {
                                td { (l.title) } td { (unit_amount(tr, l.quantity_milli, &l.unit)) }
                                td { (say.money(l.unit_price)) } td { (say.money(l.total)) }
                            }
                        }
                    }
                    tfoot { tr { th colspan="3" { (tr.t("mail-col-subtotal")) } td { (say.money(v.subtotal)) } } }
                }
                p { (say.fee()) }
                @if let Some(r) = &v.refund {
                    @for line in say.refund_lines(r) { p { (line) } }
                }
                @if let Some(p) = &v.payment {
                    @let (lead, lines) = say.payment(p);
                    p { (lead) }
                    @match p {
                        PaymentView::Card { link } => p { a href=(link) { (link) } },
                        PaymentView::Bank(_) => ul { @for line in lines { li { (line) } } },
                    }
                }
                @if let Some(address) = &v.deliver_to {
                    p { (say.t("mail-deliver-to", &[])) br; (address) }
                }
                @if let Some(note) = &v.note {
                    p { (say.t("mail-note", &[("note", note.clone().into())])) }
                }
                p { a href=(v.link) { (say.t("mail-see-order", &[])) } }
            }
        }
    }
}

/// A mail that is a subject, some paragraphs (split at blank lines) and a link, in text and
/// HTML; `link` is absolute.
pub fn simple_mail(tr: &Tr, subject: String, body: &str, link: &str) -> MailText {
    let html = html! {
        (DOCTYPE)
        html lang=(tr.lang.code()) {
            head { meta charset="utf-8"; title { (subject) } }
            body {
                p { (subject) }
                @for para in body.split("\n\n") { p { (para) } }
                p { a href=(link) { (tr.t("mail-open-link")) } }
            }
        }
    };
    MailText {
        text: format!("{body}\n\n{link}\n"),
        html: Some(html.into_string()),
        subject,
    }
}

/// A plain-text mail: a greeting, paragraphs and a closing line, as the account mails are.
pub fn text_mail(subject: String, paragraphs: &[String]) -> MailText {
    MailText {
        subject,
        text: format!("{}\n", paragraphs.join("\n\n")),
        html: None,
    }
}
