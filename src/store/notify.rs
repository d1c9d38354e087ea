//! Telling people what happened, in the caller's transaction: an in-app notification for every
//! recipient, and a mail to those who did not turn its kind off (`domain::notification`), each
//! in the recipient's language and time zone (`users.locale`, `users.time_zone`).
//!
//! A batch of messages costs three statements (the recipients with their language, then
//! `INSERT ... SELECT` into `notifications` and into `outbox`), whatever the number of
//! recipients: every order action sends some, inside its write transaction. A message is
//! rendered once per language (and zone) among its recipients, not once per person. Members'
//! addresses were checked when they registered (`domain::coop::Email`), so they are not parsed
//! again here.
use std::collections::HashMap;
use std::sync::Arc;

use i18n::Tr;
use sea_orm::ConnectionTrait;
use templates::mail::MailText;

use crate::domain::notification::{Audience, Kind};
use crate::error::AppError;

/// Written where a mail's link starts; the mailer puts the site's `BASE_URL` in its place, so
/// the writers of mail (order batches included) need not know it.
pub const BASE_URL_MARK: &str = "{{base_url}}";

/// Writes a message in one reader's language.
pub type Render = Arc<dyn Fn(&Tr) -> MailText + Send + Sync>;

/// Queues one message to every member of a co-op.
pub async fn coop_members(
    db: &impl ConnectionTrait,
    kind: Kind,
    coop_id: i32,
    link: &str,
    render: impl Fn(&Tr) -> MailText + Send + Sync + 'static,
) -> Result<(), AppError> {
    let message = Message::new(kind, link.to_owned(), render).to(Audience::Members(coop_id));
    queue_all(db, &[message]).await
}

/// One message to some groups of people; a person in two of them receives it once.
#[derive(Clone)]
pub struct Message {
    kind: Kind,
    audiences: Vec<Audience>,
    /// A path on the site; the mail's link is `BASE_URL` followed by it.
    link: String,
    render: Render,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("kind", &self.kind)
            .field("audiences", &self.audiences)
            .field("link", &self.link)
            .finish_non_exhaustive()
    }
}

impl Message {
    /// A message whose subject and bodies `render` writes in a reader's language (links in the
    /// bodies start with `BASE_URL_MARK`).
    pub fn new(
        kind: Kind,
        link: String,
        render: impl Fn(&Tr) -> MailText + Send + Sync + 'static,
    ) -> Message {
        Message {
            kind,
            audiences: Vec::new(),
            link,
            render: Arc::new(render),
        }
    }

    /// Adds a group of recipients.
    pub fn to(mut self, audience: Audience) -> Message {
        self.audiences.push(audience);
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The message as a reader in `tr`'s language reads it.
    pub fn render(&self, tr: &Tr) -> MailText {
        (self.render)(tr)
    }
}

/// Each recipient of a batch: which message, who, and which rendering of the message.
struct Recipient {
    n: usize,
    user_id: i32,
    variant: usize,
}

/// Queues `messages`: a notification for each recipient, and a mail to each who has not turned
/// the message's kind off (mandatory kinds are mailed regardless), each in the recipient's
/// language. Each mail gets a Message-ID of its own: a fresh id for the message, then the
/// recipient's user id.
pub async fn queue_all(db: &impl ConnectionTrait, messages: &[Message]) -> Result<(), AppError> {
    if messages.iter().all(|m| m.audiences.is_empty()) {
        return Ok(());
    }
    let (recipients, variants) = recipients(db, messages).await?;
    if recipients.is_empty() {
        return Ok(());
    }
    let backend = db.get_database_backend();
    let mut b = super::Binds::new(backend);
    let with = tables(&mut b, messages, &recipients, &variants);
    let now = b.push(super::now());
    let sql = format!(
        "{with} INSERT INTO notifications (user_id, kind, subject, link, created_at) \
         SELECT u.user_id, m.kind, v.subject, m.link, {now} \
         FROM u JOIN m ON m.n = u.n JOIN v ON v.id = u.variant ORDER BY u.seq"
    );
    db.execute_raw(b.statement(sql)).await?;
    let mut b = super::Binds::new(backend);
    let with = tables(&mut b, messages, &recipients, &variants);
    let (created, next) = (b.push(super::now()), b.push(super::now()));
    let sql = format!(
        "{with} INSERT INTO outbox (to_addr, subject, body_text, body_html, created_at, attempts, \
         next_attempt_at, message_id) \
         SELECT users.email, v.subject, v.body, v.html, {created}, 0, {next}, \
         '<' || m.batch || '.' || CAST(users.id AS TEXT) || '@cooptrade.outbox>' \
         FROM u JOIN m ON m.n = u.n JOIN v ON v.id = u.variant JOIN users ON users.id = u.user_id \
         WHERE m.mandatory = 1 OR NOT EXISTS (SELECT 1 FROM mail_opt_outs o \
         WHERE o.user_id = u.user_id AND o.kind = m.kind) ORDER BY u.seq"
    );
    db.execute_raw(b.statement(sql)).await?;
    Ok(())
}

/// Every message's distinct recipients (by membership, then committee seat) with the message
/// rendered once per language and zone among them.
async fn recipients(
    db: &impl ConnectionTrait,
    messages: &[Message],
) -> Result<(Vec<Recipient>, Vec<MailText>), AppError> {
    let mut b = super::Binds::new(db.get_database_backend());
    let with = audiences(&mut b, messages);
    let sql = format!(
        "{with} SELECT r.n AS n, r.user_id AS user_id, users.locale AS locale, \
         users.time_zone AS time_zone FROM r JOIN users ON users.id = r.user_id \
         ORDER BY r.n, r.ord"
    );
    let mut variants = Vec::new();
    let mut seen: HashMap<(usize, i18n::Lang, &'static str), usize> = HashMap::new();
    let mut out = Vec::new();
    for row in db.query_all_raw(b.statement(sql)).await? {
        let n = usize::try_from(row.try_get::<i32>("", "n")?)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let locale: Option<String> = row.try_get("", "locale")?;
        let zone: Option<String> = row.try_get("", "time_zone")?;
        let tr = super::locale::tr(locale.as_deref(), zone.as_deref());
        let variant = *seen.entry((n, tr.lang, tr.zone.name())).or_insert_with(|| {
            variants.push(messages[n].render(&tr));
            variants.len() - 1
        });
        let user_id = row.try_get("", "user_id")?;
        out.push(Recipient {
            n,
            user_id,
            variant,
        });
    }
    Ok((out, variants))
}

/// `WITH m(..) AS (the messages), v(..) AS (their renderings), u(..) AS (who gets which)`.
fn tables(
    b: &mut super::Binds,
    messages: &[Message],
    recipients: &[Recipient],
    variants: &[MailText],
) -> String {
    let m: Vec<String> = messages
        .iter()
        .enumerate()
        .map(|(n, msg)| {
            // A fresh id per message: its mails' Message-IDs are this and the user's id.
            let batch = uuid::Uuid::now_v7().simple().to_string();
            format!(
                "({n}, CAST({} AS TEXT), {}, CAST({} AS TEXT), CAST({} AS TEXT))",
                b.push(msg.kind.as_str()),
                i32::from(crate::domain::notification::mandatory(msg.kind)),
                b.push(msg.link.as_str()),
                b.push(batch),
            )
        })
        .collect();
    let v: Vec<String> = variants
        .iter()
        .enumerate()
        .map(|(id, t)| {
            format!(
                "({id}, CAST({} AS TEXT), CAST({} AS TEXT), CAST({} AS TEXT))",
                b.push(t.subject.as_str()),
                b.push(t.text.as_str()),
                b.push(t.html.clone()),
            )
        })
        .collect();
    // Who gets which, as one bound JSON array: the statement's text stays the same whoever
    // receives it, so the database prepares it once, not once per batch.
    let u = serde_json::Value::from(
        recipients
            .iter()
            .enumerate()
            .map(|(seq, r)| serde_json::json!([seq, r.n, r.user_id, r.variant]))
            .collect::<Vec<_>>(),
    );
    let elements = match b.backend() {
        sea_orm::DbBackend::Postgres => {
            format!(
                "json_array_elements(CAST({} AS json)) AS j(value)",
                b.push(u.to_string())
            )
        }
        _ => format!("json_each({})", b.push(u.to_string())),
    };
    let int = |i: usize| format!("CAST(value ->> {i} AS INTEGER)");
    format!(
        "WITH m(n, kind, mandatory, link, batch) AS (VALUES {}), \
         v(id, subject, body, html) AS (VALUES {}), u(seq, n, user_id, variant) AS MATERIALIZED \
         (SELECT {}, {}, {}, {} FROM {elements})",
        m.join(", "),
        v.join(", "),
        int(0),
        int(1),
        int(2),
        int(3),
    )
}

/// `WITH a(..) AS (the messages' audiences), r(n, user_id, ord) AS (each message's distinct
/// recipients, `ord` their order: by membership, then committee seat)`.
fn audiences(b: &mut super::Binds, messages: &[Message]) -> String {
    let mut a = Vec::new();
    for (n, msg) in messages.iter().enumerate() {
        for audience in &msg.audiences {
            let (who, id) = match *audience {
                Audience::Members(c) => ("members", c),
                Audience::Admins(c) => ("admins", c),
                Audience::Committee => ("committee", 0),
                Audience::User(u) => ("user", u),
            };
            a.push(format!("({n}, '{who}', CAST({} AS INTEGER))", b.push(id)));
        }
    }
    format!(
        "WITH a(n, who, id) AS (VALUES {}), \
         r(n, user_id, ord) AS (SELECT n, user_id, MIN(ord) FROM ( \
           SELECT a.n, ms.user_id, ms.id AS ord FROM a JOIN memberships ms ON ms.coop_id = a.id \
             AND (a.who = 'members' OR (a.who = 'admins' AND ms.role = 'admin')) \
           UNION ALL SELECT a.n, c.user_id, 2000000000 AS ord FROM a \
             JOIN committee_members c ON a.who = 'committee' \
           UNION ALL SELECT a.n, a.id, 2000000001 AS ord FROM a WHERE a.who = 'user' \
         ) x GROUP BY n, user_id)",
        a.join(", ")
    )
}
