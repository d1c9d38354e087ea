//! Who hears of a co-op's application and of the committee's decision on it, each in their
//! own language.
use entity::coop;
use i18n::Tr;
use sea_orm::ConnectionTrait;
use templates::mail::simple_mail;

use super::notify::{Message, BASE_URL_MARK};
use crate::domain::notification::{Audience, Kind};
use crate::error::AppError;

/// Tells the committee, who must decide, that co-op `c` applied.
pub async fn applied(db: &impl ConnectionTrait, c: &coop::Model) -> Result<(), AppError> {
    let c = c.clone();
    let render = move |tr: &Tr| {
        let args = [
            ("coop", c.name.clone().into()),
            ("kind", c.kind.as_str().into()),
            ("country", c.country.clone().into()),
            ("currency", c.currency.clone().into()),
        ];
        let subject = tr.t_args("mail-coop-applied-subject", &args);
        let body = tr.t_args("mail-coop-applied-body", &args);
        simple_mail(tr, subject, &body, &format!("{BASE_URL_MARK}/committee"))
    };
    queue(
        db,
        Kind::CoopApplication,
        "/committee",
        Audience::Committee,
        render,
    )
    .await
}

/// Tells co-op `c`'s members that the committee admitted or declined it (and why).
pub async fn decided(db: &impl ConnectionTrait, c: &coop::Model) -> Result<(), AppError> {
    let link = format!("/coops/{}/manage", c.id);
    let (name, reason) = (
        c.name.clone(),
        c.decision_reason.clone().unwrap_or_default(),
    );
    let admitted = c.status == entity::status::CoopStatus::Admitted;
    let absolute = format!("{BASE_URL_MARK}{link}");
    let render = move |tr: &Tr| {
        let args = [
            ("coop", name.clone().into()),
            ("reason", reason.clone().into()),
        ];
        let (subject, body) = match admitted {
            true => ("mail-coop-admitted-subject", "mail-coop-admitted-body"),
            false => ("mail-coop-declined-subject", "mail-coop-declined-body"),
        };
        let subject = tr.t_args(subject, &args);
        simple_mail(tr, subject, &tr.t_args(body, &args), &absolute)
    };
    let to = Audience::Members(c.id);
    queue(db, Kind::CoopDecision, &link, to, render).await
}

async fn queue(
    db: &impl ConnectionTrait,
    kind: Kind,
    link: &str,
    to: Audience,
    render: impl Fn(&Tr) -> templates::mail::MailText + Send + Sync + 'static,
) -> Result<(), AppError> {
    let m = Message::new(kind, link.to_owned(), render).to(to);
    super::notify::queue_all(db, &[m]).await
}
