//! Turning rows into the plain view structs templates take.
use entity::{coop, listing};
use templates::catalog::ListingCard;

use crate::domain::catalog::{format_certifications, Quantity};
use crate::domain::money::{Currency, Money};

/// A price as "12.50 EUR", falling back to minor units if the stored currency is unknown.
pub fn price(minor: i64, currency: &str) -> String {
    match Currency::parse(currency) {
        Ok(c) => Money::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}

pub fn listing_card(l: &listing::Model, seller: &coop::Model) -> ListingCard {
    let certs = format_certifications(l.organic, l.fairtrade, &l.other_certifications);
    ListingCard {
        id: l.id,
        title: l.title.clone(),
        seller_id: seller.id,
        seller_name: seller.name.clone(),
        price: price(l.price_minor, &l.currency),
        unit: l.unit.clone(),
        origin: if l.origin_region.is_empty() {
            l.origin_country.clone()
        } else {
            format!("{} · {}", l.origin_country, l.origin_region)
        },
        certifications: certs
            .split(';')
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect(),
        stock: Quantity(l.stock_milli).to_string(),
        in_stock: l.stock_milli > 0,
        status: l.status.clone(),
    }
}
