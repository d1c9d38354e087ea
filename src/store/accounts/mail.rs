//! The account mails, queued in the outbox by the use case that sends them.
use sea_orm::ConnectionTrait;

use crate::config::absolute;
use crate::error::AppError;
use crate::store::outbox;

pub const VERIFY_SUBJECT: &str = "Confirm your e-mail address for cooptrade";
pub const TAKEN_SUBJECT: &str = "Someone tried to register with your address";
pub const RESET_SUBJECT: &str = "Reset your cooptrade password";
pub const CHANGE_SUBJECT: &str = "Your cooptrade address is being changed";

/// The link that verifies `to` (a new account's address, or the new one of a change).
pub async fn verify(
    db: &impl ConnectionTrait,
    base: &url::Url,
    to: &str,
    name: &str,
    token: &str,
) -> Result<(), AppError> {
    let link = absolute(base, &format!("/account/verify/{token}"));
    let body = format!(
        "Hello {name},\n\nto confirm that {to} is your address on cooptrade, follow this link \
         within 24 hours:\n\n{link}\n\nThe link works once. If you did not ask for this, ignore \
         this mail: nothing changes.\n"
    );
    outbox::enqueue(db, to, VERIFY_SUBJECT, &body).await
}

/// To the owner of an address someone tried to register (or move another account) to.
pub async fn taken(db: &impl ConnectionTrait, base: &url::Url, to: &str) -> Result<(), AppError> {
    let body = format!(
        "Hello,\n\nsomeone tried to register a cooptrade account with your address, {to}, which \
         already has one. Nothing was changed.\n\nIf it was you, log in at {} or, if you forgot \
         your password, reset it at {}.\nIf it was not you, you can ignore this mail.\n",
        absolute(base, "/login"),
        absolute(base, "/password/forgot"),
    );
    outbox::enqueue(db, to, TAKEN_SUBJECT, &body).await
}

/// The link that lets the holder of `to` set a new password.
pub async fn reset(
    db: &impl ConnectionTrait,
    base: &url::Url,
    to: &str,
    token: &str,
) -> Result<(), AppError> {
    let link = absolute(base, &format!("/password/reset/{token}"));
    let body = format!(
        "Hello,\n\nto choose a new cooptrade password, follow this link within an hour:\n\n\
         {link}\n\nThe link works once, and setting a password logs out every other device. If \
         you did not ask for this, ignore this mail: your password stays as it is.\n"
    );
    outbox::enqueue(db, to, RESET_SUBJECT, &body).await
}

/// To the old address when a change of address is asked for.
pub async fn change_requested(
    db: &impl ConnectionTrait,
    to: &str,
    new_address: &str,
) -> Result<(), AppError> {
    let body = format!(
        "Hello,\n\nyour cooptrade account asked to move from {to} to {new_address}. The change \
         happens when the link sent to the new address is followed.\n\nIf this was not you, log \
         in and change your password: the change does not happen without that link.\n"
    );
    outbox::enqueue(db, to, CHANGE_SUBJECT, &body).await
}
