//! A co-op's bank details for payouts. They are read through this one function so that when the
//! bank-details branch lands, only this file changes: for now they are nullable `iban`, `bic`
//! and `account_holder` columns of `coops` (added by the payouts migration if missing).
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::ConnectionTrait;

use crate::domain::iban::{parse_bic, Iban};
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
    let q = Query::select()
        .columns([
            Alias::new("name"),
            Alias::new("iban"),
            Alias::new("bic"),
            Alias::new("account_holder"),
        ])
        .from(Alias::new("coops"))
        .and_where(Expr::col(Alias::new("id")).eq(coop_id))
        .to_owned();
    let stmt = db.get_database_backend().build(&q);
    let row = db
        .query_one_raw(stmt)
        .await?
        .ok_or_else(|| AppError::not_found("co-op"))?;
    let name: String = row.try_get("", "name")?;
    let iban: Option<String> = row.try_get("", "iban")?;
    let bic: Option<String> = row.try_get("", "bic")?;
    let holder: Option<String> = row.try_get("", "account_holder")?;
    Ok(BankDetails {
        account_holder: holder.filter(|h| !h.trim().is_empty()).unwrap_or(name),
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
    let iban = Iban::parse(iban).map_err(|e| FieldErrors::single("iban", e.to_string()))?;
    let bic = match bic.trim() {
        "" => None,
        b => Some(parse_bic(b).map_err(|e| FieldErrors::single("bic", e.to_string()))?),
    };
    let q = Query::update()
        .table(Alias::new("coops"))
        .value(Alias::new("iban"), iban.as_str())
        .value(Alias::new("bic"), bic)
        .value(Alias::new("account_holder"), account_holder.trim())
        .and_where(Expr::col(Alias::new("id")).eq(coop_id))
        .to_owned();
    let stmt = db.get_database_backend().build(&q);
    db.execute_raw(stmt).await?;
    Ok(())
}
