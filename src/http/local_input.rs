//! What people type, read in their language: numbers with their own marks, and what is wrong
//! with a number, said with an example in those marks.
use i18n::{FluentValue, Tr};
use rust_decimal::Decimal;

use crate::domain::local_number::{parse_local_decimal, LocalNumberError, NumberMarks};
use crate::error::{AppError, FieldErrors, Msg};

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
        .map_err(|e| FieldErrors::single(field, Msg::Said(number_message(tr, raw.trim(), &e))))
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
        LocalNumberError::Money(m) => tr.say(&m.msg()),
    }
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
            Err(e) => errors.push((field, Msg::Said(number_message(tr, value.trim(), &e)))),
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
