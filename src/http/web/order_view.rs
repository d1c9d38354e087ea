//! An order as its page and confirmation show it, in the viewer's language: money, quantities
//! and dates written their way, states and actions as stable codes the template words.
use entity::{coop, order, order_event, order_line};
use i18n::Tr;
use templates::components::FormData;
use templates::orders::{
    ActionForm, EventRow, OrderLineRow, OrderView, PaymentView, RefundFormView, Side,
};

use super::order_words::{amount, fee_split, money, of};
use crate::domain::bank::Iban;
use crate::domain::fee_split::FeeSplit;
use crate::domain::money::{Currency, Money};
use crate::domain::order_input::{is_drastic, needs_reason};
use crate::domain::order_state::{Action, Actor, OrderState};
use crate::http::views::viewer_actions;
use crate::payments::PaymentInstructions;

/// Everything the order page and invoice show.
pub struct OrderParts<'a> {
    pub tr: &'a Tr,
    pub order: &'a order::Model,
    pub buyer: &'a coop::Model,
    pub seller: &'a coop::Model,
    pub lines: &'a [order_line::Model],
    /// Each event with who took it: (name, role code), or no one for the system.
    pub events: &'a [(order_event::Model, Option<String>)],
    pub roles: &'a [Actor],
    /// The order's money as stored (`store::orders::money`).
    pub money: crate::domain::refund::Charged,
    /// How to pay, from the gateway (only shown to the buyer of an accepted order).
    pub payment: Option<&'a PaymentInstructions>,
    /// What was refunded so far and what may still be, in minor units.
    pub refunded_minor: i64,
    pub refundable_minor: i64,
}

fn payment_view(p: &PaymentInstructions, amount: String, buyer: i32) -> PaymentView {
    match p.clone() {
        PaymentInstructions::BankTransfer {
            account_holder,
            iban,
            bic,
            reference,
        } => PaymentView::Bank {
            amount,
            account_holder,
            iban: Iban::parse(&iban).map_or(iban, |i| i.to_string()),
            bic,
            reference,
        },
        PaymentInstructions::BankDetailsMissing { reference } => {
            PaymentView::BankMissing { amount, reference }
        }
        PaymentInstructions::Card { checkout_id } => PaymentView::Card {
            amount,
            checkout_id,
            pay_url: format!("/coops/{buyer}/checkouts/{checkout_id}"),
        },
    }
}

fn side(roles: &[Actor]) -> Side {
    match roles.first() {
        Some(Actor::Buyer) => Side::Buyer,
        Some(Actor::Seller) => Side::Seller,
        _ => Side::Committee,
    }
}

fn events(tr: &Tr, events: &[(order_event::Model, Option<String>)]) -> Vec<EventRow> {
    events
        .iter()
        .map(|(e, name)| EventRow {
            when: tr.date_time(e.created_at),
            who: match name {
                Some(n) => tr.t_args(
                    "orders-who-role",
                    &[
                        ("name", n.clone().into()),
                        ("role", e.actor_role.clone().into()),
                    ],
                ),
                None => tr.t_args("orders-role", &[("role", e.actor_role.clone().into())]),
            },
            action: e.action.clone(),
            to: e.to_state.as_str().to_string(),
            note: tr.say(&crate::error::Msg::from_stored(&e.note)),
        })
        .collect()
}

fn refund_form(tr: &Tr, actions: &[Action], left_minor: i64, cur: &str) -> Option<RefundFormView> {
    let may_refund = actions
        .iter()
        .any(|a| matches!(a, Action::Refund | Action::ResolveRefund));
    let currency = Currency::parse(cur).ok()?;
    (may_refund && left_minor > 0).then(|| RefundFormView {
        refundable: amount(tr, Money::from_minor(left_minor, currency)),
        currency: cur.to_owned(),
    })
}

pub fn order_view(p: OrderParts<'_>) -> OrderView {
    let (tr, o) = (p.tr, p.order);
    let cur = o.currency.as_str();
    let side = side(p.roles);
    let actions = viewer_actions(o.state, p.roles);
    OrderView {
        claw_back: None,
        refunded: (p.refunded_minor > 0).then(|| money(tr, p.refunded_minor, cur)),
        refund_form: refund_form(tr, &actions, p.refundable_minor, cur),
        id: o.id,
        state: o.state.as_str().to_string(),
        buyer: (p.buyer.id, p.buyer.name.clone()),
        seller: (p.seller.id, p.seller.name.clone()),
        lines: p
            .lines
            .iter()
            .map(|l| OrderLineRow {
                title: l.title.clone(),
                unit: templates::catalog::unit_name(tr, &l.unit),
                unit_price: money(tr, l.unit_price_minor, cur),
                quantity: templates::catalog::unit_amount(tr, l.quantity_milli, &l.unit),
                total: money(tr, l.line_total_minor, cur),
            })
            .collect(),
        subtotal: money(tr, o.subtotal_minor, cur),
        fee: fee_split(tr, o.fee_rate_bp, cur, o.fee_minor, &p.money.split),
        seller_proceeds: money(tr, o.subtotal_minor - o.fee_minor, cur),
        viewer_side: side,
        actions: actions
            .into_iter()
            .map(|a| ActionForm {
                code: a.as_str().to_owned(),
                reason: needs_reason(a),
                danger: is_drastic(a),
            })
            .collect(),
        events: events(tr, p.events),
        delivery_address: o.delivery_address.clone(),
        note: o.note.clone(),
        created: tr.date_time(o.created_at),
        dispute: (o.state == OrderState::Disputed).then(|| format!("/orders/{}/dispute", o.id)),
        payment: (o.state == OrderState::Accepted && side == Side::Buyer)
            .then_some(p.payment)
            .flatten()
            .map(|pay| payment_view(pay, money(tr, o.subtotal_minor, cur), o.buyer_coop_id)),
        form: FormData::default(),
    }
}

/// What refunds took back from an order's fee, in words; `None` when nothing was.
pub fn claw_back_sentence(tr: &Tr, c: &FeeSplit, seller: &str, buyer: &str) -> Option<String> {
    let none = c.pool.minor == 0 && c.seller_share.minor == 0 && c.buyer_share.minor == 0;
    (!none).then(|| {
        tr.t_args(
            "orders-claw-back",
            &[
                ("pool", of(tr, c.pool).into()),
                ("seller_share", of(tr, c.seller_share).into()),
                ("seller", seller.to_owned().into()),
                ("buyer_share", of(tr, c.buyer_share).into()),
                ("buyer", buyer.to_owned().into()),
            ],
        )
    })
}
