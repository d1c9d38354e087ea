//! A SEPA credit-transfer initiation file (ISO 20022 pain.001.001.03) for a payout run's EUR
//! lines: one payment block from the marketplace's account, one transaction per line.
use chrono::{NaiveDate, NaiveDateTime};

use super::iban::Iban;
use super::money::{Currency, Money, MoneyError};

/// An account that sends or receives a transfer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub iban: Iban,
    /// Optional within SEPA (IBAN-only); written when known.
    pub bic: Option<String>,
}

/// One transfer: `end_to_end_id` comes back on the bank statement (we use `payout-line:<id>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    pub end_to_end_id: String,
    pub amount: Money,
    pub creditor: Party,
    pub remittance: String,
}

/// Why no file could be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SepaError {
    #[error("there is nothing to transfer")]
    Empty,
    #[error("SEPA transfers are in EUR; {0} is not")]
    NotEuro(Currency),
    #[error("every SEPA transfer must be positive; {0} is not")]
    NotPositive(Money),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

impl SepaError {
    /// What a person is told (a code, said in their language when shown).
    pub fn msg(&self) -> crate::error::Msg {
        use crate::error::Msg;
        match self {
            SepaError::Empty => Msg::code("payouts-error-sepa-empty"),
            SepaError::NotEuro(c) => Msg::code("payouts-error-sepa-euro").arg("currency", c.code()),
            SepaError::NotPositive(m) => Msg::code("payouts-error-sepa-positive").money(
                "amount",
                m.minor,
                m.currency.code(),
                m.currency.exponent(),
            ),
            SepaError::Money(e) => e.msg(),
        }
    }
}

/// The pain.001.001.03 document: the group header's and the payment block's `NbOfTxs` and
/// `CtrlSum` equal the number and the exact sum of `transfers`, all positive EUR amounts.
pub fn credit_transfer_xml(
    message_id: &str,
    created: NaiveDateTime,
    execution: NaiveDate,
    debtor: &Party,
    transfers: &[Transfer],
) -> Result<String, SepaError> {
    if transfers.is_empty() {
        return Err(SepaError::Empty);
    }
    for t in transfers {
        if t.amount.currency != Currency::EUR {
            return Err(SepaError::NotEuro(t.amount.currency));
        }
        if !t.amount.is_positive() {
            return Err(SepaError::NotPositive(t.amount));
        }
    }
    let sum = Money::checked_sum(transfers.iter().map(|t| t.amount), Currency::EUR)?;
    let (n, ctrl) = (transfers.len(), sum.format_amount());
    let mut x = String::with_capacity(1024 + 600 * n);
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<CstmrCdtTrfInitn>\n");
    x.push_str(&format!(
        "<GrpHdr><MsgId>{}</MsgId><CreDtTm>{}</CreDtTm><NbOfTxs>{n}</NbOfTxs><CtrlSum>{ctrl}</CtrlSum><InitgPty><Nm>{}</Nm></InitgPty></GrpHdr>\n",
        text(message_id, 35),
        created.format("%Y-%m-%dT%H:%M:%S"),
        text(&debtor.name, 70),
    ));
    x.push_str(&format!(
        "<PmtInf><PmtInfId>{}</PmtInfId><PmtMtd>TRF</PmtMtd><BtchBookg>true</BtchBookg><NbOfTxs>{n}</NbOfTxs><CtrlSum>{ctrl}</CtrlSum>\
<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf><ReqdExctnDt>{}</ReqdExctnDt>\
<Dbtr><Nm>{}</Nm></Dbtr><DbtrAcct><Id><IBAN>{}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId>{}</FinInstnId></DbtrAgt><ChrgBr>SLEV</ChrgBr>\n",
        text(message_id, 35),
        execution.format("%Y-%m-%d"),
        text(&debtor.name, 70),
        debtor.iban.as_str(),
        agent(debtor.bic.as_deref()),
    ));
    for t in transfers {
        x.push_str(&transaction(t));
    }
    x.push_str("</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n");
    Ok(x)
}

fn transaction(t: &Transfer) -> String {
    let creditor_agent = match &t.creditor.bic {
        Some(bic) => format!(
            "<CdtrAgt><FinInstnId><BIC>{}</BIC></FinInstnId></CdtrAgt>",
            text(bic, 11)
        ),
        None => String::new(),
    };
    format!(
        "<CdtTrfTxInf><PmtId><EndToEndId>{}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">{}</InstdAmt></Amt>{creditor_agent}\
<Cdtr><Nm>{}</Nm></Cdtr><CdtrAcct><Id><IBAN>{}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>{}</Ustrd></RmtInf></CdtTrfTxInf>\n",
        text(&t.end_to_end_id, 35),
        t.amount.format_amount(),
        text(&t.creditor.name, 70),
        t.creditor.iban.as_str(),
        text(&t.remittance, 140),
    )
}

fn agent(bic: Option<&str>) -> String {
    match bic {
        Some(b) => format!("<BIC>{}</BIC>", text(b, 11)),
        None => "<Othr><Id>NOTPROVIDED</Id></Othr>".to_string(),
    }
}

/// Cuts `s` to the field's maximum length and escapes it for XML; a control character (refused
/// at input, but possibly stored before that rule) is dropped, as XML 1.0 cannot carry it.
fn text(s: &str, max: usize) -> String {
    let cut: String = s.chars().filter(|c| !c.is_control()).take(max).collect();
    cut.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(name: &str, iban: &str) -> Party {
        Party {
            name: name.into(),
            iban: Iban::parse(iban).unwrap(),
            bic: None,
        }
    }

    fn eur(minor: i64) -> Money {
        Money::from_minor(minor, Currency::EUR)
    }

    #[test]
    fn the_control_sum_and_count_match_the_transfers_and_names_are_escaped() {
        let t = |id: &str, minor| Transfer {
            end_to_end_id: id.into(),
            amount: eur(minor),
            creditor: party("Oil & Olives <Coop>", "IT60X0542811101000000123456"),
            remittance: "payout".into(),
        };
        let when = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let xml = credit_transfer_xml(
            "run-1",
            when.and_hms_opt(9, 30, 0).unwrap(),
            when,
            &party("cooptrade", "DE89370400440532013000"),
            &[t("payout-line:1", 1234), t("payout-line:2", 5)],
        )
        .unwrap();
        assert_eq!(xml.matches("<NbOfTxs>2</NbOfTxs>").count(), 2);
        assert_eq!(xml.matches("<CtrlSum>12.39</CtrlSum>").count(), 2);
        assert!(xml.contains("<InstdAmt Ccy=\"EUR\">0.05</InstdAmt>"));
        assert!(xml.contains("Oil &amp; Olives &lt;Coop&gt;"));
        assert!(xml.contains("<Othr><Id>NOTPROVIDED</Id></Othr>"));
    }

    #[test]
    fn only_positive_euro_amounts_are_written() {
        let d = party("cooptrade", "DE89370400440532013000");
        let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let t = Transfer {
            end_to_end_id: "x".into(),
            amount: Money::from_minor(100, Currency::DKK),
            creditor: d.clone(),
            remittance: String::new(),
        };
        let at = now.and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(
            credit_transfer_xml("m", at, now, &d, &[]),
            Err(SepaError::Empty)
        );
        assert!(matches!(
            credit_transfer_xml("m", at, now, &d, &[t]),
            Err(SepaError::NotEuro(_))
        ));
    }
}
