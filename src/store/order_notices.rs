//! The message an order event sends: to whom (`domain::notification::order_audience`), with the
//! order's lines and totals, where its fee goes, how to pay when payment is due, and what a part
//! refund gave back. Each reader gets it in their language (`templates::mail::order_mail`).
use std::collections::{BTreeSet, HashMap};

use entity::{coop_payout_details as details, order, order_line};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use templates::mail::{
    order_mail, BankTransferView, MailCurrency, MailFee, MailLine, OrderEvent, OrderMailView,
    PartRefundView, PaymentView,
};

use super::notify::{Message, BASE_URL_MARK};
use crate::domain::bank::payment_reference;
use crate::domain::money::Currency;
use crate::domain::notification::{order_audience, Audience, Kind};
use crate::domain::order_state::{Action, Actor};
use crate::domain::refund::RefundParts;
use crate::error::AppError;

/// How buyers pay in this deployment: by card through Stripe, or by bank transfer (manual).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PayBy {
    #[default]
    BankTransfer,
    Card,
}

/// What a batch's order mail reads, once for the whole batch: the co-ops' names, and the bank
/// details of the sellers whose payment falls due.
#[derive(Default)]
pub struct MailFacts {
    names: HashMap<i32, String>,
    banks: HashMap<i32, details::Model>,
}

impl MailFacts {
    /// Reads what mailing each (order, kind) of `told` needs, in two queries at most.
    pub async fn load(
        db: &impl ConnectionTrait,
        told: &[(&order::Model, Kind)],
    ) -> Result<MailFacts, AppError> {
        if told.is_empty() {
            return Ok(MailFacts::default());
        }
        let coops = told
            .iter()
            .flat_map(|(o, _)| [o.buyer_coop_id, o.seller_coop_id]);
        let names = super::coops::names(db, coops).await?;
        let due: BTreeSet<i32> = told
            .iter()
            .filter(|(_, kind)| *kind == Kind::OrderAccepted)
            .map(|(o, _)| o.seller_coop_id)
            .collect();
        let banks = match due.is_empty() {
            true => HashMap::new(),
            false => details::Entity::find()
                .filter(details::Column::CoopId.is_in(due))
                .all(db)
                .await?
                .into_iter()
                .map(|d| (d.coop_id, d))
                .collect(),
        };
        Ok(MailFacts { names, banks })
    }

    fn name(&self, id: i32) -> String {
        self.names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("co-op {id}"))
    }
}

/// An order step people hear of: the mail's `kind`, the `action` taken by `actor`, their
/// `note` (a reason to reject or to dispute), and how buyers pay here.
#[derive(Clone, Debug)]
pub struct StepNotice {
    pub kind: Kind,
    pub action: Action,
    pub actor: Actor,
    pub note: String,
    /// An accepted order's mail says how to pay.
    pub pay_by: PayBy,
}

/// The message that `step` on order `o` (with its `lines`) sends, from what `facts` read for
/// the batch: the two co-ops' names, and the seller's bank details when payment falls due.
pub fn order_event(
    facts: &MailFacts,
    o: &order::Model,
    lines: &[order_line::Model],
    step: &StepNotice,
) -> Message {
    let StepNotice {
        kind,
        action,
        actor,
        pay_by,
        ..
    } = *step;
    let audiences = order_audience(action, actor, o.buyer_coop_id, o.seller_coop_id);
    let (buyer, seller) = (facts.name(o.buyer_coop_id), facts.name(o.seller_coop_id));
    let payment = match (kind, pay_by) {
        (Kind::OrderAccepted, PayBy::Card) => Some(PaymentView::Card {
            link: format!("{BASE_URL_MARK}/orders/{}", o.id),
        }),
        (Kind::OrderAccepted, PayBy::BankTransfer) => Some(PaymentView::Bank(bank_transfer(
            facts.banks.get(&o.seller_coop_id),
            o,
        ))),
        _ => None,
    };
    let view = OrderMailView {
        payment,
        note: Some(step.note.trim().to_owned()).filter(|n| !n.is_empty()),
        fee_settled: kind == Kind::OrderSettled,
        ..view(o, lines, event(kind, action, actor), buyer, Some(seller))
    };
    compose(kind, o.id, view, audiences)
}

/// The mail to the seller's members of an order just placed by `buyer`.
pub fn order_placed(o: &order::Model, lines: &[order_line::Model], buyer: &str) -> Message {
    let view = OrderMailView {
        deliver_to: Some(o.delivery_address.clone()),
        note: Some(o.note.trim().to_owned()).filter(|n| !n.is_empty()),
        ..view(o, lines, OrderEvent::Placed, buyer.to_owned(), None)
    };
    let audiences = vec![Audience::Members(o.seller_coop_id)];
    compose(Kind::OrderPlaced, o.id, view, audiences)
}

/// The mail to both sides' admins of a part refund of `o` (as it was before it): the amount,
/// what is left to refund, and where the fee's part came back from (`after_settlement`: from
/// what settlement credited; before: what settlement will charge less).
pub async fn part_refunded(
    db: &impl ConnectionTrait,
    o: &order::Model,
    parts: &RefundParts,
    left_minor: i64,
    after_settlement: bool,
    reason: &str,
) -> Result<Message, AppError> {
    let names = super::coops::names(db, [o.buyer_coop_id, o.seller_coop_id]).await?;
    let name = |id: i32| {
        names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("co-op {id}"))
    };
    let (buyer, seller) = (name(o.buyer_coop_id), name(o.seller_coop_id));
    let lines = order_line::Entity::find()
        .filter(order_line::Column::OrderId.eq(o.id))
        .all(db)
        .await?;
    let c = &parts.claw_back;
    let refund = PartRefundView {
        amount: parts.amount.minor,
        left: left_minor,
        claw_back: MailFee {
            fee: parts.fee.minor,
            pool: c.pool.minor,
            seller_share: c.seller_share.minor,
            buyer_share: c.buyer_share.minor,
        },
        after_settlement,
    };
    let view = OrderMailView {
        refund: Some(refund),
        note: Some(reason.trim().to_owned()).filter(|n| !n.is_empty()),
        ..view(o, &lines, OrderEvent::PartRefunded, buyer, Some(seller))
    };
    let audiences = vec![
        Audience::Admins(o.buyer_coop_id),
        Audience::Admins(o.seller_coop_id),
    ];
    Ok(compose(Kind::OrderRefunded, o.id, view, audiences))
}

fn compose(kind: Kind, order_id: i32, view: OrderMailView, audiences: Vec<Audience>) -> Message {
    // A dispute's people go straight to its statements.
    let path = match kind {
        Kind::DisputeOpened => format!("/orders/{order_id}/dispute"),
        _ => format!("/orders/{order_id}"),
    };
    let message = Message::new(kind, path, move |tr| order_mail(tr, &view));
    audiences.into_iter().fold(message, Message::to)
}

fn view(
    o: &order::Model,
    lines: &[order_line::Model],
    event: OrderEvent,
    buyer: String,
    seller: Option<String>,
) -> OrderMailView {
    let exponent = Currency::parse(&o.currency).map_or(2, |c| c.exponent());
    OrderMailView {
        event,
        order_id: o.id,
        link: format!("{BASE_URL_MARK}/orders/{}", o.id),
        buyer,
        seller,
        currency: MailCurrency {
            code: o.currency.clone(),
            exponent,
        },
        lines: lines
            .iter()
            .map(|l| MailLine {
                title: l.title.clone(),
                unit: l.unit.clone(),
                quantity_milli: l.quantity_milli,
                unit_price: l.unit_price_minor,
                total: l.line_total_minor,
            })
            .collect(),
        subtotal: o.subtotal_minor,
        fee_rate_bp: o.fee_rate_bp,
        fee: MailFee {
            fee: o.fee_minor,
            pool: o.pool_minor,
            seller_share: o.seller_share_minor,
            buyer_share: o.buyer_share_minor,
        },
        fee_settled: false,
        payment: None,
        refund: None,
        deliver_to: None,
        note: None,
    }
}

/// What happened, as the mail's words tell it.
fn event(kind: Kind, action: Action, actor: Actor) -> OrderEvent {
    match kind {
        Kind::OrderAccepted => OrderEvent::Accepted,
        Kind::OrderRejected => OrderEvent::Rejected,
        Kind::OrderCancelled if actor == Actor::Seller => OrderEvent::CancelledBySeller,
        Kind::OrderCancelled => OrderEvent::CancelledByBuyer,
        Kind::OrderPaid => OrderEvent::Paid,
        Kind::OrderShipped => OrderEvent::Shipped,
        Kind::OrderDelivered => OrderEvent::Delivered,
        Kind::OrderSettled => OrderEvent::Settled,
        Kind::OrderRefunded => OrderEvent::Refunded,
        Kind::DisputeOpened => OrderEvent::Disputed,
        _ if action == Action::ResolveRefund => OrderEvent::ResolvedRefund,
        _ => OrderEvent::ResolvedSettle,
    }
}

/// How to pay order `o` by bank transfer: the seller's account, if entered, and the reference.
fn bank_transfer(d: Option<&details::Model>, o: &order::Model) -> BankTransferView {
    let iban = d.and_then(|d| d.iban.clone());
    BankTransferView {
        account_holder: d.and_then(|d| d.account_holder.clone()),
        iban: iban.map(|i| crate::domain::iban::Iban::parse(&i).map_or(i, |p| p.to_string())),
        bic: d.and_then(|d| d.bic.clone()),
        reference: payment_reference(o.id),
    }
}
