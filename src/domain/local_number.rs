//! Numbers as people type them in their language: `12,50` in fr, `85.000,00` in es, `1,500` in
//! en. Exact (digits to `Decimal`, never a float), and an input that two languages would read
//! differently (`1.234` in a comma language) is refused with both readings written out.
use rust_decimal::Decimal;

use super::money::{Currency, Money, MoneyError};

/// The marks a language writes numbers with (ICU's data, passed in: the domain has no locale).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMarks {
    pub decimal: char,
    pub group: char,
}

/// Why typed text is not a number in the viewer's language; each says how to write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalNumberError {
    Empty,
    /// A character that no number has.
    NotANumber,
    /// Groups of digits that are not thousands (`1.23.4`), or a decimal mark before a group.
    Grouping,
    /// `1.234` with 3 decimals allowed: `whole` and `fraction` write the two readings unmistakably.
    Ambiguous {
        whole: String,
        fraction: String,
    },
    /// More digits than an exact decimal holds (28).
    TooLarge,
    /// A number, but not an amount of this currency (too many decimals, too large).
    Money(MoneyError),
}

/// Spaces of every width group digits in every language (fr writes a narrow no-break space).
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The text's digit runs and the marks between them (spaces as ' '), or why it is no number.
fn split(body: &str, marks: NumberMarks) -> Result<(Vec<&str>, Vec<char>), LocalNumberError> {
    let (mut runs, mut seps, mut start) = (Vec::new(), Vec::new(), 0);
    for (i, c) in body.char_indices() {
        if c.is_ascii_digit() {
            continue;
        }
        let mark = if is_space(c) { ' ' } else { c };
        if !(mark == ' ' || mark == '.' || mark == ',' || c == marks.decimal || c == marks.group) {
            return Err(LocalNumberError::NotANumber);
        }
        runs.push(&body[start..i]);
        seps.push(mark);
        start = i + c.len_utf8();
    }
    runs.push(&body[start..]);
    if runs.iter().any(|r| r.is_empty()) {
        return Err(LocalNumberError::NotANumber);
    }
    Ok((runs, seps))
}

/// Which mark, if any, is the decimal one: the language's own, else a lone `.`/`,` at the end
/// that cannot be grouping; a lone one before exactly 3 digits is ambiguous when 3 decimals may be meant.
fn decimal_at(
    runs: &[&str],
    seps: &[char],
    marks: NumberMarks,
    max_scale: u32,
) -> Result<Option<usize>, LocalNumberError> {
    let own = seps.iter().filter(|&&c| c == marks.decimal).count();
    let last = seps.len().checked_sub(1);
    if own > 1 || (own == 1 && seps.last() != Some(&marks.decimal)) {
        return Err(LocalNumberError::Grouping);
    }
    if own == 1 {
        return Ok(last);
    }
    let Some(last) =
        last.filter(|&i| seps[i] != ' ' && seps.iter().filter(|&&c| c == seps[i]).count() == 1)
    else {
        return Ok(None);
    };
    let (first, mark) = (runs[0], seps[last]);
    let after_other_marks = seps[..last].iter().any(|&c| c != mark);
    let cannot_group =
        after_other_marks || runs[last + 1].len() != 3 || first.len() > 3 || first.starts_with('0');
    if cannot_group {
        Ok(Some(last))
    } else if max_scale >= 3 {
        let (int, frac) = (runs[0], runs[1]);
        Err(LocalNumberError::Ambiguous {
            whole: format!("{int}{frac}"),
            fraction: format!("{int}{}{frac}", marks.decimal),
        })
    } else {
        Ok(None)
    }
}

/// Digit groups of thousands with one kind of mark: `1.234.567`, `1 234`; a single run is fine.
fn grouped_well(runs: &[&str], seps: &[char]) -> bool {
    let one_kind = seps.windows(2).all(|w| w[0] == w[1]);
    let first = runs[0];
    runs.len() == 1
        || (one_kind
            && (1..=3).contains(&first.len())
            && !first.starts_with('0')
            && runs[1..].iter().all(|r| r.len() == 3))
}

/// Parses a number typed in a language with `marks`; `max_scale` is how many decimals the field
/// allows (2 for a EUR price, 3 for a quantity), which decides whether `1.234` is ambiguous.
pub fn parse_local_decimal(
    raw: &str,
    marks: NumberMarks,
    max_scale: u32,
) -> Result<Decimal, LocalNumberError> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(LocalNumberError::Empty);
    }
    let (negative, body) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (runs, seps) = split(body, marks)?;
    let point = decimal_at(&runs, &seps, marks, max_scale)?;
    let int_runs = point.map_or(runs.len(), |p| p + 1);
    if !grouped_well(&runs[..int_runs], &seps[..int_runs - 1]) {
        return Err(LocalNumberError::Grouping);
    }
    let mut canonical = String::from(if negative { "-" } else { "" });
    canonical.extend(runs[..int_runs].iter().copied());
    if let Some(p) = point {
        canonical.push('.');
        canonical.push_str(runs[p + 1]);
    }
    Decimal::from_str_exact(&canonical).map_err(|_| LocalNumberError::TooLarge)
}

/// An amount of `currency` as typed or as shown (`85.000,00 COP`, `¥1,500`): the code or yen
/// sign is optional; the result is exact or an error, never rounded.
pub fn parse_local_money(
    raw: &str,
    currency: Currency,
    marks: NumberMarks,
) -> Result<Money, LocalNumberError> {
    let upper = raw.trim().to_uppercase();
    let mut amount = upper.trim_start_matches(['¥', '￥']).trim();
    amount = amount.strip_prefix(currency.code()).unwrap_or(amount);
    amount = amount.strip_suffix(currency.code()).unwrap_or(amount);
    let number = parse_local_decimal(amount, marks, currency.exponent())?;
    Money::parse(&number.to_string(), currency).map_err(LocalNumberError::Money)
}

#[cfg(test)]
#[path = "local_number_tests.rs"]
mod tests;
