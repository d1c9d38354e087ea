//! Telling people what happened, in the caller's transaction: an in-app notification for every
//! recipient, and a mail to those who did not turn its kind off (`domain::notification`).
//!
//! A batch of messages costs two statements (`INSERT ... SELECT` into `notifications`, then
//! into `outbox`), whatever the number of recipients: every order action sends some, inside its
//! write transaction. Members' addresses were checked when they registered
//! (`domain::coop::Email`), so they are not parsed again here.
use sea_orm::ConnectionTrait;

use crate::domain::notification::{Audience, Kind};
use crate::error::AppError;

/// Written where a mail's link starts; the mailer puts the site's `BASE_URL` in its place, so
/// the writers of mail (order batches included) need not know it.
pub const BASE_URL_MARK: &str = "{{base_url}}";

/// Queues one message to every member of a co-op.
pub async fn coop_members(
    db: &impl ConnectionTrait,
    kind: Kind,
    coop_id: i32,
    subject: &str,
    body: &str,
    link: &str,
) -> Result<(), AppError> {
    let message = Message::new(kind, subject.to_owned(), link.to_owned())
        .to(Audience::Members(coop_id))
        .text(body.to_owned());
    queue_all(db, &[message]).await
}

/// One message to some groups of people; a person in two of them receives it once.
#[derive(Clone, Debug)]
pub struct Message {
    kind: Kind,
    audiences: Vec<Audience>,
    subject: String,
    /// A path on the site; the mail's link is `BASE_URL` followed by it.
    link: String,
    body: String,
    html: Option<String>,
}

impl Message {
    pub fn new(kind: Kind, subject: String, link: String) -> Message {
        Message {
            kind,
            audiences: Vec::new(),
            subject,
            link,
            body: String::new(),
            html: None,
        }
    }

    /// Adds a group of recipients.
    pub fn to(mut self, audience: Audience) -> Message {
        self.audiences.push(audience);
        self
    }

    /// The plain-text body (links in it start with `BASE_URL_MARK`).
    pub fn text(self, body: String) -> Message {
        Message { body, ..self }
    }

    /// The HTML alternative of the body.
    pub fn html(self, html: String) -> Message {
        Message {
            html: Some(html),
            ..self
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn subject(&self) -> &str {
        &self.subject
    }

    pub fn body(&self) -> &str {
        &self.body
    }
}

/// Queues `messages`: a notification for each recipient, and a mail to each who has not turned
/// the message's kind off (mandatory kinds are mailed regardless). Each mail gets a Message-ID
/// of its own: a fresh id for the message, then the recipient's user id.
pub async fn queue_all(db: &impl ConnectionTrait, messages: &[Message]) -> Result<(), AppError> {
    if messages.iter().all(|m| m.audiences.is_empty()) {
        return Ok(());
    }
    let batches: Vec<String> = messages
        .iter()
        .map(|_| uuid::Uuid::now_v7().simple().to_string())
        .collect();
    let backend = db.get_database_backend();
    let mut b = super::Binds::new(backend);
    let with = recipients(&mut b, messages, &batches);
    let now = b.push(super::now());
    let sql = format!(
        "{with} INSERT INTO notifications (user_id, kind, subject, link, created_at) \
         SELECT r.user_id, m.kind, m.subject, m.link, {now} \
         FROM r JOIN m ON m.n = r.n ORDER BY r.n, r.ord"
    );
    db.execute_raw(b.statement(sql)).await?;
    let mut b = super::Binds::new(backend);
    let with = recipients(&mut b, messages, &batches);
    let (created, next) = (b.push(super::now()), b.push(super::now()));
    let sql = format!(
        "{with} INSERT INTO outbox (to_addr, subject, body_text, body_html, created_at, attempts, \
         next_attempt_at, message_id) \
         SELECT users.email, m.subject, m.body, m.html, {created}, 0, {next}, \
         '<' || m.batch || '.' || CAST(users.id AS TEXT) || '@cooptrade.outbox>' \
         FROM r JOIN m ON m.n = r.n JOIN users ON users.id = r.user_id \
         WHERE m.mandatory = 1 OR NOT EXISTS (SELECT 1 FROM mail_opt_outs o \
         WHERE o.user_id = r.user_id AND o.kind = m.kind) ORDER BY r.n, r.ord"
    );
    db.execute_raw(b.statement(sql)).await?;
    Ok(())
}

/// `WITH m(..) AS (the messages), a(..) AS (their audiences), r(n, user_id, ord) AS (each
/// message's distinct recipients, `ord` their order: by membership, then committee seat)`.
fn recipients(b: &mut super::Binds, messages: &[Message], batches: &[String]) -> String {
    let m: Vec<String> = messages
        .iter()
        .zip(batches)
        .enumerate()
        .map(|(n, (msg, batch))| {
            format!(
                "({n}, CAST({} AS TEXT), {}, CAST({} AS TEXT), CAST({} AS TEXT), \
                 CAST({} AS TEXT), CAST({} AS TEXT), CAST({} AS TEXT))",
                b.push(msg.kind.as_str()),
                i32::from(msg.kind.mandatory()),
                b.push(msg.subject.as_str()),
                b.push(msg.link.as_str()),
                b.push(msg.body.as_str()),
                b.push(msg.html.clone()),
                b.push(batch.as_str()),
            )
        })
        .collect();
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
        "WITH m(n, kind, mandatory, subject, link, body, html, batch) AS (VALUES {}), \
         a(n, who, id) AS (VALUES {}), \
         r(n, user_id, ord) AS (SELECT n, user_id, MIN(ord) FROM ( \
           SELECT a.n, ms.user_id, ms.id AS ord FROM a JOIN memberships ms ON ms.coop_id = a.id \
             AND (a.who = 'members' OR (a.who = 'admins' AND ms.role = 'admin')) \
           UNION ALL SELECT a.n, c.user_id, 2000000000 AS ord FROM a \
             JOIN committee_members c ON a.who = 'committee' \
           UNION ALL SELECT a.n, a.id, 2000000001 AS ord FROM a WHERE a.who = 'user' \
         ) x GROUP BY n, user_id)",
        m.join(", "),
        a.join(", ")
    )
}
