//! Payout settings from the environment: the minimum paid out, the committee's quorum, and the
//! marketplace's own bank account that SEPA files send from.
use rust_decimal::Decimal;

use super::{err, ConfigError};
use crate::domain::iban::{parse_bic, Iban};
use crate::domain::sepa::Party;

#[derive(Clone, Debug)]
pub struct PayoutSettings {
    /// `PAYOUT_MINIMUM`: a co-op is paid once it is owed at least this, in major units (default 10).
    pub minimum: Decimal,
    /// `PAYOUT_QUORUM`: distinct committee approvals a run or a spending needs (default 2).
    pub quorum: u32,
    /// `PAYOUT_DEBTOR_NAME` / `_IBAN` / `_BIC`: the account SEPA files pay from, when set.
    pub debtor: Option<Party>,
}

impl PayoutSettings {
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let minimum = match get("PAYOUT_MINIMUM") {
            None => Decimal::new(10, 0),
            Some(s) => s
                .trim()
                .parse::<Decimal>()
                .ok()
                .filter(|d| !d.is_sign_negative())
                .ok_or_else(|| err("PAYOUT_MINIMUM", "must be an amount such as 10 or 2.50"))?,
        };
        let quorum = match get("PAYOUT_QUORUM") {
            None => 2,
            Some(s) => s
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|q| (1..=20).contains(q))
                .ok_or_else(|| err("PAYOUT_QUORUM", "must be a whole number from 1 to 20"))?,
        };
        let debtor = match get("PAYOUT_DEBTOR_IBAN") {
            None => None,
            Some(iban) => Some(Party {
                name: get("PAYOUT_DEBTOR_NAME").unwrap_or_else(|| "cooptrade common pool".into()),
                iban: Iban::parse(&iban).map_err(|e| err("PAYOUT_DEBTOR_IBAN", e.to_string()))?,
                bic: get("PAYOUT_DEBTOR_BIC")
                    .map(|b| parse_bic(&b))
                    .transpose()
                    .map_err(|e| err("PAYOUT_DEBTOR_BIC", e.to_string()))?,
            }),
        };
        Ok(PayoutSettings {
            minimum,
            quorum,
            debtor,
        })
    }
}
