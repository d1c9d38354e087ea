//! Reconciling our books with Stripe's: every balance transaction Stripe lists is matched with
//! what we recorded for the same source (charge, refund, transfer, transfer reversal) by type,
//! currency, amount and fee; what either side lacks is a difference too.

use std::collections::{HashMap, HashSet};

/// One Stripe balance transaction, as Stripe reports it (amounts signed, in minor units).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceTxn {
    /// `txn_…`.
    pub id: String,
    /// What moved the money: `ch_…`, `re_…`, `tr_…`, `trr_…`.
    pub source: String,
    /// Stripe's type: charge, refund, transfer, transfer_refund, payout ...
    pub kind: String,
    /// Upper-case ISO code.
    pub currency: String,
    /// Signed as Stripe signs it: money in is positive.
    pub amount: i64,
    /// Stripe's fee on it.
    pub fee: i64,
    /// Unix seconds.
    pub created: i64,
}

/// One movement as our books hold it, signed as Stripe would book it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ours {
    /// The Stripe object we recorded (`ch_…`, `re_…`, `tr_…`, `trr_…`).
    pub source: String,
    /// The balance transaction type it should have at Stripe.
    pub kind: &'static str,
    /// Upper-case ISO code.
    pub currency: String,
    pub amount: i64,
    /// Unix seconds.
    pub created: i64,
}

/// A line of the reconciliation report; `None` where a side has nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub txn: Option<String>,
    pub source: String,
    pub kind: String,
    pub currency: String,
    pub stripe_amount: Option<i64>,
    pub our_amount: Option<i64>,
    pub stripe_fee: Option<i64>,
    pub our_fee: Option<i64>,
    /// What differs, for people to read.
    pub problem: String,
}

/// Every difference between Stripe's list and ours; `our_fees` holds the fee our ledger posted
/// per balance transaction id (none posted counts as zero). Stripe's order is kept, then ours.
pub fn compare(
    stripe: &[BalanceTxn],
    ours: &[Ours],
    our_fees: &HashMap<String, i64>,
) -> Vec<Difference> {
    let by_source: HashMap<&str, &Ours> = ours.iter().map(|o| (o.source.as_str(), o)).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for t in stripe {
        let fee = our_fees.get(&t.id).copied().unwrap_or(0);
        let mine = by_source.get(t.source.as_str());
        let mut problems = Vec::new();
        match mine {
            None => problems.push("not in our books".to_owned()),
            Some(o) => {
                seen.insert(o.source.as_str());
                if o.kind != t.kind {
                    problems.push(format!("we recorded a {}", o.kind));
                }
                if o.currency != t.currency {
                    problems.push(format!("we recorded {}", o.currency));
                }
                if o.amount != t.amount {
                    problems.push("amounts differ".to_owned());
                }
            }
        }
        if fee != t.fee {
            problems.push("fees differ".to_owned());
        }
        if !problems.is_empty() {
            out.push(Difference {
                txn: Some(t.id.clone()),
                source: t.source.clone(),
                kind: t.kind.clone(),
                currency: t.currency.clone(),
                stripe_amount: Some(t.amount),
                our_amount: mine.map(|o| o.amount),
                stripe_fee: Some(t.fee),
                our_fee: Some(fee),
                problem: problems.join("; "),
            });
        }
    }
    for o in ours.iter().filter(|o| !seen.contains(o.source.as_str())) {
        out.push(Difference {
            txn: None,
            source: o.source.clone(),
            kind: o.kind.to_owned(),
            currency: o.currency.clone(),
            stripe_amount: None,
            our_amount: Some(o.amount),
            stripe_fee: None,
            our_fee: None,
            problem: "missing at Stripe".to_owned(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn txn(id: &str, source: &str, kind: &str, amount: i64, fee: i64) -> BalanceTxn {
        BalanceTxn {
            id: id.into(),
            source: source.into(),
            kind: kind.into(),
            currency: "EUR".into(),
            amount,
            fee,
            created: 0,
        }
    }

    fn ours(source: &str, kind: &'static str, amount: i64) -> Ours {
        Ours {
            source: source.into(),
            kind,
            currency: "EUR".into(),
            amount,
            created: 0,
        }
    }

    #[test]
    fn matching_books_have_no_difference_and_every_kind_of_mismatch_is_named() {
        let stripe = [
            txn("txn_1", "ch_1", "charge", 5_000, 95),
            txn("txn_2", "re_1", "refund", -1_000, 0),
        ];
        let mine = [
            ours("ch_1", "charge", 5_000),
            ours("re_1", "refund", -1_000),
        ];
        let fees = HashMap::from([("txn_1".to_owned(), 95)]);
        assert!(compare(&stripe, &mine, &fees).is_empty());

        let stripe = [
            txn("txn_1", "ch_1", "charge", 5_000, 95),
            txn("txn_3", "po_1", "payout", -4_000, 0),
        ];
        let mine = [ours("ch_1", "charge", 4_999), ours("tr_9", "transfer", -10)];
        let diffs = compare(&stripe, &mine, &HashMap::new());
        let problems: Vec<(&str, &str)> = diffs
            .iter()
            .map(|d| (d.source.as_str(), d.problem.as_str()))
            .collect();
        assert_eq!(
            problems,
            [
                ("ch_1", "amounts differ; fees differ"),
                ("po_1", "not in our books"),
                ("tr_9", "missing at Stripe"),
            ]
        );
    }
}
