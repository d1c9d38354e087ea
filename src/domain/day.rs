//! Calendar days typed by people, limited to what both databases store and sort alike.
use chrono::NaiveDate;

/// The earliest day accepted: year 1 (PostgreSQL refuses chrono's negative years at the extremes,
/// and SQLite's text timestamps only sort right with four-digit years).
pub const FIRST: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("a valid date");
/// The last day accepted: year 9999.
pub const LAST: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");

/// A day written `YYYY-MM-DD` between `FIRST` and `LAST`; anything else is refused with a message.
pub fn parse_day(s: &str) -> Result<NaiveDate, i18n::Msg> {
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| i18n::Msg::code("error-date-format"))?;
    if d < FIRST || d > LAST {
        return Err(i18n::Msg::code("error-date-range"));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_of_years_one_to_9999_are_accepted() {
        assert_eq!(
            parse_day(" 2026-11-25 ").ok(),
            NaiveDate::from_ymd_opt(2026, 11, 25)
        );
        assert_eq!(parse_day("0001-01-01"), Ok(FIRST));
        assert_eq!(parse_day("9999-12-31"), Ok(LAST));
        for bad in [
            "-4714-01-01",
            "0000-12-31",
            "+10000-01-01",
            "262142-01-01",
            "2026-02-30",
            "x",
        ] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
    }
}
