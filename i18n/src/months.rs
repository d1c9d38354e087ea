//! Months (chart labels) and bare amounts (axis labels, form values), as each language writes them.
use std::sync::LazyLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YM;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;

use crate::{Lang, Tr};

/// ICU's year-and-month formatter per language, in `Lang::ALL` order, with the month named.
static MONTHS: LazyLock<Vec<FixedCalendarDateTimeFormatter<Gregorian, YM>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let failed = |e: &dyn std::fmt::Debug| -> ! {
                panic!("ICU month data for {}: {e:?}", lang.code())
            };
            let locale: Locale = lang.code().parse().unwrap_or_else(|e| failed(&e));
            // Japanese's medium month is numeric ("2026/11"); its long one names it ("2026年11月").
            let length = match lang {
                Lang::Ja => YM::long(),
                _ => YM::medium(),
            };
            FixedCalendarDateTimeFormatter::try_new((&locale).into(), length)
                .unwrap_or_else(|e| failed(&e))
        })
        .collect()
});

impl Tr {
    /// A month of a year with the language's month name: `nov. 2026` (fr), `Nov 2026` (en).
    pub fn month(&self, year: i32, month: u8) -> String {
        match Date::try_new_gregorian(year, month, 1) {
            Ok(d) => MONTHS[self.lang as usize].format(&d).to_string(),
            Err(_) => format!("{year}-{month:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Lang, Tr};

    #[test]
    fn months_carry_each_languages_month_name() {
        let m = |l| Tr::new(l, chrono_tz::UTC).month(2026, 11);
        assert_eq!(m(Lang::En), "Nov 2026");
        assert!(m(Lang::Fr).contains("nov"), "{}", m(Lang::Fr));
        assert!(m(Lang::Es).contains("nov"), "{}", m(Lang::Es));
        assert_eq!(m(Lang::Ja), "2026年11月");
        assert_eq!(
            Tr::new(Lang::En, chrono_tz::UTC).amount(i128::from(i64::MAX) * 4, 2),
            "368,934,881,474,191,032.28"
        );
    }
}
