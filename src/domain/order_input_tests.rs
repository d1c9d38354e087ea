use rust_decimal::Decimal;

use super::*;
use crate::domain::money::Currency;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn a_quantity_is_not_negative_has_three_decimals_at_most_and_a_bound() {
    assert_eq!(quantity(d("2.5")), Ok(Quantity(2500)));
    assert_eq!(quantity(d("0")), Ok(Quantity(0)));
    assert_eq!(quantity(d("-1")), Err(QuantityProblem::Negative));
    assert_eq!(quantity(d("1.0005")), Err(QuantityProblem::TooManyDecimals));
    assert_eq!(quantity(d("1.5000")), Ok(Quantity(1500)));
    let max = Quantity(MAX_QUANTITY_MILLI);
    assert_eq!(quantity(max.to_decimal()), Ok(max));
    assert_eq!(
        quantity(max.to_decimal() + d("0.001")),
        Err(QuantityProblem::TooLarge { max })
    );
}

#[test]
fn a_cart_line_holds_at_least_the_minimum_and_at_most_the_stock() {
    let (min, stock) = (Quantity(2000), Quantity(10_000));
    assert_eq!(
        cart_line(Quantity(0), min, stock),
        Err(QuantityProblem::Zero)
    );
    assert_eq!(
        cart_line(Quantity(1999), min, stock),
        Err(QuantityProblem::BelowMinimum { min })
    );
    assert_eq!(cart_line(Quantity(2000), min, stock), Ok(()));
    assert_eq!(cart_line(Quantity(10_000), min, stock), Ok(()));
    assert_eq!(
        cart_line(Quantity(10_001), min, stock),
        Err(QuantityProblem::OverStock { stock })
    );
}

#[test]
fn a_refund_is_positive_exact_and_at_most_what_is_left() {
    let left = Money::from_minor(4500, Currency::EUR);
    assert_eq!(
        refund_amount(d("12.5"), left),
        Ok(Money::from_minor(1250, Currency::EUR))
    );
    assert_eq!(refund_amount(d("45.00"), left), Ok(left));
    assert_eq!(refund_amount(d("0"), left), Err(RefundProblem::NotPositive));
    assert_eq!(
        refund_amount(d("-3"), left),
        Err(RefundProblem::NotPositive)
    );
    assert_eq!(
        refund_amount(d("1.005"), left),
        Err(RefundProblem::TooManyDecimals {
            currency: Currency::EUR
        })
    );
    assert_eq!(
        refund_amount(d("45.01"), left),
        Err(RefundProblem::TooMuch { left })
    );
    assert_eq!(
        refund_amount(d("99999999999999999999"), left),
        Err(RefundProblem::TooMuch { left })
    );
    let yen = Money::from_minor(1500, Currency::parse("JPY").unwrap());
    assert!(matches!(
        refund_amount(d("1.5"), yen),
        Err(RefundProblem::TooManyDecimals { .. })
    ));
    assert_eq!(refund_amount(d("1500"), yen), Ok(yen));
}

#[test]
fn rejecting_and_cancelling_need_a_clean_reason_and_others_may_go_without() {
    assert_eq!(reason(Action::Reject, "  "), Err(TextProblem::Missing));
    assert_eq!(reason(Action::Cancel, ""), Err(TextProblem::Missing));
    assert_eq!(reason(Action::Accept, ""), Ok(()));
    assert_eq!(
        reason(Action::Reject, "sold out\u{7}"),
        Err(TextProblem::Control)
    );
    assert_eq!(reason(Action::Reject, "a\nb"), Err(TextProblem::Control));
    assert_eq!(
        reason(Action::Cancel, &"x".repeat(501)),
        Err(TextProblem::TooLong {
            max: 500,
            length: 501
        })
    );
    assert_eq!(reason(Action::Reject, "No more oil this season"), Ok(()));
}

#[test]
fn a_statement_is_written_clean_and_within_its_bound() {
    assert_eq!(statement(" "), Err(TextProblem::Missing));
    assert_eq!(statement("broken\u{1b}[31m"), Err(TextProblem::Control));
    assert_eq!(statement("two\nlines"), Ok(()));
    assert_eq!(
        statement(&"é".repeat(4001)),
        Err(TextProblem::TooLong {
            max: 4000,
            length: 4001
        })
    );
}

#[test]
fn only_actions_that_undo_the_trade_or_take_money_back_are_drawn_as_warnings() {
    let mut drastic: Vec<&str> = Action::ALL
        .iter()
        .filter(|a| is_drastic(**a))
        .map(|a| a.as_str())
        .collect();
    drastic.sort_unstable();
    assert_eq!(
        drastic,
        ["cancel", "dispute", "refund", "reject", "resolve_refund"]
    );
}

#[test]
fn a_delivery_address_and_note_keep_their_lines_but_no_other_control_character() {
    assert_eq!(
        delivery("Roskildevej 65\r\n2620 Albertslund", "Ring\ttwice"),
        vec![]
    );
    assert_eq!(
        delivery("Roskildevej\u{7} 65", "Ring \u{1b}[31mtwice"),
        vec![
            ("delivery_address", TextProblem::Control),
            ("note", TextProblem::Control)
        ]
    );
    assert_eq!(
        delivery("", "a\u{85}b"),
        vec![("note", TextProblem::Control)]
    );
    assert_eq!(
        delivery(&"x".repeat(1001), &"y".repeat(2000)),
        vec![(
            "delivery_address",
            TextProblem::TooLong {
                max: 1000,
                length: 1001
            }
        )]
    );
}
