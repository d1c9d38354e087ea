//! The double-entry ledger's pure rules: account names, journal entries whose postings sum to
//! zero in every currency, the hash that chains entries, and the postings of a settlement or a
//! refund after settlement.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use super::money::{Currency, Money, MoneyError};

mod hash;
mod payment;
mod settlement;

pub use hash::{entry_hash, EntryHeader, GENESIS_HASH};
pub use payment::{
    payment_postings, payment_reversal_postings, proceeds_transfer_postings,
    processing_fee_postings,
};
pub use settlement::{refund_after_settlement_postings, settlement_postings, OrderParties};

/// Why a journal entry (or an account name) was refused; nothing is written when it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    /// An entry without postings moves nothing and proves nothing.
    #[error("a journal entry needs at least one posting")]
    Empty,
    /// The idempotency key is empty or longer than `MAX_KEY_LEN`.
    #[error("the idempotency key must be 1 to {MAX_KEY_LEN} characters")]
    InvalidKey,
    /// The kind is empty or longer than `MAX_KIND_LEN`.
    #[error("the kind must be 1 to {MAX_KIND_LEN} characters")]
    InvalidKind,
    /// A posting of zero says nothing; leave it out.
    #[error("a posting of zero to {0}")]
    ZeroPosting(Account),
    /// The postings in one currency do not sum to zero; the sum is given.
    #[error("the postings in {} sum to {}, not zero", .0.currency, .0)]
    Unbalanced(Money),
    /// Summing the postings of one currency overflowed `i64`.
    #[error("the postings' amounts are too large")]
    Overflow,
    /// The text is not one of the account names the ledger knows.
    #[error("unknown account '{0}'")]
    UnknownAccount(String),
    /// The amounts given to build postings do not fit together (e.g. a fee above the subtotal).
    #[error("{0}")]
    InvalidAmounts(&'static str),
    /// A money rule was broken while building postings (currency mismatch, overflow ...).
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// The longest idempotency key an entry accepts (the column is a 255-character string).
pub const MAX_KEY_LEN: usize = 255;
/// The longest kind an entry accepts (the column is a 32-character string).
pub const MAX_KIND_LEN: usize = 32;

/// An account of the ledger; its name (`as_str`) is what the database stores, and `parse`
/// accepts exactly the names `as_str` produces (co-op ids positive, without leading zeros).
/// Amounts are signed: positive is owed to the account's holder, negative is held for others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Account {
    /// `gateway_clearing`: money held by the payment gateway or the bank.
    GatewayClearing,
    /// `payouts_in_transit`: money sent to a co-op but not yet confirmed as arrived.
    PayoutsInTransit,
    /// `processor_fees`: the payment processor's own fees, so our books match theirs.
    ProcessorFees,
    /// `pool:common`: the common pool's part of every fee.
    Pool,
    /// `coop:<id>:proceeds`: what is owed to a seller co-op for its settled orders.
    CoopProceeds(i32),
    /// `coop:<id>:fair_share`: a co-op's accrued part of the users' half of fees.
    CoopFairShare(i32),
    /// `coop:<id>:receivable`: what a co-op owes back (a claw-back after its share was paid out).
    CoopReceivable(i32),
    /// `coop:<id>:payments`: what a buyer co-op has paid in through a gateway (negative: money it
    /// handed over); a refund of the payment brings it back towards zero.
    CoopPayments(i32),
}

impl Account {
    /// The stored name: `gateway_clearing`, `coop:12:proceeds`, `pool:common` ...
    pub fn as_str(&self) -> Cow<'static, str> {
        match self {
            Account::GatewayClearing => Cow::Borrowed("gateway_clearing"),
            Account::PayoutsInTransit => Cow::Borrowed("payouts_in_transit"),
            Account::ProcessorFees => Cow::Borrowed("processor_fees"),
            Account::Pool => Cow::Borrowed("pool:common"),
            Account::CoopProceeds(id) => Cow::Owned(format!("coop:{id}:proceeds")),
            Account::CoopFairShare(id) => Cow::Owned(format!("coop:{id}:fair_share")),
            Account::CoopReceivable(id) => Cow::Owned(format!("coop:{id}:receivable")),
            Account::CoopPayments(id) => Cow::Owned(format!("coop:{id}:payments")),
        }
    }

    /// Parses a stored name; anything `as_str` would not produce is `UnknownAccount`.
    pub fn parse(name: &str) -> Result<Account, LedgerError> {
        let unknown = || LedgerError::UnknownAccount(name.to_string());
        match name {
            "gateway_clearing" => return Ok(Account::GatewayClearing),
            "payouts_in_transit" => return Ok(Account::PayoutsInTransit),
            "processor_fees" => return Ok(Account::ProcessorFees),
            "pool:common" => return Ok(Account::Pool),
            _ => {}
        }
        let rest = name.strip_prefix("coop:").ok_or_else(unknown)?;
        let (id, purpose) = rest.split_once(':').ok_or_else(unknown)?;
        let canonical =
            !id.is_empty() && !id.starts_with('0') && id.bytes().all(|b| b.is_ascii_digit());
        let id: i32 = id.parse().ok().filter(|_| canonical).ok_or_else(unknown)?;
        match purpose {
            "proceeds" => Ok(Account::CoopProceeds(id)),
            "fair_share" => Ok(Account::CoopFairShare(id)),
            "receivable" => Ok(Account::CoopReceivable(id)),
            "payments" => Ok(Account::CoopPayments(id)),
            _ => Err(unknown()),
        }
    }
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_str())
    }
}

impl FromStr for Account {
    type Err = LedgerError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Account::parse(s)
    }
}

/// One leg of an entry: a signed amount on one account (positive credits the holder).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Posting {
    /// The account the amount is posted to.
    pub account: Account,
    /// The signed amount, in the entry's currency for that leg.
    pub amount: Money,
}

impl Posting {
    /// A posting of `amount` to `account`.
    pub fn new(account: Account, amount: Money) -> Posting {
        Posting { account, amount }
    }
}

/// A journal entry not yet written: a valid key and kind, at least one posting, no zero posting,
/// and postings that sum to exactly zero in each currency. Only `new` builds one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalEntry {
    key: String,
    kind: String,
    memo: String,
    order_id: Option<i32>,
    postings: Vec<Posting>,
}

impl JournalEntry {
    /// Checks the draft: refuses an empty entry, a zero posting, an unbalanced currency or an
    /// overflowing sum (checked arithmetic), and a key or kind that is empty or too long.
    pub fn new(
        key: impl Into<String>,
        kind: impl Into<String>,
        memo: impl Into<String>,
        postings: Vec<Posting>,
    ) -> Result<JournalEntry, LedgerError> {
        let (key, kind) = (key.into(), kind.into());
        if key.is_empty() || key.chars().count() > MAX_KEY_LEN {
            return Err(LedgerError::InvalidKey);
        }
        if kind.is_empty() || kind.chars().count() > MAX_KIND_LEN {
            return Err(LedgerError::InvalidKind);
        }
        if postings.is_empty() {
            return Err(LedgerError::Empty);
        }
        if let Some(zero) = postings.iter().find(|p| p.amount.is_zero()) {
            return Err(LedgerError::ZeroPosting(zero.account));
        }
        for sum in sums_per_currency(&postings)? {
            if !sum.is_zero() {
                return Err(LedgerError::Unbalanced(sum));
            }
        }
        Ok(JournalEntry {
            key,
            kind,
            memo: memo.into(),
            order_id: None,
            postings,
        })
    }

    /// The same entry, tied to the order that caused it.
    pub fn for_order(mut self, order_id: i32) -> JournalEntry {
        self.order_id = Some(order_id);
        self
    }

    /// The idempotency key (e.g. `settle:17`): one entry per key, ever.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// What kind of event the entry records (settlement, refund, payout ...).
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// A free-text note for people reading statements.
    pub fn memo(&self) -> &str {
        &self.memo
    }

    /// The order that caused the entry, if any.
    pub fn order_id(&self) -> Option<i32> {
        self.order_id
    }

    /// The postings in the order they are written (and hashed).
    pub fn postings(&self) -> &[Posting] {
        &self.postings
    }

    /// The entry's chain hash when written at `created_at` after an entry hashed `prev_hash`.
    pub fn hash(&self, prev_hash: &str, created_at: chrono::DateTime<chrono::Utc>) -> String {
        let header = EntryHeader {
            key: &self.key,
            kind: &self.kind,
            memo: &self.memo,
            order_id: self.order_id,
            created_at,
        };
        let names: Vec<Cow<'static, str>> =
            self.postings.iter().map(|p| p.account.as_str()).collect();
        let legs = self
            .postings
            .iter()
            .zip(&names)
            .map(|(p, name)| (name.as_ref(), p.amount.currency.code(), p.amount.minor));
        entry_hash(prev_hash, &header, legs)
    }
}

/// The sum of the postings per currency (sorted by code); overflow is `LedgerError::Overflow`.
pub fn sums_per_currency(postings: &[Posting]) -> Result<Vec<Money>, LedgerError> {
    let mut sums: BTreeMap<&'static str, Money> = BTreeMap::new();
    for p in postings {
        let currency: Currency = p.amount.currency;
        let sum = sums.entry(currency.code()).or_insert(Money::zero(currency));
        let minor = sum
            .minor
            .checked_add(p.amount.minor)
            .ok_or(LedgerError::Overflow)?;
        *sum = Money::from_minor(minor, currency);
    }
    Ok(sums.into_values().collect())
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;
