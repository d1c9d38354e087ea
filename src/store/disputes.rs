//! Disputed orders: the two sides' written statements, and the committee's queue of open disputes.
use std::collections::HashMap;

use entity::{dispute_statement, order};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, Set,
};

use super::notify::{Message, BASE_URL_MARK};
use crate::domain::dispute::StatementText;
use crate::domain::notification::{Audience, Kind};
use crate::domain::order_state::OrderState;
use crate::domain::page::{Cursor, PageRequest};
use crate::domain::status::DisputeSide;
use crate::error::{AppError, FieldErrors, Msg};

/// What a statement form's submit did: added the statement, or repeated a submit already done
/// (the location of its result).
pub enum Stated {
    New(dispute_statement::Model),
    Repeat(String),
}

/// Adds a statement (`add_statement`) once per one-time `form_token`, in a write transaction of
/// its own; `at` is where a repeat of the form is sent. A refused statement changes nothing, the
/// token's claim included, so the corrected form still goes through.
pub async fn add_statement_once(
    db: &DatabaseConnection,
    order_id: i32,
    user_id: i32,
    coops: &[i32],
    text: &str,
    form_token: &str,
    at: &str,
) -> Result<Stated, AppError> {
    use super::form_submissions::{claim, record, Claim};
    let tx = crate::db::begin_write(db).await?;
    if let Claim::Done(first) = claim(&tx, user_id, form_token).await? {
        return Ok(Stated::Repeat(first));
    }
    let added = add_statement(&tx, order_id, user_id, coops, text).await?;
    record(&tx, user_id, form_token, at).await?;
    tx.commit().await?;
    Ok(Stated::New(added))
}

/// Adds user `user_id`'s statement on disputed order `order_id` for the side their co-ops
/// (`coops`) hold, and tells the other side and the committee. The committee only reads: a
/// user of neither side is refused (403), as is an order not in dispute (409).
pub async fn add_statement(
    db: &impl ConnectionTrait,
    order_id: i32,
    user_id: i32,
    coops: &[i32],
    text: &str,
) -> Result<dispute_statement::Model, AppError> {
    let o = super::orders::get(db, order_id).await?;
    let (side, coop_id, other) = if coops.contains(&o.buyer_coop_id) {
        (DisputeSide::Buyer, o.buyer_coop_id, o.seller_coop_id)
    } else if coops.contains(&o.seller_coop_id) {
        (DisputeSide::Seller, o.seller_coop_id, o.buyer_coop_id)
    } else {
        return Err(AppError::Forbidden(Msg::code("dispute-statement-parties")));
    };
    if o.state != OrderState::Disputed {
        return Err(AppError::Conflict(
            Msg::code("dispute-not-open")
                .arg("id", o.id.to_string())
                .arg("code", o.state.as_str()),
        ));
    }
    let text = StatementText::parse(text).map_err(|e| FieldErrors::single("statement", e))?;
    let saved = dispute_statement::ActiveModel {
        order_id: Set(o.id),
        side: Set(side),
        coop_id: Set(coop_id),
        user_id: Set(user_id),
        body: Set(text.as_str().to_owned()),
        created_at: Set(super::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (order, statement) = (o.id.to_string(), text.as_str().to_owned());
    let render = move |tr: &i18n::Tr| {
        let args = [
            ("order", order.clone().into()),
            ("side", side.as_str().into()),
        ];
        let subject = tr.t_args("mail-dispute-statement-subject", &args);
        let link = format!("{BASE_URL_MARK}/orders/{order}/dispute");
        let read = tr.t_args("mail-dispute-read", &[("link", link.into())]);
        templates::mail::text_mail(
            subject.clone(),
            &[format!("{subject}."), statement.clone(), read],
        )
    };
    let message = Message::new(
        Kind::DisputeStatement,
        format!("/orders/{}/dispute", o.id),
        render,
    )
    .to(Audience::Members(other))
    .to(Audience::Committee);
    super::notify::queue_all(db, &[message]).await?;
    Ok(saved)
}

/// The statements on `order_ids`, oldest first, by order.
pub async fn statements(
    db: &impl ConnectionTrait,
    order_ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<dispute_statement::Model>>, AppError> {
    let rows = dispute_statement::Entity::find()
        .filter(dispute_statement::Column::OrderId.is_in(order_ids))
        .order_by_asc(dispute_statement::Column::Id)
        .all(db)
        .await?;
    let mut by_order: HashMap<i32, Vec<dispute_statement::Model>> = HashMap::new();
    for s in rows {
        by_order.entry(s.order_id).or_default().push(s);
    }
    Ok(by_order)
}

/// One page of the orders in dispute, newest first (the committee's queue).
pub async fn open(
    db: &impl ConnectionTrait,
    page: &PageRequest,
) -> Result<(Vec<order::Model>, Option<Cursor>), AppError> {
    let disputed = Condition::all().add(order::Column::State.eq(OrderState::Disputed));
    super::orders::page_where(db, disputed, page).await
}

/// When each of `order_ids` was last disputed (its latest `dispute` event), by order.
pub async fn opened_at(
    db: &impl ConnectionTrait,
    order_ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, chrono::DateTime<chrono::Utc>>, AppError> {
    use entity::order_event::{Column, Entity};
    let events = Entity::find()
        .filter(Column::OrderId.is_in(order_ids))
        .filter(Column::Action.eq("dispute"))
        .order_by_asc(Column::Id)
        .all(db)
        .await?;
    Ok(events
        .into_iter()
        .map(|e| (e.order_id, e.created_at))
        .collect())
}
