//! Turning rows into the plain view structs templates take.
use entity::{coop, listing};
use templates::catalog::ListingCard;
use templates::photos::{PhotoSource, PhotoView};

use crate::domain::balance::Balance;
use crate::domain::catalog::{format_certifications, Quantity};
use crate::domain::money::{Currency, Money};

/// A price as "12.50 EUR", falling back to minor units if the stored currency is unknown.
pub fn price(minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Money::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// A price in the viewer's language ("12,50 EUR" in fr), falling back to minor units if the
/// stored currency is unknown.
pub fn local_price(tr: &i18n::Tr, minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => tr.money(minor, c.code(), c.exponent()),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// A quantity in the viewer's language ("1 234,5").
pub fn local_quantity(tr: &i18n::Tr, q: Quantity) -> String {
    tr.number(q.to_decimal())
}

/// A status or method as its badge shows it: name, meaning and the stored key as its style.
pub fn status_view(s: impl crate::domain::status::Described) -> templates::status::StatusView {
    templates::status::StatusView {
        family: s.family(),
        key: s.key(),
        label: s.label(),
        meaning: s.meaning(),
    }
}

/// A sum of many amounts as "12.50 EUR", exact even beyond `i64` (summed in `i128`).
pub fn sum_price(minor: i128, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Balance::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// An amount without its code ("12.50"), as the API shows it next to a `currency` field.
pub fn amount(minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Money::from_minor(minor, c).format_amount(),
        Err(_) => minor.to_string(),
    }
}

/// A listing as cards show it, in the viewer's language.
pub fn listing_card(tr: &i18n::Tr, l: &listing::Model, seller: &coop::Model) -> ListingCard {
    let certs = format_certifications(l.organic, l.fairtrade, &l.other_certifications);
    let country = tr.country(&l.origin_country);
    ListingCard {
        id: l.id,
        title: l.title.clone(),
        seller_id: seller.id,
        seller_name: seller.name.clone(),
        price: local_price(tr, l.price_minor, &l.currency),
        unit: l.unit.clone(),
        origin: if l.origin_region.is_empty() {
            country
        } else {
            format!("{country} · {}", l.origin_region)
        },
        certifications: certs
            .split(';')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        stock: local_quantity(tr, Quantity(l.stock_milli)),
        in_stock: l.stock_milli > 0,
        status: l.status.as_str().to_owned(),
        cover: None,
    }
}

/// A photo's sizes as the pages link them (`/photos/<hash>/<size>.<ext>`); sizes that come out
/// the same (a small original is never enlarged) are listed once.
pub fn photo_view(p: &entity::listing_photo::Model) -> PhotoView {
    sized_view(&p.hash, p.width, p.height, &p.alt, &crate::photos::SIZES)
}

/// A co-op's logo as pages show it.
pub fn logo_view(l: &entity::coop_logo::Model, coop_name: &str) -> PhotoView {
    let alt = format!("{coop_name} logo");
    sized_view(&l.hash, l.width, l.height, &alt, &crate::photos::LOGO_SIZES)
}

fn sized_view(hash: &str, width: i32, height: i32, alt: &str, sizes: &[u32]) -> PhotoView {
    use crate::photos::{fitted, Format};
    let (w, h) = (width.max(1) as u32, height.max(1) as u32);
    let mut sources: Vec<PhotoSource> = Vec::with_capacity(sizes.len());
    for &size in sizes {
        let (width, height) = fitted(w, h, size);
        if sources.last().is_some_and(|s| s.width == width) {
            continue;
        }
        let url = |f: Format| format!("/photos/{hash}/{size}.{}", f.extension());
        sources.push(PhotoSource {
            width,
            height,
            webp: url(Format::Webp),
            jpeg: url(Format::Jpeg),
        });
    }
    PhotoView {
        alt: alt.to_owned(),
        sources,
    }
}

/// Cards for these listings, each with its cover photo (one query for all).
pub async fn listing_cards(
    tr: &i18n::Tr,
    db: &impl sea_orm::ConnectionTrait,
    rows: &[(listing::Model, coop::Model)],
) -> Result<Vec<ListingCard>, crate::error::AppError> {
    let ids: Vec<i32> = rows.iter().map(|(l, _)| l.id).collect();
    let covers = crate::store::photos::covers(db, &ids).await?;
    Ok(rows
        .iter()
        .map(|(l, c)| ListingCard {
            cover: covers.get(&l.id).map(photo_view),
            ..listing_card(tr, l, c)
        })
        .collect())
}

use crate::domain::bank::Iban;
use crate::domain::fee_split::FeeSplit;
use crate::domain::order_state::{allowed_actions, Action, Actor, OrderState};
use crate::payments::PaymentInstructions;
use entity::{order, order_event, order_line};
use templates::orders::{
    EventRow, FeeSplitView, OrderLineRow, OrderView, PaymentView, RefundFormView,
};

fn money(minor: i64, currency: &str) -> String {
    price(minor, currency)
}

/// A fee split shown in an order's currency, with the rate in percent.
pub fn fee_split_view(rate_bp: i32, currency: &str, fee: i64, split: &FeeSplit) -> FeeSplitView {
    FeeSplitView {
        rate: format!(
            "{}%",
            rust_decimal::Decimal::new(rate_bp.into(), 2).normalize()
        ),
        fee: money(fee, currency),
        pool: money(split.pool.minor, currency),
        seller_share: money(split.seller_share.minor, currency),
        buyer_share: money(split.buyer_share.minor, currency),
    }
}

/// The label of an action's button.
pub fn action_label(a: Action) -> &'static str {
    match a {
        Action::Accept => "Accept",
        Action::Reject => "Reject",
        Action::Cancel => "Cancel order",
        Action::ConfirmPayment => "Confirm payment received",
        Action::PaymentSucceeded => "Payment succeeded",
        Action::Ship => "Mark shipped",
        Action::ConfirmDelivery => "Confirm delivery",
        Action::Settle => "Settle",
        Action::Dispute => "Open a dispute",
        Action::ResolveSettle => "Resolve: settle",
        Action::ResolveRefund => "Resolve: refund",
        Action::Refund => "Refund",
    }
}

/// The actions the viewer's roles allow now, each once, system-only ones left out.
pub fn viewer_actions(state: OrderState, roles: &[Actor]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    for r in roles {
        for a in allowed_actions(state, *r) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Everything the order page and invoice show.
pub struct OrderParts<'a> {
    pub order: &'a order::Model,
    pub buyer: &'a coop::Model,
    pub seller: &'a coop::Model,
    pub lines: &'a [order_line::Model],
    pub events: &'a [(order_event::Model, String)],
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

pub fn order_view(p: OrderParts<'_>) -> OrderView {
    let o = p.order;
    let cur = o.currency.as_str();
    let split = p.money.split;
    let side = match p.roles.first() {
        Some(Actor::Buyer) => "buyer",
        Some(Actor::Seller) => "seller",
        _ => "committee",
    };
    let actions = viewer_actions(o.state, p.roles);
    let may_refund = actions
        .iter()
        .any(|a| matches!(a, Action::Refund | Action::ResolveRefund));
    OrderView {
        claw_back: None,
        refunded: (p.refunded_minor > 0).then(|| money(p.refunded_minor, cur)),
        refund_form: (may_refund && p.refundable_minor > 0).then(|| RefundFormView {
            refundable: amount(p.refundable_minor, cur),
            currency: cur.to_owned(),
        }),
        id: o.id,
        state: status_view(o.state),
        buyer: (p.buyer.id, p.buyer.name.clone()),
        seller: (p.seller.id, p.seller.name.clone()),
        lines: p
            .lines
            .iter()
            .map(|l| OrderLineRow {
                title: l.title.clone(),
                unit: l.unit.clone(),
                unit_price: money(l.unit_price_minor, cur),
                quantity: Quantity(l.quantity_milli).to_string(),
                total: money(l.line_total_minor, cur),
            })
            .collect(),
        subtotal: money(o.subtotal_minor, cur),
        fee: fee_split_view(o.fee_rate_bp, cur, o.fee_minor, &split),
        seller_proceeds: money(o.subtotal_minor - o.fee_minor, cur),
        viewer_side: side.into(),
        actions: actions
            .into_iter()
            .map(|a| (a.as_str().to_owned(), action_label(a).to_owned()))
            .collect(),
        events: p
            .events
            .iter()
            .map(|(e, who)| EventRow {
                when: e.created_at.format("%Y-%m-%d %H:%M").to_string(),
                who: who.clone(),
                action: e.action.replace('_', " "),
                to: status_view(e.to_state),
                note: e.note.clone(),
            })
            .collect(),
        delivery_address: o.delivery_address.clone(),
        note: o.note.clone(),
        created: o.created_at.format("%Y-%m-%d %H:%M").to_string(),
        dispute: (o.state == OrderState::Disputed).then(|| format!("/orders/{}/dispute", o.id)),
        payment: (o.state == OrderState::Accepted && side == "buyer")
            .then_some(p.payment)
            .flatten()
            .map(|pay| payment_view(pay, money(o.subtotal_minor, cur), o.buyer_coop_id)),
    }
}

/// What refunds took back from an order's fee, in words; `None` when nothing was.
pub fn claw_back_sentence(c: &FeeSplit, seller: &str, buyer: &str) -> Option<String> {
    let none = c.pool.minor == 0 && c.seller_share.minor == 0 && c.buyer_share.minor == 0;
    (!none).then(|| {
        format!(
            "Refunds took back from the fee: {} from the common pool, {} from {seller}'s share \
             and {} from {buyer}'s share.",
            c.pool, c.seller_share, c.buyer_share
        )
    })
}
