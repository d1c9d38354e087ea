//! People: e-mail addresses, names and passwords that are valid by construction.
use i18n::Msg;

/// A lower-cased e-mail address with one `@`, a non-empty local part and a dotted domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses and normalises (trim, lower-case) an address.
    pub fn parse(raw: &str) -> Result<Email, Msg> {
        let s = raw.trim().to_lowercase();
        let valid = s.len() <= 254
            && s.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            })
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if valid {
            Ok(Email(s))
        } else if s.is_empty() {
            Err(Msg::code("error-email-empty"))
        } else {
            Err(Msg::code("error-email-invalid").arg("value", raw.trim()))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password of 10 to 128 characters that is not one of the commonest choices.
pub struct Password(String);

const COMMON: &[&str] = &[
    "password",
    "1234567890",
    "0123456789",
    "qwertyuiop",
    "password1",
    "password123",
    "letmein123",
    "iloveyou12",
    "cooptrade1",
    "1111111111",
    "aaaaaaaaaa",
];

impl Password {
    /// Refuses short, overlong, one-character-repeated and well-known passwords.
    pub fn parse(raw: &str) -> Result<Password, Msg> {
        let n = raw.chars().count();
        if n < 10 {
            return Err(Msg::code("error-password-short"));
        }
        if n > 128 {
            return Err(Msg::code("error-password-long"));
        }
        let first = raw.chars().next();
        if raw.chars().all(|c| Some(c) == first) || COMMON.contains(&raw.to_lowercase().as_str()) {
            return Err(Msg::code("error-password-common"));
        }
        Ok(Password(raw.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Which name a form asks for: a person's or a co-op's (their messages differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOf {
    Person,
    Coop,
}

/// A display name: 1 to 100 characters after trimming.
pub fn parse_name(raw: &str, of: NameOf) -> Result<String, Msg> {
    let (what, empty, long) = match of {
        NameOf::Person => ("name", "error-name-empty", "error-name-long"),
        NameOf::Coop => (
            "coop_name",
            "coops-error-name-empty",
            "coops-error-name-long",
        ),
    };
    let clean = super::text::CleanText::parse(raw).map_err(|e| e.msg(what))?;
    let s = clean.as_str();
    match s.chars().count() {
        0 => Err(Msg::code(empty)),
        1..=100 => Ok(s.to_owned()),
        _ => Err(Msg::code(long)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse(" Ama@Togo.Example.COOP ").unwrap().as_str(),
            "ama@togo.example.coop"
        );
        for bad in [
            "",
            "ama",
            "ama@",
            "@x.org",
            "a@b",
            "a b@x.org",
            "a@x.org.",
            "a@@x.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn weak_passwords_are_refused() {
        for bad in ["short", "aaaaaaaaaaaa", "Password123", "1234567890"] {
            assert!(Password::parse(bad).is_err(), "{bad}");
        }
        assert!(Password::parse("pineapples grow in Togo").is_ok());
        assert!(Password::parse(&"x".repeat(129)).is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("  Ama  ", NameOf::Person).unwrap(), "Ama");
        assert!(parse_name("   ", NameOf::Person).is_err());
        assert!(parse_name(&"n".repeat(101), NameOf::Person).is_err());
    }
}
