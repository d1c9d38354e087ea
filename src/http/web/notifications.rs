//! The signed-in person's notifications (a page at a time, marking read) and mail preferences.
use std::collections::BTreeSet;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use maud::Markup;
use templates::notifications::{MailChoice, NotificationRow};

use crate::domain::notification::{label, mandatory, Kind};
use crate::domain::page::PageRequest;
use crate::error::AppError;
use crate::http::error::page_refused;
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store::notifications;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/notifications", get(list))
        .route("/notifications/read", post(read_all))
        .route("/notifications/{id}/read", post(read_one))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    per_page: String,
    cursor: String,
}

pub async fn list(
    State(state): State<AppState>,
    s: SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Markup, AppError> {
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|e| AppError::BadRequest(page_refused(&e)))?;
    let (rows, next) = notifications::page(&state.db, s.user.id, &page).await?;
    let rows: Vec<NotificationRow> = rows
        .into_iter()
        .map(|n| NotificationRow {
            id: n.id,
            about: about(&n.link),
            kind: n.kind.as_str(),
            link: n.link,
            when: s.viewer.tr.date_time(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    let next = next.map(|c| c.to_string());
    Ok(templates::notifications::notifications(
        &s.viewer.layout(),
        &rows,
        next.as_deref(),
    ))
}

/// The number a notification's link is about: the first number in its path (`/orders/12`).
fn about(link: &str) -> Option<i64> {
    let path = link.split_once("://").map_or(link, |(_, rest)| rest);
    path.split(['/', '?', '#'])
        .find(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        .and_then(|p| p.parse().ok())
}

#[derive(serde::Deserialize)]
pub struct Empty {}

pub async fn read_all(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let n = notifications::mark_read(&state.db, s.user.id, None).await?;
    let count = i64::try_from(n).unwrap_or(i64::MAX);
    let msg = s
        .viewer
        .tr
        .t_args("flash-marked-read", &[("count", count.into())]);
    Ok(redirect_with_flash("/notifications", "success", &msg))
}

pub async fn read_one(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i32>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    // Someone else's notification marks nothing: the answer is the same, and reveals nothing.
    notifications::mark_read(&state.db, s.user.id, Some(id)).await?;
    Ok(redirect_with_flash(
        "/notifications",
        "success",
        &s.viewer.tr.t("flash-one-marked-read"),
    ))
}

/// The kinds of mail, and whether user `user_id` receives each.
pub async fn mail_choices(state: &AppState, user_id: i32) -> Result<Vec<MailChoice>, AppError> {
    let off = notifications::opted_out(&state.db, user_id).await?;
    Ok(Kind::ALL
        .into_iter()
        .map(|k| MailChoice {
            kind: k.as_str(),
            label: label(k).to_owned(),
            wanted: mandatory(k) || !off.contains(&k),
            mandatory: mandatory(k),
        })
        .collect())
}

/// Saves the checked kinds; unknown names are ignored, mandatory kinds stay on.
pub async fn save_mail(
    State(state): State<AppState>,
    s: SignedIn,
    CsrfForm(form): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let wanted: BTreeSet<Kind> = form
        .iter()
        .filter(|(k, _)| k == "mail")
        .filter_map(|(_, v)| Kind::parse(v).ok())
        .collect();
    notifications::set_wanted(&state.db, s.user.id, &wanted).await?;
    Ok(redirect_with_flash(
        "/account#mail",
        "success",
        &s.viewer.tr.t("flash-mail-saved"),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_notification_is_about_the_first_number_in_its_link() {
        assert_eq!(super::about("/orders/12/dispute"), Some(12));
        assert_eq!(
            super::about("https://coop.example:8080/committee/payouts/7"),
            Some(7)
        );
        assert_eq!(super::about("/account"), None);
    }
}
