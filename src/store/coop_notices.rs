//! Who hears of a co-op's application and of the committee's decision on it.
use entity::coop;
use sea_orm::ConnectionTrait;
use templates::mail::simple_mail_html;

use super::notify::{Message, BASE_URL_MARK};
use crate::domain::notification::{Audience, Kind};
use crate::error::AppError;

/// Tells the committee, who must decide, that co-op `c` applied.
pub async fn applied(db: &impl ConnectionTrait, c: &coop::Model) -> Result<(), AppError> {
    let subject = format!("{} applies to join cooptrade", c.name);
    let body = format!(
        "{} ({}, {}, trading in {}) applied to join. Admit or decline it on the committee's page.",
        c.name, c.kind, c.country, c.currency
    );
    queue(
        db,
        Kind::CoopApplication,
        subject,
        body,
        "/committee",
        Audience::Committee,
    )
    .await
}

/// Tells co-op `c`'s members that the committee admitted or declined it (and why).
pub async fn decided(db: &impl ConnectionTrait, c: &coop::Model) -> Result<(), AppError> {
    let subject = format!("{} was {} on cooptrade", c.name, c.status);
    let reason = c.decision_reason.as_deref().unwrap_or("");
    let body = match c.status.as_str() {
        "admitted" => format!("The committee admitted {}: it can now trade.", c.name),
        _ => format!(
            "The committee declined {}'s application. Reason: {reason}",
            c.name
        ),
    };
    let link = format!("/coops/{}/manage", c.id);
    queue(
        db,
        Kind::CoopDecision,
        subject,
        body,
        &link,
        Audience::Members(c.id),
    )
    .await
}

async fn queue(
    db: &impl ConnectionTrait,
    kind: Kind,
    subject: String,
    body: String,
    link: &str,
    to: Audience,
) -> Result<(), AppError> {
    let absolute = format!("{BASE_URL_MARK}{link}");
    let html = simple_mail_html(&subject, &body, &absolute).into_string();
    let text = format!("{body}\n\n{absolute}\n");
    let m = Message::new(kind, subject, link.to_owned())
        .to(to)
        .text(text)
        .html(html);
    super::notify::queue_all(db, &[m]).await
}
