//! `seed-demo`: a believable marketplace, created once; running it again changes nothing.
pub mod data;
mod history;
mod history_data;

pub use history::seed_history;

use std::fmt::Write;

use entity::coop;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use crate::db::begin_write;
use crate::domain::account::Email;
use crate::domain::catalog::{ListingDraft, ListingForm};
use crate::domain::coop::{CoopApplication, CoopApplicationForm, CoopStatus};
use crate::domain::money::Currency;
use crate::error::AppError;
use crate::store;
use data::{DemoCoop, COMMITTEE, COOPS, DEMO_PASSWORD};

/// Seeds the demo and returns the text listing the demo logins.
pub async fn seed_demo(db: &DatabaseConnection) -> Result<String, AppError> {
    let tx = begin_write(db).await?;
    let mut out = String::from("Demo logins (password for all: ");
    let _ = writeln!(out, "{DEMO_PASSWORD}):\n\n  committee");
    let mut first_committee = None;
    for u in COMMITTEE {
        let user = ensure_user(&tx, u.email, u.name).await?;
        store::committee::add(&tx, u.email, None).await?;
        first_committee.get_or_insert(user.id);
        let _ = writeln!(out, "    {:<40} {}", u.email, u.name);
    }
    for c in COOPS {
        let coop = ensure_coop(&tx, c, first_committee).await?;
        let _ = writeln!(
            out,
            "\n  {} ({}, {}, {})",
            c.name, c.kind, c.country, c.currency
        );
        for m in c.members {
            let user = ensure_user(&tx, m.email, m.name).await?;
            if store::coops::role_of(&tx, coop.id, user.id)
                .await?
                .is_none()
            {
                // Demo people are made up: they join without an invitation to answer.
                store::invitations::add_membership(&tx, coop.id, user.id, m.role).await?;
            }
            let _ = writeln!(out, "    {:<40} {} ({})", m.email, m.name, m.role);
        }
        seed_listings(&tx, &coop, c).await?;
    }
    tx.commit().await?;
    Ok(out)
}

async fn ensure_user(
    db: &impl sea_orm::ConnectionTrait,
    email: &str,
    name: &str,
) -> Result<entity::user::Model, AppError> {
    if let Some(u) = store::users::find_by_email(db, email).await? {
        return Ok(u);
    }
    let form = store::users::Registration {
        name: name.into(),
        email: email.into(),
        password: DEMO_PASSWORD.into(),
    };
    store::users::register_verified(db, &form).await
}

/// Creates the co-op as admitted (applied by its first admin) unless it exists.
async fn ensure_coop(
    db: &impl sea_orm::ConnectionTrait,
    c: &DemoCoop,
    committee: Option<i32>,
) -> Result<coop::Model, AppError> {
    if let Some(existing) = store::coops::find_by_name(db, c.name).await? {
        return Ok(existing);
    }
    let admin = c
        .members
        .iter()
        .find(|m| m.role == crate::domain::coop::CoopRole::Admin)
        .ok_or_else(|| AppError::Internal(format!("demo co-op {} has no admin", c.name)))?;
    let applicant = ensure_user(db, admin.email, admin.name).await?;
    let form = CoopApplicationForm {
        name: c.name.into(),
        kind: c.kind.into(),
        country: c.country.into(),
        currency: c.currency.into(),
        contact_email: c.contact_email.into(),
        description: c.description.into(),
    };
    let app = CoopApplication::parse(&form).map_err(AppError::Invalid)?;
    debug_assert!(Email::parse(c.contact_email).is_ok());
    let created = store::coops::apply(db, applicant.id, &app).await?;
    let mut m: coop::ActiveModel = created.into();
    m.status = Set(CoopStatus::Admitted);
    m.decided_by = Set(committee);
    m.decided_at = Set(Some(store::now()));
    m.decision_reason = Set(Some("founding member of the demo marketplace".into()));
    Ok(m.update(db).await?)
}

/// Draws a picture for every demo listing that has no photo yet; returns how many it drew.
pub async fn seed_photos(
    db: &DatabaseConnection,
    photos: &std::sync::Arc<dyn crate::photos::PhotoStore>,
) -> Result<usize, AppError> {
    let mut drawn = 0;
    for c in COOPS {
        let Some(coop) = store::coops::find_by_name(db, c.name).await? else {
            continue;
        };
        for l in store::listings::of_coop(db, coop.id).await? {
            if !store::photos::of_listing(db, l.id).await?.is_empty() {
                continue;
            }
            let (category, title) = (l.category.clone(), l.title.clone());
            let png = tokio::task::spawn_blocking(move || {
                crate::photos::draw::product_png(&category, &title)
            })
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
            let upload = crate::photos::gallery::Upload {
                file_name: format!("{}.png", l.sku),
                bytes: png.into(),
                alt: format!("Drawing for {}", l.title),
            };
            crate::photos::gallery::add(db, photos, l.id, vec![upload]).await?;
            drawn += 1;
        }
    }
    Ok(drawn)
}

/// Creates the co-op's demo listings (active) whose SKU it does not have yet.
async fn seed_listings(
    db: &impl sea_orm::ConnectionTrait,
    coop: &coop::Model,
    c: &DemoCoop,
) -> Result<(), AppError> {
    let currency = Currency::parse(c.currency).map_err(|e| AppError::Internal(e.to_string()))?;
    let existing: Vec<String> = store::listings::of_coop(db, coop.id)
        .await?
        .into_iter()
        .map(|l| l.sku)
        .collect();
    for l in c
        .listings
        .iter()
        .filter(|l| !existing.iter().any(|s| s == l.sku))
    {
        let form = ListingForm {
            sku: l.sku.into(),
            title: l.title.into(),
            description: l.description.into(),
            category: l.category.into(),
            unit: l.unit.into(),
            price: l.price.into(),
            stock: l.stock.into(),
            min_order: l.min_order.into(),
            origin_country: c.country.into(),
            origin_region: l.origin_region.into(),
            certifications: l.certifications.join(";"),
            lead_time_days: l.lead_time_days.to_string(),
            status: "active".into(),
        };
        let draft = ListingDraft::parse(&form, currency).map_err(AppError::Invalid)?;
        store::listings::create(db, coop.id, &draft).await?;
    }
    Ok(())
}
