//! Money and messages of the committee's, pool and ledger pages in the viewer's language:
//! amounts through `Tr` (exact, from minor units), and the store's English messages that these
//! pages show, translated where a message is known (the rest stay as they are until the store
//! returns codes, see docs/i18n.md).
use i18n::Tr;
use rust_decimal::Decimal;

use crate::domain::balance::Balance;
use crate::domain::money::{Currency, Money};
use crate::error::FieldErrors;

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

/// English messages these pages show, by the text before and after their one variable part,
/// and the Fluent key that says them (with that part as `$value`).
const KNOWN: &[(&str, &str, &str)] = &[
    ("no user is registered as '", "'", "error-no-such-user"),
    (
        "fee rate must be a percentage from 0 to 20 with at most 2 decimals, got '",
        "'",
        "error-fee-rate",
    ),
    ("unknown currency code '", "'", "error-unknown-currency"),
    ("no amount given", "", "number-empty"),
    (
        "something went wrong on our side; it has been logged",
        "",
        "error-internal",
    ),
    ("the amount must be positive", "", "error-amount-positive"),
    ("give the spending a title", "", "error-title-empty"),
    ("say what the money is for", "", "error-purpose-empty"),
    (
        "choose an admitted co-op to receive the money",
        "",
        "error-recipient",
    ),
    ("a rejection needs a reason", "", "error-reason-needed"),
    (
        "you have already approved this",
        "",
        "error-already-approved",
    ),
    (
        "you belong to a co-op that receives money here, so you cannot vote on it",
        "",
        "error-conflict-of-interest",
    ),
    (
        "this has already been decided (",
        ")",
        "error-already-decided",
    ),
    ("write what happened", "", "error-statement-empty"),
    (
        "choose one of the co-op's accounts",
        "",
        "error-ledger-account",
    ),
    ("use a date like 2026-11-25", "", "error-date-format"),
    (
        "use a date between 0001-01-01 and 9999-12-31",
        "",
        "error-date-range",
    ),
    (
        "this order is between other co-ops",
        "",
        "error-forbidden-order",
    ),
    (
        "keep it to 4000 characters (this is ",
        ")",
        "error-statement-long",
    ),
];

/// One message in the viewer's language when it is known, else as it is.
pub fn message(tr: &Tr, m: &str) -> String {
    for (before, after, key) in KNOWN {
        let value = m.strip_prefix(before).and_then(|r| r.strip_suffix(after));
        match value {
            Some(_) if after.is_empty() && m == *before => return tr.t(key),
            Some(v) if !after.is_empty() => {
                return tr.t_args(key, &[("value", v.to_owned().into())])
            }
            _ => {}
        }
    }
    m.to_owned()
}

/// Field errors in the viewer's language: the foundation's known messages, then these pages'.
pub fn field_errors(tr: &Tr, errs: FieldErrors) -> FieldErrors {
    let errs = super::local_input::field_errors(tr, errs);
    FieldErrors(
        errs.0
            .into_iter()
            .map(|(f, m)| (f, message(tr, &m)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::message;
    use i18n::{Lang, Tr};

    #[test]
    fn known_store_messages_are_said_in_the_viewers_language_and_others_kept() {
        let (fr, ja) = (
            Tr::new(Lang::Fr, i18n::chrono_tz::UTC),
            Tr::new(Lang::Ja, i18n::chrono_tz::UTC),
        );
        assert_eq!(
            message(&fr, "a rejection needs a reason"),
            "un rejet doit être motivé"
        );
        assert_eq!(
            message(&fr, "this has already been decided (rejected)"),
            "c’est déjà décidé (rejeté)"
        );
        assert_eq!(
            message(&ja, "no user is registered as 'x@y.z'"),
            "「x@y.z」で登録されたユーザーはいません"
        );
        assert_eq!(message(&fr, "something else"), "something else");
    }
}
