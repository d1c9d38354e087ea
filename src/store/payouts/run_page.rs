//! What a run's page reads about all its lines at once, so the page runs the same statements
//! whatever the number of lines: the co-ops' names and bank details, and the postings behind
//! every line.
use std::collections::{BTreeMap, HashMap};

use entity::coop_payout_details as details;
use entity::{coop, journal_entry, payout_line, payout_run, posting};
use sea_orm::RelationTrait;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{BankDetails, EntryBehind};
use crate::domain::iban::{parse_bic, Iban};
use crate::domain::ledger::Account;
use crate::domain::money::{Currency, Money};
use crate::error::AppError;

/// A line's co-op as its run's page shows it: name and bank details.
#[derive(Clone, Debug)]
pub struct LineCoop {
    pub name: String,
    pub bank: BankDetails,
}

/// The name and bank details of every co-op in `ids`: two queries.
pub async fn line_coops(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, LineCoop>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let coops = coop::Entity::find()
        .filter(coop::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut found: HashMap<i32, details::Model> = details::Entity::find()
        .filter(details::Column::CoopId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.coop_id, d))
        .collect();
    Ok(coops
        .into_iter()
        .map(|c| {
            let d = found.remove(&c.id);
            let (holder, iban, bic) = d
                .map(|d| (d.account_holder, d.iban, d.bic))
                .unwrap_or_default();
            let bank = BankDetails {
                account_holder: holder
                    .filter(|h| !h.trim().is_empty())
                    .unwrap_or_else(|| c.name.clone()),
                iban: iban.and_then(|i| Iban::parse(&i).ok()),
                bic: bic.and_then(|b| parse_bic(&b).ok()),
            };
            (c.id, LineCoop { name: c.name, bank })
        })
        .collect())
}

/// The postings behind every line of `run`, by line id (as `entries_behind` gives one line's):
/// one query over the lines' accounts, split by each line's own starting entry.
pub async fn entries_behind_lines(
    db: &impl ConnectionTrait,
    run: &payout_run::Model,
    lines: &[payout_line::Model],
) -> Result<BTreeMap<i32, Vec<EntryBehind>>, AppError> {
    let mut out: BTreeMap<i32, Vec<EntryBehind>> = lines.iter().map(|l| (l.id, vec![])).collect();
    let Some(from) = lines.iter().map(|l| l.from_entry_id).min() else {
        return Ok(out);
    };
    let currency = Currency::parse(&run.currency)?;
    let mut owner: HashMap<String, &payout_line::Model> = HashMap::new();
    for l in lines {
        owner.insert(Account::CoopFairShare(l.coop_id).as_str().into_owned(), l);
        owner.insert(Account::CoopProceeds(l.coop_id).as_str().into_owned(), l);
    }
    let rows: Vec<(i64, String, String, Option<i32>, String, i64)> = posting::Entity::find()
        .select_only()
        .column(posting::Column::EntryId)
        .column(journal_entry::Column::Kind)
        .column(journal_entry::Column::Memo)
        .column(journal_entry::Column::OrderId)
        .column(posting::Column::Account)
        .column(posting::Column::AmountMinor)
        .join(
            sea_orm::JoinType::InnerJoin,
            posting::Relation::JournalEntry.def(),
        )
        .filter(posting::Column::Account.is_in(owner.keys().cloned()))
        .filter(posting::Column::Currency.eq(currency.code()))
        .filter(posting::Column::EntryId.gt(from))
        .filter(posting::Column::EntryId.lte(run.max_entry_id))
        .order_by_asc(posting::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    for (entry_id, kind, memo, order_id, account, minor) in rows {
        let Some(line) = owner.get(&account).filter(|l| entry_id > l.from_entry_id) else {
            continue;
        };
        out.entry(line.id).or_default().push(EntryBehind {
            entry_id,
            kind,
            memo,
            order_id,
            account,
            amount: Money::from_minor(minor, currency),
        });
    }
    Ok(out)
}
