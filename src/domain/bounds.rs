//! The largest amounts and quantities the marketplace accepts, and why. They are chosen so that
//! no account balance and no sum the app computes can overflow `i64` for any realistic history;
//! sums are computed in 128 bits anyway (`super::balance::Balance`), so even a history beyond
//! them is shown exactly. Over a bound is a 422 naming the field and the limit.

use super::balance::Balance;
use super::money::{Currency, Money, MoneyError};
use crate::error::Msg;

/// The largest single amount, in minor units: 1,000,000,000, which is 10,000,000.00 EUR, USD or
/// DKK, 1,000,000,000 JPY or KRW, and 1,000,000.000 KWD. Trade between co-ops (a container of
/// coffee is about 100,000 USD) stays far below it; a larger deal is split into several orders.
pub const MAX_AMOUNT_MINOR: i64 = 1_000_000_000;

/// The largest unit price of a listing: one unit cannot cost more than a whole order may.
pub const MAX_PRICE_MINOR: i64 = MAX_AMOUNT_MINOR;

/// The largest order subtotal, checked at placement. `i64::MAX / MAX_ORDER_SUBTOTAL_MINOR` is
/// 9,223,372,036: more than nine billion orders at this maximum, all settled to one account in
/// one currency, before that account's balance could pass `i64`.
pub const MAX_ORDER_SUBTOTAL_MINOR: i64 = MAX_AMOUNT_MINOR;

/// The largest refund in one request: no more than one order may cost (and a refund is never
/// more than what is left of its order, which the refund rules check).
pub const MAX_REFUND_MINOR: i64 = MAX_ORDER_SUBTOTAL_MINOR;

/// The largest pool spending in one proposal: as much as one order may cost. The pool only holds
/// fees (at most 20 % of subtotals), so a larger project is proposed in parts.
pub const MAX_SPENDING_MINOR: i64 = MAX_AMOUNT_MINOR;

/// The largest quantity, in thousandths of a unit: 10,000,000 units (10,000 t in kg, ten
/// million pieces), for stock, minimum order, cart and order quantities. A line's total is then
/// at most 10^9 × 10^7 = 10^16 minor units, inside `i64`, before the subtotal bound applies.
pub const MAX_QUANTITY_MILLI: i64 = 10_000_000_000;

/// What "any realistic history" means here: a billion orders in one currency (the busiest
/// marketplaces settle a few million orders a day; a co-op marketplace far fewer).
pub const REALISTIC_ORDERS: i64 = 1_000_000_000;

/// The largest balance a realistic history can build: 10^9 orders × 10^9 minor units = 10^18.
/// Each order moves at most its subtotal, net, into or out of any one account (checked by the
/// property test below over settlement, refunds before and after it, and payment reversals),
/// so `|balance| <= orders × MAX_ORDER_SUBTOTAL_MINOR`. That is nine times below `i64::MAX`
/// (9.22 × 10^18), so a payout line (fair share + proceeds) or a total over several co-ops'
/// lines still fits a single `Money`.
pub const MAX_BALANCE_MINOR: i64 = MAX_ORDER_SUBTOTAL_MINOR * REALISTIC_ORDERS;

const _: () = assert!(MAX_BALANCE_MINOR <= i64::MAX / 9);
const _: () =
    assert!(MAX_PRICE_MINOR as i128 * MAX_QUANTITY_MILLI as i128 / 1000 < i64::MAX as i128);

/// Bits of the low half when the database sums a BIGINT column in two halves (see `split_sum`).
pub const SUM_SPLIT_BITS: u32 = 32;

/// The exact sum from the sums of both halves of every value: `high = Σ (v >> 32)` (arithmetic
/// shift) and `low = Σ (v & (2^32 − 1))`. Each half sums in `i64` without overflow for up to
/// 2^31 values, whatever they are, so SQLite (whose SUM fails on `i64` overflow) and PostgreSQL
/// return both as BIGINT, and the sum itself is rebuilt in `i128` here.
pub fn split_sum(high: i64, low: i64, currency: Currency) -> Balance {
    Balance::from_minor(
        (i128::from(high) << SUM_SPLIT_BITS) + i128::from(low),
        currency,
    )
}

/// `amount` if it is at most `max_minor` minor units; otherwise `error-amount-at-most`, where
/// `what` (`price`, `refund`, `spending`) names the field.
pub fn at_most(amount: Money, max_minor: i64, what: &'static str) -> Result<Money, Msg> {
    if amount.minor > max_minor {
        return Err(over(what, max_minor, amount.currency));
    }
    Ok(amount)
}

fn over(what: &'static str, max_minor: i64, currency: Currency) -> Msg {
    Msg::code("error-amount-at-most").arg("what", what).money(
        "max",
        max_minor,
        currency.code(),
        currency.exponent(),
    )
}

/// Parses an amount a person typed and bounds it: a number too long for `i64` is over the bound
/// too, so the message names the limit rather than a machine's range.
pub fn parse_at_most(
    input: &str,
    currency: Currency,
    max_minor: i64,
    what: &'static str,
) -> Result<Money, Msg> {
    match Money::parse(input, currency) {
        Ok(m) => Ok(at_most(m, max_minor, what)?),
        Err(MoneyError::Overflow) => Err(over(what, max_minor, currency)),
        Err(e) => Err(e.msg()),
    }
}

/// The subtotal of an order from its line totals, summed in `i128`: refused when above
/// `MAX_ORDER_SUBTOTAL_MINOR`, and when zero. A total of zero (a tiny quantity of a cheap good
/// rounds to 0.00) would be an order that nobody pays and that no payment, settlement or
/// refund can post, so it is refused at placement. A fee that rounds to zero on a small but
/// positive total is allowed: a 0 % rate is one the committee may set, so a fee-free order is
/// already defined end to end (it settles all to the seller and refunds without claw-back).
pub fn order_subtotal(line_totals: &[Money], currency: Currency) -> Result<Money, Msg> {
    let (code, exponent) = (currency.code(), currency.exponent());
    let mut sum = Balance::zero(currency);
    for total in line_totals {
        sum = sum.checked_add(*total).map_err(|e| e.msg())?;
    }
    if sum.minor > i128::from(MAX_ORDER_SUBTOTAL_MINOR) {
        return Err(Msg::code("error-order-total-over").money(
            "max",
            MAX_ORDER_SUBTOTAL_MINOR,
            code,
            exponent,
        ));
    }
    if sum.minor <= 0 {
        return Err(Msg::code("error-order-total-zero").money("min", 1, code, exponent));
    }
    sum.to_money().map_err(|e| e.msg())
}

#[cfg(test)]
#[path = "bounds_tests.rs"]
mod tests;
