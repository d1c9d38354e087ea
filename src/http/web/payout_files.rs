//! A payout run's bank files (CSV, SEPA) and marking the whole file paid after a confirmation.
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use templates::payouts::ConfirmPaidView;

use crate::error::{AppError, Msg};
use crate::http::extract::{CommitteeMember, CsrfForm};
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store::{self, payouts};

#[derive(serde::Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: String,
}

/// "Mark the whole bank file paid": the first POST shows what it will mark (count and total);
/// only a second one with `confirm=yes` marks it.
pub async fn mark_all_paid(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Path(id): Path<i32>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    if form.confirm != "yes" {
        let file = payouts::to_mark(&state.db, id).await?;
        let v = ConfirmPaidView {
            run_id: id,
            count: file.lines.len(),
            total: crate::http::local_text::of(&s.viewer.tr, file.total),
            held: file.held,
        };
        return Ok(templates::payouts::confirm_paid(&s.viewer.layout(), &v).into_response());
    }
    let n = payouts::mark_all_paid(&state.db, id, Some(s.user.id)).await?;
    let count = i64::try_from(n).unwrap_or(i64::MAX);
    let msg = s
        .viewer
        .tr
        .t_args("flash-bank-file-paid", &[("count", count.into())]);
    Ok(redirect_with_flash(
        &format!("/committee/payouts/{id}"),
        "success",
        &msg,
    ))
}

pub async fn export_csv(
    State(state): State<AppState>,
    CommitteeMember(_): CommitteeMember,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let body = payouts::csv(&state.db, id).await?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("payout-run-{id}.csv"),
        body,
    ))
}

pub async fn export_sepa(
    State(state): State<AppState>,
    CommitteeMember(_): CommitteeMember,
    Path(id): Path<i32>,
) -> Result<Response, AppError> {
    let Some(debtor) = &state.config.payouts.debtor else {
        return Err(AppError::Conflict(Msg::code("run-no-debtor")));
    };
    let xml = payouts::sepa(&state.db, id, debtor, store::now()).await?;
    Ok(attachment(
        "application/xml",
        &format!("payout-run-{id}.xml"),
        xml.into_bytes(),
    ))
}

fn attachment(content_type: &'static str, name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}
