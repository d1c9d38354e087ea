//! A user's in-app notifications (written by `notify`) and the mails they chose not to receive.
use std::collections::BTreeSet;

use entity::{mail_opt_out, notification};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::domain::notification::{mandatory, Kind};
use crate::domain::page::{Cursor, PageRequest};
use crate::error::AppError;

/// One page of the user's notifications, newest first.
pub async fn page(
    db: &impl ConnectionTrait,
    user_id: i32,
    page: &PageRequest,
) -> Result<(Vec<notification::Model>, Option<Cursor>), AppError> {
    let mut q = notification::Entity::find().filter(notification::Column::UserId.eq(user_id));
    if let Some(before) = page.before {
        q = q.filter(notification::Column::Id.lt(before));
    }
    let rows = q
        .order_by_desc(notification::Column::Id)
        .limit(page.limit())
        .all(db)
        .await?;
    Ok(page.cut(rows, |n| i64::from(n.id)))
}

/// Marks the user's notifications read: one (`Some(id)`) or all. Another user's id marks nothing.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    user_id: i32,
    id: Option<i32>,
) -> Result<u64, AppError> {
    let mut q = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(super::now()))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        q = q.filter(notification::Column::Id.eq(id));
    }
    Ok(q.exec(db).await?.rows_affected)
}

/// The kinds of mail the user turned off.
pub async fn opted_out(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<BTreeSet<Kind>, AppError> {
    let rows = mail_opt_out::Entity::find()
        .filter(mail_opt_out::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    Ok(rows.iter().map(|r| r.kind).collect())
}

/// Sets which mails the user receives: every kind but `wanted` is turned off, except the
/// mandatory kinds, which are always sent.
pub async fn set_wanted(
    db: &impl ConnectionTrait,
    user_id: i32,
    wanted: &BTreeSet<Kind>,
) -> Result<(), AppError> {
    mail_opt_out::Entity::delete_many()
        .filter(mail_opt_out::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let off: Vec<mail_opt_out::ActiveModel> = Kind::ALL
        .into_iter()
        .filter(|k| !mandatory(*k) && !wanted.contains(k))
        .map(|k| mail_opt_out::ActiveModel {
            user_id: sea_orm::Set(user_id),
            kind: sea_orm::Set(k),
        })
        .collect();
    if off.is_empty() {
        return Ok(());
    }
    mail_opt_out::Entity::insert_many(off)
        .on_conflict(
            OnConflict::columns([mail_opt_out::Column::UserId, mail_opt_out::Column::Kind])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}
