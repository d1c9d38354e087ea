//! Membership needs consent: an invitation to a co-op and the answers it can take.
use crate::error::Msg;

/// Where an invitation stands (a column enum: `entity::status`).
pub use super::status::InvitationStatus;

/// What can be done to a pending invitation, and by whom (see `InvitationAnswer::by_addressee`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationAnswer {
    /// The invited person says yes: they become a member.
    Accept,
    /// The invited person says no.
    Decline,
    /// An admin of the co-op takes it back.
    Withdraw,
}

impl InvitationAnswer {
    /// Accept and decline belong to the invited person only; withdraw to the co-op's admins.
    pub fn by_addressee(self) -> bool {
        !matches!(self, InvitationAnswer::Withdraw)
    }
    /// The status the answer leaves.
    pub fn outcome(self) -> InvitationStatus {
        match self {
            InvitationAnswer::Accept => InvitationStatus::Accepted,
            InvitationAnswer::Decline => InvitationStatus::Declined,
            InvitationAnswer::Withdraw => InvitationStatus::Withdrawn,
        }
    }
    /// Checks an answer to an invitation now in `current`: `Ok(true)` to apply it, `Ok(false)`
    /// when it is that same answer again (a double submit: nothing to do), or why not.
    pub fn check(self, current: InvitationStatus) -> Result<bool, Msg> {
        match current {
            InvitationStatus::Pending => Ok(true),
            s if s == self.outcome() => Ok(false),
            s => Err(Msg::code("invitations-error-answered").arg("code", s.as_str())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{InvitationAnswer as A, InvitationStatus as S, Msg};

    #[test]
    fn only_a_pending_invitation_takes_an_answer_and_the_same_answer_twice_is_a_no_op() {
        for a in [A::Accept, A::Decline, A::Withdraw] {
            assert_eq!(a.check(S::Pending), Ok(true));
            assert_eq!(a.check(a.outcome()), Ok(false));
        }
        assert_eq!(
            A::Accept.check(S::Withdrawn),
            Err(Msg::code("invitations-error-answered").arg("code", "withdrawn"))
        );
        assert!(A::Withdraw.check(S::Accepted).is_err());
        assert!(A::Decline.check(S::Accepted).is_err());
        assert!(A::Accept.by_addressee() && A::Decline.by_addressee());
        assert!(!A::Withdraw.by_addressee());
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Ok(s));
        }
        assert!(S::parse("expired").is_err());
    }
}
