//! The committee's page: decide on applications, grant committee seats.
use axum::extract::{Path, State};
use axum::response::Response;
use maud::Markup;
use templates::committee::CommitteeView;
use templates::components::FormData;

use super::coops::view;
use super::{form_data, invalid, unprocessable};
use crate::domain::status::CoopStatus;
use crate::error::{AppError, Msg};
use crate::http::extract::{CommitteeMember, CsrfForm};
use crate::http::local_input;
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
            let rate = c.fee_rate.parse::<rust_decimal::Decimal>();
            let rate = rate.map_or(c.fee_rate, |r| percent(&viewer.tr, r));
            (rate, who, viewer.tr.date_time(c.changed_at))
        })
        .collect();
    let pending = store::coops::list_by_status(&state.db, CoopStatus::Pending).await?;
    let members = store::committee::list(&state.db).await?;
    let v = CommitteeView {
        pending: pending.iter().map(view).collect(),
        members: members.into_iter().map(|u| (u.name, u.email)).collect(),
        member_form,
        fee_rate: percent(&viewer.tr, rate.as_percent()),
        fee_history,
        fee_form,
    };
    Ok(templates::committee::committee(&viewer.layout(), &v))
}

/// A rate in percent as the viewer's language writes it: "4.5%" (en), "4,5 %" (fr).
fn percent(tr: &i18n::Tr, rate: rust_decimal::Decimal) -> String {
    tr.t_args("percent", &[("rate", tr.number(rate.normalize()).into())])
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
        _ => return Err(AppError::BadRequest(Msg::code("error-decision-admit"))),
    };
    let c = store::coops::decide_application(&state.db, id, s.user.id, admit, &form.reason).await?;
    Ok(redirect_with_flash(
        "/committee",
        "success",
        &s.viewer.tr.t_args(
            "flash-coop-decided",
            &[
                ("coop", c.name.into()),
                ("status", c.status.as_str().into()),
            ],
        ),
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
            &s.viewer
                .tr
                .t_args("flash-committee-joined", &[("name", u.name.into())]),
        )),
        Err(errs) => {
            let errs = errs.said(&s.viewer.tr);
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
    let tr = &s.viewer.tr;
    let result = match local_input::number(tr, "fee_rate", &form.fee_rate, 2) {
        Ok(plain) => store::committee::set_fee_rate(&state.db, &plain, s.user.id).await,
        Err(e) => Err(e),
    };
    match invalid(result)? {
        Ok(rate) => Ok(redirect_with_flash(
            "/committee",
            "success",
            &tr.t_args(
                "flash-fee-rate-set",
                &[("rate", percent(tr, rate.as_percent()).into())],
            ),
        )),
        Err(errs) => {
            let errs = errs.said(tr);
            let f = form_data([("fee_rate", form.fee_rate.as_str())], &errs);
            Ok(unprocessable(
                render_with(&state, &s.viewer, FormData::default(), f).await?,
            ))
        }
    }
}
