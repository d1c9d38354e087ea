//! Stripe's webhook signature: header `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]`, each
//! v1 an HMAC-SHA256 of `"{t}.{raw body}"` under the endpoint's secret; stale after 300 s.
use hmac::{Hmac, KeyInit, Mac};
use sha2_11::Sha256;

/// How old (or how far in the future) a signed timestamp may be, as Stripe's libraries allow.
pub const TOLERANCE_SECS: i64 = 300;

/// Why a webhook's signature was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the Stripe-Signature header is missing or malformed")]
    Malformed,
    #[error("the signature's timestamp is outside the tolerance")]
    Stale,
    #[error("no v1 signature matches")]
    Mismatch,
}

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length, so this cannot fail.
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    m
}

/// The header Stripe would send for `body` at `timestamp` (for tests and the fake Stripe).
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let tag = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", hex::encode(tag))
}

/// Checks `header` against `body` at time `now` (unix seconds): the timestamp within
/// `TOLERANCE_SECS`, and at least one v1 signature equal (in constant time) to ours.
pub fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> Result<(), SignatureError> {
    let mut timestamp = None;
    let mut candidates = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => {
                timestamp = Some(t.parse::<i64>().map_err(|_| SignatureError::Malformed)?)
            }
            Some(("v1", sig)) => candidates.push(sig),
            _ => {}
        }
    }
    let t = timestamp.ok_or(SignatureError::Malformed)?;
    if candidates.is_empty() {
        return Err(SignatureError::Malformed);
    }
    if (now - t).abs() > TOLERANCE_SECS {
        return Err(SignatureError::Stale);
    }
    let matches = candidates.iter().any(|sig| {
        hex::decode(sig).is_ok_and(|bytes| mac(secret, t, body).verify_slice(&bytes).is_ok())
    });
    if matches {
        Ok(())
    } else {
        Err(SignatureError::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";

    #[test]
    fn a_signature_made_by_sign_verifies_within_the_tolerance() {
        let h = sign(SECRET, 1_700_000_000, b"{\"id\":\"evt_1\"}");
        assert!(h.starts_with("t=1700000000,v1="));
        assert_eq!(h.len(), "t=1700000000,v1=".len() + 64);
        for now in [1_700_000_000, 1_700_000_300, 1_699_999_700] {
            assert_eq!(verify(SECRET, &h, b"{\"id\":\"evt_1\"}", now), Ok(()));
        }
    }

    #[test]
    fn stale_tampered_or_foreign_signatures_are_refused() {
        let body = b"{\"id\":\"evt_1\"}";
        let h = sign(SECRET, 1_700_000_000, body);
        assert_eq!(
            verify(SECRET, &h, body, 1_700_000_301),
            Err(SignatureError::Stale)
        );
        assert_eq!(
            verify(SECRET, &h, b"{\"id\":\"evt_2\"}", 1_700_000_000),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify("whsec_other", &h, body, 1_700_000_000),
            Err(SignatureError::Mismatch)
        );
        for bad in ["", "t=1700000000", "v1=abc", "t=x,v1=00"] {
            assert_eq!(
                verify(SECRET, bad, body, 1_700_000_000),
                Err(SignatureError::Malformed),
                "{bad}"
            );
        }
    }

    #[test]
    fn any_of_several_v1_signatures_may_match() {
        let body = b"{}";
        let good = sign(SECRET, 1_700_000_000, body);
        let sig = good.split("v1=").nth(1).unwrap();
        let header = format!("t=1700000000,v1={},v0=abc,v1={sig}", "0".repeat(64));
        assert_eq!(verify(SECRET, &header, body, 1_700_000_000), Ok(()));
    }

    #[test]
    fn the_hmac_matches_a_known_vector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let m = {
            let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(b"Jefe").unwrap();
            m.update(b"what do ya want for nothing?");
            m
        };
        assert_eq!(
            hex::encode(m.finalize().into_bytes()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
