//! The committee's page: decide on applications, grant committee seats.
use axum::extract::{Path, State};
use axum::response::Response;
use maud::Markup;
use templates::committee::CommitteeView;
use templates::components::FormData;

use super::coops::view;
use super::{form_data, invalid, unprocessable};
use crate::domain::coop::CoopStatus;
use crate::error::AppError;
use crate::http::extract::{CommitteeMember, CsrfForm};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store;

pub async fn page(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
) -> Result<Markup, AppError> {
    render(&state, &s.viewer, FormData::default()).await
}

async fn render(
    state: &AppState,
    viewer: &crate::http::viewer::Viewer,
    member_form: FormData,
) -> Result<Markup, AppError> {
    let pending = store::coops::list_by_status(&state.db, CoopStatus::Pending).await?;
    let members = store::committee::list(&state.db).await?;
    let v = CommitteeView {
        pending: pending.iter().map(view).collect(),
        members: members.into_iter().map(|u| (u.name, u.email)).collect(),
        member_form,
    };
    Ok(templates::committee::committee(&viewer.layout(), &v))
}

#[derive(serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn decide(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("co-op"))?;
    let admit = match form.decision.as_str() {
        "admit" => true,
        "decline" => false,
        _ => {
            return Err(AppError::BadRequest(
                "decision must be 'admit' or 'decline'".into(),
            ))
        }
    };
    let c = store::coops::decide(&state.db, id, s.user.id, admit, &form.reason).await?;
    Ok(redirect_with_flash(
        "/committee",
        "success",
        &format!("{} is now {}.", c.name, c.status),
    ))
}

#[derive(serde::Deserialize)]
pub struct AddForm {
    #[serde(default)]
    email: String,
}

pub async fn add_member(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    CsrfForm(form): CsrfForm<AddForm>,
) -> Result<Response, AppError> {
    match invalid(store::committee::add(&state.db, &form.email, Some(s.user.id)).await)? {
        Ok(u) => Ok(redirect_with_flash(
            "/committee",
            "success",
            &format!("{} joined the committee.", u.name),
        )),
        Err(errs) => {
            let f = form_data([("email", form.email.as_str())], &errs);
            Ok(unprocessable(render(&state, &s.viewer, f).await?))
        }
    }
}
