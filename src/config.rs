//! Settings from the environment, each with a default that needs nothing.
use std::net::SocketAddr;

use rust_decimal::Decimal;

#[path = "config_payouts.rs"]
mod payouts;
pub use payouts::PayoutSettings;
#[path = "config_photos.rs"]
mod photos;
pub use photos::{PhotoLocation, PhotoSettings};

/// A bad environment variable: which one and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {message}")]
pub struct ConfigError {
    pub var: &'static str,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub bind: SocketAddr,
    pub base_url: url::Url,
    pub smtp_url: Option<url::Url>,
    pub outbox_dir: std::path::PathBuf,
    /// The sender of every email.
    pub mail_from: lettre::message::Mailbox,
    pub stripe_secret_key: Option<String>,
    /// The secret Stripe signs webhooks with (`whsec_...`); without it `/webhooks/stripe` is 404.
    pub stripe_webhook_secret: Option<String>,
    /// Where the Stripe client sends requests; tests point it at a loopback fake.
    pub stripe_api_base: url::Url,
    /// The key Stripe.js uses in the buyer's browser (`pk_...`), shown on the card pay page.
    pub stripe_publishable_key: Option<String>,
    /// Default fee rate in percent for a new marketplace.
    pub fee_rate: Decimal,
    /// Seconds after delivery before an order settles; 0 settles on delivery.
    pub settlement_delay_secs: u64,
    /// Payout runs and pool spending.
    pub payouts: PayoutSettings,
    /// Where product photos are stored (`PHOTO_DIR` or `PHOTO_STORE`).
    pub photos: PhotoSettings,
    /// Whether anonymous public pages are served from the response cache (`PAGE_CACHE=on|off`).
    pub page_cache: bool,
    /// Whether order placement and actions share commits (`GROUP_COMMIT=on|off`); unset, on
    /// (see `group_commit`).
    pub group_commit: Option<bool>,
    /// Sign-in sessions: absolute and idle lifetimes, and who may read `/metrics`.
    pub security: SecuritySettings,
}

/// How long a login lasts and who may read `/metrics`.
#[derive(Clone, Debug)]
pub struct SecuritySettings {
    /// A session ends this long after login, however active (`SESSION_MAX_AGE`, default 14 days).
    pub session_max_age: std::time::Duration,
    /// A session ends after this long without a request (`SESSION_IDLE`, default 2 days).
    pub session_idle: std::time::Duration,
    /// A bearer token that lets a non-loopback client read `/metrics` (`METRICS_TOKEN`).
    pub metrics_token: Option<String>,
}

impl SecuritySettings {
    fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let max_age = match get("SESSION_MAX_AGE") {
            None => 14 * 86_400,
            Some(s) => parse_lifetime(&s).map_err(|m| err("SESSION_MAX_AGE", m))?,
        };
        let idle = match get("SESSION_IDLE") {
            None => (2 * 86_400).min(max_age),
            Some(s) => parse_lifetime(&s).map_err(|m| err("SESSION_IDLE", m))?,
        };
        if idle > max_age {
            return Err(err(
                "SESSION_IDLE",
                "must not be longer than SESSION_MAX_AGE",
            ));
        }
        let metrics_token = get("METRICS_TOKEN")
            .map(|t| t.trim().to_owned())
            .map(|t| {
                if t.len() >= 16 && t.bytes().all(|b| b.is_ascii_graphic()) {
                    Ok(t)
                } else {
                    Err(err(
                        "METRICS_TOKEN",
                        "must be at least 16 printable characters without spaces",
                    ))
                }
            })
            .transpose()?;
        Ok(SecuritySettings {
            session_max_age: std::time::Duration::from_secs(max_age),
            session_idle: std::time::Duration::from_secs(idle),
            metrics_token,
        })
    }
}

/// A lifetime in seconds, or with a unit: `90s`, `30m`, `12h`, `14d`; from 1 s to 365 days.
pub fn parse_lifetime(s: &str) -> Result<u64, &'static str> {
    let s = s.trim();
    let (digits, unit) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s[..i], c),
        _ => (s, 's'),
    };
    let per = match unit {
        's' => 1,
        'm' => 60,
        'h' => 3_600,
        'd' => 86_400,
        _ => return Err("must be a duration such as 14d, 12h, 30m or 3600 (seconds)"),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(per))
        .filter(|n| (1..=365 * 86_400).contains(n))
        .ok_or("must be a duration from 1s to 365d, such as 14d, 12h, 30m or 3600 (seconds)")
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Reads settings through `get`, so tests can supply their own environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let database_url = match get("DATABASE_URL") {
            None => "sqlite://cooptrade.db?mode=rwc".to_string(),
            Some(url) if url.starts_with("sqlite:") || url.starts_with("postgres") => url,
            Some(_) => {
                return Err(err(
                    "DATABASE_URL",
                    "must start with sqlite: or postgres:// (e.g. sqlite://cooptrade.db)",
                ))
            }
        };
        let bind: SocketAddr = get("BIND")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|_| err("BIND", "must be an address and port such as 127.0.0.1:3000"))?;
        let base_url = get("BASE_URL").unwrap_or_else(|| format!("http://{bind}"));
        let base_url = url::Url::parse(&base_url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| err("BASE_URL", "must be an http:// or https:// URL"))?;
        let smtp_url = get("SMTP_URL")
            .map(|s| {
                url::Url::parse(&s)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "smtp" | "smtps") && u.host().is_some())
                    .ok_or_else(|| {
                        err(
                            "SMTP_URL",
                            "must look like smtp://user:pass@host:587 or smtps://host",
                        )
                    })
            })
            .transpose()?;
        let mail_from = match get("MAIL_FROM") {
            None => default_mail_from(&base_url),
            Some(s) => s.parse().map_err(|_| {
                err(
                    "MAIL_FROM",
                    "must be an address such as \"cooptrade <noreply@trade.example.coop>\"",
                )
            })?,
        };
        let stripe_secret_key = get("STRIPE_SECRET_KEY")
            .map(|k| {
                if k.starts_with("sk_") || k.starts_with("rk_") {
                    Ok(k)
                } else {
                    Err(err("STRIPE_SECRET_KEY", "must start with sk_ or rk_"))
                }
            })
            .transpose()?;
        let stripe_webhook_secret = get("STRIPE_WEBHOOK_SECRET")
            .map(|k| {
                if k.starts_with("whsec_") {
                    Ok(k)
                } else {
                    Err(err("STRIPE_WEBHOOK_SECRET", "must start with whsec_"))
                }
            })
            .transpose()?;
        let stripe_publishable_key = get("STRIPE_PUBLISHABLE_KEY")
            .map(|k| {
                if k.starts_with("pk_") {
                    Ok(k)
                } else {
                    Err(err("STRIPE_PUBLISHABLE_KEY", "must start with pk_"))
                }
            })
            .transpose()?;
        let stripe_api_base =
            get("STRIPE_API_BASE").unwrap_or_else(|| "https://api.stripe.com".into());
        let stripe_api_base = url::Url::parse(&stripe_api_base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| {
                err(
                    "STRIPE_API_BASE",
                    "must be an http(s) URL such as https://api.stripe.com",
                )
            })?;
        let settlement_delay_secs = match get("SETTLEMENT_DELAY") {
            None => 0,
            Some(s) => s
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|d| *d <= 90 * 86_400)
                .ok_or_else(|| {
                    err(
                        "SETTLEMENT_DELAY",
                        "must be whole seconds from 0 to 7776000 (90 days)",
                    )
                })?,
        };
        let fee_rate = match get("FEE_RATE") {
            None => Decimal::new(4, 0),
            Some(s) => parse_fee_rate(&s).map_err(|m| err("FEE_RATE", m))?,
        };
        let page_cache = match get("PAGE_CACHE").as_deref().map(str::trim) {
            None | Some("on") => true,
            Some("off") => false,
            Some(_) => return Err(err("PAGE_CACHE", "must be on or off")),
        };
        let group_commit = match get("GROUP_COMMIT").as_deref().map(str::trim) {
            None => None,
            Some("on") => Some(true),
            Some("off") => Some(false),
            Some(_) => return Err(err("GROUP_COMMIT", "must be on or off")),
        };
        // Read again by `db::connect`; checked here so a bad value stops the start with a message.
        if let Some(n) = get("DB_POOL_SIZE") {
            if crate::db::parse_pool_size(&n).is_none() {
                return Err(err("DB_POOL_SIZE", "must be a whole number from 1 to 1000"));
            }
        }
        Ok(Config {
            page_cache,
            group_commit,
            database_url,
            bind,
            base_url,
            smtp_url,
            outbox_dir: get("OUTBOX_DIR").unwrap_or_else(|| "outbox".into()).into(),
            mail_from,
            stripe_secret_key,
            stripe_webhook_secret,
            stripe_api_base,
            stripe_publishable_key,
            fee_rate,
            settlement_delay_secs,
            payouts: PayoutSettings::from_lookup(&get)?,
            security: SecuritySettings::from_lookup(&get)?,
            photos: PhotoSettings::from_lookup(&get)?,
        })
    }

    /// Cookies get the Secure flag when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    /// The absolute address of a path on this site (`BASE_URL` + path), for e-mails and for
    /// the pages Stripe sends people back to.
    pub fn url(&self, path: &str) -> String {
        absolute(&self.base_url, path)
    }
}

/// `base` + `path`, keeping any path prefix of `base` (`https://x.coop/trade` + `/pool`).
pub fn absolute(base: &url::Url, path: &str) -> String {
    format!(
        "{}/{}",
        base.as_str().trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// A fee rate in percent: 0 to 20 with at most two decimals.
pub fn parse_fee_rate(s: &str) -> Result<Decimal, &'static str> {
    let d: Decimal = s
        .trim()
        .parse()
        .map_err(|_| "must be a percentage such as 4 or 4.5")?;
    if d.scale() > 2 && d.normalize().scale() > 2 {
        return Err("allows at most two decimals");
    }
    if d < Decimal::ZERO || d > Decimal::new(20, 0) {
        return Err("must be between 0 and 20 (percent)");
    }
    Ok(d.normalize())
}

/// `cooptrade <noreply@HOST>` for a named BASE_URL host, `noreply@localhost` for an address.
fn default_mail_from(base_url: &url::Url) -> lettre::message::Mailbox {
    let domain = base_url.domain().unwrap_or("localhost");
    let address = lettre::Address::new("noreply", domain)
        .unwrap_or_else(|_| lettre::Address::new_dangerous("noreply", "localhost"));
    lettre::message::Mailbox::new(Some("cooptrade".into()), address)
}

fn err(var: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        var,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| env.get(k).cloned())
    }

    #[test]
    fn defaults_need_nothing() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://cooptrade.db?mode=rwc");
        assert_eq!(c.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(c.base_url.as_str(), "http://127.0.0.1:3000/");
        assert!(c.smtp_url.is_none() && c.stripe_secret_key.is_none());
        assert_eq!(c.fee_rate, Decimal::new(4, 0));
        assert!(!c.secure_cookies());
        assert!(c.page_cache);
        assert!(!cfg(&[("PAGE_CACHE", "off")]).unwrap().page_cache);
        assert_eq!(c.group_commit, None);
        assert_eq!(
            cfg(&[("GROUP_COMMIT", "on")]).unwrap().group_commit,
            Some(true)
        );
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        for (var, value) in [
            ("BIND", "nowhere"),
            ("BASE_URL", "ftp://x"),
            ("SMTP_URL", "mail.example.org"),
            ("STRIPE_SECRET_KEY", "pk_live_123"),
            ("STRIPE_WEBHOOK_SECRET", "secret"),
            ("STRIPE_API_BASE", "ftp://stripe"),
            ("MAIL_FROM", "not an address"),
            ("FEE_RATE", "25"),
            ("FEE_RATE", "4.125"),
            ("FEE_RATE", "four"),
            ("DATABASE_URL", "mysql://x"),
            ("PAYOUT_QUORUM", "0"),
            ("PAYOUT_MINIMUM", "-1"),
            ("PAYOUT_DEBTOR_IBAN", "DE89370400440532013001"),
            ("PAGE_CACHE", "maybe"),
            ("GROUP_COMMIT", "sometimes"),
            ("DB_POOL_SIZE", "0"),
            ("DB_POOL_SIZE", "lots"),
            ("SESSION_MAX_AGE", "forever"),
            ("SESSION_MAX_AGE", "0"),
            ("SESSION_IDLE", "400d"),
            ("METRICS_TOKEN", "short"),
        ] {
            let e = cfg(&[(var, value)]).unwrap_err();
            assert_eq!(e.var, var, "{value}");
        }
    }

    #[test]
    fn session_lifetimes_default_to_fourteen_and_two_days() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.security.session_max_age.as_secs(), 14 * 86_400);
        assert_eq!(c.security.session_idle.as_secs(), 2 * 86_400);
        let c = cfg(&[("SESSION_MAX_AGE", "12h"), ("SESSION_IDLE", "30m")]).unwrap();
        assert_eq!(c.security.session_max_age.as_secs(), 12 * 3_600);
        assert_eq!(c.security.session_idle.as_secs(), 1_800);
        let e = cfg(&[("SESSION_MAX_AGE", "1h"), ("SESSION_IDLE", "2h")]).unwrap_err();
        assert_eq!(e.var, "SESSION_IDLE");
        assert_eq!(parse_lifetime("90"), Ok(90));
    }

    #[test]
    fn links_are_base_url_plus_path_and_keys_are_checked() {
        let c = cfg(&[("BASE_URL", "https://trade.example.coop/market/")]).unwrap();
        assert_eq!(
            c.url("/committee/payouts/7"),
            "https://trade.example.coop/market/committee/payouts/7"
        );
        let plain = cfg(&[("BASE_URL", "http://127.0.0.1:3000")]).unwrap();
        assert_eq!(plain.url("/pool"), "http://127.0.0.1:3000/pool");
        assert_eq!(plain.stripe_publishable_key, None);
        let bad = cfg(&[("STRIPE_PUBLISHABLE_KEY", "sk_test_x")]).unwrap_err();
        assert_eq!(bad.var, "STRIPE_PUBLISHABLE_KEY");
    }

    #[test]
    fn https_base_url_makes_cookies_secure() {
        let c = cfg(&[("BASE_URL", "https://trade.example.coop")]).unwrap();
        assert!(c.secure_cookies());
        assert_eq!(
            c.mail_from.to_string(),
            "cooptrade <noreply@trade.example.coop>"
        );
        assert_eq!(
            cfg(&[("FEE_RATE", "4.50")]).unwrap().fee_rate.to_string(),
            "4.5"
        );
    }
}
