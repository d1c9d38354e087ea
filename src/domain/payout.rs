//! What a payout line may pay at the moment it is paid. A run freezes, per co-op, the fair
//! share and proceeds owed when it was drafted; a refund after that claws money back, so each
//! approval, export and payment compares every unpaid line with what the co-op is owed *now*
//! (its balances now, less what lines of other open runs already promise). A line above that
//! would make a balance negative: the run is stale and must be re-drafted.
use std::collections::BTreeMap;

use super::balance::Balance;
use super::status::{LineStatus, PayoutMethod, RunStatus, SpendingStatus};

/// An amount owed to (or promised to) one co-op in one currency, per account, in minor units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Owed {
    pub fair_share: i64,
    pub proceeds: i64,
}

impl Owed {
    /// `self - other`, per account, in 128 bits so that no balance can overflow it.
    pub fn less(&self, other: &Owed) -> OwedWide {
        OwedWide {
            fair_share: i128::from(self.fair_share) - i128::from(other.fair_share),
            proceeds: i128::from(self.proceeds) - i128::from(other.proceeds),
        }
    }
}

/// What a co-op may still be paid: its balances now less lines open elsewhere (may be negative).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OwedWide {
    pub fair_share: i128,
    pub proceeds: i128,
}

/// One unpaid line of a run: what it would take from the co-op's two accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnpaidLine {
    pub line_id: i32,
    pub coop_id: i32,
    pub pays: Owed,
}

/// A line that pays more than is owed now, and by how much (minor units, above zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overpayment {
    pub line_id: i32,
    pub coop_id: i32,
    pub over: i128,
}

/// The lines that would pay more than `available` (per co-op; a co-op missing is owed nothing).
/// Each account is checked on its own, since a payment posts to each: a line is over by the sum
/// of what it takes beyond each account's available amount. Paying every line not listed here
/// leaves every balance at zero or above. Empty means the run is fresh.
pub fn overpayments(lines: &[UnpaidLine], available: &BTreeMap<i32, OwedWide>) -> Vec<Overpayment> {
    lines
        .iter()
        .filter_map(|l| {
            let a = available.get(&l.coop_id).copied().unwrap_or_default();
            let over = |pays: i64, can: i128| (i128::from(pays) - can).max(0);
            let over = over(l.pays.fair_share, a.fair_share) + over(l.pays.proceeds, a.proceeds);
            (over > 0).then_some(Overpayment {
                line_id: l.line_id,
                coop_id: l.coop_id,
                over,
            })
        })
        .collect()
}

/// How a line is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// A Stripe Transfer to the co-op's connected account.
    Stripe,
    /// A line in the bank file (CSV / SEPA), marked paid by the committee.
    Bank,
    /// Paid by bank, but the co-op has no valid bank details: held, not exported, not payable,
    /// until its admins add them.
    Held,
}

impl Route {
    /// A bank line is held while the co-op has no valid IBAN on file.
    pub fn of(by_stripe: bool, has_valid_iban: bool) -> Route {
        match (by_stripe, has_valid_iban) {
            (true, _) => Route::Stripe,
            (false, true) => Route::Bank,
            (false, false) => Route::Held,
        }
    }
}

/// How long a claim keeps other executions away from a Stripe line or spending; after it (the
/// executing process died mid-call) it is claimable again and resent under the same key.
pub const CLAIM_LEASE: chrono::TimeDelta = chrono::TimeDelta::minutes(10);

/// Runs whose unpaid lines are spoken for: under review, or approved and not yet paid.
pub const OPEN_RUNS: [RunStatus; 2] = [RunStatus::AwaitingReview, RunStatus::Approved];

/// A run still under review or approved and not fully paid.
pub fn is_open(s: RunStatus) -> bool {
    OPEN_RUNS.contains(&s)
}

/// A run whose lines may be exported and paid: approved (or paid, to export it again).
pub fn is_payable(s: RunStatus) -> bool {
    matches!(s, RunStatus::Approved | RunStatus::Paid)
}

/// A spending that may be paid: approved (or paid, which pays nothing twice).
pub fn spending_is_payable(s: SpendingStatus) -> bool {
    matches!(s, SpendingStatus::Approved | SpendingStatus::Paid)
}

/// What the committee may do with a run or a spending besides voting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayAction {
    /// Replace a stale run by a fresh draft.
    Redraft,
    /// Send the unpaid Stripe lines (or the spending) through Stripe.
    SendStripe,
    /// Mark every payable bank line (or the spending) paid.
    MarkBankPaid,
}

/// What a run's page knows when it decides which actions to offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunFacts {
    pub status: RunStatus,
    /// Some unpaid line pays more than is owed now.
    pub stale: bool,
    /// Some Stripe line is unpaid.
    pub stripe_unpaid: bool,
    /// Some bank line is unpaid and not held.
    pub bank_payable: bool,
}

/// The actions a run offers now: re-draft when it is open and stale; otherwise, once approved,
/// sending its Stripe lines and marking its bank file paid.
pub fn run_actions(f: &RunFacts) -> Vec<PayAction> {
    let mut out = Vec::new();
    if is_open(f.status) && f.stale {
        out.push(PayAction::Redraft);
    }
    if f.status == RunStatus::Approved && !f.stale {
        if f.stripe_unpaid {
            out.push(PayAction::SendStripe);
        }
        if f.bank_payable {
            out.push(PayAction::MarkBankPaid);
        }
    }
    out
}

/// Whether the run's bank files may be downloaded.
pub fn files_ready(f: &RunFacts) -> bool {
    is_payable(f.status) && !f.stale
}

/// What may be done with one line of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineAction {
    /// Send (or send again after a failure) the line's Stripe Transfer.
    SendTransfer,
    /// Record that the bank paid the line.
    MarkPaid,
    /// Record that the bank refused it; the line stays open.
    MarkFailed,
}

/// The actions on an unpaid line of an approved run that pays no more than is owed now; a bank
/// line of a co-op without bank details (held) offers none.
pub fn line_actions(
    run: RunStatus,
    status: LineStatus,
    method: PayoutMethod,
    route: Route,
    over: bool,
) -> Vec<LineAction> {
    if run != RunStatus::Approved || status == LineStatus::Paid || over {
        return Vec::new();
    }
    match (method, route) {
        (PayoutMethod::Stripe, _) => vec![LineAction::SendTransfer],
        (PayoutMethod::Bank, Route::Held) => Vec::new(),
        (PayoutMethod::Bank, _) => vec![LineAction::MarkPaid, LineAction::MarkFailed],
    }
}

/// The payment actions an approved spending offers, by how it is paid.
pub fn spending_actions(status: SpendingStatus, method: PayoutMethod) -> Vec<PayAction> {
    match (status, method) {
        (SpendingStatus::Approved, PayoutMethod::Stripe) => vec![PayAction::SendStripe],
        (SpendingStatus::Approved, PayoutMethod::Bank) => vec![PayAction::MarkBankPaid],
        _ => Vec::new(),
    }
}

/// Currencies with something to pay, most first: amounts are compared in major units (a
/// ranking, never a conversion), ties by code; balances of zero or less are left out.
pub fn most_owed_first(mut owed: Vec<Balance>) -> Vec<Balance> {
    owed.retain(|b| b.minor > 0);
    owed.sort_by(|a, b| {
        let left = a
            .minor
            .saturating_mul(i128::from(b.currency.minor_per_major()));
        let right = b
            .minor
            .saturating_mul(i128::from(a.currency.minor_per_major()));
        right
            .cmp(&left)
            .then_with(|| a.currency.code().cmp(b.currency.code()))
    });
    owed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(line_id: i32, coop_id: i32, fair_share: i64, proceeds: i64) -> UnpaidLine {
        UnpaidLine {
            line_id,
            coop_id,
            pays: Owed {
                fair_share,
                proceeds,
            },
        }
    }

    fn owed(fair_share: i128, proceeds: i128) -> OwedWide {
        OwedWide {
            fair_share,
            proceeds,
        }
    }

    #[test]
    fn a_line_within_what_is_owed_is_fresh() {
        let av = BTreeMap::from([(7, owed(50, 4800))]);
        assert!(overpayments(&[line(1, 7, 50, 4800)], &av).is_empty());
    }

    #[test]
    fn a_refund_after_the_draft_makes_both_lines_stale_by_the_claw_back() {
        // The DKK run: the seller's proceeds fell by 96 and each fair share by 1.
        let av = BTreeMap::from([(1, owed(22, 213_500)), (2, owed(2_200, 0))]);
        let lines = [line(10, 1, 23, 223_100), line(11, 2, 2_300, 0)];
        let over: Vec<_> = overpayments(&lines, &av)
            .iter()
            .map(|o| (o.line_id, o.over))
            .collect();
        assert_eq!(over, vec![(10, 9_601), (11, 100)]);
    }

    #[test]
    fn accounts_are_checked_apart_so_a_surplus_never_hides_a_shortfall() {
        let av = BTreeMap::from([(3, owed(0, 10_000))]);
        let o = overpayments(&[line(1, 3, 5, 100)], &av);
        assert_eq!(o[0].over, 5);
    }

    #[test]
    fn a_co_op_owed_nothing_now_is_over_by_the_whole_line() {
        let o = overpayments(&[line(1, 3, 10, 20)], &BTreeMap::new());
        assert_eq!(o[0].over, 30);
    }

    #[test]
    fn a_negative_share_netted_in_the_line_stays_payable() {
        // Drafted as -1 fair share + 100 proceeds: paying it brings both accounts to zero.
        let av = BTreeMap::from([(3, owed(-1, 100))]);
        assert!(overpayments(&[line(1, 3, -1, 100)], &av).is_empty());
    }

    #[test]
    fn a_bank_line_without_an_iban_is_held() {
        assert_eq!(Route::of(false, false), Route::Held);
        assert_eq!(Route::of(false, true), Route::Bank);
        assert_eq!(Route::of(true, false), Route::Stripe);
    }

    fn facts(status: RunStatus, stale: bool) -> RunFacts {
        RunFacts {
            status,
            stale,
            stripe_unpaid: true,
            bank_payable: true,
        }
    }

    #[test]
    fn a_run_offers_payment_only_once_approved_and_fresh() {
        use PayAction::*;
        assert!(run_actions(&facts(RunStatus::AwaitingReview, false)).is_empty());
        assert_eq!(
            run_actions(&facts(RunStatus::AwaitingReview, true)),
            [Redraft]
        );
        assert_eq!(
            run_actions(&facts(RunStatus::Approved, false)),
            [SendStripe, MarkBankPaid]
        );
        assert_eq!(run_actions(&facts(RunStatus::Approved, true)), [Redraft]);
        for done in [RunStatus::Paid, RunStatus::Rejected, RunStatus::Superseded] {
            assert!(run_actions(&facts(done, false)).is_empty(), "{done:?}");
        }
        assert!(files_ready(&facts(RunStatus::Paid, false)));
        assert!(!files_ready(&facts(RunStatus::AwaitingReview, false)));
    }

    #[test]
    fn a_line_is_payable_only_when_approved_unpaid_fresh_and_not_held() {
        use LineAction::*;
        let (a, open) = (RunStatus::Approved, LineStatus::Open);
        let bank = line_actions(a, open, PayoutMethod::Bank, Route::Bank, false);
        assert_eq!(bank, [MarkPaid, MarkFailed]);
        let failed = LineStatus::Failed;
        let stripe = line_actions(a, failed, PayoutMethod::Stripe, Route::Stripe, false);
        assert_eq!(stripe, [SendTransfer]);
        assert!(line_actions(a, open, PayoutMethod::Bank, Route::Held, false).is_empty());
        assert!(line_actions(a, open, PayoutMethod::Bank, Route::Bank, true).is_empty());
        let paid = LineStatus::Paid;
        assert!(line_actions(a, paid, PayoutMethod::Bank, Route::Bank, false).is_empty());
        let review = RunStatus::AwaitingReview;
        assert!(line_actions(review, open, PayoutMethod::Bank, Route::Bank, false).is_empty());
    }

    #[test]
    fn currencies_rank_by_what_is_owed_in_major_units_and_drop_nothing_owed() {
        use crate::domain::money::Currency;
        let b = |minor, code| Balance::from_minor(minor, Currency::parse(code).unwrap());
        // 30.00 EUR, 2,000 JPY, 40.000 KWD, nothing in BHD, -5.00 DKK (a claw-back).
        let ranked = most_owed_first(vec![
            b(3_000, "EUR"),
            b(2_000, "JPY"),
            b(40_000, "KWD"),
            b(0, "BHD"),
            b(-500, "DKK"),
        ]);
        let codes: Vec<&str> = ranked.iter().map(|x| x.currency.code()).collect();
        assert_eq!(codes, ["JPY", "KWD", "EUR"]);
    }
}
