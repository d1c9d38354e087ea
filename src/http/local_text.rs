//! Money of the committee's, pool and ledger pages in the viewer's language: amounts through
//! `Tr`, exact, from minor units.
use i18n::Tr;
use rust_decimal::Decimal;

use crate::domain::balance::Balance;
use crate::domain::money::{Currency, Money};

/// `minor` units of `currency` as the viewer writes money; an unknown code shows its units.
pub fn money(tr: &Tr, minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => tr.money(minor, c.code(), c.exponent()),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// An amount of one currency as the viewer writes money.
pub fn of(tr: &Tr, m: Money) -> String {
    tr.money(m.minor, m.currency.code(), m.currency.exponent())
}

/// A sum (exact in `i128`) as the viewer writes money.
pub fn sum(tr: &Tr, b: Balance) -> String {
    tr.money_sum(b.minor, b.currency.code(), b.currency.exponent())
}

/// An exact amount given as text ("12.50", as reports and the API carry it) in `currency`.
pub fn text(tr: &Tr, amount: &str, currency: &str) -> String {
    let parsed = (
        amount.parse::<Decimal>().ok(),
        Currency::parse(currency).ok(),
    );
    match parsed {
        (Some(mut d), Some(c)) => {
            d.rescale(c.exponent());
            tr.money_sum(d.mantissa(), c.code(), c.exponent())
        }
        _ => format!("{amount} {currency}"),
    }
}
