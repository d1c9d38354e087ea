//! A payout run's bank files (CSV, SEPA) and marking the whole file paid after a confirmation.
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use templates::payouts::ConfirmPaidView;

use crate::error::AppError;
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
            total: file.total.to_string(),
            held: file.held,
        };
        return Ok(templates::payouts::confirm_paid(&s.viewer.layout(), &v).into_response());
    }
    let n = payouts::mark_all_paid(&state.db, id, Some(s.user.id)).await?;
    let msg = format!("{n} lines marked paid.");
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
        return Err(AppError::Conflict(NO_DEBTOR.into()));
    };
    let xml = payouts::sepa(&state.db, id, debtor, store::now()).await?;
    Ok(attachment(
        "application/xml",
        &format!("payout-run-{id}.xml"),
        xml.into_bytes(),
    ))
}

/// Why no SEPA file can be made, in the committee's words (the operator's variable is in the docs).
const NO_DEBTOR: &str = "The marketplace's own bank account is not set up yet, so a SEPA file \
    cannot be made; download the CSV or ask the operator to set it up.";

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
