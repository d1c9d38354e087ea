//! The message an order event sends: to whom (`domain::notification::order_audience`), with the
//! order's lines and totals, where its fee goes, and how to pay when payment is due.
use std::collections::{BTreeSet, HashMap};

use entity::{coop_payout_details as details, order, order_line};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use templates::mail::{order_mail_html, order_mail_text, BankTransferView, OrderMailView};
use templates::orders::OrderLineRow;

use super::notify::{Message, BASE_URL_MARK};
use crate::domain::bank::payment_reference;
use crate::domain::catalog::Quantity;
use crate::domain::fee_split::FeeSplit;
use crate::domain::money::{Currency, Money};
use crate::domain::notification::{order_audience, Audience, Kind};
use crate::domain::order_state::{Action, Actor};
use crate::error::AppError;
use crate::http::views::{fee_split_view, price};

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

/// The message of `kind` that `action` by `actor` on order `o` (with its `lines`) sends, with
/// the actor's `note` (a reason to reject or to dispute), from what `facts` read for the batch:
/// the two co-ops' names, and the seller's bank details when payment falls due.
pub fn order_event(
    facts: &MailFacts,
    o: &order::Model,
    lines: &[order_line::Model],
    kind: Kind,
    action: Action,
    actor: Actor,
    note: &str,
) -> Message {
    let audiences = order_audience(action, actor, o.buyer_coop_id, o.seller_coop_id);
    let (buyer, seller) = (facts.name(o.buyer_coop_id), facts.name(o.seller_coop_id));
    let payment = match kind {
        Kind::OrderAccepted => Some(bank_transfer(facts.banks.get(&o.seller_coop_id), o)),
        _ => None,
    };
    let headline = headline(kind, action, actor, o, &buyer, &seller);
    let subject = format!("Order #{}: {}", o.id, kind_word(kind, action));
    let view = OrderMailView {
        payment,
        note: Some(note.trim().to_owned()).filter(|n| !n.is_empty()),
        deliver_to: None,
        fee_settled: kind == Kind::OrderSettled,
        ..view(o, lines, headline, buyer, seller)
    };
    compose(kind, subject, o.id, &view, audiences)
}

/// The mail to the seller's members of an order just placed by `buyer`.
pub fn order_placed(o: &order::Model, lines: &[order_line::Model], buyer: &str) -> Message {
    let headline = format!("{buyer} placed order #{}.", o.id);
    let view = OrderMailView {
        deliver_to: Some(o.delivery_address.clone()),
        note: Some(o.note.trim().to_owned()).filter(|n| !n.is_empty()),
        ..view(
            o,
            lines,
            headline,
            buyer.to_owned(),
            "your co-op".to_owned(),
        )
    };
    let subject = format!("New order #{} from {buyer}", o.id);
    let audiences = vec![Audience::Members(o.seller_coop_id)];
    compose(Kind::OrderPlaced, subject, o.id, &view, audiences)
}

fn compose(
    kind: Kind,
    subject: String,
    order_id: i32,
    view: &OrderMailView,
    audiences: Vec<Audience>,
) -> Message {
    // A dispute's people go straight to its statements.
    let path = match kind {
        Kind::DisputeOpened => format!("/orders/{order_id}/dispute"),
        _ => format!("/orders/{order_id}"),
    };
    let message = Message::new(kind, subject, path)
        .text(order_mail_text(view))
        .html(order_mail_html(view).into_string());
    audiences.into_iter().fold(message, Message::to)
}

fn view(
    o: &order::Model,
    lines: &[order_line::Model],
    headline: String,
    buyer: String,
    seller: String,
) -> OrderMailView {
    let cur = o.currency.as_str();
    let c = Currency::parse(cur).unwrap_or(Currency::EUR);
    let split = FeeSplit {
        pool: Money::from_minor(o.pool_minor, c),
        seller_share: Money::from_minor(o.seller_share_minor, c),
        buyer_share: Money::from_minor(o.buyer_share_minor, c),
    };
    OrderMailView {
        headline,
        link: format!("{BASE_URL_MARK}/orders/{}", o.id),
        buyer,
        seller,
        lines: lines
            .iter()
            .map(|l| OrderLineRow {
                title: l.title.clone(),
                unit: l.unit.clone(),
                unit_price: price(l.unit_price_minor, cur),
                quantity: Quantity(l.quantity_milli).to_string(),
                total: price(l.line_total_minor, cur),
            })
            .collect(),
        subtotal: price(o.subtotal_minor, cur),
        fee: fee_split_view(o.fee_rate_bp, cur, o.fee_minor, &split),
        fee_settled: false,
        payment: None,
        deliver_to: None,
        note: None,
    }
}

fn kind_word(kind: Kind, action: Action) -> &'static str {
    match (kind, action) {
        (Kind::OrderAccepted, _) => "accepted, payment due",
        (Kind::OrderRejected, _) => "rejected",
        (Kind::OrderCancelled, _) => "cancelled",
        (Kind::OrderPaid, _) => "paid",
        (Kind::OrderShipped, _) => "shipped",
        (Kind::OrderDelivered, _) => "delivered",
        (Kind::OrderSettled, _) => "settled",
        (Kind::OrderRefunded, _) => "refunded",
        (Kind::DisputeOpened, _) => "disputed",
        (_, Action::ResolveRefund) => "dispute resolved, refunded",
        _ => "dispute resolved, settled",
    }
}

fn headline(
    kind: Kind,
    action: Action,
    actor: Actor,
    o: &order::Model,
    buyer: &str,
    seller: &str,
) -> String {
    let id = o.id;
    let proceeds = price(o.subtotal_minor - o.fee_minor, &o.currency);
    match kind {
        Kind::OrderAccepted => format!("{seller} accepted order #{id}. Payment is now due."),
        Kind::OrderRejected => format!("{seller} rejected order #{id}."),
        Kind::OrderCancelled if actor == Actor::Seller => {
            format!("{seller} cancelled order #{id}.")
        }
        Kind::OrderCancelled => format!("{buyer} cancelled order #{id}."),
        Kind::OrderPaid => format!("Order #{id} is paid: {seller} can ship it."),
        Kind::OrderShipped => format!("{seller} shipped order #{id}."),
        Kind::OrderDelivered => format!("{buyer} confirmed that order #{id} arrived."),
        Kind::OrderSettled => format!("Order #{id} is settled: {seller} is owed {proceeds}."),
        Kind::OrderRefunded => format!("Order #{id} was refunded to {buyer}."),
        Kind::DisputeOpened => format!(
            "{buyer} opened a dispute on order #{id}. The committee decides it; \
             both sides can add a statement on the order's page."
        ),
        _ if action == Action::ResolveRefund => format!(
            "The committee resolved the dispute on order #{id} for {buyer}: it is refunded."
        ),
        _ => format!("The committee resolved the dispute on order #{id} for {seller}: it settles."),
    }
}

/// How to pay order `o` by bank transfer: the seller's account, if entered, and the reference.
fn bank_transfer(d: Option<&details::Model>, o: &order::Model) -> BankTransferView {
    let iban = d.and_then(|d| d.iban.clone());
    BankTransferView {
        amount: price(o.subtotal_minor, &o.currency),
        account_holder: d.and_then(|d| d.account_holder.clone()),
        iban: iban.map(|i| crate::domain::iban::Iban::parse(&i).map_or(i, |p| p.to_string())),
        bic: d.and_then(|d| d.bic.clone()),
        reference: payment_reference(o.id),
    }
}
