//! What buyers and sellers type into the order forms (a quantity, a refund, a reason, a
//! statement), checked before anything is written. Each problem is a value, not a sentence, so
//! that the page words it in the viewer's language beside the field.
use rust_decimal::Decimal;

use super::bounds::MAX_QUANTITY_MILLI;
use super::catalog::Quantity;
use super::dispute::MAX_STATEMENT_CHARS;
use super::money::{Currency, Money};
use super::order_state::Action;
use super::text::has_forbidden;

/// Why a cart quantity cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityProblem {
    Negative,
    /// More than the 3 decimals a quantity holds.
    TooManyDecimals,
    TooLarge {
        max: Quantity,
    },
    /// Zero where something must be ordered (adding to the cart).
    Zero,
    BelowMinimum {
        min: Quantity,
    },
    OverStock {
        stock: Quantity,
    },
}

/// A quantity read from the form (already a decimal in the viewer's marks): not negative, at
/// most 3 decimals, at most `MAX_QUANTITY_MILLI`.
pub fn quantity(d: Decimal) -> Result<Quantity, QuantityProblem> {
    if d.is_sign_negative() && !d.is_zero() {
        return Err(QuantityProblem::Negative);
    }
    if d.normalize().scale() > 3 {
        return Err(QuantityProblem::TooManyDecimals);
    }
    let too_large = QuantityProblem::TooLarge {
        max: Quantity(MAX_QUANTITY_MILLI),
    };
    let milli = d
        .checked_mul(Decimal::from(Quantity::SCALE))
        .and_then(|m| i64::try_from(m.trunc()).ok())
        .ok_or(too_large)?;
    if milli > MAX_QUANTITY_MILLI {
        return Err(too_large);
    }
    Ok(Quantity(milli))
}

/// A cart line of `q` (what the line will hold) of a listing with minimum order `min` and
/// `stock` left: at least the minimum, at most the stock. Zero is refused (removing a line is
/// its own button).
pub fn cart_line(q: Quantity, min: Quantity, stock: Quantity) -> Result<(), QuantityProblem> {
    if q.0 <= 0 {
        return Err(QuantityProblem::Zero);
    }
    if q < min {
        return Err(QuantityProblem::BelowMinimum { min });
    }
    if q > stock {
        return Err(QuantityProblem::OverStock { stock });
    }
    Ok(())
}

/// Why a refund amount cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundProblem {
    /// Zero or negative.
    NotPositive,
    /// More decimals than the currency has.
    TooManyDecimals { currency: Currency },
    /// More than is left to refund.
    TooMuch { left: Money },
}

/// A refund of `d` in `currency` when `left` may still be refunded: positive, in the currency's
/// minor unit exactly, at most `left`.
pub fn refund_amount(d: Decimal, left: Money) -> Result<Money, RefundProblem> {
    let currency = left.currency;
    if d <= Decimal::ZERO {
        return Err(RefundProblem::NotPositive);
    }
    if d.normalize().scale() > currency.exponent() {
        return Err(RefundProblem::TooManyDecimals { currency });
    }
    let too_much = RefundProblem::TooMuch { left };
    let minor = d
        .checked_mul(Decimal::from(currency.minor_per_major()))
        .and_then(|m| i64::try_from(m.trunc()).ok())
        .ok_or(too_much)?;
    if minor > left.minor {
        return Err(too_much);
    }
    Ok(Money::from_minor(minor, currency))
}

/// The most characters of a reason given with an action (it is mailed to the other side).
pub const MAX_REASON_CHARS: usize = 500;

/// Why the text given with an action or a dispute cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Missing,
    /// A control character (a tab or line break in a one-line field).
    Control,
    TooLong {
        max: usize,
        length: usize,
    },
}

/// Rejecting or cancelling an order tells the other side why: the people's form asks for it.
pub fn needs_reason(a: Action) -> bool {
    matches!(a, Action::Reject | Action::Cancel)
}

/// Whether `a` undoes the trade or takes money back (reject, cancel, dispute, refund): its
/// button is drawn as a warning.
pub fn is_drastic(a: Action) -> bool {
    match a {
        Action::Reject
        | Action::Cancel
        | Action::Dispute
        | Action::Refund
        | Action::ResolveRefund => true,
        Action::Accept
        | Action::ConfirmPayment
        | Action::PaymentSucceeded
        | Action::Ship
        | Action::ConfirmDelivery
        | Action::Settle
        | Action::ResolveSettle => false,
    }
}

/// The reason typed with `a`: required where `needs_reason`, one line, at most `MAX_REASON_CHARS`.
pub fn reason(a: Action, text: &str) -> Result<(), TextProblem> {
    let t = text.trim();
    if t.is_empty() && needs_reason(a) {
        return Err(TextProblem::Missing);
    }
    bounded(t, false, MAX_REASON_CHARS)
}

/// A dispute statement: written, line breaks allowed, at most `MAX_STATEMENT_CHARS`.
pub fn statement(text: &str) -> Result<(), TextProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(TextProblem::Missing);
    }
    bounded(t, true, MAX_STATEMENT_CHARS)
}

/// The most characters of a delivery address (it is mailed to the seller and printed on labels).
pub const MAX_ADDRESS_CHARS: usize = 1000;

/// The most characters of the note given with a checkout.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A checkout's delivery address and note: line breaks allowed, no other control character,
/// within `MAX_ADDRESS_CHARS` and `MAX_NOTE_CHARS`. Each problem names its field
/// (`delivery_address`, `note`); an empty address is the placement's to refuse.
pub fn delivery(address: &str, note: &str) -> Vec<(&'static str, TextProblem)> {
    let address = bounded(address.trim(), true, MAX_ADDRESS_CHARS).err();
    let note = bounded(note.trim(), true, MAX_NOTE_CHARS).err();
    [("delivery_address", address), ("note", note)]
        .into_iter()
        .filter_map(|(field, p)| Some((field, p?)))
        .collect()
}

fn bounded(t: &str, multiline: bool, max: usize) -> Result<(), TextProblem> {
    if has_forbidden(t, multiline) {
        return Err(TextProblem::Control);
    }
    let length = t.chars().count();
    if length > max {
        return Err(TextProblem::TooLong { max, length });
    }
    Ok(())
}

#[cfg(test)]
#[path = "order_input_tests.rs"]
mod tests;
