//! Bank transfers for the manual gateway: a co-op's payout details (IBAN and BIC checked by
//! `domain::iban`, the one parser of both) and the payment reference a buyer writes on its transfer.
use crate::error::FieldErrors;

pub use super::iban::Iban;

/// The remainder of a long decimal digit string modulo 97, computed digit by digit (no overflow).
fn mod97(digits: impl Iterator<Item = u32>) -> u32 {
    digits.fold(0, |r, d| (r * 10 + d) % 97)
}

/// A BIC (ISO 9362): 4 letters of bank, 2 of country, 2 alphanumerics of location, optionally 3 of branch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bic(String);

impl Bic {
    /// Accepts lower case and surrounding spaces; refuses any other shape.
    pub fn parse(s: &str) -> Result<Bic, super::iban::IbanError> {
        super::iban::parse_bic(s).map(Bic)
    }

    /// The upper-case form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a seller co-op is paid by bank transfer: holder, IBAN, BIC, all valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankDetails {
    /// The account holder's name as the bank knows it (1 to 140 characters, SEPA's limit).
    pub account_holder: String,
    /// The account.
    pub iban: Iban,
    /// The bank.
    pub bic: Bic,
}

impl BankDetails {
    /// Parses a form, naming every bad field.
    pub fn parse(holder: &str, iban: &str, bic: &str) -> Result<BankDetails, FieldErrors> {
        let mut errs = FieldErrors::default();
        let holder = match super::text::CleanText::parse(holder) {
            Ok(h) => h.into_string(),
            Err(e) => {
                errs.add("account_holder", e.msg("account_holder"));
                String::new()
            }
        };
        if errs.0.is_empty() && (holder.is_empty() || holder.chars().count() > 140) {
            errs.add("account_holder", i18n::Msg::code("bank-error-holder"));
        }
        let iban = Iban::parse(iban)
            .map_err(|e| errs.add("iban", e.msg()))
            .ok();
        let bic = Bic::parse(bic).map_err(|e| errs.add("bic", e.msg())).ok();
        match (iban, bic, errs.0.is_empty()) {
            (Some(iban), Some(bic), true) => Ok(BankDetails {
                account_holder: holder,
                iban,
                bic,
            }),
            _ => Err(errs),
        }
    }
}

/// The ISO 7064 MOD 97-10 check digits of a number: `(n * 100 + check) % 97 == 1`, 02 to 98.
pub fn mod97_10_check(n: u64) -> u8 {
    let r = mod97(
        n.to_string()
            .chars()
            .filter_map(|c| c.to_digit(10))
            .chain([0, 0]),
    );
    // 98 - r is in 1..=98; r < 97 so the cast cannot truncate.
    (98 - r) as u8
}

/// The reference a buyer writes on the bank transfer for an order: `CT-<order id>-<check>`, the
/// check being ISO 7064 MOD 97-10, so a mistyped reference is caught before money is matched.
pub fn payment_reference(order_id: i32) -> String {
    let id = u64::from(order_id.unsigned_abs());
    format!("CT-{id}-{:02}", mod97_10_check(id))
}

/// The order id a reference names, when its check digits hold (spaces and case ignored).
pub fn parse_payment_reference(s: &str) -> Option<i32> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let rest = compact.to_ascii_uppercase();
    let rest = rest.strip_prefix("CT-")?;
    let (id, check) = rest.split_once('-')?;
    let id: i32 = id.parse().ok().filter(|i| *i > 0)?;
    let check: u8 = check.parse().ok()?;
    (check == mod97_10_check(u64::from(id.unsigned_abs()))).then_some(id)
}

#[cfg(test)]
#[path = "bank_tests.rs"]
mod tests;
