//! What the parties do on an order's page: its actions and part refunds. A refusal (a missing
//! reason, an amount over what is left, an action the order no longer allows) shows the order
//! page again with the message beside the form and what was typed kept; nothing is written.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entity::order;
use templates::components::FormData;
use templates::order_status::{order_action, order_state};

use super::order_words::{conflict, invalid, of, read_refund, refusal, text_problem, Refusal};
use super::orders::{party, view};
use crate::domain::money::{Currency, Money};
use crate::domain::order_input::{reason, TextProblem};
use crate::domain::order_state::{allowed_actions, Action, Actor, OrderState};
use crate::error::AppError;
use crate::http::extract::{CsrfFormAsTyped, SignedIn};
use crate::http::viewer::redirect_with_flash;
use crate::http::views::viewer_actions;
use crate::http::AppState;
use crate::store;
use crate::store::orders::door::{self, By, Who};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    note: String,
}

/// The order page again, answered with `code`, showing `form`.
async fn again(
    state: &AppState,
    s: &SignedIn,
    id: &str,
    code: StatusCode,
    form: FormData,
) -> Result<Response, AppError> {
    let (o, roles) = party(state, s, id).await?;
    let v = view(state, s, &o, &roles, form).await?;
    Ok((code, templates::orders::order_page(&s.viewer.layout(), &v)).into_response())
}

/// Whether the viewer may take `action` on `o` now; if not, why, in their words.
fn may_act(s: &SignedIn, o: &order::Model, roles: &[Actor], action: Action) -> Result<(), Refusal> {
    if viewer_actions(o.state, roles).contains(&action) {
        return Ok(());
    }
    let tr = &s.viewer.tr;
    let label = order_action(tr, action.as_str());
    let someone = Some(o.state).is_some_and(|st| {
        Actor::ALL
            .iter()
            .any(|r| allowed_actions(st, *r).contains(&action))
    });
    if someone {
        let m = tr.t_args("orders-action-not-yours", &[("action", label.into())]);
        return Err((StatusCode::FORBIDDEN, m));
    }
    let args = [
        ("action", label.into()),
        ("state", order_state(tr, o.state.as_str()).into()),
    ];
    Err(conflict(tr.t_args("orders-action-not-now", &args)))
}

/// A refusal of the field it belongs beside (`action`, `note`, `amount`, `reason`).
type Placed = (&'static str, Refusal);

/// Why `action` with `note` is refused before anything is tried, if it is.
fn refused_before(
    state: &AppState,
    s: &SignedIn,
    o: &order::Model,
    roles: &[Actor],
    action: Action,
    note: &str,
) -> Result<Option<Placed>, AppError> {
    if let Err(e) = state.gateway.check_action(action) {
        return Ok(Some(("action", refusal(&s.viewer.tr, e)?)));
    }
    if let Err(r) = may_act(s, o, roles, action) {
        return Ok(Some(("action", r)));
    }
    let missing = "orders-reason-missing";
    Ok(reason(action, note)
        .err()
        .map(|p| ("note", invalid(text_problem(&s.viewer.tr, p, missing)))))
}

pub async fn act(
    State(state): State<AppState>,
    s: SignedIn,
    Path((id, action)): Path<(String, String)>,
    CsrfFormAsTyped(form): CsrfFormAsTyped<NoteForm>,
) -> Result<Response, AppError> {
    let action = Action::parse(&action).map_err(|_| AppError::not_found("action"))?;
    let (o, roles) = party(&state, &s, &id).await?;
    let tr = &s.viewer.tr;
    let done = match refused_before(&state, &s, &o, &roles, action, &form.note)? {
        Some(r) => Err(r),
        None => {
            let who = Who {
                user_id: Some(s.user.id),
                roles: roles.into_iter().filter(|r| *r != Actor::System).collect(),
            };
            let note = form.note.clone();
            match door::act(
                &state.writes,
                &state.config,
                o.id,
                action,
                By::Who(who),
                note,
            )
            .await
            {
                Ok((o, _)) => Ok(o),
                Err(e) => Err(("action", refusal(tr, e)?)),
            }
        }
    };
    let (field, (code, message)) = match done {
        Ok(o) => {
            let args = [
                ("id", o.id.into()),
                ("state", order_state(tr, o.state.as_str()).into()),
            ];
            let to = format!("/orders/{}", o.id);
            return Ok(redirect_with_flash(
                &to,
                "success",
                &tr.t_args("orders-now-state", &args),
            ));
        }
        Err(r) => r,
    };
    let mut f = FormData::default();
    f.values.insert("action".into(), action.as_str().to_owned());
    f.values.insert("note".into(), form.note.clone());
    f.errors.insert(field.into(), message);
    again(&state, &s, &id, code, f).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RefundForm {
    amount: String,
    reason: String,
}

/// Reads the refund in the viewer's language and checks it against what is left to refund.
async fn checked_refund(
    state: &AppState,
    s: &SignedIn,
    o: &order::Model,
    form: &RefundForm,
) -> Result<Result<Money, Placed>, AppError> {
    let tr = &s.viewer.tr;
    let currency = Currency::parse(&o.currency)?;
    let left = store::refunds::refundable_minor(&state.db, o).await?;
    let left = Money::from_minor(left, currency);
    let amount = match read_refund(tr, &form.amount, left) {
        Ok(m) => m,
        Err(m) => return Ok(Err(("amount", invalid(m)))),
    };
    let why = reason(Action::Refund, &form.reason)
        .err()
        .filter(|p| *p != TextProblem::Missing);
    Ok(match why {
        Some(p) => Err((
            "reason",
            invalid(text_problem(tr, p, "orders-reason-missing")),
        )),
        None => Ok(amount),
    })
}

/// Refunds part (or the rest) of an order: the seller while it is paid, the committee also later.
pub async fn refund(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<String>,
    CsrfFormAsTyped(form): CsrfFormAsTyped<RefundForm>,
) -> Result<Response, AppError> {
    let (o, roles) = party(&state, &s, &id).await?;
    let tr = &s.viewer.tr;
    // Who may not refund (or not now) is told so before the amount is read.
    let action = match o.state == OrderState::Disputed {
        true => Action::ResolveRefund,
        false => Action::Refund,
    };
    let checked = match may_act(&s, &o, &roles, action) {
        Err(r) => Ok(Err(("amount", r))),
        Ok(()) => checked_refund(&state, &s, &o, &form).await,
    };
    let done = match checked? {
        Ok(amount) => {
            let who = Who {
                user_id: Some(s.user.id),
                roles,
            };
            let plain = amount.to_decimal().to_string();
            match door::refund_part(&state.writes, o.id, plain, who, form.reason.clone()).await {
                Ok(o) => Ok((o, amount)),
                Err(e) => Err(("amount", refusal(tr, e)?)),
            }
        }
        Err(r) => Err(r),
    };
    match done {
        Ok((o, amount)) => {
            let args = [
                ("amount", of(tr, amount).into()),
                ("id", o.id.into()),
                ("state", order_state(tr, o.state.as_str()).into()),
            ];
            let to = format!("/orders/{}", o.id);
            Ok(redirect_with_flash(
                &to,
                "success",
                &tr.t_args("orders-refunded", &args),
            ))
        }
        Err((field, (code, message))) => {
            let mut f = FormData::default();
            f.values.insert("amount".into(), form.amount.clone());
            f.values.insert("reason".into(), form.reason.clone());
            f.errors.insert(field.into(), message);
            again(&state, &s, &id, code, f).await
        }
    }
}
