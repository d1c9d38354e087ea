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
    let one = |m: String| {
        if let Some((_, key)) = KNOWN.iter().find(|(en, _)| *en == m) {
            return tr.t(key);
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

/// The listing form with its price read in the viewer's language (the other fields as typed),
/// or the price's error; an empty price is left for `ListingDraft::parse` to name.
pub fn listing_price(
    tr: &Tr,
    form: &crate::domain::catalog::ListingForm,
    currency: crate::domain::money::Currency,
) -> Result<crate::domain::catalog::ListingForm, FieldErrors> {
    let mut local = form.clone();
    if !form.price.trim().is_empty() {
        local.price = parse_local_decimal(&form.price, marks(tr), currency.exponent())
            .map_err(|e| FieldErrors(vec![("price", number_message(tr, form.price.trim(), &e))]))?
            .to_string();
    }
    Ok(local)
}
