//! One-time links mailed to a user: what they are for, how long they last, and when one
//! may no longer be followed.
use chrono::{DateTime, Duration, Utc};

/// What a mailed link does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Proves that the user reads the token's address (at registration or on a change of address).
    VerifyEmail,
    /// Lets the user set a new password.
    ResetPassword,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
        }
    }

    /// How long a link stays good: a day for an address, an hour for a password.
    pub fn lifetime(self) -> Duration {
        match self {
            TokenPurpose::VerifyEmail => Duration::hours(24),
            TokenPurpose::ResetPassword => Duration::hours(1),
        }
    }
}

/// Why a link cannot be followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenProblem {
    /// No such link (mistyped, or never sent).
    Unknown,
    /// It was followed already: every link works once.
    Used,
    /// Its lifetime is over.
    Expired,
}

impl TokenProblem {
    /// 404 for a link that never existed, 410 for one that did and is spent.
    pub fn status(self) -> u16 {
        match self {
            TokenProblem::Unknown => 404,
            TokenProblem::Used | TokenProblem::Expired => 410,
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            TokenProblem::Unknown => "This link is not valid. Check that it was copied whole.",
            TokenProblem::Used => "This link has been used already: each link works once.",
            TokenProblem::Expired => "This link has expired. Ask for a new one.",
        }
    }
}

/// A link may be followed once, before it expires.
pub fn check(
    used_at: Option<DateTime<Utc>>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), TokenProblem> {
    if used_at.is_some() {
        Err(TokenProblem::Used)
    } else if expires_at <= now {
        Err(TokenProblem::Expired)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_works_once_and_only_before_it_expires() {
        let now = Utc::now();
        let later = now + Duration::minutes(1);
        assert_eq!(check(None, later, now), Ok(()));
        assert_eq!(check(Some(now), later, now), Err(TokenProblem::Used));
        assert_eq!(check(None, now, now), Err(TokenProblem::Expired));
        assert_eq!(TokenPurpose::ResetPassword.lifetime(), Duration::hours(1));
        assert_eq!(TokenProblem::Expired.status(), 410);
        assert_eq!(TokenProblem::Unknown.status(), 404);
    }
}
