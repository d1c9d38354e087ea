//! What a payout line may pay at the moment it is paid. A run freezes, per co-op, the fair
//! share and proceeds owed when it was drafted; a refund after that claws money back, so each
//! approval, export and payment compares every unpaid line with what the co-op is owed *now*
//! (its balances now, less what lines of other open runs already promise). A line above that
//! would make a balance negative: the run is stale and must be re-drafted.
use std::collections::BTreeMap;

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
}
