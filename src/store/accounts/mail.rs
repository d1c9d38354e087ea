//! The account mails, queued in the outbox by the use case that sends them, in the language of
//! the account they are about (`tr`: `store::locale::tr_of`, English for an unknown address).
use i18n::Tr;
use sea_orm::ConnectionTrait;
use templates::mail::text_mail;

use crate::config::absolute;
use crate::error::AppError;
use crate::store::outbox;

/// The subjects in English (`mail.ftl`), as the outbox of an English reader holds them.
pub const VERIFY_SUBJECT: &str = "Confirm your e-mail address for cooptrade";
pub const TAKEN_SUBJECT: &str = "Someone tried to register with your address";
pub const RESET_SUBJECT: &str = "Reset your cooptrade password";
pub const CHANGE_SUBJECT: &str = "Your cooptrade address is being changed";

/// The link that verifies `to` (a new account's address, or the new one of a change).
pub async fn verify(
    db: &impl ConnectionTrait,
    tr: &Tr,
    base: &url::Url,
    to: &str,
    name: &str,
    token: &str,
) -> Result<(), AppError> {
    let link = absolute(base, &format!("/account/verify/{token}"));
    let mail = text_mail(
        tr.t("mail-verify-subject"),
        &[
            format!(
                "{}\n\n{}",
                tr.t_args("mail-hello-name", &[("name", name.to_owned().into())]),
                tr.t_args("mail-verify-body", &[("email", to.to_owned().into())])
            ),
            link,
            tr.t("mail-verify-once"),
        ],
    );
    outbox::enqueue_mail(db, to, &mail).await
}

/// To the owner of an address someone tried to register (or move another account) to.
pub async fn taken(
    db: &impl ConnectionTrait,
    tr: &Tr,
    base: &url::Url,
    to: &str,
) -> Result<(), AppError> {
    let args = [
        ("email", to.to_owned().into()),
        ("login", absolute(base, "/login").into()),
        ("reset", absolute(base, "/password/forgot").into()),
    ];
    let mail = text_mail(
        tr.t("mail-taken-subject"),
        &[
            format!(
                "{}\n\n{}",
                tr.t("mail-hello"),
                tr.t_args("mail-taken-body", &args)
            ),
            tr.t_args("mail-taken-what-now", &args),
        ],
    );
    outbox::enqueue_mail(db, to, &mail).await
}

/// The link that lets the holder of `to` set a new password.
pub async fn reset(
    db: &impl ConnectionTrait,
    tr: &Tr,
    base: &url::Url,
    to: &str,
    token: &str,
) -> Result<(), AppError> {
    let link = absolute(base, &format!("/password/reset/{token}"));
    let mail = text_mail(
        tr.t("mail-reset-subject"),
        &[
            format!("{}\n\n{}", tr.t("mail-hello"), tr.t("mail-reset-body")),
            link,
            tr.t("mail-reset-once"),
        ],
    );
    outbox::enqueue_mail(db, to, &mail).await
}

/// To the old address when a change of address is asked for.
pub async fn change_requested(
    db: &impl ConnectionTrait,
    tr: &Tr,
    to: &str,
    new_address: &str,
) -> Result<(), AppError> {
    let args = [
        ("email", to.to_owned().into()),
        ("new", new_address.to_owned().into()),
    ];
    let mail = text_mail(
        tr.t("mail-change-subject"),
        &[
            format!(
                "{}\n\n{}",
                tr.t("mail-hello"),
                tr.t_args("mail-change-body", &args)
            ),
            tr.t("mail-change-not-you"),
        ],
    );
    outbox::enqueue_mail(db, to, &mail).await
}
