//! Listings: what a producer co-op offers, parsed into values that cannot be wrong.
use super::money::{Currency, Money};
use crate::error::FieldErrors;

/// The fixed category taxonomy, seeded by a migration: (slug, name).
pub const CATEGORIES: &[(&str, &str)] = &[
    ("fruit-vegetables", "Fruit and vegetables"),
    ("coffee-cocoa-tea", "Coffee, cocoa and tea"),
    ("grains-pulses", "Grains and pulses"),
    ("dairy-eggs", "Dairy and eggs"),
    ("fish-seafood", "Fish and seafood"),
    ("processed-food", "Processed food"),
    ("crafts-textiles", "Crafts and textiles"),
    ("other", "Other"),
];

/// Units goods are sold by.
pub const UNITS: &[&str] = &[
    "kg", "g", "t", "l", "ml", "piece", "box", "dozen", "bag", "bottle", "crate", "pack",
];

/// The certifications with a filter of their own; anything else is free text.
pub const KNOWN_CERTIFICATIONS: &[&str] = &["organic", "fairtrade"];

/// A listing's life (defined with its column; named for people in `domain::status`).
pub use super::status::ListingStatus;

/// A non-negative quantity in thousandths of a unit (3 decimals), exact for weighed goods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quantity(pub i64);

impl Quantity {
    pub const SCALE: i64 = 1000;

    /// Parses "12", "0.5", "350.125"; refuses negatives, more than 3 decimals and anything above
    /// `bounds::MAX_QUANTITY_MILLI` (the message names the limit).
    pub fn parse(raw: &str) -> Result<Quantity, String> {
        let s = raw.trim();
        let d: rust_decimal::Decimal = s.parse().map_err(|_| format!("'{s}' is not a number"))?;
        if d.is_sign_negative() && !d.is_zero() {
            return Err("must not be negative".into());
        }
        if d.normalize().scale() > 3 {
            return Err("use at most 3 decimals".into());
        }
        let too_large = || {
            format!(
                "must be at most {}",
                Quantity(super::bounds::MAX_QUANTITY_MILLI)
            )
        };
        let milli = d
            .checked_mul(rust_decimal::Decimal::from(Self::SCALE))
            .ok_or_else(too_large)?;
        let milli: i64 = milli.trunc().try_into().map_err(|_| too_large())?;
        if milli > super::bounds::MAX_QUANTITY_MILLI {
            return Err(too_large());
        }
        Ok(Quantity(milli))
    }

    pub fn to_decimal(self) -> rust_decimal::Decimal {
        rust_decimal::Decimal::new(self.0, 3).normalize()
    }
}

impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.to_decimal())
    }
}

/// What an edit does to a listing's stock. Orders take stock while a seller edits, so an edit
/// that does not mention the stock leaves it alone (writing back the value read earlier would
/// undo those orders), and one that does sets what is available at the moment of the write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StockEdit {
    Keep,
    Set(Quantity),
}

impl StockEdit {
    /// A form's edit: it mentions the stock when the seller typed another value than the form
    /// showed (a form that did not say what it showed sets it).
    pub fn from_form(typed: Quantity, shown: Option<Quantity>) -> StockEdit {
        match shown {
            Some(shown) if shown == typed => StockEdit::Keep,
            _ => StockEdit::Set(typed),
        }
    }
}

/// The fields of a listing as typed in a form, a CSV row or a JSON body.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default)]
pub struct ListingForm {
    pub sku: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub unit: String,
    pub price: String,
    pub stock: String,
    pub min_order: String,
    pub origin_country: String,
    pub origin_region: String,
    /// Separated by `;` or `,`: "organic;fairtrade;MSC".
    pub certifications: String,
    pub lead_time_days: String,
    pub status: String,
}

/// A listing whose every field is valid, priced in its co-op's currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingDraft {
    pub sku: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub unit: String,
    pub price: Money,
    pub stock: Quantity,
    pub min_order: Quantity,
    pub origin_country: String,
    pub origin_region: String,
    pub organic: bool,
    pub fairtrade: bool,
    /// Other certifications, lower-cased, sorted, `;`-separated.
    pub other_certifications: String,
    pub lead_time_days: i32,
    pub status: ListingStatus,
}

fn bounded(raw: &str, what: &str, min: usize, max: usize) -> Result<String, String> {
    let s = raw.trim();
    let n = s.chars().count();
    if n < min {
        Err(format!("enter a {what}"))
    } else if n > max {
        Err(format!("the {what} is longer than {max} characters"))
    } else {
        Ok(s.to_owned())
    }
}

/// Splits certifications into (organic, fairtrade, others) in a canonical order.
pub fn parse_certifications(raw: &str) -> Result<(bool, bool, String), String> {
    let mut others: Vec<String> = Vec::new();
    let (mut organic, mut fairtrade) = (false, false);
    for c in raw
        .split([';', ','])
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
    {
        match c.as_str() {
            "organic" | "bio" => organic = true,
            "fairtrade" | "fair trade" => fairtrade = true,
            _ if c.chars().count() > 40 => {
                return Err(format!("'{c}' is longer than 40 characters"))
            }
            _ => others.push(c),
        }
    }
    others.sort();
    others.dedup();
    Ok((organic, fairtrade, others.join(";")))
}

/// Joins certifications back into the form's text, as the CSV export writes them.
pub fn format_certifications(organic: bool, fairtrade: bool, others: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if organic {
        parts.push("organic");
    }
    if fairtrade {
        parts.push("fairtrade");
    }
    parts.extend(others.split(';').filter(|s| !s.is_empty()));
    parts.join(";")
}

impl ListingDraft {
    /// Checks every field against the co-op's currency and reports all problems at once.
    pub fn parse(f: &ListingForm, currency: Currency) -> Result<ListingDraft, FieldErrors> {
        let mut e = FieldErrors::default();
        let sku = bounded(&f.sku, "SKU", 1, 64).and_then(|s| {
            if s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
            {
                Ok(s)
            } else {
                Err("use letters, digits and - _ . / only".into())
            }
        });
        let sku = sku.map_err(|m| e.add("sku", m)).unwrap_or_default();
        let title = bounded(&f.title, "title", 1, 200)
            .map_err(|m| e.add("title", m))
            .unwrap_or_default();
        let description = bounded(&f.description, "description", 0, 5000)
            .map_err(|m| e.add("description", m))
            .unwrap_or_default();
        let category = f.category.trim();
        if !CATEGORIES.iter().any(|(s, _)| *s == category) {
            e.add("category", format!("'{category}' is not a category"));
        }
        let unit = f.unit.trim();
        if !UNITS.contains(&unit) {
            e.add(
                "unit",
                format!("'{unit}' is not a unit: use one of {}", UNITS.join(", ")),
            );
        }
        let price = super::bounds::parse_at_most(
            f.price.trim(),
            currency,
            super::bounds::MAX_PRICE_MINOR,
            "the price",
        );
        let price = match price {
            Ok(p) if p.is_positive() => Some(p),
            Ok(_) => {
                e.add("price", "the price must be more than zero");
                None
            }
            Err(err) => {
                e.add("price", err);
                None
            }
        };
        let stock = Quantity::parse(&f.stock)
            .map_err(|m| e.add("stock", format!("stock {m}")))
            .ok();
        let min_order = if f.min_order.trim().is_empty() {
            Ok(Quantity(Quantity::SCALE))
        } else {
            Quantity::parse(&f.min_order)
        };
        let min_order = match min_order {
            Ok(q) if q.0 > 0 => Some(q),
            Ok(_) => {
                e.add("min_order", "the minimum order must be more than zero");
                None
            }
            Err(m) => {
                e.add("min_order", format!("minimum order {m}"));
                None
            }
        };
        let origin_country = super::coop::parse_country(&f.origin_country)
            .map_err(|m| e.add("origin_country", m))
            .unwrap_or_default();
        let origin_region = bounded(&f.origin_region, "region", 0, 100)
            .map_err(|m| e.add("origin_region", m))
            .unwrap_or_default();
        let certs = parse_certifications(&f.certifications)
            .map_err(|m| e.add("certifications", m))
            .ok();
        let lead_time_days = if f.lead_time_days.trim().is_empty() {
            Ok(0)
        } else {
            f.lead_time_days.trim().parse::<i32>()
        };
        let lead_time_days = match lead_time_days {
            Ok(d) if (0..=365).contains(&d) => d,
            _ => {
                e.add(
                    "lead_time_days",
                    "lead time is a whole number of days from 0 to 365",
                );
                0
            }
        };
        let status = if f.status.trim().is_empty() {
            Ok(ListingStatus::Draft)
        } else {
            ListingStatus::parse(&f.status)
        };
        let status = status.map_err(|m| e.add("status", m)).ok();
        match (price, stock, min_order, certs, status) {
            (
                Some(price),
                Some(stock),
                Some(min_order),
                Some((organic, fairtrade, other_certifications)),
                Some(status),
            ) if e.is_empty() => Ok(ListingDraft {
                sku,
                title,
                description,
                category: category.to_owned(),
                unit: unit.to_owned(),
                price,
                stock,
                min_order,
                origin_country,
                origin_region,
                organic,
                fairtrade,
                other_certifications,
                lead_time_days,
                status,
            }),
            _ => Err(e),
        }
    }
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
