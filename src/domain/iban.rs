//! Bank account numbers: an IBAN checked by ISO 13616 mod-97, and a BIC's shape.
use std::fmt;

/// Why an IBAN or a BIC was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IbanError {
    /// Not 15 to 34 letters and digits starting with a country code and two check digits.
    #[error(
        "enter an IBAN: country code, check digits and account, e.g. DE89 3704 0044 0532 0130 00"
    )]
    Malformed,
    /// The shape is right but the check digits do not match (a typo).
    #[error("this IBAN's check digits are wrong: check for a typo")]
    BadChecksum,
    /// A BIC is 8 or 11 letters and digits (bank, country, location, branch).
    #[error("enter a BIC of 8 or 11 characters, e.g. COBADEFFXXX")]
    BadBic,
}

impl IbanError {
    /// What the person typing it is told (a code, said in their language when shown).
    pub fn msg(&self) -> i18n::Msg {
        i18n::Msg::code(match self {
            IbanError::Malformed => "bank-error-iban",
            IbanError::BadChecksum => "bank-error-iban-checksum",
            IbanError::BadBic => "bank-error-bic",
        })
    }
}

/// A valid IBAN, stored without spaces and in upper case; only `parse` builds one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Iban(String);

impl Iban {
    /// Accepts an IBAN with or without spaces, in any case, whose mod-97 remainder is 1.
    pub fn parse(input: &str) -> Result<Iban, IbanError> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let b = compact.as_bytes();
        let shaped = (15..=34).contains(&b.len())
            && b[..2].iter().all(u8::is_ascii_uppercase)
            && b[2..4].iter().all(u8::is_ascii_digit)
            && b.iter().all(u8::is_ascii_alphanumeric);
        if !shaped {
            return Err(IbanError::Malformed);
        }
        if mod97(&compact) != 1 {
            return Err(IbanError::BadChecksum);
        }
        Ok(Iban(compact))
    }

    /// The IBAN without spaces, as payment files want it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The two-letter country code it starts with.
    pub fn country(&self) -> &str {
        &self.0[..2]
    }
}

impl fmt::Display for Iban {
    /// Groups of four, as printed on statements.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let groups: Vec<&str> = self
            .0
            .as_bytes()
            .chunks(4)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect();
        f.write_str(&groups.join(" "))
    }
}

/// The remainder of the IBAN (first four characters moved to the end, letters as 10..35) by 97,
/// computed digit by digit so no big integer is needed.
fn mod97(iban: &str) -> u32 {
    let rearranged = iban[4..].bytes().chain(iban[..4].bytes());
    let mut rem = 0u32;
    for b in rearranged {
        let v = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem
}

/// A BIC's shape: 4 letters (bank), 2 letters (country), 2 letters or digits (location),
/// and optionally 3 letters or digits (branch); stored in upper case.
pub fn parse_bic(input: &str) -> Result<String, IbanError> {
    let bic = input.trim().to_ascii_uppercase();
    let b = bic.as_bytes();
    let ok = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b.iter().all(u8::is_ascii_alphanumeric);
    if ok {
        Ok(bic)
    } else {
        Err(IbanError::BadBic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_from_several_countries_are_accepted_with_or_without_spaces() {
        for good in [
            "DE89 3704 0044 0532 0130 00",
            "de89370400440532013000",
            "FR1420041010050500013M02606",
            "GB82WEST12345698765432",
            "IT60X0542811101000000123456",
            "NL91ABNA0417164300",
        ] {
            assert!(Iban::parse(good).is_ok(), "{good}");
        }
        let iban = Iban::parse("de89370400440532013000").unwrap();
        assert_eq!(iban.as_str(), "DE89370400440532013000");
        assert_eq!(iban.to_string(), "DE89 3704 0044 0532 0130 00");
        assert_eq!(iban.country(), "DE");
    }

    #[test]
    fn a_typo_fails_the_checksum() {
        assert_eq!(
            Iban::parse("DE89370400440532013001"),
            Err(IbanError::BadChecksum)
        );
        assert_eq!(
            Iban::parse("GB82WEST12345698765433"),
            Err(IbanError::BadChecksum)
        );
    }

    #[test]
    fn malformed_ibans_are_refused_before_the_checksum() {
        for bad in [
            "",
            "DE89",
            "1289370400440532013000",
            "DE8937040044053201300€",
            "DEXX370400440532013000",
        ] {
            assert_eq!(Iban::parse(bad), Err(IbanError::Malformed), "{bad}");
        }
    }

    #[test]
    fn bics_have_eight_or_eleven_characters() {
        assert_eq!(parse_bic(" deutdeff ").unwrap(), "DEUTDEFF");
        assert_eq!(parse_bic("DEUTDEFF500").unwrap(), "DEUTDEFF500");
        assert_eq!(parse_bic("DEUTDEF"), Err(IbanError::BadBic));
        assert_eq!(parse_bic("1EUTDEFF"), Err(IbanError::BadBic));
    }
}
