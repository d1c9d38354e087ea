//! Money in one order's currency: exact amounts in ISO 4217 minor units, strict parsing,
//! half-even rounding at the edges (`Decimal` in, `i64` minor units inside) and fee rates.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// Why an amount, currency, rate or split could not be built; every message is shown to people as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The code is not in the table of known ISO 4217 currencies.
    #[error("unknown currency code '{0}'")]
    UnknownCurrency(String),
    /// The amount text was empty (or only whitespace).
    #[error("no amount given")]
    Empty,
    /// The amount text is not a plain decimal number like `12`, `12.5` or `-3.10`.
    #[error("not a number: '{0}'")]
    NotANumber(String),
    /// The amount has more decimals than the currency's minor unit allows.
    #[error("{}", too_many_decimals_message(*.0))]
    TooManyDecimals(Currency),
    /// The result does not fit in `i64` minor units.
    #[error("amount too large")]
    Overflow,
    /// Two amounts in different currencies were combined; there is never any conversion.
    #[error("currency mismatch: {left} vs {right}")]
    CurrencyMismatch {
        /// Currency of the left-hand amount.
        left: Currency,
        /// Currency of the right-hand amount.
        right: Currency,
    },
    /// A fee rate outside 0..=20 % or with more than two decimals.
    #[error("fee rate must be a percentage from 0 to 20 with at most 2 decimals, got '{0}'")]
    InvalidFeeRate(String),
    /// An amount that must be zero or positive was negative.
    #[error("{what} must not be negative, got {amount}")]
    Negative {
        /// What the amount is (e.g. "fee").
        what: &'static str,
        /// The offending amount.
        amount: Money,
    },
    /// A split policy that would not divide a fee sensibly.
    #[error("invalid split policy: {0}")]
    InvalidSplitPolicy(&'static str),
    /// A refund claws back more fee than the order was charged.
    #[error("refunded fee {refunded} exceeds the original fee {original}")]
    RefundExceedsFee {
        /// The fee being refunded.
        refunded: Money,
        /// The fee originally charged.
        original: Money,
    },
}

impl MoneyError {
    /// What a person is told, as a code and its values (said in their language when shown).
    pub fn msg(&self) -> i18n::Msg {
        use i18n::Msg;
        match self {
            MoneyError::UnknownCurrency(c) => Msg::code("error-unknown-currency").arg("value", c),
            MoneyError::Empty => Msg::code("number-empty"),
            MoneyError::NotANumber(v) => Msg::code("error-money-not-number").arg("value", v),
            MoneyError::TooManyDecimals(c) => Msg::code("error-money-decimals")
                .arg("currency", c.code())
                .num("count", i64::from(c.exponent())),
            MoneyError::Overflow => Msg::code("error-money-too-large"),
            MoneyError::InvalidFeeRate(v) => Msg::code("error-fee-rate").arg("value", v),
            MoneyError::CurrencyMismatch { left, right } => Msg::code("error-money-mismatch")
                .arg("left", left.code())
                .arg("right", right.code()),
            MoneyError::Negative { amount, .. } => Msg::code("error-money-negative").money(
                "amount",
                amount.minor,
                amount.currency.code(),
                amount.currency.exponent(),
            ),
            MoneyError::InvalidSplitPolicy(_) => Msg::code("error-money-split-policy"),
            MoneyError::RefundExceedsFee { refunded, original } => {
                let c = refunded.currency;
                Msg::code("error-money-refund-fee")
                    .money("refunded", refunded.minor, c.code(), c.exponent())
                    .money("original", original.minor, c.code(), c.exponent())
            }
        }
    }
}

fn too_many_decimals_message(currency: Currency) -> String {
    match currency.exponent() {
        0 => format!("{} allows no decimals", currency.code()),
        n => format!("{} allows at most {n} decimals", currency.code()),
    }
}

/// An ISO 4217 currency from the known table, with its minor-unit exponent (EUR 2, JPY 0, KWD 3);
/// serialized as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    exponent: u32,
}

macro_rules! currencies {
    ($($code:ident = $exp:literal, $name:literal;)*) => {
        impl Currency {
            $(
                #[doc = concat!($name, " (", stringify!($code), "): ", stringify!($exp), " decimals.")]
                pub const $code: Currency = Currency { code: stringify!($code), exponent: $exp };
            )*
            /// Every known currency: exactly the codes `Currency::parse` accepts.
            pub const ALL: &'static [Currency] = &[$(Currency::$code),*];
        }
    };
}

currencies! {
    BHD = 3, "Bahraini dinar"; BRL = 2, "Brazilian real"; CHF = 2, "Swiss franc";
    COP = 2, "Colombian peso"; DKK = 2, "Danish krone"; EUR = 2, "Euro"; GBP = 2, "Pound sterling";
    INR = 2, "Indian rupee"; JOD = 3, "Jordanian dinar"; JPY = 0, "Japanese yen";
    KES = 2, "Kenyan shilling"; KRW = 0, "South Korean won"; KWD = 3, "Kuwaiti dinar";
    LKR = 2, "Sri Lankan rupee"; MXN = 2, "Mexican peso"; NOK = 2, "Norwegian krone";
    OMR = 3, "Omani rial"; SEK = 2, "Swedish krona"; TND = 3, "Tunisian dinar";
    USD = 2, "US dollar"; XAF = 0, "Central African CFA franc"; XOF = 0, "West African CFA franc";
    ZAR = 2, "South African rand";
}

impl Currency {
    /// Looks a code up in the known table, ignoring ASCII case and surrounding whitespace.
    pub fn parse(code: &str) -> Result<Currency, MoneyError> {
        let wanted = code.trim();
        Currency::ALL
            .iter()
            .copied()
            .find(|c| c.code.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| MoneyError::UnknownCurrency(wanted.to_string()))
    }

    /// The three-letter uppercase ISO 4217 code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// Number of decimals of the minor unit (EUR 2, JPY 0, KWD 3).
    pub fn exponent(&self) -> u32 {
        self.exponent
    }

    /// Minor units in one major unit: `10^exponent` (100 for EUR, 1 for JPY, 1000 for KWD).
    pub fn minor_per_major(&self) -> i64 {
        10_i64.pow(self.exponent)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::parse(s)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Currency::parse(&code).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

/// The value of a checked operation, or `Overflow` when it did not fit.
fn fits<T>(value: Option<T>) -> Result<T, MoneyError> {
    value.ok_or(MoneyError::Overflow)
}

/// Divides and rounds half-even (banker's rounding) exactly; `denominator == 0` or overflow is `Overflow`.
pub fn div_round_half_even(numerator: i128, denominator: i128) -> Result<i128, MoneyError> {
    let sign = if denominator < 0 { -1 } else { 1 };
    let (n, d) = (
        fits(numerator.checked_mul(sign))?,
        fits(denominator.checked_mul(sign))?,
    );
    if d == 0 {
        return Err(MoneyError::Overflow);
    }
    // Floor division: 0 <= r < d, so the fraction r/d is compared with 1/2 without overflow.
    let q = n.div_euclid(d);
    let r = n.rem_euclid(d);
    let round_up = match r.cmp(&(d - r)) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => q % 2 != 0,
    };
    if round_up {
        fits(q.checked_add(1))
    } else {
        Ok(q)
    }
}

/// Parses `[+-]digits[.digits]` scaled by `10^decimals`; `Ok(None)` when it has more decimals.
fn parse_scaled(input: &str, decimals: u32) -> Result<Option<i64>, MoneyError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }
    let (negative, unsigned) = if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    };
    let (int_part, frac_part) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int_part) || (unsigned.contains('.') && !all_digits(frac_part)) {
        return Err(MoneyError::NotANumber(s.to_string()));
    }
    let width = decimals as usize;
    if frac_part.len() > width {
        return Ok(None);
    }
    // Only ASCII digits remain, so parsing fails only when the number is too long for i128.
    let digits = format!("{int_part}{frac_part:0<width$}");
    let magnitude: i128 = digits.parse().map_err(|_| MoneyError::Overflow)?;
    let signed = if negative { -magnitude } else { magnitude };
    i64::try_from(signed)
        .map(Some)
        .map_err(|_| MoneyError::Overflow)
}

/// An exact amount of one currency, counted in its minor unit (cents for EUR, yen for JPY);
/// every pair of fields is a valid amount, so they are public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// The amount in minor units (1234.57 EUR is 123457).
    pub minor: i64,
    /// The currency the amount is in.
    pub currency: Currency,
}

impl Money {
    /// The amount `minor` minor units of `currency`; every `i64` is valid.
    pub const fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// Zero in `currency`.
    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// Parses "12", "12.5", "-3.10": no more decimals than the currency has, no exponent, no separators.
    pub fn parse(input: &str, currency: Currency) -> Result<Money, MoneyError> {
        let minor = parse_scaled(input, currency.exponent())?;
        let minor = minor.ok_or(MoneyError::TooManyDecimals(currency))?;
        Ok(Money { minor, currency })
    }

    /// Rounds a decimal amount half-even (banker's rounding) to the currency's minor unit.
    pub fn from_decimal_round(value: Decimal, currency: Currency) -> Result<Money, MoneyError> {
        let exponent = currency.exponent();
        let rounded = value.round_dp_with_strategy(exponent, RoundingStrategy::MidpointNearestEven);
        // After rounding, scale <= exponent, so padding the mantissa gives exact minor units.
        let pad = fits(10_i128.checked_pow(exponent.saturating_sub(rounded.scale())))?;
        Money::try_from_minor(fits(rounded.mantissa().checked_mul(pad))?, currency)
    }

    /// The amount `minor` minor units of `currency` if it fits in `i64`, else `Overflow`.
    pub fn try_from_minor(minor: i128, currency: Currency) -> Result<Money, MoneyError> {
        let minor = i64::try_from(minor).map_err(|_| MoneyError::Overflow)?;
        Ok(Money { minor, currency })
    }

    /// The exact amount in major units with the currency's scale (123457 EUR cents is 1234.57).
    pub fn to_decimal(&self) -> Decimal {
        // The exponent comes from the table (at most 3), far below Decimal's maximum scale of 28.
        Decimal::new(self.minor, self.currency.exponent())
    }

    fn same_currency(&self, other: Money) -> Result<Currency, MoneyError> {
        if self.currency == other.currency {
            Ok(self.currency)
        } else {
            Err(MoneyError::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            })
        }
    }

    /// `self + other`; different currencies or an `i64` overflow is an error.
    pub fn checked_add(&self, other: Money) -> Result<Money, MoneyError> {
        let currency = self.same_currency(other)?;
        let minor = fits(self.minor.checked_add(other.minor))?;
        Ok(Money { minor, currency })
    }

    /// `self - other`; different currencies or an `i64` overflow is an error.
    pub fn checked_sub(&self, other: Money) -> Result<Money, MoneyError> {
        let currency = self.same_currency(other)?;
        let minor = fits(self.minor.checked_sub(other.minor))?;
        Ok(Money { minor, currency })
    }

    /// `-self`; only `i64::MIN` minor units overflows.
    pub fn checked_neg(&self) -> Result<Money, MoneyError> {
        let minor = fits(self.minor.checked_neg())?;
        Ok(Money { minor, ..*self })
    }

    /// Sums amounts that must all be in `currency` (an empty sum is zero).
    pub fn checked_sum(
        amounts: impl IntoIterator<Item = Money>,
        currency: Currency,
    ) -> Result<Money, MoneyError> {
        let mut sum = Money::zero(currency);
        for amount in amounts {
            sum = sum.checked_add(amount)?;
        }
        Ok(sum)
    }

    /// Orders two amounts of the same currency; amounts in different currencies do not compare.
    pub fn checked_cmp(&self, other: Money) -> Result<Ordering, MoneyError> {
        self.same_currency(other)?;
        Ok(self.minor.cmp(&other.minor))
    }

    /// Unit price × decimal quantity, rounded half-even to the minor unit; overflow is an error.
    pub fn mul_quantity_round(&self, quantity: Decimal) -> Result<Money, MoneyError> {
        let q = quantity.normalize();
        let exact = i128::from(self.minor)
            .checked_mul(q.mantissa())
            .zip(10_i128.checked_pow(q.scale()));
        match exact {
            Some((n, d)) => Money::try_from_minor(div_round_half_even(n, d)?, self.currency),
            // Only for huge prices times quantities with ~28 significant digits: Decimal keeps
            // 28 significant digits, still far finer than the minor unit being rounded to.
            None => {
                let product = fits(self.to_decimal().checked_mul(q))?;
                Money::from_decimal_round(product, self.currency)
            }
        }
    }

    /// True when the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// True when the amount is exactly zero.
    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }

    /// True when the amount is above zero.
    pub fn is_positive(&self) -> bool {
        self.minor > 0
    }

    /// The amount with exactly the currency's decimals and no code: "1234.57", "1000", "-0.05".
    pub fn format_amount(&self) -> String {
        super::balance::format_minor(i128::from(self.minor), self.currency)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.format_amount(), self.currency)
    }
}

/// The platform fee as a percentage from 0 to 20 with at most two decimals (4, 4.5, 12.25); default 4 %.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct FeeRate {
    /// Hundredths of a percent: 4 % is 400, the maximum 20 % is 2000.
    basis_points: u32,
}

impl FeeRate {
    /// The highest rate the committee may set, in basis points (20 %).
    pub const MAX_BASIS_POINTS: u32 = 2000;

    /// The default rate, 4 %.
    pub const DEFAULT: FeeRate = FeeRate { basis_points: 400 };

    /// Builds a rate from hundredths of a percent (450 is 4.5 %); above 2000 (20 %) is an error.
    pub fn from_basis_points(basis_points: u32) -> Result<FeeRate, MoneyError> {
        if basis_points > Self::MAX_BASIS_POINTS {
            let shown = Decimal::new(i64::from(basis_points), 2).normalize();
            return Err(MoneyError::InvalidFeeRate(shown.to_string()));
        }
        Ok(FeeRate { basis_points })
    }

    /// Parses a percentage such as "4", "4.5", "12.25" or "4.5%" (0..=20, at most two decimals).
    pub fn parse_percent(input: &str) -> Result<FeeRate, MoneyError> {
        let trimmed = input.trim();
        let number = trimmed.strip_suffix('%').unwrap_or(trimmed);
        let invalid = || MoneyError::InvalidFeeRate(trimmed.to_string());
        let basis_points = parse_scaled(number, 2).ok().flatten().ok_or_else(invalid)?;
        let basis_points = u32::try_from(basis_points).map_err(|_| invalid())?;
        FeeRate::from_basis_points(basis_points).map_err(|_| invalid())
    }

    /// Builds a rate from a percentage (0..=20, at most two significant decimals).
    pub fn from_percent(percent: Decimal) -> Result<FeeRate, MoneyError> {
        // Decimal prints plainly (no exponent), and normalizing drops trailing zeros and "-0".
        FeeRate::parse_percent(&percent.normalize().to_string())
    }

    /// The rate as a percentage without trailing zeros (4, 4.5, 12.25).
    pub fn as_percent(&self) -> Decimal {
        Decimal::new(i64::from(self.basis_points), 2).normalize()
    }

    /// The rate in hundredths of a percent (4.5 % is 450), handy for storage.
    pub fn basis_points(&self) -> u32 {
        self.basis_points
    }

    /// `subtotal × rate / 100`, rounded half-even to the minor unit (1234.57 EUR at 4 % is 49.38).
    pub fn fee_on(&self, subtotal: Money) -> Result<Money, MoneyError> {
        let numerator = i128::from(subtotal.minor) * i128::from(self.basis_points);
        Money::try_from_minor(div_round_half_even(numerator, 10_000)?, subtotal.currency)
    }
}

impl Default for FeeRate {
    fn default() -> Self {
        FeeRate::DEFAULT
    }
}

impl fmt::Display for FeeRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.as_percent())
    }
}

impl From<FeeRate> for Decimal {
    fn from(rate: FeeRate) -> Decimal {
        rate.as_percent()
    }
}

impl TryFrom<Decimal> for FeeRate {
    type Error = MoneyError;
    fn try_from(percent: Decimal) -> Result<Self, Self::Error> {
        FeeRate::from_percent(percent)
    }
}

#[cfg(test)]
#[path = "money_tests.rs"]
mod tests;
