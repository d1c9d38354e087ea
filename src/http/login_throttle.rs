//! Login throttling per account and per client address, with governor's GCRA limiters.
//!
//! Only failed logins are counted. When a failure uses up an account's or an address's
//! allowance, governor says until when the next attempt would be allowed; that verdict is kept
//! so that every attempt until then is refused, the right password included.
//!
//! The limiters live in this process's memory: behind several servers each keeps its own
//! counts (an attacker spread over N servers gets N allowances), and a restart forgets them.
use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Failed logins allowed per account in `WINDOW` before it is locked.
pub const PER_ACCOUNT: u32 = 5;
/// Failed logins allowed per client address in `WINDOW`.
pub const PER_ADDRESS: u32 = 20;
/// The window both allowances refill over.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Past this many tracked keys, keys whose allowance is full again are dropped.
const MAX_KEYS: usize = 100_000;

type Limiter<K> = DefaultKeyedRateLimiter<K, StateInformationMiddleware>;

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Account(String),
    Address(IpAddr),
}

/// What a failed login led to.
pub struct Failure {
    /// How long every login for this account or address is now refused, if it is.
    pub locked_for: Option<Duration>,
    /// This failure locked the account (it was not locked before): tell its holder.
    pub account_newly_locked: bool,
}

pub struct LoginThrottle {
    accounts: Limiter<String>,
    addresses: Limiter<IpAddr>,
    locked: Mutex<HashMap<Key, Instant>>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle::new(PER_ACCOUNT, PER_ADDRESS, WINDOW)
    }
}

fn limiter<K: Clone + std::hash::Hash + Eq>(per_window: u32, window: Duration) -> Limiter<K> {
    let burst = NonZeroU32::new(per_window.max(1)).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(window / burst.get())
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst);
    RateLimiter::keyed(quota).with_middleware::<StateInformationMiddleware>()
}

/// The account key of a typed e-mail: the same for every spelling that logs into one account.
pub fn account_key(email: &str) -> String {
    email.trim().to_lowercase()
}

impl LoginThrottle {
    pub fn new(per_account: u32, per_address: u32, window: Duration) -> Self {
        LoginThrottle {
            accounts: limiter(per_account, window),
            addresses: limiter(per_address, window),
            locked: Mutex::default(),
        }
    }

    /// How long logins for this account or from this address stay refused, if they are.
    pub fn locked_for(&self, account: &str, address: Option<IpAddr>) -> Option<Duration> {
        let now = Instant::now();
        let locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        let until = |k: Key| locked.get(&k).filter(|t| **t > now).map(|t| *t - now);
        let a = until(Key::Account(account.to_owned()));
        let b = address.and_then(|ip| until(Key::Address(ip)));
        a.max(b)
    }

    /// Counts a failed login against the account and the address.
    pub fn failed(&self, account: &str, address: Option<IpAddr>) -> Failure {
        let account_wait = count(&self.accounts, &account.to_owned());
        let address_wait = address.and_then(|ip| count(&self.addresses, &ip));
        let now = Instant::now();
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if locked.len() > MAX_KEYS {
            locked.retain(|_, t| *t > now);
            self.accounts.retain_recent();
            self.addresses.retain_recent();
        }
        let key = Key::Account(account.to_owned());
        let was_locked = locked.get(&key).is_some_and(|t| *t > now);
        if let Some(w) = account_wait {
            locked.insert(key, now + w);
        }
        if let (Some(w), Some(ip)) = (address_wait, address) {
            locked.insert(Key::Address(ip), now + w);
        }
        Failure {
            locked_for: account_wait.max(address_wait),
            account_newly_locked: account_wait.is_some() && !was_locked,
        }
    }
}

/// Takes one cell of `key`'s allowance; when none is left afterwards, how long until one is.
fn count<K: Clone + std::hash::Hash + Eq>(limiter: &Limiter<K>, key: &K) -> Option<Duration> {
    let now = DefaultClock::default().now();
    match limiter.check_key(key) {
        Ok(state) if state.remaining_burst_capacity() > 0 => None,
        // Used up: a second check is refused (refusals take nothing) and says until when.
        Ok(_) => limiter.check_key(key).err().map(|n| n.wait_time_from(now)),
        Err(n) => Some(n.wait_time_from(now)),
    }
    .map(|w| w.max(Duration::from_secs(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_failure_locks_the_account_and_tells_its_holder_once() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..4 {
            let f = t.failed("ana@example.coop", Some(ip));
            assert!(f.locked_for.is_none() && !f.account_newly_locked);
        }
        assert!(t.locked_for("ana@example.coop", Some(ip)).is_none());
        let f = t.failed("ana@example.coop", Some(ip));
        let wait = f.locked_for.expect("locked");
        assert!(wait > Duration::from_secs(60) && wait <= WINDOW, "{wait:?}");
        assert!(f.account_newly_locked);
        assert!(!t.failed("ana@example.coop", Some(ip)).account_newly_locked);
        assert!(t.locked_for("ana@example.coop", None).is_some());
        assert!(t.locked_for("bo@example.coop", Some(ip)).is_none());
    }

    #[test]
    fn twenty_failures_from_one_address_lock_the_address_for_every_account() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for i in 0..PER_ADDRESS {
            let f = t.failed(&format!("u{i}@example.coop"), Some(ip));
            assert_eq!(f.locked_for.is_some(), i + 1 == PER_ADDRESS, "{i}");
        }
        assert!(t.locked_for("new@example.coop", Some(ip)).is_some());
        assert!(t.locked_for("new@example.coop", None).is_none());
    }
}
