//! What the buyer agreed to: the terms a cart line went in on against what the listing offers
//! when the buyer checks out, and the total an API client expects to pay.
use std::fmt;

use crate::domain::catalog::Quantity;
use crate::domain::fee_split::{split_fee, FeeSplit, SplitPolicy};
use crate::domain::money::{Currency, FeeRate, Money, MoneyError};
use crate::error::Msg;

/// The terms of a listing a buyer agrees to when adding it to a cart: unit price and minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Terms {
    pub unit_price: Money,
    pub min_order: Quantity,
}

/// What a listing offers a cart line now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    pub terms: Terms,
    /// Active, from an admitted seller.
    pub for_sale: bool,
    pub stock: Quantity,
}

/// One way a cart line's listing changed since the line went into the cart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Price {
        was: Money,
        now: Money,
    },
    Minimum {
        was: Quantity,
        now: Quantity,
    },
    NotForSale,
    /// Less stock left than the line wants.
    Short {
        left: Quantity,
    },
}

impl Change {
    /// A new price or minimum the buyer can accept; the others need a change to the cart.
    pub fn can_be_confirmed(&self) -> bool {
        matches!(self, Change::Price { .. } | Change::Minimum { .. })
    }

    /// The change said in the reader's language, amounts of goods in `unit`.
    pub fn msg(&self, unit: &str) -> Msg {
        let money = |m: Msg, name: &'static str, v: &Money| {
            m.money(name, v.minor, v.currency.code(), v.currency.exponent())
        };
        match self {
            Change::Price { was, now } => money(
                money(Msg::code("order-change-price"), "was", was),
                "now",
                now,
            ),
            Change::Minimum { was, now } => Msg::code("order-change-minimum")
                .goods("was", was.0, unit)
                .goods("now", now.0, unit),
            Change::NotForSale => Msg::code("order-change-not-for-sale"),
            Change::Short { left } => Msg::code("order-change-short").goods("left", left.0, unit),
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Price { was, now } => write!(f, "price was {was}, now {now}"),
            Change::Minimum { was, now } => write!(f, "minimum order was {was}, now {now}"),
            Change::NotForSale => write!(f, "no longer for sale"),
            Change::Short { left } => write!(f, "only {left} left"),
        }
    }
}

/// Every change between the terms a line of `quantity` was agreed on and what is offered now.
/// A line may be placed only when this is empty: the buyer pays the price they saw.
pub fn changes(agreed: Terms, quantity: Quantity, offer: &Offer) -> Vec<Change> {
    let mut out = Vec::new();
    if !offer.for_sale {
        out.push(Change::NotForSale);
    }
    if agreed.unit_price != offer.terms.unit_price {
        out.push(Change::Price {
            was: agreed.unit_price,
            now: offer.terms.unit_price,
        });
    }
    if agreed.min_order != offer.terms.min_order {
        out.push(Change::Minimum {
            was: agreed.min_order,
            now: offer.terms.min_order,
        });
    }
    if offer.for_sale && offer.stock < quantity {
        out.push(Change::Short { left: offer.stock });
    }
    out
}

/// A line's total: the unit price times the quantity, rounded half-even to the minor unit.
pub fn line_total(unit_price: Money, quantity: Quantity) -> Result<Money, MoneyError> {
    unit_price.mul_quantity_round(quantity.to_decimal())
}

/// What one seller's order costs: its subtotal, the fee at the rate in force, and the fee's
/// split under the policy in force. The cart shows it and placement stores it, so they agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    pub subtotal: Money,
    pub fee: Money,
    pub split: FeeSplit,
}

/// Quotes an order of `lines` (line totals, all in `currency`) at `rate` under `policy`.
pub fn quote(
    lines: impl IntoIterator<Item = Money>,
    currency: Currency,
    rate: FeeRate,
    policy: &SplitPolicy,
) -> Result<Quote, MoneyError> {
    let subtotal = Money::checked_sum(lines, currency)?;
    let fee = rate.fee_on(subtotal)?;
    let split = split_fee(fee, policy)?;
    Ok(Quote {
        subtotal,
        fee,
        split,
    })
}

/// Sums `amounts` per currency, currencies in their first order of appearance.
pub fn totals(amounts: impl IntoIterator<Item = Money>) -> Result<Vec<Money>, MoneyError> {
    let mut out: Vec<Money> = Vec::new();
    for a in amounts {
        match out.iter_mut().find(|t| t.currency == a.currency) {
            Some(t) => *t = t.checked_add(a)?,
            None => out.push(a),
        }
    }
    Ok(out)
}

/// Checks a placement's totals (one per currency) against the buyer's expected totals: the
/// same currencies, each with exactly the same amount. The error says what the totals are.
pub fn check_expected(expected: &[Money], placed: &[Money]) -> Result<(), Msg> {
    let same = expected.len() == placed.len() && placed.iter().all(|p| expected.contains(p));
    if same {
        return Ok(());
    }
    let amounts = |ms: &[Money]| -> Vec<(i64, &'static str, u32)> {
        ms.iter()
            .map(|m| (m.minor, m.currency.code(), m.currency.exponent()))
            .collect()
    };
    Err(Msg::code("order-error-expected-total")
        .sum("placed", &amounts(placed))
        .sum("expected", &amounts(expected)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;

    fn eur(minor: i64) -> Money {
        Money::from_minor(minor, Currency::EUR)
    }

    fn offer(price: i64, min: i64, for_sale: bool, stock: i64) -> Offer {
        Offer {
            terms: Terms {
                unit_price: eur(price),
                min_order: Quantity(min),
            },
            for_sale,
            stock: Quantity(stock),
        }
    }

    const AGREED: Terms = Terms {
        unit_price: Money::from_minor(1000, Currency::EUR),
        min_order: Quantity(1000),
    };

    #[test]
    fn a_line_on_unchanged_terms_with_stock_has_no_changes() {
        assert_eq!(
            changes(AGREED, Quantity(3000), &offer(1000, 1000, true, 3000)),
            []
        );
    }

    #[test]
    fn every_change_is_named_with_old_and_new() {
        let found = changes(AGREED, Quantity(3000), &offer(100_000, 5000, true, 2000));
        assert_eq!(
            found,
            [
                Change::Price {
                    was: eur(1000),
                    now: eur(100_000)
                },
                Change::Minimum {
                    was: Quantity(1000),
                    now: Quantity(5000)
                },
                Change::Short {
                    left: Quantity(2000)
                },
            ]
        );
        assert_eq!(found[0].to_string(), "price was 10.00 EUR, now 1000.00 EUR");
        assert!(found[0].can_be_confirmed() && !found[2].can_be_confirmed());
        let paused = changes(AGREED, Quantity(1000), &offer(1000, 1000, false, 0));
        assert_eq!(paused, [Change::NotForSale]);
    }

    #[test]
    fn expected_totals_must_match_per_currency() {
        let dkk = Money::from_minor(500, Currency::DKK);
        let placed = totals([eur(1000), dkk, eur(2000)]).unwrap();
        assert_eq!(placed, [eur(3000), dkk]);
        assert_eq!(check_expected(&[dkk, eur(3000)], &placed), Ok(()));
        assert_eq!(
            check_expected(&[eur(2999), dkk], &placed)
                .unwrap_err()
                .to_string(),
            "the total is EUR\u{a0}30.00 + DKK\u{a0}5.00, not the expected EUR\u{a0}29.99 + \
             DKK\u{a0}5.00; check the prices and send the new total"
        );
        assert!(check_expected(&[eur(3000)], &placed).is_err());
    }

    #[test]
    fn a_quote_charges_the_fee_on_the_subtotal_and_splits_it_under_the_policy() {
        let rate = FeeRate::from_percent(rust_decimal::Decimal::new(4, 0)).unwrap();
        let lines = [
            line_total(eur(1000), Quantity(2500)).unwrap(),
            line_total(eur(9845), Quantity(1000)).unwrap(),
        ];
        assert_eq!(lines, [eur(2500), eur(9845)]);
        let q = quote(lines, Currency::EUR, rate, &SplitPolicy::default()).unwrap();
        assert_eq!((q.subtotal, q.fee), (eur(12345), eur(494)));
        let split = (q.split.pool, q.split.seller_share, q.split.buyer_share);
        assert_eq!(split, (eur(247), eur(124), eur(123)));
    }
}
