//! Turning rows into the plain view structs templates take.
use entity::{coop, listing};
use templates::catalog::ListingCard;
use templates::photos::{PhotoSource, PhotoView};

use crate::domain::balance::Balance;
use crate::domain::catalog::{format_certifications, Quantity};
use crate::domain::money::{Currency, Money};
use crate::domain::status::ListingStatus;

/// A price as "12.50 EUR", falling back to minor units if the stored currency is unknown.
pub fn price(minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Money::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// A price in the viewer's language ("12,50 EUR" in fr), falling back to minor units if the
/// stored currency is unknown.
pub fn local_price(tr: &i18n::Tr, minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => tr.money(minor, c.code(), c.exponent()),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// A quantity in the viewer's language ("1 234,5").
pub fn local_quantity(tr: &i18n::Tr, q: Quantity) -> String {
    tr.number(q.to_decimal())
}

/// A status or method as its badge shows it: name, meaning and the stored key as its style.
pub fn status_view(s: impl crate::domain::status::Described) -> templates::status::StatusView {
    templates::status::StatusView {
        family: s.family(),
        key: s.key(),
        label: s.label(),
        meaning: s.meaning(),
    }
}

/// A sum of many amounts as "12.50 EUR", exact even beyond `i64` (summed in `i128`).
pub fn sum_price(minor: i128, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Balance::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}

/// An amount without its code ("12.50"), as the API shows it next to a `currency` field.
pub fn amount(minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Money::from_minor(minor, c).format_amount(),
        Err(_) => minor.to_string(),
    }
}

/// A listing as cards show it, in the viewer's language.
pub fn listing_card(tr: &i18n::Tr, l: &listing::Model, seller: &coop::Model) -> ListingCard {
    let certs = format_certifications(l.organic, l.fairtrade, &l.other_certifications);
    let country = tr.country(&l.origin_country);
    ListingCard {
        id: l.id,
        title: l.title.clone(),
        seller_id: seller.id,
        seller_name: seller.name.clone(),
        price: local_price(tr, l.price_minor, &l.currency),
        unit: l.unit.clone(),
        origin: if l.origin_region.is_empty() {
            country
        } else {
            format!("{country} · {}", l.origin_region)
        },
        certifications: certs
            .split(';')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        stock: templates::catalog::unit_amount(tr, l.stock_milli, &l.unit),
        in_stock: l.stock_milli > 0,
        not_on_sale: (l.status != ListingStatus::Active).then_some(l.status.as_str()),
        cover: None,
    }
}

/// A photo's sizes as the pages link them (`/photos/<hash>/<size>.<ext>`); sizes that come out
/// the same (a small original is never enlarged) are listed once.
pub fn photo_view(p: &entity::listing_photo::Model) -> PhotoView {
    sized_view(&p.hash, p.width, p.height, &p.alt, &crate::photos::SIZES)
}

/// A co-op's logo as pages show it.
pub fn logo_view(l: &entity::coop_logo::Model, coop_name: &str) -> PhotoView {
    let alt = format!("{coop_name} logo");
    sized_view(&l.hash, l.width, l.height, &alt, &crate::photos::LOGO_SIZES)
}

fn sized_view(hash: &str, width: i32, height: i32, alt: &str, sizes: &[u32]) -> PhotoView {
    use crate::photos::{fitted, Format};
    let (w, h) = (width.max(1) as u32, height.max(1) as u32);
    let mut sources: Vec<PhotoSource> = Vec::with_capacity(sizes.len());
    for &size in sizes {
        let (width, height) = fitted(w, h, size);
        if sources.last().is_some_and(|s| s.width == width) {
            continue;
        }
        let url = |f: Format| format!("/photos/{hash}/{size}.{}", f.extension());
        sources.push(PhotoSource {
            width,
            height,
            webp: url(Format::Webp),
            jpeg: url(Format::Jpeg),
        });
    }
    PhotoView {
        alt: alt.to_owned(),
        sources,
    }
}

/// Cards for these listings, each with its cover photo (one query for all).
pub async fn listing_cards(
    tr: &i18n::Tr,
    db: &impl sea_orm::ConnectionTrait,
    rows: &[(listing::Model, coop::Model)],
) -> Result<Vec<ListingCard>, crate::error::AppError> {
    let ids: Vec<i32> = rows.iter().map(|(l, _)| l.id).collect();
    let covers = crate::store::photos::covers(db, &ids).await?;
    Ok(rows
        .iter()
        .map(|(l, c)| ListingCard {
            cover: covers.get(&l.id).map(photo_view),
            ..listing_card(tr, l, c)
        })
        .collect())
}

use crate::domain::fee_split::FeeSplit;
use crate::domain::order_state::{allowed_actions, Action, Actor, OrderState};
use templates::orders::FeeSplitView;

fn money(minor: i64, currency: &str) -> String {
    price(minor, currency)
}

/// A fee split shown in an order's currency, with the rate in percent.
pub fn fee_split_view(rate_bp: i32, currency: &str, fee: i64, split: &FeeSplit) -> FeeSplitView {
    FeeSplitView {
        rate: format!(
            "{}%",
            rust_decimal::Decimal::new(rate_bp.into(), 2).normalize()
        ),
        fee: money(fee, currency),
        pool: money(split.pool.minor, currency),
        seller_share: money(split.seller_share.minor, currency),
        buyer_share: money(split.buyer_share.minor, currency),
    }
}

/// The actions the viewer's roles allow now, each once, system-only ones left out.
pub fn viewer_actions(state: OrderState, roles: &[Actor]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    for r in roles {
        for a in allowed_actions(state, *r) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}
