//! Disputes: the committee's queue, a disputed order's statements, and adding one (once per form).
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use entity::order;
use maud::Markup;
use templates::components::FormData;
use templates::disputes::{DisputeRow, StatementRow};

use super::order_words::text_problem;
use super::{form_data, invalid, unprocessable};
use crate::domain::order_state::OrderState;
use crate::domain::page::PageRequest;
use crate::error::{AppError, FieldErrors, Msg};
use crate::http::error::page_refused;
use crate::http::extract::{CommitteeMember, CsrfFormAsTyped, SignedIn};
use crate::http::form_once::{already_sent, fresh, keep, Once};
use crate::http::local_text::money;
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store;
use crate::store::disputes::{self, Stated};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/committee/disputes", get(queue))
        .route("/orders/{id}/dispute", get(show))
        .route("/orders/{id}/statements", post(add_statement))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct QueueQuery {
    per_page: String,
    cursor: String,
}

pub async fn queue(
    State(state): State<AppState>,
    CommitteeMember(s): CommitteeMember,
    Query(q): Query<QueueQuery>,
) -> Result<Markup, AppError> {
    let page = PageRequest::parse(&q.per_page, &q.cursor)
        .map_err(|e| AppError::BadRequest(page_refused(&e)))?;
    let (orders, next) = disputes::open(&state.db, &page).await?;
    let rows = rows(&state, &s.viewer.tr, &orders).await?;
    let next = next.map(|c| c.to_string());
    Ok(templates::disputes::queue(
        &s.viewer.layout(),
        &rows,
        next.as_deref(),
    ))
}

/// The disputes of `orders` as listed: names, amount, age and statements, in four queries.
async fn rows(
    state: &AppState,
    tr: &i18n::Tr,
    orders: &[order::Model],
) -> Result<Vec<DisputeRow>, AppError> {
    let ids = orders.iter().map(|o| o.id);
    let mut said = disputes::statements(&state.db, ids.clone()).await?;
    let opened = disputes::opened_at(&state.db, ids).await?;
    let coops = orders
        .iter()
        .flat_map(|o| [o.buyer_coop_id, o.seller_coop_id]);
    let names = store::coops::names(&state.db, coops).await?;
    let name = |id: i32| names.get(&id).cloned().unwrap_or_default();
    let now = store::now();
    Ok(orders
        .iter()
        .map(|o| DisputeRow {
            order_id: o.id,
            buyer: name(o.buyer_coop_id),
            seller: name(o.seller_coop_id),
            amount: money(tr, o.subtotal_minor, &o.currency),
            age_hours: (now - opened.get(&o.id).copied().unwrap_or(o.updated_at)).num_hours(),
            state: crate::http::views::status_view(o.state),
            statements: said
                .remove(&o.id)
                .unwrap_or_default()
                .into_iter()
                .map(|s| StatementRow {
                    coop: name(s.coop_id),
                    side: s.side.as_str(),
                    when: tr.date_time(s.created_at),
                    body: s.body,
                })
                .collect(),
        })
        .collect())
}

/// The order `id` if the viewer is one of its sides or on the committee; whether a side.
async fn readable(state: &AppState, v: &Viewer, id: i32) -> Result<(order::Model, bool), AppError> {
    let o = store::orders::get(&state.db, id).await?;
    let side = v
        .coops
        .iter()
        .any(|(c, _)| c.id == o.buyer_coop_id || c.id == o.seller_coop_id);
    if !side && !v.committee {
        return Err(AppError::Forbidden(Msg::code("error-forbidden-order")));
    }
    Ok((o, side))
}

async fn render(state: &AppState, v: &Viewer, id: i32, form: FormData) -> Result<Markup, AppError> {
    let (o, side) = readable(state, v, id).await?;
    let row = rows(state, &v.tr, std::slice::from_ref(&o))
        .await?
        .remove(0);
    let may_write = side && o.state == OrderState::Disputed;
    Ok(templates::disputes::dispute(
        &v.layout(),
        &row,
        may_write.then_some(&form),
    ))
}

pub async fn show(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i32>,
) -> Result<Markup, AppError> {
    render(&state, &s.viewer, id, fresh(FormData::default())).await
}

#[derive(serde::Deserialize)]
pub struct StatementForm {
    #[serde(default)]
    statement: String,
}

/// Adds the viewer's statement once per form; a bad one is shown again beside its field.
pub async fn add_statement(
    State(state): State<AppState>,
    s: SignedIn,
    Path(id): Path<i32>,
    CsrfFormAsTyped(Once { form_token, form }): CsrfFormAsTyped<Once<StatementForm>>,
) -> Result<Response, AppError> {
    let at = format!("/orders/{id}/dispute");
    let coops: Vec<i32> = s.viewer.coops.iter().map(|(c, _)| c.id).collect();
    let (text, token) = (&form.statement, &form_token);
    // The statement's problems are told in the viewer's words before anything is tried.
    let added = match crate::domain::order_input::statement(text) {
        Err(p) => Err(FieldErrors::single(
            "statement",
            Msg::Said(text_problem(&s.viewer.tr, p, "orders-statement-missing")),
        )),
        Ok(()) => {
            disputes::add_statement_once(&state.db, id, s.user.id, &coops, text, token, &at).await
        }
    };
    match invalid(added)? {
        Ok(Stated::New(_)) => {}
        Ok(Stated::Repeat(first)) => return Ok(already_sent(&first)),
        Err(errs) => {
            let errs = errs.said(&s.viewer.tr);
            let f = keep(
                form_data([("statement", form.statement.as_str())], &errs),
                &form_token,
            );
            return Ok(unprocessable(render(&state, &s.viewer, id, f).await?));
        }
    }
    let said = s.viewer.tr.t("orders-statement-added");
    Ok(redirect_with_flash(&at, "success", &said))
}
