//! Languages of the marketplace: which one a viewer gets, the Fluent messages in it (`Tr`), and
//! numbers, money and dates written as that language writes them (ICU4X compiled data).
pub mod files;
mod format;
mod messages;
mod months;
mod places;
mod said;

pub use chrono_tz;
pub use files::{AREAS, FILES};
pub use fluent_bundle::FluentValue;
pub use format::{plural_number, Separators};
pub use messages::{message_ids, parse_problems, problems_seen, Tr};
pub use places::{zone_choices, zone_of_country};
pub use said::{Arg, Msg};

/// A language the marketplace speaks; `En` is the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ca,
    It,
    Da,
    Ja,
}

impl Lang {
    /// Every language, the fallback first; the switch offers them in this order.
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Ca,
        Lang::It,
        Lang::Da,
        Lang::Ja,
    ];

    /// The BCP 47 tag, as in `<html lang>`, the cookie and `users.locale`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ca => "ca",
            Lang::It => "it",
            Lang::Da => "da",
            Lang::Ja => "ja",
        }
    }

    /// The language with exactly this code (case-insensitive), if the marketplace speaks it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The best language for an `Accept-Language` header (`fr-CH, de;q=0.8`), else `En`.
    pub fn from_accept_language(header: &str) -> Lang {
        let requested = fluent_langneg::accepted_languages::parse(header);
        let available: Vec<unic_langid::LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let default: unic_langid::LanguageIdentifier = "en".parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::from_code(id.language.as_str()))
            .unwrap_or_default()
    }

    /// The language of a POSIX locale name (`fr_FR.UTF-8` gives `Fr`; `C`, `POSIX` or one not
    /// spoken here give `En`).
    pub fn from_posix_locale(name: &str) -> Lang {
        let code = name.split(['_', '.', '@', '-']).next().unwrap_or_default();
        Lang::from_code(code).unwrap_or_default()
    }

    /// An explicit choice (the account's, then the browser's cookie) wins; else the header; else `En`.
    pub fn negotiate(choices: &[Option<&str>], accept_language: Option<&str>) -> Lang {
        choices
            .iter()
            .flatten()
            .find_map(|c| Lang::from_code(c))
            .or_else(|| accept_language.map(Lang::from_accept_language))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn accept_language_picks_the_first_spoken_language_by_weight() {
        assert_eq!(
            Lang::from_accept_language("de-DE, fr-CH;q=0.9, en;q=0.5"),
            Lang::Fr
        );
        assert_eq!(Lang::from_accept_language("es-CO"), Lang::Es);
        assert_eq!(Lang::from_accept_language("ja-JP,ja;q=0.9"), Lang::Ja);
        assert_eq!(Lang::from_accept_language("de, nl"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn a_posix_locale_names_its_language() {
        assert_eq!(Lang::from_posix_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_posix_locale("ja_JP.eucJP"), Lang::Ja);
        assert_eq!(Lang::from_posix_locale("ca_ES@valencia"), Lang::Ca);
        assert_eq!(Lang::from_posix_locale("de_DE.UTF-8"), Lang::En);
        assert_eq!(Lang::from_posix_locale("C.UTF-8"), Lang::En);
        assert_eq!(Lang::from_posix_locale(""), Lang::En);
    }

    #[test]
    fn an_explicit_choice_beats_the_header() {
        assert_eq!(Lang::negotiate(&[None, Some("ca")], Some("it")), Lang::Ca);
        assert_eq!(
            Lang::negotiate(&[Some("da"), Some("ca")], Some("it")),
            Lang::Da
        );
        assert_eq!(Lang::negotiate(&[Some("xx")], Some("it")), Lang::It);
        assert_eq!(Lang::negotiate(&[None], None), Lang::En);
    }
}
