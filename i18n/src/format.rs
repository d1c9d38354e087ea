//! Numbers, money and dates as each language writes them, from ICU4X's compiled CLDR data.
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Timelike, Utc};
use fixed_decimal::Decimal as IcuDecimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::options::GroupingStrategy;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use rust_decimal::Decimal;

use crate::{Lang, Tr};

struct Formatters {
    decimal: DecimalFormatter,
    /// Without grouping, for values put back into form fields.
    plain: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
}

/// ICU formatters per language, in `Lang::ALL` order; compiled data covers all seven, so a
/// failure here is a build defect that the `locales` tests show first.
static FORMATTERS: LazyLock<Vec<Formatters>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let failed =
                |e: &dyn std::fmt::Debug| -> ! { panic!("ICU data for {}: {e:?}", lang.code()) };
            let locale: Locale = lang.code().parse().unwrap_or_else(|e| failed(&e));
            Formatters {
                decimal: DecimalFormatter::try_new((&locale).into(), Default::default())
                    .unwrap_or_else(|e| failed(&e)),
                plain: DecimalFormatter::try_new((&locale).into(), GroupingStrategy::Never.into())
                    .unwrap_or_else(|e| failed(&e)),
                date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::medium())
                    .unwrap_or_else(|e| failed(&e)),
                date_time: FixedCalendarDateTimeFormatter::try_new(
                    (&locale).into(),
                    YMDT::medium(),
                )
                .unwrap_or_else(|e| failed(&e)),
            }
        })
        .collect()
});

/// The marks a language writes numbers with: `1.234,5` in es has group `.` and decimal `,`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Separators {
    pub decimal: char,
    pub group: char,
}

/// Where a language puts a currency: ICU4X 2.x has no stable currency formatter, so the ISO
/// code goes after the number in the European languages and before it in en/ja (CLDR's order).
fn code_first(lang: Lang) -> bool {
    matches!(lang, Lang::En | Lang::Ja)
}

/// `n / 10^scale` as ICU's decimal with every digit kept (`1250`, 2 is `12.50`), built from the
/// integer, with no text in between. Scales are a currency's exponent or a `Decimal`'s (≤ 28).
fn scaled(n: i128, scale: u32) -> IcuDecimal {
    let mut d = IcuDecimal::from(n);
    d.multiply_pow10(-i16::try_from(scale).unwrap_or(i16::MAX));
    d
}

impl Tr {
    fn icu(&self) -> &'static Formatters {
        &FORMATTERS[self.lang as usize]
    }

    /// `n` with the language's grouping and decimal mark, every digit of it kept.
    pub fn number(&self, n: Decimal) -> String {
        self.icu()
            .decimal
            .format_to_string(&scaled(n.mantissa(), n.scale()))
    }

    /// `n / 10^scale` without trailing zeros, as the language writes it: quantities in
    /// thousandths (`2,5` kg in fr), rates in basis points.
    pub fn decimal(&self, n: i64, scale: u32) -> String {
        self.number(Decimal::new(n, scale).normalize())
    }

    /// `n` as a form field shows it for editing: the language's decimal mark, no grouping, every
    /// digit kept (`1234,500` in es), so that an unchanged form reads back to the same value.
    pub fn number_input(&self, n: Decimal) -> String {
        self.icu()
            .plain
            .format_to_string(&scaled(n.mantissa(), n.scale()))
    }

    /// `minor` units with `exponent` decimals and no currency: `1 234,50` (fr), `1,234.50` (en).
    pub fn amount(&self, minor: i128, exponent: u32) -> String {
        self.icu()
            .decimal
            .format_to_string(&scaled(minor, exponent))
    }

    /// An amount of `minor` units of a currency with `exponent` decimals, as the language writes
    /// it: `85.000,00 COP` (es), `1 500 XOF` (fr), `¥1,500` (ja), `EUR 12.50` (en).
    pub fn money(&self, minor: i64, code: &str, exponent: u32) -> String {
        self.money_sum(i128::from(minor), code, exponent)
    }

    /// A sum of many amounts (`i128` minor units, as balances are summed), written as `money`.
    pub fn money_sum(&self, minor: i128, code: &str, exponent: u32) -> String {
        let amount = self.amount(minor, exponent);
        match (self.lang, code) {
            (Lang::Ja, "JPY") => format!("¥{amount}"),
            (lang, _) if code_first(lang) => format!("{code}\u{a0}{amount}"),
            _ => format!("{amount}\u{a0}{code}"),
        }
    }

    /// The marks this language writes numbers with, read from ICU's own output.
    pub fn separators(&self) -> Separators {
        let sample = self.number(Decimal::new(12_345_675, 1));
        let marks: Vec<char> = sample.chars().filter(|c| !c.is_ascii_digit()).collect();
        Separators {
            decimal: marks.last().copied().unwrap_or('.'),
            group: marks.first().copied().unwrap_or(','),
        }
    }

    /// A day in the viewer's time zone: `6 déc. 2026` (fr), `2026/12/06` (ja).
    pub fn date(&self, at: DateTime<Utc>) -> String {
        match self.local(at) {
            Some((date, _)) => self.icu().date.format(&date).to_string(),
            None => at.format("%Y-%m-%d").to_string(),
        }
    }

    /// A moment in the viewer's time zone, to the minute.
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        match self.local(at) {
            Some((date, time)) => {
                let dt = icu_time::DateTime { date, time };
                self.icu().date_time.format(&dt).to_string()
            }
            None => at.format("%Y-%m-%d %H:%M UTC").to_string(),
        }
    }

    fn local(&self, at: DateTime<Utc>) -> Option<(Date<Gregorian>, icu_time::Time)> {
        let l = at.with_timezone(&self.zone);
        let month = u8::try_from(l.month()).ok()?;
        let day = u8::try_from(l.day()).ok()?;
        let date = Date::try_new_gregorian(l.year(), month, day).ok()?;
        let (h, m) = (u8::try_from(l.hour()).ok()?, u8::try_from(l.minute()).ok()?);
        Some((date, icu_time::Time::try_new(h, m, 0, 0).ok()?))
    }
}

/// `n` with `scale` decimals as a Fluent number, exact (from its digits), for a plural selector:
/// `1` is "one" in English, `1.5` and `0` are "other".
pub fn plural_number(n: i64, scale: u32) -> fluent_bundle::FluentValue<'static> {
    use std::str::FromStr;
    let exact = Decimal::new(n, scale).normalize().to_string();
    match fluent_bundle::types::FluentNumber::from_str(&exact) {
        Ok(number) => number.into(),
        Err(_) => exact.into(),
    }
}
