//! The SMTP transport described by `SMTP_URL`.
use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, Tokio1Executor};
use percent_encoding::percent_decode_str;

use super::MailError;

/// A hung server costs a message this long, and the mail worker (which holds its turn meanwhile)
/// tries no more of its batch once its turn has lasted `RetryPolicy::turn`.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Builds the transport for one of:
/// - `smtps://user:pass@host[:465]`: TLS from the first byte;
/// - `smtp://user:pass@host[:587]`: STARTTLS required, so a password never travels in clear;
/// - `smtp://host[:25]`: plain (a local relay or a test server);
///
/// `?tls=required|opportunistic|none` on an `smtp://` URL overrides the choice.
pub fn transport(url: &url::Url) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let host = url
        .host_str()
        .map(|h| h.trim_start_matches('[').trim_end_matches(']'))
        .ok_or_else(|| MailError::Config("SMTP_URL has no host".into()))?;
    let credentials = credentials(url)?;
    let tls_param = url
        .query_pairs()
        .find(|(k, _)| k == "tls")
        .map(|(_, v)| v.into_owned());
    let params = || TlsParameters::new(host.to_owned()).map_err(MailError::Smtp);
    let (tls, default_port) = match (url.scheme(), tls_param.as_deref()) {
        ("smtps", None) => (Tls::Wrapper(params()?), 465),
        ("smtp", Some("required")) => (Tls::Required(params()?), 587),
        ("smtp", None) if credentials.is_some() => (Tls::Required(params()?), 587),
        ("smtp", Some("opportunistic")) => (Tls::Opportunistic(params()?), 587),
        ("smtp", None | Some("none")) => (Tls::None, 25),
        (scheme, tls) => {
            return Err(MailError::Config(format!(
                "SMTP_URL: {scheme}:// does not support tls={}",
                tls.unwrap_or_default()
            )))
        }
    };
    // `builder_dangerous` only means "no TLS unless told": the match above always tells it.
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(url.port().unwrap_or(default_port))
        .tls(tls)
        .timeout(Some(SMTP_TIMEOUT));
    if let Some(c) = credentials {
        builder = builder.credentials(c);
    }
    Ok(builder.build())
}

/// The URL's user and password, percent-decoded.
fn credentials(url: &url::Url) -> Result<Option<Credentials>, MailError> {
    if url.username().is_empty() {
        return Ok(None);
    }
    let decode = |s: &str| {
        percent_decode_str(s)
            .decode_utf8()
            .map(|s| s.into_owned())
            .map_err(|_| MailError::Config("SMTP_URL: user or password is not UTF-8".into()))
    };
    Ok(Some(Credentials::new(
        decode(url.username())?,
        decode(url.password().unwrap_or(""))?,
    )))
}
