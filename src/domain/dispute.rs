//! What one side of a disputed order may write for the committee.
use super::text::CleanText;

/// The most characters a statement holds (about two pages).
pub const MAX_STATEMENT_CHARS: usize = 4000;

/// A statement's text: trimmed, 1 to `MAX_STATEMENT_CHARS` characters, line breaks allowed and
/// no other control character (it is mailed and shown to the committee).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementText(String);

impl StatementText {
    /// Parses a statement, or says what is wrong with it.
    pub fn parse(input: &str) -> Result<StatementText, i18n::Msg> {
        use i18n::Msg;
        let clean = CleanText::multiline(input)
            .map_err(|_| Msg::code("disputes-error-statement-control"))?;
        let n = clean.as_str().chars().count();
        if n == 0 {
            return Err(Msg::code("error-statement-empty"));
        }
        if n > MAX_STATEMENT_CHARS {
            return Err(Msg::code("error-statement-long").arg("value", n.to_string()));
        }
        Ok(StatementText(clean.into_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn empty_control_characters_and_too_long_are_refused() {
        assert!(StatementText::parse("   ").is_err());
        assert!(StatementText::parse("late\u{7}").is_err());
        assert!(StatementText::parse(&"a".repeat(MAX_STATEMENT_CHARS + 1)).is_err());
        let ok = StatementText::parse(" The crates arrived\nbroken. ").unwrap();
        assert_eq!(ok.as_str(), "The crates arrived\nbroken.");
    }

    proptest! {
        #[test]
        fn an_accepted_statement_is_within_bounds_and_clean(s in "\\PC{0,5000}") {
            if let Ok(t) = StatementText::parse(&s) {
                let n = t.as_str().chars().count();
                prop_assert!((1..=MAX_STATEMENT_CHARS).contains(&n));
                prop_assert!(!crate::domain::text::has_forbidden(t.as_str(), true));
            }
        }
    }
}
