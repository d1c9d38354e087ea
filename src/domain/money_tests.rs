//! Tests for `money`: currencies, parsing, rounding, arithmetic, formatting and fee rates.

use super::*;
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    Decimal::from_str_exact(s).unwrap()
}

fn eur(minor: i64) -> Money {
    Money::from_minor(minor, Currency::EUR)
}

fn any_currency() -> impl Strategy<Value = Currency> {
    proptest::sample::select(Currency::ALL.to_vec())
}

#[test]
fn the_currency_table_has_the_required_codes_and_exponents() {
    let expected = concat!(
        "EUR2 USD2 GBP2 DKK2 SEK2 NOK2 CHF2 LKR2 COP2 INR2 BRL2 MXN2 ZAR2 KES2 ",
        "XOF0 XAF0 JPY0 KRW0 KWD3 BHD3 JOD3 OMR3 TND3 ",
    );
    for entry in expected.split_whitespace() {
        let (code, exponent) = (&entry[..3], entry[3..].parse::<u32>().unwrap());
        let c = Currency::parse(code).unwrap();
        assert_eq!(c.code(), code);
        assert_eq!(c.exponent(), exponent, "{code}");
        assert_eq!(c.to_string(), code);
    }
    assert_eq!(Currency::ALL.len(), expected.split_whitespace().count());
}

#[test]
fn every_code_is_three_uppercase_letters_and_unique() {
    for (i, c) in Currency::ALL.iter().enumerate() {
        assert_eq!(c.code().len(), 3);
        assert!(c.code().bytes().all(|b| b.is_ascii_uppercase()));
        assert!(Currency::ALL[i + 1..].iter().all(|o| o.code() != c.code()));
    }
}

#[test]
fn currency_parsing_ignores_case_and_rejects_unknown_codes() {
    assert_eq!(Currency::parse("eur").unwrap(), Currency::EUR);
    assert_eq!(Currency::parse(" Jpy ").unwrap(), Currency::JPY);
    assert_eq!("kwd".parse::<Currency>().unwrap(), Currency::KWD);
    let err = Currency::parse("XYZ").unwrap_err();
    assert_eq!(err, MoneyError::UnknownCurrency("XYZ".into()));
    assert_eq!(err.to_string(), "unknown currency code 'XYZ'");
    for bad in ["", "EU", "EURO", "E U", "€"] {
        assert!(Currency::parse(bad).is_err(), "{bad:?}");
    }
    assert_eq!(Currency::EUR.minor_per_major(), 100);
    assert_eq!(Currency::JPY.minor_per_major(), 1);
    assert_eq!(Currency::KWD.minor_per_major(), 1000);
}

#[test]
fn currency_and_money_serialize_as_codes() {
    assert_eq!(serde_json::to_string(&Currency::EUR).unwrap(), "\"EUR\"");
    let c: Currency = serde_json::from_str("\"jpy\"").unwrap();
    assert_eq!(c, Currency::JPY);
    assert!(serde_json::from_str::<Currency>("\"XYZ\"").is_err());
    let json = serde_json::to_string(&eur(123457)).unwrap();
    assert_eq!(json, r#"{"minor":123457,"currency":"EUR"}"#);
    assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), eur(123457));
}

#[test]
fn parses_amounts_per_currency() {
    let cases = [
        ("12", Currency::EUR, 1200),
        ("12.5", Currency::EUR, 1250),
        ("12.50", Currency::EUR, 1250),
        ("-3.1", Currency::EUR, -310),
        ("+0.01", Currency::EUR, 1),
        ("-0", Currency::EUR, 0),
        (" 007.05 ", Currency::USD, 705),
        ("1000", Currency::JPY, 1000),
        ("-7", Currency::XOF, -7),
        ("1.234", Currency::KWD, 1234),
        ("1.2", Currency::KWD, 1200),
        ("92233720368547758.07", Currency::EUR, i64::MAX),
        ("-92233720368547758.08", Currency::EUR, i64::MIN),
        ("9223372036854775807", Currency::JPY, i64::MAX),
    ];
    for (input, currency, minor) in cases {
        assert_eq!(
            Money::parse(input, currency),
            Ok(Money::from_minor(minor, currency)),
            "{input} {currency}"
        );
    }
}

#[test]
fn refuses_more_decimals_than_the_currency_has() {
    let err = Money::parse("1.234", Currency::EUR).unwrap_err();
    assert_eq!(err.to_string(), "EUR allows at most 2 decimals");
    let err = Money::parse("1.5", Currency::JPY).unwrap_err();
    assert_eq!(err, MoneyError::TooManyDecimals(Currency::JPY));
    assert_eq!(err.to_string(), "JPY allows no decimals");
    assert_eq!(
        Money::parse("1.2345", Currency::KWD)
            .unwrap_err()
            .to_string(),
        "KWD allows at most 3 decimals"
    );
    // Trailing zeros count as decimals too: the input must fit the currency as written.
    assert!(Money::parse("1.230", Currency::EUR).is_err());
    assert!(Money::parse("5.0", Currency::JPY).is_err());
}

#[test]
fn refuses_garbage_empty_and_exponent_notation() {
    assert_eq!(Money::parse("", Currency::EUR), Err(MoneyError::Empty));
    assert_eq!(Money::parse("   ", Currency::EUR), Err(MoneyError::Empty));
    let err = Money::parse("abc", Currency::EUR).unwrap_err();
    assert_eq!(err.to_string(), "not a number: 'abc'");
    let garbage = [
        "1e5", "1E2", "1.2.3", "12.", ".5", "1,000", "1 000", "--1", "-+1", "- 1", "0x10", "１２",
        "NaN", "inf", "12€", "€12", "1_000", "+", "-", ".",
    ];
    for g in garbage {
        assert_eq!(
            Money::parse(g, Currency::EUR),
            Err(MoneyError::NotANumber(g.trim().to_string())),
            "{g:?}"
        );
    }
}

#[test]
fn refuses_amounts_that_overflow() {
    for input in [
        "92233720368547758.08",
        "-92233720368547758.09",
        "9223372036854775808",
        "99999999999999999999999999999999999999999999999999",
    ] {
        let currency = if input.contains('.') {
            Currency::EUR
        } else {
            Currency::JPY
        };
        let err = Money::parse(input, currency).unwrap_err();
        assert_eq!(err, MoneyError::Overflow, "{input}");
        assert_eq!(err.to_string(), "amount too large");
    }
}

#[test]
fn displays_exactly_the_currencys_decimals() {
    assert_eq!(eur(123457).to_string(), "1234.57 EUR");
    assert_eq!(eur(123457).format_amount(), "1234.57");
    assert_eq!(eur(5).to_string(), "0.05 EUR");
    assert_eq!(eur(-5).to_string(), "-0.05 EUR");
    assert_eq!(eur(1200).to_string(), "12.00 EUR");
    assert_eq!(
        Money::from_minor(1000, Currency::JPY).to_string(),
        "1000 JPY"
    );
    assert_eq!(
        Money::from_minor(1234, Currency::KWD).to_string(),
        "1.234 KWD"
    );
    assert_eq!(
        Money::from_minor(-1, Currency::KWD).to_string(),
        "-0.001 KWD"
    );
    assert_eq!(eur(i64::MIN).format_amount(), "-92233720368547758.08");
    assert_eq!(Money::zero(Currency::BHD).to_string(), "0.000 BHD");
}

#[test]
fn converts_to_decimal_exactly() {
    assert_eq!(eur(123457).to_decimal(), d("1234.57"));
    assert_eq!(eur(123457).to_decimal().scale(), 2);
    assert_eq!(
        Money::from_minor(-1000, Currency::JPY).to_decimal(),
        d("-1000")
    );
    assert_eq!(Money::from_minor(1, Currency::TND).to_decimal(), d("0.001"));
}

#[test]
fn rounds_decimals_half_even_to_the_minor_unit() {
    let cases = [
        ("2.345", Currency::EUR, 234),
        ("2.355", Currency::EUR, 236),
        ("2.365", Currency::EUR, 236),
        ("2.3451", Currency::EUR, 235),
        ("2.3449999", Currency::EUR, 234),
        ("-2.345", Currency::EUR, -234),
        ("-2.355", Currency::EUR, -236),
        ("0.005", Currency::EUR, 0),
        ("0.015", Currency::EUR, 2),
        ("12", Currency::EUR, 1200),
        ("2.5", Currency::JPY, 2),
        ("3.5", Currency::JPY, 4),
        ("-0.5", Currency::JPY, 0),
        ("1.2345", Currency::KWD, 1234),
        ("1.2355", Currency::KWD, 1236),
        ("92233720368547758.07", Currency::EUR, i64::MAX),
    ];
    for (input, currency, minor) in cases {
        assert_eq!(
            Money::from_decimal_round(d(input), currency),
            Ok(Money::from_minor(minor, currency)),
            "{input} {currency}"
        );
    }
    assert_eq!(
        Money::from_decimal_round(d("92233720368547758.08"), Currency::EUR),
        Err(MoneyError::Overflow)
    );
    assert_eq!(
        Money::from_decimal_round(Decimal::MAX, Currency::JPY),
        Err(MoneyError::Overflow)
    );
}

#[test]
fn division_rounds_half_even_in_both_directions() {
    let cases = [
        (5, 2, 2),
        (7, 2, 4),
        (-5, 2, -2),
        (-7, 2, -4),
        (1, 2, 0),
        (3, 2, 2),
        (-1, 2, 0),
        (10, 4, 2),
        (14, 4, 4),
        (11, 4, 3),
        (9, 4, 2),
        (-9, 4, -2),
        (-11, 4, -3),
        (5, -2, -2),
        (0, 7, 0),
        (i128::MAX, 1, i128::MAX),
    ];
    for (n, den, q) in cases {
        assert_eq!(div_round_half_even(n, den), Ok(q), "{n}/{den}");
    }
    assert_eq!(div_round_half_even(1, 0), Err(MoneyError::Overflow));
    assert_eq!(
        div_round_half_even(i128::MIN, -1),
        Err(MoneyError::Overflow)
    );
}

#[test]
fn arithmetic_is_checked() {
    assert_eq!(eur(150).checked_add(eur(-50)), Ok(eur(100)));
    assert_eq!(eur(150).checked_sub(eur(200)), Ok(eur(-50)));
    assert_eq!(eur(150).checked_neg(), Ok(eur(-150)));
    assert_eq!(eur(i64::MAX).checked_add(eur(1)), Err(MoneyError::Overflow));
    assert_eq!(eur(i64::MIN).checked_sub(eur(1)), Err(MoneyError::Overflow));
    assert_eq!(eur(i64::MIN).checked_neg(), Err(MoneyError::Overflow));
    let jpy = Money::from_minor(1, Currency::JPY);
    let err = eur(1).checked_add(jpy).unwrap_err();
    assert_eq!(err.to_string(), "currency mismatch: EUR vs JPY");
    assert!(eur(1).checked_sub(jpy).is_err());
    assert!(eur(1).checked_cmp(jpy).is_err());
    assert_eq!(eur(1).checked_cmp(eur(2)), Ok(Ordering::Less));
    assert_eq!(
        Money::checked_sum([eur(1), eur(2), eur(3)], Currency::EUR),
        Ok(eur(6))
    );
    assert_eq!(Money::checked_sum([], Currency::EUR), Ok(eur(0)));
    assert!(Money::checked_sum([eur(1), jpy], Currency::EUR).is_err());
    assert!(eur(-1).is_negative() && !eur(-1).is_zero() && !eur(-1).is_positive());
    assert!(eur(0).is_zero() && !eur(0).is_negative() && !eur(0).is_positive());
    assert!(eur(1).is_positive());
}

#[test]
fn multiplies_by_decimal_quantities_rounding_half_even() {
    assert_eq!(eur(299).mul_quantity_round(d("1.5")), Ok(eur(448))); // 4.485
    assert_eq!(eur(199).mul_quantity_round(d("2.5")), Ok(eur(498))); // 4.975
    assert_eq!(eur(1).mul_quantity_round(d("0.5")), Ok(eur(0))); // 0.005
    assert_eq!(eur(3).mul_quantity_round(d("0.5")), Ok(eur(2))); // 0.015
    assert_eq!(eur(1250).mul_quantity_round(d("3")), Ok(eur(3750)));
    assert_eq!(eur(1250).mul_quantity_round(d("3.000")), Ok(eur(3750)));
    assert_eq!(eur(1250).mul_quantity_round(Decimal::ZERO), Ok(eur(0)));
    let yen = Money::from_minor(333, Currency::JPY);
    assert_eq!(
        yen.mul_quantity_round(d("0.5")),
        Ok(Money::from_minor(166, Currency::JPY))
    );
    assert_eq!(
        eur(i64::MAX).mul_quantity_round(d("2")),
        Err(MoneyError::Overflow)
    );
    assert_eq!(
        eur(1).mul_quantity_round(Decimal::MAX),
        Err(MoneyError::Overflow)
    );
    // A quantity with 28 significant digits on a huge price takes the Decimal path.
    let third = Decimal::ONE / Decimal::from(3);
    assert_eq!(
        eur(1_000_000_000_000).mul_quantity_round(third),
        Ok(eur(333_333_333_333))
    );
}

#[test]
fn fee_rates_parse_as_percentages_up_to_twenty_with_two_decimals() {
    for (input, bp) in [
        ("4", 400),
        ("4.5", 450),
        ("12.25", 1225),
        ("0", 0),
        ("20", 2000),
        ("20.00", 2000),
        ("4.5%", 450),
        (" 7 % ", 700),
    ] {
        assert_eq!(
            FeeRate::parse_percent(input).unwrap().basis_points(),
            bp,
            "{input}"
        );
    }
    for bad in ["20.01", "21", "-1", "4.125", "abc", "", "1e1", "%", "4%%"] {
        assert!(FeeRate::parse_percent(bad).is_err(), "{bad:?}");
    }
    assert_eq!(
        FeeRate::parse_percent("25").unwrap_err().to_string(),
        "fee rate must be a percentage from 0 to 20 with at most 2 decimals, got '25'"
    );
    assert_eq!(
        FeeRate::from_percent(d("4.50")).unwrap().as_percent(),
        d("4.5")
    );
    assert_eq!(
        FeeRate::from_percent(d("12.2500")).unwrap().basis_points(),
        1225
    );
    assert_eq!(FeeRate::from_percent(d("-0")).unwrap().basis_points(), 0);
    for bad in ["4.125", "-0.01", "20.01", "1000000"] {
        assert!(FeeRate::from_percent(d(bad)).is_err(), "{bad}");
    }
    assert!(FeeRate::from_basis_points(2001).is_err());
    assert_eq!(FeeRate::default(), FeeRate::DEFAULT);
    assert_eq!(FeeRate::default().as_percent(), d("4"));
    assert_eq!(FeeRate::from_basis_points(450).unwrap().to_string(), "4.5%");
}

#[test]
fn fee_is_the_subtotal_times_the_rate_rounded_half_even() {
    let four = FeeRate::default();
    assert_eq!(four.fee_on(eur(123457)), Ok(eur(4938))); // 49.3828
    assert_eq!(four.fee_on(eur(12350)), Ok(eur(494))); // the 4.94 fee of DESIGN.md
    let ten = FeeRate::parse_percent("10").unwrap();
    assert_eq!(ten.fee_on(eur(25)), Ok(eur(2))); // 2.5 cents -> 2
    assert_eq!(ten.fee_on(eur(35)), Ok(eur(4))); // 3.5 cents -> 4
    let rate = FeeRate::parse_percent("4.5").unwrap();
    let yen = Money::from_minor(1000, Currency::JPY);
    assert_eq!(rate.fee_on(yen), Ok(Money::from_minor(45, Currency::JPY)));
    let kwd = Money::from_minor(1234, Currency::KWD);
    assert_eq!(four.fee_on(kwd), Ok(Money::from_minor(49, Currency::KWD))); // 0.04936
    let max = FeeRate::from_basis_points(2000).unwrap();
    assert_eq!(max.fee_on(eur(i64::MAX)), Ok(eur(i64::MAX / 5))); // ...161.4 rounds down
    assert_eq!(
        FeeRate::from_basis_points(0).unwrap().fee_on(eur(999)),
        Ok(eur(0))
    );
}

#[test]
fn fee_rate_serializes_as_a_percentage() {
    let rate = FeeRate::parse_percent("4.5").unwrap();
    assert_eq!(serde_json::to_string(&rate).unwrap(), "\"4.5\"");
    assert_eq!(
        serde_json::from_str::<FeeRate>("\"12.25\"")
            .unwrap()
            .basis_points(),
        1225
    );
    assert!(serde_json::from_str::<FeeRate>("\"25\"").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(10_000)
    })]

    #[test]
    fn formatting_then_parsing_gives_back_the_amount(minor in any::<i64>(), c in any_currency()) {
        let m = Money::from_minor(minor, c);
        prop_assert_eq!(Money::parse(&m.format_amount(), c), Ok(m));
        prop_assert_eq!(Money::from_decimal_round(m.to_decimal(), c), Ok(m));
    }

    #[test]
    fn whole_quantities_multiply_exactly(minor in -1_000_000_000_i64..1_000_000_000, q in -1000_i64..1000) {
        let m = eur(minor);
        prop_assert_eq!(m.mul_quantity_round(Decimal::from(q)), Ok(eur(minor * q)));
    }

    #[test]
    fn rounding_is_within_half_a_minor_unit(mantissa in any::<i64>(), scale in 0_u32..8, c in any_currency()) {
        let value = Decimal::new(mantissa, scale);
        if let Ok(m) = Money::from_decimal_round(value, c) {
            let error = (m.to_decimal() - value).abs() * Decimal::from(c.minor_per_major());
            prop_assert!(error <= d("0.5"));
        }
    }

    #[test]
    fn fee_is_within_half_a_minor_unit_of_the_exact_fee(minor in 0_i64..1_000_000_000_000_000, bp in 0_u32..=2000) {
        let rate = FeeRate::from_basis_points(bp).unwrap();
        let fee = rate.fee_on(eur(minor)).unwrap();
        let exact = i128::from(minor) * i128::from(bp);
        prop_assert!((i128::from(fee.minor) * 10_000 - exact).abs() <= 5_000);
    }
}
