//! Amounts in Stripe's minor units. Our minor unit is ISO 4217's (EUR cents, whole JPY and XOF,
//! KWD fils); Stripe's is the same for every currency we know, with one rule on top: three-decimal
//! currencies (BHD, JOD, KWD, OMR, TND) are charged and refunded in whole tens of their minor unit,
//! because Stripe's card partners refuse a last digit other than 0. An amount we cannot send as it
//! is gets refused with a message; it is never rounded, since that would charge another amount.
use crate::domain::money::{Currency, Money};
use crate::error::AppError;

/// The amount of `m` as Stripe's `amount` field of a charge, PaymentIntent or refund.
pub fn charge_amount(m: Money) -> Result<i64, AppError> {
    let c = m.currency;
    if c.exponent() == 3 && m.minor % 10 != 0 {
        let why = crate::error::Msg::code("payments-error-card-steps")
            .money("amount", m.minor, c.code(), c.exponent())
            .arg("currency", c.code());
        return Err(AppError::Conflict(why));
    }
    Ok(m.minor)
}

/// The amount of `m` as Stripe's `amount` of a Transfer or a transfer reversal (movements between
/// Stripe balances, which take every minor unit).
pub fn transfer_amount(m: Money) -> i64 {
    m.minor
}

/// Stripe's lower-case currency code for `c` ("eur", "jpy", "xof").
pub fn currency_code(c: Currency) -> String {
    c.code().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(s: &str, c: Currency) -> Money {
        Money::parse(s, c).unwrap()
    }

    #[test]
    fn two_decimal_currencies_go_in_cents() {
        assert_eq!(charge_amount(money("12.34", Currency::EUR)).unwrap(), 1234);
        assert_eq!(charge_amount(money("0.01", Currency::USD)).unwrap(), 1);
    }

    #[test]
    fn zero_decimal_currencies_go_in_whole_units() {
        assert_eq!(charge_amount(money("1500", Currency::JPY)).unwrap(), 1500);
        assert_eq!(charge_amount(money("2500", Currency::XOF)).unwrap(), 2500);
        assert_eq!(charge_amount(money("990", Currency::KRW)).unwrap(), 990);
    }

    #[test]
    fn three_decimal_currencies_must_end_in_zero_for_charges_but_not_transfers() {
        assert_eq!(charge_amount(money("5.120", Currency::KWD)).unwrap(), 5120);
        let odd = money("5.124", Currency::KWD);
        let err = charge_amount(odd).unwrap_err();
        assert_eq!(err.status(), 409);
        assert!(err.to_string().contains("KWD\u{a0}5.124"), "{err}");
        assert_eq!(transfer_amount(odd), 5124);
    }

    #[test]
    fn codes_are_lower_case() {
        assert_eq!(currency_code(Currency::XOF), "xof");
    }
}
