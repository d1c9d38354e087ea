//! Text that reaches a bank file, a spreadsheet or a mail header: names, account holders,
//! addresses and notes. `CleanText` refuses control characters at the edge (a single `\x02` in a
//! holder's name makes a whole pain.001 file malformed); `spreadsheet_cell` neutralises a CSV
//! cell that a spreadsheet would read as a formula.
use std::borrow::Cow;
use std::fmt;

/// Why a text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not contain control characters (such as tabs or invisible codes)")]
    ControlCharacter,
}

/// Trimmed text without control characters; line breaks are allowed only where a field is
/// multi-line (`CleanText::multiline`: descriptions, addresses, notes).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CleanText(String);

impl CleanText {
    /// A one-line text (a name, an account holder): every control character is refused.
    pub fn parse(input: &str) -> Result<CleanText, TextError> {
        Self::checked(input, false)
    }

    /// A multi-line text: `\n` (and `\r\n`) are kept, every other control character is refused.
    pub fn multiline(input: &str) -> Result<CleanText, TextError> {
        Self::checked(input, true)
    }

    fn checked(input: &str, lines: bool) -> Result<CleanText, TextError> {
        let t = input.trim();
        let bad = |c: char| c.is_control() && !(lines && (c == '\n' || c == '\r'));
        if t.chars().any(bad) {
            return Err(TextError::ControlCharacter);
        }
        Ok(CleanText(t.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for CleanText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A CSV text cell that no spreadsheet runs as a formula: a cell starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'` (OWASP's advice for CSV injection). The one
/// helper every CSV the app writes goes through, for *text* cells only (names, titles, memos,
/// holders): amount columns such as `-12.50` are numbers the reader must be able to add, and are
/// written as they are.
pub fn spreadsheet_cell(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// The text a spreadsheet-safe cell stands for: the leading `'` that `spreadsheet_cell` added is
/// removed again when a file the app wrote is imported back.
pub fn from_spreadsheet_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_character_is_refused_and_plain_text_is_trimmed() {
        assert_eq!(
            CleanText::parse("Holder\x02ctrl"),
            Err(TextError::ControlCharacter)
        );
        assert_eq!(CleanText::parse("a\tb"), Err(TextError::ControlCharacter));
        assert_eq!(
            CleanText::parse("  Coop Danmark  ").unwrap().as_str(),
            "Coop Danmark"
        );
        assert_eq!(
            CleanText::parse("Ærø Æblemost").unwrap().as_str(),
            "Ærø Æblemost"
        );
    }

    #[test]
    fn a_multiline_text_keeps_its_line_breaks_only() {
        assert_eq!(
            CleanText::multiline("Roskildevej 65\r\n2000 Frederiksberg")
                .unwrap()
                .as_str(),
            "Roskildevej 65\r\n2000 Frederiksberg"
        );
        assert_eq!(
            CleanText::multiline("line\u{7}bell"),
            Err(TextError::ControlCharacter)
        );
        assert_eq!(CleanText::parse("a\nb"), Err(TextError::ControlCharacter));
    }

    #[test]
    fn cells_that_would_start_a_formula_are_neutralised() {
        for bad in ["=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(bad), format!("'{bad}"));
        }
        assert_eq!(spreadsheet_cell("Coopermondo"), "Coopermondo");
        assert_eq!(spreadsheet_cell(""), "");
        for t in ["=SUM(A1)", "-2", "plain", "'quoted"] {
            assert_eq!(from_spreadsheet_cell(&spreadsheet_cell(t)), t);
        }
    }
}
