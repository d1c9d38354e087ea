//! Invitations to join a co-op: the invited person's pages and answers, and an admin's withdraw.
use axum::extract::{Path, State};
use axum::response::Response;
use entity::{coop, coop_invitation};
use maud::Markup;
use templates::invitations::InvitationRow;

use crate::domain::invitation::{InvitationAnswer, InvitationStatus};
use crate::error::AppError;
use crate::http::extract::{CoopAdmin, CsrfForm, SignedIn, VerifiedUser};
use crate::http::locale::Locale;
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store;

fn row(tr: &i18n::Tr, i: &coop_invitation::Model, c: &coop::Model) -> InvitationRow {
    InvitationRow {
        id: i.id,
        coop_id: c.id,
        coop_name: c.name.clone(),
        role: i.role.as_str(),
        sent_at: tr.date(i.created_at),
    }
}

/// The signed-in person's pending invitations (the start page shows them too).
pub async fn pending_rows(state: &AppState, s: &SignedIn) -> Result<Vec<InvitationRow>, AppError> {
    let pending = store::invitations::pending_for(&state.db, &s.user).await?;
    Ok(pending
        .iter()
        .map(|(i, c)| row(&s.viewer.tr, i, c))
        .collect())
}

pub async fn list(State(state): State<AppState>, s: SignedIn) -> Result<Markup, AppError> {
    let rows = pending_rows(&state, &s).await?;
    Ok(templates::invitations::list(&s.viewer.layout(), &rows))
}

/// The page the mailed link opens; only the person it was sent to sees it.
pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    Path(token): Path<String>,
) -> Result<Markup, AppError> {
    let (i, c) = store::invitations::by_token_for(&state.db, &token, &s.user).await?;
    let answered = (i.status != InvitationStatus::Pending).then_some(i.status.as_str());
    Ok(templates::invitations::one(
        &s.viewer.layout(),
        &row(&s.viewer.tr, &i, &c),
        answered,
    ))
}

async fn answer(
    state: &AppState,
    s: &SignedIn,
    id: &str,
    answer: InvitationAnswer,
) -> Result<Response, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("invitation"))?;
    let i = store::invitations::answer(&state.db, id, &s.user, answer).await?;
    let c = store::coops::get(&state.db, i.coop_id).await?;
    let coop = [("coop", c.name.clone().into())];
    Ok(match answer {
        InvitationAnswer::Accept => redirect_with_flash(
            &format!("/coops/{}/manage", c.id),
            "success",
            &s.viewer.tr.t_args("flash-invitation-accepted", &coop),
        ),
        _ => redirect_with_flash(
            "/",
            "info",
            &s.viewer.tr.t_args("flash-invitation-declined", &coop),
        ),
    })
}

/// Joining a co-op needs a confirmed address, as applying for one does; it changes what the
/// person may do, so the browser gets a new session and CSRF token.
pub async fn accept(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    VerifiedUser(s): VerifiedUser,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let done = answer(&state, &s, &id, InvitationAnswer::Accept).await?;
    super::auth::rotate_session(&state, &headers, s.user.id, done).await
}

pub async fn decline(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    answer(&state, &s, &id, InvitationAnswer::Decline).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    Locale(tr): Locale,
    Path((_, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("invitation"))?;
    let i = store::invitations::withdraw(&state.db, m.coop.id, id).await?;
    Ok(redirect_with_flash(
        &format!("/coops/{}/manage", m.coop.id),
        "success",
        &tr.t_args(
            "flash-invitation-withdrawn",
            &[("email", i.email.clone().into())],
        ),
    ))
}
