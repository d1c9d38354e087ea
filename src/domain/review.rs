//! The committee's review of a payout run or a pool spending proposal: a quorum of distinct
//! members approves it, the drafter is never the only approver, a member who belongs to a
//! co-op receiving money in it cannot vote, and one rejection with a reason stops it.
use std::collections::BTreeSet;

/// Where a review stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStatus {
    /// Waiting for more approvals.
    AwaitingReview,
    /// Enough distinct approvals, one of them not the drafter's.
    Approved,
    /// A member rejected it; nothing more can be decided.
    Rejected,
}

/// Why a vote is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VoteError {
    #[error("this has already been decided ({0})")]
    Closed(&'static str),
    #[error("you have already approved this")]
    AlreadyApproved,
    #[error("you belong to a co-op that receives money here, so you cannot vote on it")]
    ConflictOfInterest,
    #[error("a rejection needs a reason")]
    ReasonRequired,
}

impl VoteError {
    /// What the voter is told (a code, said in their language when shown).
    pub fn msg(&self) -> i18n::Msg {
        use i18n::Msg;
        match self {
            VoteError::Closed(status) => Msg::code("error-already-decided").arg("value", *status),
            VoteError::AlreadyApproved => Msg::code("error-already-approved"),
            VoteError::ConflictOfInterest => Msg::code("error-conflict-of-interest"),
            VoteError::ReasonRequired => Msg::code("error-reason-needed"),
        }
    }
}

/// A vote a committee member casts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Vote {
    Approve,
    /// Rejecting always carries a reason, shown to everyone.
    Reject(String),
}

/// The facts a review is decided on; `approvers` are distinct user ids.
#[derive(Clone, Debug)]
pub struct Review {
    /// Distinct approvals needed (at least 1).
    pub quorum: u32,
    /// Who drafted or proposed it (none when drafted from the command line).
    pub drafter: Option<i32>,
    pub approvers: BTreeSet<i32>,
    pub rejected: bool,
}

impl Review {
    /// Approved once `quorum` distinct members approved and at least one of them is not the
    /// drafter; rejected as soon as anyone rejected.
    pub fn status(&self) -> ReviewStatus {
        if self.rejected {
            return ReviewStatus::Rejected;
        }
        let others = self.approvers.iter().any(|u| Some(*u) != self.drafter);
        let enough = self.approvers.len() >= self.quorum.max(1) as usize;
        if enough && others {
            ReviewStatus::Approved
        } else {
            ReviewStatus::AwaitingReview
        }
    }

    /// Checks `vote` by `voter` (`conflicted` when the voter belongs to a receiving co-op) and
    /// returns the status the review would reach with it.
    pub fn cast(
        &self,
        voter: i32,
        conflicted: bool,
        vote: &Vote,
    ) -> Result<ReviewStatus, VoteError> {
        match self.status() {
            ReviewStatus::Approved => return Err(VoteError::Closed("approved")),
            ReviewStatus::Rejected => return Err(VoteError::Closed("rejected")),
            ReviewStatus::AwaitingReview => {}
        }
        if conflicted {
            return Err(VoteError::ConflictOfInterest);
        }
        match vote {
            Vote::Reject(reason) if reason.trim().is_empty() => Err(VoteError::ReasonRequired),
            Vote::Reject(_) => Ok(ReviewStatus::Rejected),
            Vote::Approve if self.approvers.contains(&voter) => Err(VoteError::AlreadyApproved),
            Vote::Approve => {
                let mut next = self.clone();
                next.approvers.insert(voter);
                Ok(next.status())
            }
        }
    }
}

/// Who can still move a review forward: members who may still vote, and whether the quorum
/// can still be reached with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outlook {
    /// Committee members not in a conflict of interest who have not approved yet.
    pub can_still_vote: usize,
    /// Approvals still missing for the quorum.
    pub needed: usize,
    /// False when even if everyone who may still vote approved, the quorum (or the rule that
    /// someone other than the drafter approves) could not be met.
    pub reachable: bool,
}

impl Review {
    /// The outlook given the whole `committee` and those of it in a conflict of interest.
    pub fn outlook(&self, committee: &BTreeSet<i32>, conflicted: &BTreeSet<i32>) -> Outlook {
        let left: BTreeSet<i32> = committee
            .iter()
            .filter(|u| !conflicted.contains(u) && !self.approvers.contains(u))
            .copied()
            .collect();
        let quorum = self.quorum.max(1) as usize;
        let needed = quorum.saturating_sub(self.approvers.len());
        let all: BTreeSet<i32> = self.approvers.union(&left).copied().collect();
        let others = all.iter().any(|u| Some(*u) != self.drafter);
        let enough = all.len() >= quorum;
        let reachable = !self.rejected && enough && others;
        Outlook {
            can_still_vote: left.len(),
            needed,
            reachable,
        }
    }
}

/// The votes one committee member may cast now: the page shows only these buttons, and the
/// server checks the same rules again when the vote arrives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ballot {
    pub approve: bool,
    pub reject: bool,
}

impl Ballot {
    /// Neither vote is open to this member.
    pub fn is_empty(&self) -> bool {
        !self.approve && !self.reject
    }
}

impl Review {
    /// What `voter` (`conflicted` when they belong to a receiving co-op) may cast now, by the
    /// same rules as `cast`.
    pub fn ballot(&self, voter: i32, conflicted: bool) -> Ballot {
        let reason = Vote::Reject("a reason".into());
        Ballot {
            approve: self.cast(voter, conflicted, &Vote::Approve).is_ok(),
            reject: self.cast(voter, conflicted, &reason).is_ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(quorum: u32, drafter: i32, approvers: &[i32]) -> Review {
        Review {
            quorum,
            drafter: Some(drafter),
            approvers: approvers.iter().copied().collect(),
            rejected: false,
        }
    }

    #[test]
    fn two_distinct_approvals_reach_a_quorum_of_two() {
        let r = review(2, 1, &[2]);
        assert_eq!(r.status(), ReviewStatus::AwaitingReview);
        assert_eq!(r.cast(3, false, &Vote::Approve), Ok(ReviewStatus::Approved));
        assert_eq!(r.cast(1, false, &Vote::Approve), Ok(ReviewStatus::Approved));
    }

    #[test]
    fn the_drafter_alone_never_approves_even_with_a_quorum_of_one() {
        let r = review(1, 1, &[]);
        assert_eq!(
            r.cast(1, false, &Vote::Approve),
            Ok(ReviewStatus::AwaitingReview)
        );
        assert_eq!(r.cast(2, false, &Vote::Approve), Ok(ReviewStatus::Approved));
    }

    #[test]
    fn the_same_member_cannot_approve_twice() {
        let r = review(2, 1, &[2]);
        assert_eq!(
            r.cast(2, false, &Vote::Approve),
            Err(VoteError::AlreadyApproved)
        );
    }

    #[test]
    fn a_conflicted_member_cannot_vote_either_way() {
        let r = review(2, 1, &[]);
        assert_eq!(
            r.cast(2, true, &Vote::Approve),
            Err(VoteError::ConflictOfInterest)
        );
        let no = Vote::Reject("no".into());
        assert_eq!(r.cast(2, true, &no), Err(VoteError::ConflictOfInterest));
    }

    #[test]
    fn one_rejection_with_a_reason_stops_it() {
        let r = review(2, 1, &[2]);
        assert_eq!(
            r.cast(3, false, &Vote::Reject(" ".into())),
            Err(VoteError::ReasonRequired)
        );
        assert_eq!(
            r.cast(3, false, &Vote::Reject("too early".into())),
            Ok(ReviewStatus::Rejected)
        );
        let stopped = Review {
            rejected: true,
            ..r
        };
        assert_eq!(
            stopped.cast(4, false, &Vote::Approve),
            Err(VoteError::Closed("rejected"))
        );
    }
    #[test]
    fn the_outlook_counts_who_may_still_vote() {
        let committee: BTreeSet<i32> = [1, 2, 3, 4].into();
        let r = review(2, 1, &[2]);
        let o = r.outlook(&committee, &[3].into());
        assert_eq!((o.can_still_vote, o.needed, o.reachable), (2, 1, true));
        let o = review(2, 1, &[]).outlook(&committee, &[2, 3, 4].into());
        assert_eq!(
            (o.can_still_vote, o.needed, o.reachable),
            (1, 2, false),
            "only the drafter is left"
        );
    }

    #[test]
    fn the_drafter_alone_left_cannot_reach_even_a_quorum_of_one() {
        let committee: BTreeSet<i32> = [1, 2].into();
        let o = review(1, 1, &[]).outlook(&committee, &[2].into());
        assert_eq!((o.can_still_vote, o.reachable), (1, false));
    }

    #[test]
    fn the_ballot_offers_only_the_votes_the_rules_accept() {
        let r = review(2, 1, &[2]);
        let both = Ballot {
            approve: true,
            reject: true,
        };
        assert_eq!(r.ballot(3, false), both);
        assert_eq!(r.ballot(3, true), Ballot::default(), "conflicted");
        let after_own_approval = r.ballot(2, false);
        assert_eq!(
            (after_own_approval.approve, after_own_approval.reject),
            (false, true)
        );
        let closed = Review {
            rejected: true,
            ..r
        };
        assert!(closed.ballot(3, false).is_empty());
    }
}
