//! The order forms' problems and the cart's changes in the viewer's words, and the numbers
//! and money of the order pages written as the viewer's language writes them.
use i18n::{FluentValue, Tr};
use rust_decimal::Decimal;

use crate::domain::cart::Change;
use crate::domain::catalog::Quantity;
use crate::domain::local_number::parse_local_decimal;
use crate::domain::money::{Currency, Money};
use crate::domain::order_input::{self, QuantityProblem, RefundProblem, TextProblem};
use crate::domain::text::has_forbidden;
use crate::http::local_input::{marks, number_message};
use templates::catalog::unit_amount;

/// A quantity in the viewer's marks ("2,5").
pub fn quantity(tr: &Tr, q: Quantity) -> String {
    tr.number(q.to_decimal().normalize())
}

/// Money of a stored currency code in the viewer's way ("12,50 EUR", "EUR 12.50").
pub fn money(tr: &Tr, minor: i64, code: &str) -> String {
    match Currency::parse(code) {
        Ok(c) => tr.money(minor, c.code(), c.exponent()),
        Err(_) => format!("{minor} {code}"),
    }
}

pub fn of(tr: &Tr, m: Money) -> String {
    tr.money(m.minor, m.currency.code(), m.currency.exponent())
}

/// An amount without its code in the viewer's marks ("45,00"), as a refund field is typed.
pub fn amount(tr: &Tr, m: Money) -> String {
    tr.number(m.to_decimal())
}

/// A fee rate in basis points as the viewer's language writes a percentage ("4 %").
pub fn percent(tr: &Tr, rate_bp: i32) -> String {
    let rate = tr.number(Decimal::new(rate_bp.into(), 2).normalize());
    tr.t_args("orders-percent", &[("rate", rate.into())])
}

fn s(v: String) -> FluentValue<'static> {
    FluentValue::from(v)
}

/// A quantity typed in the viewer's language, or the message beside its field.
pub fn read_quantity(tr: &Tr, raw: &str) -> Result<Quantity, String> {
    if has_forbidden(raw, false) {
        return Err(tr.t("orders-text-control"));
    }
    let d =
        parse_local_decimal(raw, marks(tr), 3).map_err(|e| number_message(tr, raw.trim(), &e))?;
    order_input::quantity(d).map_err(|p| quantity_problem(tr, p, ""))
}

pub fn quantity_problem(tr: &Tr, p: QuantityProblem, unit: &str) -> String {
    let amount = |q: Quantity| s(unit_amount(tr, q.0, unit));
    match p {
        QuantityProblem::Negative => tr.t("cart-quantity-negative"),
        QuantityProblem::TooManyDecimals => tr.t("cart-quantity-decimals"),
        QuantityProblem::TooLarge { max } => {
            tr.t_args("cart-quantity-too-large", &[("max", s(quantity(tr, max)))])
        }
        QuantityProblem::Zero => tr.t("cart-quantity-zero"),
        QuantityProblem::BelowMinimum { min } => {
            tr.t_args("cart-quantity-minimum", &[("min", amount(min))])
        }
        QuantityProblem::OverStock { stock } => {
            tr.t_args("cart-quantity-stock", &[("stock", amount(stock))])
        }
    }
}

/// A refund typed in the viewer's language when `left` may still be refunded, or the message.
pub fn read_refund(tr: &Tr, raw: &str, left: Money) -> Result<Money, String> {
    if has_forbidden(raw, false) {
        return Err(tr.t("orders-text-control"));
    }
    let exponent = left.currency.exponent();
    let d = parse_local_decimal(raw, marks(tr), exponent)
        .map_err(|e| number_message(tr, raw.trim(), &e))?;
    order_input::refund_amount(d, left).map_err(|p| match p {
        RefundProblem::NotPositive => tr.t("orders-refund-not-positive"),
        RefundProblem::TooManyDecimals { currency } => tr.t_args(
            "orders-refund-decimals",
            &[
                ("currency", s(currency.code().to_owned())),
                ("decimals", currency.exponent().into()),
            ],
        ),
        RefundProblem::TooMuch { left } => {
            tr.t_args("orders-refund-too-much", &[("left", s(of(tr, left)))])
        }
    })
}

/// A text's problem; `missing` is the message for an empty one.
pub fn text_problem(tr: &Tr, p: TextProblem, missing: &str) -> String {
    match p {
        TextProblem::Missing => tr.t(missing),
        TextProblem::Control => tr.t("orders-text-control"),
        TextProblem::TooLong { max, length } => tr.t_args(
            "orders-text-too-long",
            &[
                ("max", s(tr.number(max.into()))),
                ("length", s(tr.number(length.into()))),
            ],
        ),
    }
}

/// What changed on a cart line, in the viewer's words.
pub fn change(tr: &Tr, c: &Change, unit: &str) -> String {
    let amount = |q: &Quantity| s(unit_amount(tr, q.0, unit));
    match c {
        Change::Price { was, now } => tr.t_args(
            "cart-change-price",
            &[("was", s(of(tr, *was))), ("now", s(of(tr, *now)))],
        ),
        Change::Minimum { was, now } => tr.t_args(
            "cart-change-minimum",
            &[("was", amount(was)), ("now", amount(now))],
        ),
        Change::NotForSale => tr.t("cart-change-not-for-sale"),
        Change::Short { left } => tr.t_args("cart-change-short", &[("left", amount(left))]),
    }
}

/// A form's refusal: the status to answer with and the message beside the field.
pub type Refusal = (axum::http::StatusCode, String);

/// The refusals a form shows in place (422 for input, 409 for the order's or listing's state,
/// 403 for a right the viewer lacks), said in the viewer's language; anything else is an error
/// page.
pub fn refusal(tr: &Tr, e: crate::error::AppError) -> Result<Refusal, crate::error::AppError> {
    use crate::error::AppError;
    use axum::http::StatusCode;
    match e {
        AppError::Invalid(errs) => Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            errs.0
                .iter()
                .map(|(_, m)| tr.say(m))
                .collect::<Vec<_>>()
                .join("; "),
        )),
        AppError::BadRequest(m) => Ok((StatusCode::UNPROCESSABLE_ENTITY, tr.say(&m))),
        AppError::Conflict(m) => Ok((StatusCode::CONFLICT, tr.say(&m))),
        AppError::Forbidden(m) => Ok((StatusCode::FORBIDDEN, tr.say(&m))),
        e => Err(e),
    }
}

/// A 422 beside the field.
pub fn invalid(message: String) -> Refusal {
    (axum::http::StatusCode::UNPROCESSABLE_ENTITY, message)
}

/// A 409: the order's or the listing's state refuses it now.
pub fn conflict(message: String) -> Refusal {
    (axum::http::StatusCode::CONFLICT, message)
}

/// Where a fee goes, in the viewer's money and percent.
pub fn fee_split(
    tr: &Tr,
    rate_bp: i32,
    currency: &str,
    fee: i64,
    split: &crate::domain::fee_split::FeeSplit,
) -> templates::orders::FeeSplitView {
    templates::orders::FeeSplitView {
        rate: percent(tr, rate_bp),
        fee: money(tr, fee, currency),
        pool: of(tr, split.pool),
        seller_share: of(tr, split.seller_share),
        buyer_share: of(tr, split.buyer_share),
    }
}
