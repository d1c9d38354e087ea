//! Text that reaches a bank file, a spreadsheet or a mail header: names, account holders,
//! addresses and notes. `CleanText` refuses control characters at the edge (a single `\x02` in a
//! holder's name makes a whole pain.001 file malformed); `spreadsheet_cell` neutralises a CSV
//! cell that a spreadsheet would read as a formula; `is_forbidden` is the edge's rule for any
//! text field (what both databases store alike and what people can type).
use std::borrow::Cow;
use std::fmt;

/// Why a text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not contain control characters (invisible codes, or a tab or line break in a one-line field)")]
    ControlCharacter,
}

impl TextError {
    /// The refusal beside the field `what` (its code: `name`, `coop_name`, `description`,
    /// `delivery_address`, `note`, `account_holder`), said in the reader's language.
    pub fn msg(&self, what: &'static str) -> crate::error::Msg {
        crate::error::Msg::code("input-control-in").arg("what", what)
    }
}

/// Trimmed text without control characters; line breaks and tabs are allowed only where a field
/// is multi-line (`CleanText::multiline`: descriptions, addresses, notes), as `is_forbidden` says.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CleanText(String);

impl CleanText {
    /// A one-line text (a name, an account holder): every control character is refused.
    pub fn parse(input: &str) -> Result<CleanText, TextError> {
        Self::checked(input, false)
    }

    /// A multi-line text: line breaks and tabs are kept, every other control character is refused.
    pub fn multiline(input: &str) -> Result<CleanText, TextError> {
        Self::checked(input, true)
    }

    fn checked(input: &str, lines: bool) -> Result<CleanText, TextError> {
        let t = input.trim();
        if has_forbidden(t, lines) {
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

/// A control character (NUL, escape, DEL, C1 ...) is never allowed; tab and line breaks only in
/// text of several lines (an address, a note, a description).
pub fn is_forbidden(c: char, multiline: bool) -> bool {
    match c {
        '\t' | '\n' | '\r' => !multiline,
        c => c.is_control(),
    }
}

/// Whether `s` holds a character `is_forbidden` refuses.
pub fn has_forbidden(s: &str, multiline: bool) -> bool {
    s.chars().any(|c| is_forbidden(c, multiline))
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
    fn a_multiline_text_keeps_its_line_breaks_and_tabs_only() {
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

    #[test]
    fn line_breaks_only_where_lines_belong_and_controls_nowhere() {
        assert!(!has_forbidden("Vesterbrogade 1\r\n1620 København\t", true));
        assert!(has_forbidden("Two\nlines", false));
        for bad in ["a\u{0}", "\u{1b}[31m", "\u{7f}", "\u{85}", "\u{9f}"] {
            assert!(has_forbidden(bad, true), "{bad:?}");
        }
        assert!(!has_forbidden("Café — 日本 🍅", false));
    }
}
