use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

const EN: NumberMarks = NumberMarks {
    decimal: '.',
    group: ',',
};
const ES: NumberMarks = NumberMarks {
    decimal: ',',
    group: '.',
};
const FR: NumberMarks = NumberMarks {
    decimal: ',',
    group: '\u{202f}',
};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn a_comma_language_reads_its_own_decimal_and_grouping() {
    assert_eq!(parse_local_decimal("12,50", FR, 2), Ok(dec("12.50")));
    assert_eq!(parse_local_decimal("85.000,00", ES, 2), Ok(dec("85000.00")));
    assert_eq!(parse_local_decimal("1\u{202f}500", FR, 0), Ok(dec("1500")));
    assert_eq!(parse_local_decimal("1 500,5", FR, 2), Ok(dec("1500.5")));
    assert_eq!(parse_local_decimal("1.234.567", ES, 3), Ok(dec("1234567")));
    assert_eq!(parse_local_decimal(" -3,10 ", ES, 2), Ok(dec("-3.10")));
}

#[test]
fn a_point_typed_in_a_comma_language_is_a_decimal_when_it_cannot_be_grouping() {
    assert_eq!(parse_local_decimal("12.50", FR, 2), Ok(dec("12.50")));
    assert_eq!(parse_local_decimal("0.125", ES, 3), Ok(dec("0.125")));
    assert_eq!(parse_local_decimal("1234.567", ES, 3), Ok(dec("1234.567")));
    assert_eq!(parse_local_decimal("1 234.567", FR, 3), Ok(dec("1234.567")));
    assert_eq!(parse_local_decimal("12,5", EN, 2), Ok(dec("12.5")));
}

#[test]
fn one_mark_before_three_digits_is_refused_when_three_decimals_are_allowed() {
    let both = |whole: &str, fraction: &str| {
        Err(LocalNumberError::Ambiguous {
            whole: whole.into(),
            fraction: fraction.into(),
        })
    };
    assert_eq!(parse_local_decimal("1.234", ES, 3), both("1234", "1,234"));
    assert_eq!(parse_local_decimal("1,234", EN, 3), both("1234", "1.234"));
    // A field with at most 2 decimals (a EUR price) can only mean grouping.
    assert_eq!(parse_local_decimal("1.234", ES, 2), Ok(dec("1234")));
    assert_eq!(parse_local_decimal("1,500", EN, 0), Ok(dec("1500")));
}

#[test]
fn odd_input_says_what_is_wrong() {
    assert_eq!(
        parse_local_decimal("  ", ES, 2),
        Err(LocalNumberError::Empty)
    );
    assert_eq!(
        parse_local_decimal("12 €", ES, 2),
        Err(LocalNumberError::NotANumber)
    );
    assert_eq!(
        parse_local_decimal("1e3", EN, 2),
        Err(LocalNumberError::NotANumber)
    );
    assert_eq!(
        parse_local_decimal(",5", ES, 2),
        Err(LocalNumberError::NotANumber)
    );
    assert_eq!(
        parse_local_decimal("12,", ES, 2),
        Err(LocalNumberError::NotANumber)
    );
    assert_eq!(
        parse_local_decimal("1,2,3", ES, 2),
        Err(LocalNumberError::Grouping)
    );
    assert_eq!(
        parse_local_decimal("1.23.456", ES, 2),
        Err(LocalNumberError::Grouping)
    );
    assert_eq!(
        parse_local_decimal("1,234.5", ES, 2),
        Err(LocalNumberError::Grouping)
    );
    assert_eq!(
        parse_local_decimal("1.2.3,4", EN, 2),
        Err(LocalNumberError::Grouping)
    );
    let huge = "9".repeat(40);
    assert_eq!(
        parse_local_decimal(&huge, EN, 2),
        Err(LocalNumberError::TooLarge)
    );
}

#[test]
fn money_takes_the_code_or_yen_sign_and_never_rounds() {
    let eur = Currency::EUR;
    assert_eq!(
        parse_local_money("85.000,00 COP", Currency::COP, ES),
        Ok(Money::from_minor(8_500_000, Currency::COP))
    );
    assert_eq!(
        parse_local_money("¥1,500", Currency::JPY, EN),
        Ok(Money::from_minor(1500, Currency::JPY))
    );
    assert_eq!(
        parse_local_money("12,50", eur, FR),
        Ok(Money::from_minor(1250, eur))
    );
    assert_eq!(
        parse_local_money("12,505", eur, FR),
        Err(LocalNumberError::Money(MoneyError::TooManyDecimals(eur)))
    );
}

proptest! {
    #[test]
    fn any_number_written_with_the_marks_reads_back_exactly(
        int in 0u64..10_000_000_000, frac in 0u32..1000, scale in 0u32..4, spaced in any::<bool>(),
    ) {
        let frac = frac % 10u32.pow(scale);
        for marks in [EN, ES, FR] {
            let digits = int.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(if spaced { ' ' } else { marks.group });
                }
                grouped.push(c);
            }
            let (text, want) = if scale == 0 {
                (grouped, Decimal::from(int))
            } else {
                let f = format!("{frac:0width$}", width = scale as usize);
                (format!("{grouped}{}{f}", marks.decimal), dec(&format!("{int}.{f}")))
            };
            prop_assert_eq!(parse_local_decimal(&text, marks, scale), Ok(want), "{}", text);
        }
    }
}
