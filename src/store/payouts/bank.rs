//! A co-op's bank details for payouts, read and written through the payments' `coop_payout_details`
//! (the same details buyers see when paying by bank transfer).
use entity::coop_payout_details as details;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::domain::iban::{parse_bic, Iban};
use crate::domain::text::CleanText;
use crate::error::{AppError, FieldErrors};

/// Where a co-op is paid by bank; `iban` is `None` when unset or no longer valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankDetails {
    pub account_holder: String,
    pub iban: Option<Iban>,
    pub bic: Option<String>,
}

/// The co-op's bank details; the account holder defaults to the co-op's name.
pub async fn bank_details(
    db: &impl ConnectionTrait,
    coop_id: i32,
) -> Result<BankDetails, AppError> {
    let coop = super::super::coops::get(db, coop_id).await?;
    let d = details::Entity::find_by_id(coop_id).one(db).await?;
    let (holder, iban, bic) = d
        .map(|d| (d.account_holder, d.iban, d.bic))
        .unwrap_or_default();
    Ok(BankDetails {
        account_holder: holder.filter(|h| !h.trim().is_empty()).unwrap_or(coop.name),
        iban: iban.and_then(|i| Iban::parse(&i).ok()),
        bic: bic.and_then(|b| parse_bic(&b).ok()),
    })
}

/// Stores a co-op's bank details after checking the IBAN (mod-97) and the BIC's shape.
pub async fn set_bank_details(
    db: &impl ConnectionTrait,
    coop_id: i32,
    account_holder: &str,
    iban: &str,
    bic: &str,
) -> Result<(), AppError> {
    let iban = Iban::parse(iban).map_err(|e| FieldErrors::single("iban", e.msg()))?;
    let bic = match bic.trim() {
        "" => None,
        b => Some(parse_bic(b).map_err(|e| FieldErrors::single("bic", e.msg()))?),
    };
    // The holder's name goes into bank files: a control character would spoil the whole file.
    let holder = CleanText::parse(account_holder)
        .map_err(|e| FieldErrors::single("account_holder", e.msg("account_holder")))?;
    let holder = Some(holder.into_string()).filter(|h| !h.is_empty());
    crate::store::payments::upsert_details(db, coop_id, |m| {
        m.account_holder = Set(holder);
        m.iban = Set(Some(iban.as_str().to_owned()));
        m.bic = Set(bic);
    })
    .await
}
