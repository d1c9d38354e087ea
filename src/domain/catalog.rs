//! Listings: what a producer co-op offers, parsed into values that cannot be wrong.
use super::money::{Currency, Money};
use crate::error::{FieldErrors, Msg};

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
    /// `bounds::MAX_QUANTITY_MILLI`.
    pub fn parse(raw: &str) -> Result<Quantity, QuantityError> {
        let s = raw.trim();
        let d: rust_decimal::Decimal = s
            .parse()
            .map_err(|_| QuantityError::NotANumber(s.to_owned()))?;
        if d.is_sign_negative() && !d.is_zero() {
            return Err(QuantityError::Negative);
        }
        if d.normalize().scale() > 3 {
            return Err(QuantityError::Decimals);
        }
        let milli = d
            .checked_mul(rust_decimal::Decimal::from(Self::SCALE))
            .ok_or(QuantityError::TooLarge)?;
        let milli: i64 = milli
            .trunc()
            .try_into()
            .map_err(|_| QuantityError::TooLarge)?;
        if milli > super::bounds::MAX_QUANTITY_MILLI {
            return Err(QuantityError::TooLarge);
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

/// Why a typed quantity is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuantityError {
    NotANumber(String),
    Negative,
    Decimals,
    /// Above `bounds::MAX_QUANTITY_MILLI`.
    TooLarge,
}

impl QuantityError {
    /// What a person is told (a code, said in their language when shown).
    pub fn msg(&self) -> Msg {
        match self {
            QuantityError::NotANumber(v) => Msg::code("catalog-error-not-a-number").arg("value", v),
            QuantityError::Negative => Msg::code("quantity-negative"),
            QuantityError::Decimals => Msg::code("listings-error-decimals"),
            QuantityError::TooLarge => Msg::code("quantity-too-large").arg(
                "max",
                Quantity(super::bounds::MAX_QUANTITY_MILLI).to_string(),
            ),
        }
    }
}

impl std::fmt::Display for QuantityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.msg())
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

/// Trimmed text of `min` to `max` characters; `keys`: the messages for too short and too long.
fn bounded(
    raw: &str,
    keys: (&'static str, &'static str),
    min: usize,
    max: usize,
) -> Result<String, Msg> {
    let s = raw.trim();
    let n = s.chars().count();
    if n < min {
        Err(Msg::code(keys.0))
    } else if n > max {
        Err(Msg::code(keys.1))
    } else {
        Ok(s.to_owned())
    }
}

/// Splits certifications into (organic, fairtrade, others) in a canonical order.
pub fn parse_certifications(raw: &str) -> Result<(bool, bool, String), Msg> {
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
                return Err(Msg::code("listings-error-certification-long").arg("value", c))
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
        let sku_keys = ("listings-error-sku-empty", "listings-error-sku-long");
        let sku = bounded(&f.sku, sku_keys, 1, 64).and_then(|s| {
            if s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
            {
                Ok(s)
            } else {
                Err(Msg::code("listings-error-sku-chars"))
            }
        });
        let sku = sku.map_err(|m| e.add("sku", m)).unwrap_or_default();
        let title_keys = ("listings-error-title-empty", "listings-error-title-long");
        let title = bounded(&f.title, title_keys, 1, 200)
            .map_err(|m| e.add("title", m))
            .unwrap_or_default();
        let description_keys = ("", "listings-error-description-long");
        let description = bounded(&f.description, description_keys, 0, 5000)
            .map_err(|m| e.add("description", m))
            .unwrap_or_default();
        let category = f.category.trim();
        if !CATEGORIES.iter().any(|(s, _)| *s == category) {
            e.add(
                "category",
                Msg::code("catalog-error-category").arg("value", category),
            );
        }
        let unit = f.unit.trim();
        if !UNITS.contains(&unit) {
            let unit_error = Msg::code("listings-error-unit")
                .arg("value", unit)
                .arg("units", UNITS.join(", "));
            e.add("unit", unit_error);
        }
        let price = super::bounds::parse_at_most(
            f.price.trim(),
            currency,
            super::bounds::MAX_PRICE_MINOR,
            "price",
        );
        let price = match price {
            Ok(p) if p.is_positive() => Some(p),
            Ok(_) => {
                e.add("price", Msg::code("listings-error-price-zero"));
                None
            }
            Err(err) => {
                e.add("price", err);
                None
            }
        };
        let stock = Quantity::parse(&f.stock)
            .map_err(|q| match q {
                QuantityError::Negative => {
                    e.add("stock", Msg::code("listings-error-stock-negative"))
                }
                q => e.add("stock", q.msg()),
            })
            .ok();
        let min_order = if f.min_order.trim().is_empty() {
            Ok(Quantity(Quantity::SCALE))
        } else {
            Quantity::parse(&f.min_order)
        };
        let min_order = match min_order {
            Ok(q) if q.0 > 0 => Some(q),
            Ok(_) | Err(QuantityError::Negative) => {
                e.add("min_order", Msg::code("listings-error-min-order-zero"));
                None
            }
            Err(q) => {
                e.add("min_order", q.msg());
                None
            }
        };
        let origin_country = super::coop::parse_country(&f.origin_country)
            .map_err(|m| e.add("origin_country", m))
            .unwrap_or_default();
        let region_keys = ("", "listings-error-region-long");
        let origin_region = bounded(&f.origin_region, region_keys, 0, 100)
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
                e.add("lead_time_days", Msg::code("listings-error-lead-time"));
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
