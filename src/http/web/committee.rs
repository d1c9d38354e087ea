//! The committee's page: decide on applications, grant committee seats.
use axum::extract::{Path, State};
use axum::response::Response;
use maud::Markup;
use templates::committee::CommitteeView;
use templates::components::FormData;

use super::coops::view;
use super::{form_data, invalid, unprocessable};
use crate::domain::status::{CoopStatus, Described};
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
    render_with(state, viewer, member_form, FormData::default()).await
}

async fn render_with(
    state: &AppState,
    viewer: &crate::http::viewer::Viewer,
    member_form: FormData,
    fee_form: FormData,
) -> Result<Markup, AppError> {
    let rate = store::market::fee_rate(&state.db, state.config.fee_rate).await?;
    let fee_history = store::market::fee_rate_history(&state.db)
        .await?
        .into_iter()
        .map(|(c, who)| {
            (
                c.fee_rate,
                who,
                c.changed_at.format("%Y-%m-%d %H:%M").to_string(),
            )
        })
        .collect();
    let pending = store::coops::list_by_status(&state.db, CoopStatus::Pending).await?;
    let members = store::committee::list(&state.db).await?;
    let v = CommitteeView {
        pending: pending.iter().map(view).collect(),
        members: members.into_iter().map(|u| (u.name, u.email)).collect(),
        member_form,
        fee_rate: format!("{}%", rate.as_percent()),
        fee_history,
        fee_form,
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
    let c = store::coops::decide_application(&state.db, id, s.user.id, admit, &form.reason).await?;
    Ok(redirect_with_flash(
        "/committee",
        "success",
        &format!("{} is now {}.", c.name, c.status.label()),
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

#[derive(serde::Deserialize)]
pub struct FeeForm {
    #[serde(default)]
    fee_rate: String,
}

pub async fn set_fee_rate(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    CsrfForm(form): CsrfForm<FeeForm>,
) -> Result<Response, AppError> {
    let result = store::committee::set_fee_rate(&state.db, &form.fee_rate, s.user.id).await;
    match invalid(result)? {
        Ok(rate) => Ok(redirect_with_flash(
            "/committee",
            "success",
            &format!("The fee rate is now {}%.", rate.as_percent()),
        )),
        Err(errs) => {
            let f = form_data([("fee_rate", form.fee_rate.as_str())], &errs);
            Ok(unprocessable(
                render_with(&state, &s.viewer, FormData::default(), f).await?,
            ))
        }
    }
}
