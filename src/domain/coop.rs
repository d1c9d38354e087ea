//! Co-operatives: what kind they are, where, in which currency, and their members' roles.
use super::account::{parse_name, Email};
use super::money::Currency;
use crate::error::{FieldErrors, Msg};

/// What a co-op does on the marketplace: produce, buy, or both (a column enum).
pub use super::status::CoopKind;

/// Producers (and co-ops that are both) may list goods.
pub fn sells(kind: CoopKind) -> bool {
    matches!(kind, CoopKind::Producer | CoopKind::Both)
}

/// Buyers (and co-ops that are both) may place orders.
pub fn buys(kind: CoopKind) -> bool {
    matches!(kind, CoopKind::Buyer | CoopKind::Both)
}

/// A member's role inside one co-op (a column enum: `entity::status`).
pub use super::status::CoopRole;

/// The role an admin may switch a member in `role` to: the other one.
pub fn other_role(role: CoopRole) -> CoopRole {
    match role {
        CoopRole::Admin => CoopRole::Member,
        CoopRole::Member => CoopRole::Admin,
    }
}

/// Where a co-op stands with the committee (named for people in `domain::status`).
pub use super::status::CoopStatus;

/// ISO 3166-1 alpha-2 country codes, separated by spaces.
pub const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Parses an ISO 3166-1 alpha-2 code, case-insensitively, into upper case.
pub fn parse_country(raw: &str) -> Result<String, Msg> {
    let s = raw.trim().to_uppercase();
    if s.len() == 2 && COUNTRIES.split(' ').any(|c| c == s) {
        Ok(s)
    } else {
        Err(Msg::code("listings-error-country").arg("value", raw.trim()))
    }
}

/// A co-op's description: trimmed, at most 5000 characters, line breaks but no other control
/// characters.
pub fn parse_description(raw: &str) -> Result<String, Msg> {
    let d = super::text::CleanText::multiline(raw).map_err(|e| e.msg("description"))?;
    if d.as_str().chars().count() > 5000 {
        return Err(Msg::code("listings-error-description-long"));
    }
    Ok(d.into_string())
}

/// An application to join the marketplace as a co-op, valid in every field.
#[derive(Clone, Debug)]
pub struct CoopApplication {
    pub name: String,
    pub kind: CoopKind,
    pub country: String,
    pub currency: Currency,
    pub contact_email: Email,
    pub description: String,
}

/// The raw fields of a co-op application as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct CoopApplicationForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub currency: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub description: String,
}

impl CoopApplication {
    /// Checks every field and reports all problems at once.
    pub fn parse(f: &CoopApplicationForm) -> Result<CoopApplication, FieldErrors> {
        let mut errs = FieldErrors::default();
        let name =
            parse_name(&f.name, super::account::NameOf::Coop).map_err(|e| errs.add("name", e));
        let kind = CoopKind::parse(&f.kind).map_err(|m| errs.add("kind", m));
        let country = parse_country(&f.country).map_err(|e| errs.add("country", e));
        let currency = Currency::parse(&f.currency).map_err(|e| errs.add("currency", e.msg()));
        let contact_email =
            Email::parse(&f.contact_email).map_err(|e| errs.add("contact_email", e));
        let description = parse_description(&f.description)
            .map_err(|e| errs.add("description", e))
            .unwrap_or_default();
        match (name, kind, country, currency, contact_email) {
            (Ok(name), Ok(kind), Ok(country), Ok(currency), Ok(contact_email))
                if errs.is_empty() =>
            {
                Ok(CoopApplication {
                    name,
                    kind,
                    country,
                    currency,
                    contact_email,
                    description,
                })
            }
            _ => Err(errs),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CoopApplicationForm {
        CoopApplicationForm {
            name: "Kpalimé Youth Pineapple Co-op".into(),
            kind: "producer".into(),
            country: "tg".into(),
            currency: "XOF".into(),
            contact_email: "hello@kpalime.example.coop".into(),
            description: "Organic pineapple".into(),
        }
    }

    #[test]
    fn a_complete_application_parses() {
        let a = CoopApplication::parse(&form()).unwrap();
        assert_eq!(a.country, "TG");
        assert_eq!(a.kind, CoopKind::Producer);
        assert_eq!(a.currency.code(), "XOF");
    }

    #[test]
    fn every_bad_field_is_reported() {
        let f = CoopApplicationForm {
            name: " ".into(),
            kind: "shop".into(),
            country: "XX".into(),
            currency: "ABC".into(),
            contact_email: "nope".into(),
            description: String::new(),
        };
        let errs = CoopApplication::parse(&f).unwrap_err();
        for field in ["name", "kind", "country", "currency", "contact_email"] {
            assert!(errs.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn kinds_say_who_sells_and_who_buys() {
        assert!(sells(CoopKind::Producer) && !buys(CoopKind::Producer));
        assert!(buys(CoopKind::Buyer) && !sells(CoopKind::Buyer));
        assert!(buys(CoopKind::Both) && sells(CoopKind::Both));
    }
}
