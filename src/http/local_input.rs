//! What people type, read in their language: numbers with their own marks, and the messages of
//! field errors (still English in the store) told in their language where a translation exists.
use i18n::{FluentValue, Tr};
use rust_decimal::Decimal;

use crate::domain::local_number::{parse_local_decimal, LocalNumberError, NumberMarks};
use crate::error::{AppError, FieldErrors};

/// The viewer's number marks, as ICU writes them.
pub fn marks(tr: &Tr) -> NumberMarks {
    let s = tr.separators();
    NumberMarks {
        decimal: s.decimal,
        group: s.group,
    }
}

/// A number field typed in the viewer's language, as the plain `1234.5` the domain parses, or a
/// 422 beside `field` saying how to write it. `max_scale`: the decimals the field allows.
pub fn number(tr: &Tr, field: &'static str, raw: &str, max_scale: u32) -> Result<String, AppError> {
    parse_local_decimal(raw, marks(tr), max_scale)
        .map(|d| d.to_string())
        .map_err(|e| FieldErrors::single(field, number_message(tr, raw.trim(), &e)))
}

/// The message for a number that could not be read, with an example in the viewer's marks.
pub fn number_message(tr: &Tr, value: &str, e: &LocalNumberError) -> String {
    let example = tr.number(Decimal::new(12_345, 1));
    let v = |k: &'static str, s: &str| (k, FluentValue::from(s.to_owned()));
    match e {
        LocalNumberError::Empty => tr.t("number-empty"),
        LocalNumberError::NotANumber => tr.t_args(
            "number-invalid",
            &[v("value", value), v("example", &example)],
        ),
        LocalNumberError::Grouping => tr.t_args(
            "number-grouping",
            &[v("value", value), v("example", &example)],
        ),
        LocalNumberError::Ambiguous { whole, fraction } => tr.t_args(
            "number-ambiguous",
            &[
                v("value", value),
                v("whole", whole),
                v("fraction", fraction),
            ],
        ),
        LocalNumberError::TooLarge => tr.t_args("number-too-large", &[v("value", value)]),
        LocalNumberError::Money(m) => m.to_string(),
    }
}

/// The store's English field messages that the converted pages show, and their Fluent keys.
const KNOWN: &[(&str, &str)] = &[
    ("wrong e-mail address or password", "error-wrong-login"),
    (
        "this e-mail address is already registered",
        "error-email-taken",
    ),
    ("enter an e-mail address", "error-email-empty"),
    ("use at least 10 characters", "error-password-short"),
    ("use at most 128 characters", "error-password-long"),
    (
        "this password is too easy to guess",
        "error-password-common",
    ),
    ("enter a name", "error-name-empty"),
    ("the name is longer than 100 characters", "error-name-long"),
];

/// Field errors in the viewer's language where a message is known; others stay as they are
/// until their layer returns codes (see docs/i18n.md).
pub fn field_errors(tr: &Tr, errs: FieldErrors) -> FieldErrors {
    use super::local_errors;
    let one = |m: String| {
        let known = KNOWN.iter().chain(local_errors::KNOWN);
        if let Some((_, key)) = known.into_iter().find(|(en, _)| *en == m) {
            return tr.t(key);
        }
        for (before, after, key) in local_errors::AROUND {
            if let Some(v) = m.strip_prefix(before).and_then(|r| r.strip_suffix(after)) {
                return tr.t_args(key, &[("value", v.to_owned().into())]);
            }
        }
        match m
            .strip_prefix('\'')
            .and_then(|r| r.strip_suffix("' is not an e-mail address"))
        {
            Some(value) => tr.t_args("error-email-invalid", &[("value", value.to_owned().into())]),
            None => m,
        }
    };
    FieldErrors(errs.0.into_iter().map(|(f, m)| (f, one(m))).collect())
}

/// The listing form with its price, stock and minimum order read in the viewer's language (the
/// other fields as typed), or every such field's error; an empty one is left for
/// `ListingDraft::parse` to name.
pub fn listing_price(
    tr: &Tr,
    form: &crate::domain::catalog::ListingForm,
    currency: crate::domain::money::Currency,
) -> Result<crate::domain::catalog::ListingForm, FieldErrors> {
    let mut local = form.clone();
    let mut errors = Vec::new();
    let scale = |field: &str| match field {
        "price" => currency.exponent(),
        _ => 3,
    };
    for (field, value) in [
        ("price", &mut local.price),
        ("stock", &mut local.stock),
        ("min_order", &mut local.min_order),
    ] {
        if value.trim().is_empty() {
            continue;
        }
        match parse_local_decimal(value, marks(tr), scale(field)) {
            Ok(d) => *value = d.to_string(),
            Err(e) => errors.push((field, number_message(tr, value.trim(), &e))),
        }
    }
    if errors.is_empty() {
        Ok(local)
    } else {
        Err(FieldErrors(errors))
    }
}

/// A quantity a form showed (its hidden `stock_shown`), read back as the form wrote it.
pub fn shown_quantity(tr: &Tr, shown: &str) -> Option<crate::domain::catalog::Quantity> {
    let d = parse_local_decimal(shown, marks(tr), 3).ok()?;
    crate::domain::catalog::Quantity::parse(&d.to_string()).ok()
}
