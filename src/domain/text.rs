//! Which characters text may hold: what both databases store alike and what people can type.

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
    fn line_breaks_only_where_lines_belong_and_controls_nowhere() {
        assert!(!has_forbidden("Vesterbrogade 1\r\n1620 København\t", true));
        assert!(has_forbidden("Two\nlines", false));
        for bad in ["a\u{0}", "\u{1b}[31m", "\u{7f}", "\u{85}", "\u{9f}"] {
            assert!(has_forbidden(bad, true), "{bad:?}");
        }
        assert!(!has_forbidden("Café — 日本 🍅", false));
    }
}
