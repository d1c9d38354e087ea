//! Sending email: SMTP when `SMTP_URL` is set, `.eml` files in `OUTBOX_DIR` otherwise, memory in
//! tests. Callers never send directly: they queue with `store::outbox::enqueue` and the mail worker
//! (`jobs::mail`) hands each message to a `Mailer`.
mod smtp;

use std::path::Path;
use std::sync::{Arc, Mutex};

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart};
use lettre::{
    AsyncSmtpTransport, AsyncTransport, FileTransport, Message, Tokio1Executor, Transport as _,
};

use crate::config::Config;

pub use smtp::SMTP_TIMEOUT;

/// One email as the outbox hands it over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The HTML alternative: with it the mail is `multipart/alternative`, text first.
    pub html: Option<String>,
    /// The stable Message-ID header, angle brackets included.
    pub message_id: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail configuration: {0}")]
    Config(String),
    #[error("bad recipient {0:?}: {1}")]
    Address(String, lettre::address::AddressError),
    #[error("could not build the message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("SMTP: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    #[error("writing the .eml file: {0}")]
    File(#[from] lettre::transport::file::Error),
    #[error("creating the outbox folder {0}: {1}")]
    Folder(String, std::io::Error),
    #[error("the thread writing the .eml files stopped: {0}")]
    Writer(String),
}

/// Where messages go.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `<uuid>.eml` file per message, written on Tokio's blocking threads.
    File(FileTransport),
    /// Kept in a list, for tests.
    Memory(Arc<Mutex<Vec<Outgoing>>>),
}

/// Sends email from the configured sender over one transport; cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    /// Put where a queued mail's links start (`store::notify::BASE_URL_MARK`).
    base_url: String,
}

impl Mailer {
    /// SMTP from `SMTP_URL`, else `.eml` files in `OUTBOX_DIR` (created if missing).
    /// Like crates.io, refuses to write files for a public site: its mail must reach people.
    pub fn from_config(config: &Config) -> Result<Self, MailError> {
        let mailer = match &config.smtp_url {
            Some(url) => Self::smtp(config.mail_from.clone(), url),
            None if is_public_site(config) => Err(MailError::Config(
                "SMTP_URL must be set when BASE_URL is a public https address \
                 (otherwise mail would only be written to OUTBOX_DIR)"
                    .into(),
            )),
            None => Self::file(config.mail_from.clone(), &config.outbox_dir),
        };
        Ok(mailer?.with_base_url(&config.base_url))
    }

    /// Links in the mails sent start with `base` (by default they are relative).
    pub fn with_base_url(self, base: &url::Url) -> Self {
        Mailer {
            base_url: base.as_str().trim_end_matches('/').to_owned(),
            ..self
        }
    }

    /// `mail` with its links made absolute.
    fn resolved(&self, mail: &Outgoing) -> Outgoing {
        let mark = crate::store::notify::BASE_URL_MARK;
        Outgoing {
            body: mail.body.replace(mark, &self.base_url),
            html: mail.html.as_ref().map(|h| h.replace(mark, &self.base_url)),
            ..mail.clone()
        }
    }

    /// An SMTP mailer; see `smtp::transport` for the URL forms.
    pub fn smtp(from: Mailbox, url: &url::Url) -> Result<Self, MailError> {
        Ok(Mailer {
            from,
            transport: Transport::Smtp(smtp::transport(url)?),
            base_url: String::new(),
        })
    }

    /// A mailer writing `.eml` files into `dir`, which it creates.
    pub fn file(from: Mailbox, dir: &Path) -> Result<Self, MailError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| MailError::Folder(dir.display().to_string(), e))?;
        Ok(Mailer {
            from,
            transport: Transport::File(FileTransport::new(dir)),
            base_url: String::new(),
        })
    }

    /// A mailer that keeps what it sends; clones share the list.
    pub fn in_memory(from: Mailbox) -> Self {
        Mailer {
            from,
            transport: Transport::Memory(Arc::default()),
            base_url: String::new(),
        }
    }

    /// What the in-memory mailer has sent, oldest first; `None` for the other transports.
    pub fn mails_in_memory(&self) -> Option<Vec<Outgoing>> {
        match &self.transport {
            Transport::Memory(list) => Some(lock(list).clone()),
            _ => None,
        }
    }

    /// For the log: which transport this is.
    pub fn describe(&self) -> &'static str {
        match self.transport {
            Transport::Smtp(_) => "SMTP",
            Transport::File(_) => ".eml files",
            Transport::Memory(_) => "memory",
        }
    }

    /// Sends one message; `Ok` means the SMTP server accepted it (or the file was written).
    pub async fn send(&self, mail: &Outgoing) -> Result<(), MailError> {
        self.send_all(std::slice::from_ref(mail), || true)
            .await
            .pop()
            .unwrap_or_else(|| Err(MailError::Writer("no message was written".into())))
    }

    /// Sends `mails` in order, each only while `more()` says to go on: one result per message
    /// tried, in order (fewer than `mails` when `more` stopped it). Over SMTP one after the
    /// other; as files, all in one hand-over to a blocking thread (one per file cost CPU per order).
    pub async fn send_all(
        &self,
        mails: &[Outgoing],
        more: impl Fn() -> bool,
    ) -> Vec<Result<(), MailError>> {
        let resolved: Vec<Outgoing> = mails.iter().map(|m| self.resolved(m)).collect();
        let tried = resolved.iter().take_while(|_| more());
        match &self.transport {
            Transport::File(t) => {
                let built: Vec<_> = tried.map(|m| self.message(m)).collect();
                let (t, n) = (t.clone(), built.len());
                let written = tokio::task::spawn_blocking(move || {
                    let write = |m: Message| t.send(&m).map(drop).map_err(MailError::from);
                    built.into_iter().map(|m| write(m?)).collect()
                })
                .await;
                written.unwrap_or_else(|e| {
                    (0..n)
                        .map(|_| Err(MailError::Writer(e.to_string())))
                        .collect()
                })
            }
            Transport::Smtp(t) => {
                let mut results = Vec::with_capacity(mails.len());
                for mail in tried {
                    let sent = match self.message(mail) {
                        Ok(m) => t.send(m).await.map(drop).map_err(MailError::from),
                        Err(e) => Err(e),
                    };
                    results.push(sent);
                }
                results
            }
            Transport::Memory(list) => tried
                .map(|mail| self.message(mail).map(|_| lock(list).push(mail.clone())))
                .collect(),
        }
    }

    fn message(&self, mail: &Outgoing) -> Result<Message, MailError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| MailError::Address(mail.to.clone(), e))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(mail.message_id.clone()));
        Ok(match &mail.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                mail.body.clone(),
                html.clone(),
            ))?,
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.clone())?,
        })
    }
}

/// A poisoned list still holds every message pushed before the panic.
fn lock(list: &Mutex<Vec<Outgoing>>) -> std::sync::MutexGuard<'_, Vec<Outgoing>> {
    list.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn is_public_site(config: &Config) -> bool {
    let local = matches!(
        config.base_url.host_str(),
        Some("localhost" | "127.0.0.1" | "[::1]")
    );
    config.secure_cookies() && !local
}

#[cfg(test)]
mod tests;
