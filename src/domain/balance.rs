//! Sums of many amounts (account balances, report totals) in 128-bit minor units, so that a sum
//! is exact and shown even where it would not fit the `i64` of a single `Money`.

use std::fmt;

use super::money::{Currency, Money, MoneyError};

/// A sum of amounts of one currency in minor units, held in `i128`: adding `i64` amounts to it
/// cannot overflow before 2^64 additions, far beyond any ledger. The bounds
/// (`super::bounds`) keep every balance inside `i64` for any realistic history; this type is
/// what still shows one exactly if history (or an import) went past them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Balance {
    /// The sum in minor units.
    pub minor: i128,
    /// The currency of every amount summed.
    pub currency: Currency,
}

impl Balance {
    /// Zero in `currency`: the sum of nothing.
    pub const fn zero(currency: Currency) -> Balance {
        Balance { minor: 0, currency }
    }

    /// The sum `minor` minor units of `currency`; every `i128` is valid.
    pub const fn from_minor(minor: i128, currency: Currency) -> Balance {
        Balance { minor, currency }
    }

    /// `self + amount`; a different currency is an error (there is never any conversion).
    pub fn checked_add(&self, amount: Money) -> Result<Balance, MoneyError> {
        if amount.currency != self.currency {
            return Err(MoneyError::CurrencyMismatch {
                left: self.currency,
                right: amount.currency,
            });
        }
        // Saturation needs 2^64 additions of i64 amounts: it never happens, and never panics.
        let minor = self.minor.saturating_add(i128::from(amount.minor));
        Ok(Balance { minor, ..*self })
    }

    /// The sum as one `Money` when it fits `i64` minor units, else `Overflow`.
    pub fn to_money(&self) -> Result<Money, MoneyError> {
        Money::try_from_minor(self.minor, self.currency)
    }

    /// True when the sum is exactly zero.
    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }

    /// True when the sum is below zero.
    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// `m` with this sum as its argument `name`: money as the reader's language writes it when
    /// it fits one amount, else its exact digits and code.
    pub fn arg_of(&self, m: crate::error::Msg, name: &'static str) -> crate::error::Msg {
        match i64::try_from(self.minor) {
            Ok(minor) => m.money(name, minor, self.currency.code(), self.currency.exponent()),
            Err(_) => m.arg(name, self.to_string()),
        }
    }

    /// The sum with exactly the currency's decimals and no code: "1234.57", "1000", "-0.05".
    pub fn format_amount(&self) -> String {
        format_minor(self.minor, self.currency)
    }
}

impl From<Money> for Balance {
    fn from(m: Money) -> Balance {
        Balance::from_minor(i128::from(m.minor), m.currency)
    }
}

impl PartialEq<Money> for Balance {
    fn eq(&self, other: &Money) -> bool {
        *self == Balance::from(*other)
    }
}

impl fmt::Display for Balance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.format_amount(), self.currency)
    }
}

/// `minor` minor units of `currency` with exactly its decimals: the one formatting of amounts.
pub(crate) fn format_minor(minor: i128, currency: Currency) -> String {
    let exponent = currency.exponent();
    let sign = if minor < 0 { "-" } else { "" };
    let magnitude = minor.unsigned_abs();
    if exponent == 0 {
        return format!("{sign}{magnitude}");
    }
    let unit = 10_u128.pow(exponent);
    let width = exponent as usize;
    format!("{sign}{}.{:0width$}", magnitude / unit, magnitude % unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_balance_beyond_i64_is_shown_exactly_in_each_currency() {
        let beyond = i128::from(i64::MAX) * 3 + 7;
        let eur = Balance::from_minor(beyond, Currency::EUR);
        assert_eq!(eur.to_string(), "276701161105643274.28 EUR");
        assert_eq!(eur.to_money(), Err(MoneyError::Overflow));
        let kwd = Balance::from_minor(-beyond, Currency::KWD);
        assert_eq!(kwd.format_amount(), "-27670116110564327.428");
        let jpy = Balance::from_minor(i128::MIN, Currency::JPY);
        assert_eq!(
            jpy.format_amount(),
            "-170141183460469231731687303715884105728"
        );
    }

    #[test]
    fn adding_keeps_the_currency_and_refuses_another() {
        let sum = Balance::zero(Currency::EUR)
            .checked_add(Money::from_minor(i64::MAX, Currency::EUR))
            .and_then(|b| b.checked_add(Money::from_minor(i64::MAX, Currency::EUR)))
            .unwrap();
        assert_eq!(sum.minor, i128::from(i64::MAX) * 2);
        assert!(sum
            .checked_add(Money::from_minor(1, Currency::DKK))
            .is_err());
        assert_eq!(
            Balance::from(Money::from_minor(-5, Currency::EUR)),
            Money::from_minor(-5, Currency::EUR)
        );
    }
}
