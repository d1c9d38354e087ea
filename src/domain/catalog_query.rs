//! A catalog search as typed in the URL, parsed into filters that are valid by construction.
use super::catalog::{CATEGORIES, KNOWN_CERTIFICATIONS};
use super::money::Currency;
use crate::error::{FieldErrors, Msg};

/// Largest page a client may ask for.
pub const MAX_PER_PAGE: u64 = 100;
pub const DEFAULT_PER_PAGE: u64 = 24;

/// The raw query-string parameters of a catalog search.
#[derive(Clone, Debug, Default, serde::Deserialize, serde::Serialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct CatalogParams {
    /// Words to find in title and description (prefix match).
    pub q: String,
    pub category: String,
    /// Origin country, ISO 3166 alpha-2.
    pub country: String,
    /// organic, fairtrade, or a free-text certification.
    pub cert: String,
    /// Seller co-op id.
    #[param(pattern = "^(-?[0-9]{1,9})?$")]
    pub seller: String,
    pub currency: String,
    /// Lowest unit price in major units of `currency` (through the API, the co-op's own currency
    /// when none is given); more decimals than the currency has round inwards.
    #[param(pattern = "^([0-9]{1,12}(\\.[0-9]{1,12})?)?$")]
    pub min_price: String,
    /// Highest unit price, as `min_price`.
    #[param(pattern = "^([0-9]{1,12}(\\.[0-9]{1,12})?)?$")]
    pub max_price: String,
    /// "1" or "true": only listings with stock.
    pub in_stock: String,
    /// newest (default), price, name
    pub sort: String,
    /// 1 to 10000 (empty: 1).
    #[param(pattern = "^([1-9][0-9]{0,3}|10000)?$")]
    pub page: String,
    /// 1 to 100 (empty: 24).
    #[param(pattern = "^([1-9][0-9]?|100)?$")]
    pub per_page: String,
}

impl CatalogParams {
    /// Every parameter as (name, value), in a fixed order; the URL and the form both use it.
    pub fn pairs(&self) -> [(&'static str, &str); 12] {
        [
            ("q", &self.q),
            ("category", &self.category),
            ("country", &self.country),
            ("cert", &self.cert),
            ("seller", &self.seller),
            ("currency", &self.currency),
            ("min_price", &self.min_price),
            ("max_price", &self.max_price),
            ("in_stock", &self.in_stock),
            ("sort", &self.sort),
            ("per_page", &self.per_page),
            ("page", &self.page),
        ]
    }
}

/// How results are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Newest,
    Price,
    Name,
}

/// A valid catalog search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogQuery {
    /// Search words: letters and digits only, at most 8.
    pub words: Vec<String>,
    pub category: Option<String>,
    pub country: Option<String>,
    pub cert: Option<String>,
    pub seller: Option<i32>,
    pub currency: Option<Currency>,
    pub min_price: Option<i64>,
    pub max_price: Option<i64>,
    pub in_stock: bool,
    pub sort: Sort,
    /// 1-based.
    pub page: u64,
    pub per_page: u64,
}

fn opt(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

/// Splits free text into search words (letters and digits), lower-cased.
pub fn search_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(8)
        .collect()
}

/// A price bound in minor units. Prices are whole minor units, so a bound with more decimals
/// than the currency has is exact once rounded inwards: `min_price=0.555` EUR is 56 cents and up,
/// `max_price=0.555` is 55 cents and down.
pub fn price_bound(raw: &str, currency: Currency, lower: bool) -> Result<i64, Msg> {
    let d: rust_decimal::Decimal = raw
        .parse()
        .map_err(|_| Msg::code("catalog-error-not-a-number").arg("value", raw))?;
    if d.is_sign_negative() && !d.is_zero() {
        return Err(Msg::code("catalog-error-negative"));
    }
    let too_large = || Msg::code("catalog-error-too-large");
    let scaled = d
        .checked_mul(currency.minor_per_major().into())
        .ok_or_else(too_large)?;
    let minor = if lower { scaled.ceil() } else { scaled.floor() };
    i64::try_from(minor).map_err(|_| too_large())
}

impl CatalogQuery {
    /// Parses every parameter; a price range needs a currency, since prices are per currency.
    pub fn parse(p: &CatalogParams) -> Result<CatalogQuery, FieldErrors> {
        let mut e = FieldErrors::default();
        let category = opt(&p.category).map(str::to_owned);
        if let Some(c) = &category {
            if !CATEGORIES.iter().any(|(s, _)| s == c) {
                e.add(
                    "category",
                    Msg::code("catalog-error-category").arg("value", c),
                );
            }
        }
        let country = opt(&p.country)
            .map(|c| {
                super::coop::parse_country(c)
                    .map_err(|m| e.add("country", m))
                    .ok()
            })
            .unwrap_or(None);
        let cert = opt(&p.cert).map(str::to_lowercase);
        let seller = opt(&p.seller).and_then(|s| {
            s.parse::<i32>()
                .map_err(|_| e.add("seller", Msg::code("catalog-error-seller")))
                .ok()
        });
        let currency = opt(&p.currency).and_then(|c| {
            Currency::parse(c)
                .map_err(|m| e.add("currency", m.msg()))
                .ok()
        });
        let mut price = |raw: &str, field: &'static str| -> Option<i64> {
            let raw = opt(raw)?;
            let Some(cur) = currency else {
                e.add(field, Msg::code("catalog-error-currency-needed"));
                return None;
            };
            match price_bound(raw, cur, field == "min_price") {
                Ok(minor) => Some(minor),
                Err(m) => {
                    e.add(field, m);
                    None
                }
            }
        };
        let min_price = price(&p.min_price, "min_price");
        let max_price = price(&p.max_price, "max_price");
        let in_stock = matches!(p.in_stock.trim(), "1" | "true" | "on" | "yes");
        let sort = match p.sort.trim() {
            "" | "newest" => Sort::Newest,
            "price" => Sort::Price,
            "name" => Sort::Name,
            other => {
                e.add("sort", Msg::code("catalog-error-sort").arg("value", other));
                Sort::Newest
            }
        };
        let page = match opt(&p.page).map(str::parse::<u64>) {
            None => 1,
            Some(Ok(n)) if (1..=10_000).contains(&n) => n,
            Some(_) => {
                e.add("page", Msg::code("catalog-error-page"));
                1
            }
        };
        let per_page = match opt(&p.per_page).map(str::parse::<u64>) {
            None => DEFAULT_PER_PAGE,
            Some(Ok(n)) if (1..=MAX_PER_PAGE).contains(&n) => n,
            Some(_) => {
                e.add(
                    "per_page",
                    Msg::code("catalog-error-per-page").arg("max", MAX_PER_PAGE.to_string()),
                );
                DEFAULT_PER_PAGE
            }
        };
        e.into_result().map_err(|err| match err {
            crate::error::AppError::Invalid(f) => f,
            _ => FieldErrors::default(),
        })?;
        Ok(CatalogQuery {
            words: search_words(&p.q),
            category,
            country,
            cert: cert.filter(|c| !c.is_empty()),
            seller,
            currency,
            min_price,
            max_price,
            in_stock,
            sort,
            page,
            per_page,
        })
    }

    /// Whether `cert` names one of the certifications with a column of its own.
    pub fn known_cert(&self) -> Option<&'static str> {
        let c = self.cert.as_deref()?;
        KNOWN_CERTIFICATIONS.iter().copied().find(|k| *k == c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_is_the_newest_first_page() {
        let q = CatalogQuery::parse(&CatalogParams::default()).unwrap();
        assert_eq!(
            (q.sort, q.page, q.per_page, q.in_stock),
            (Sort::Newest, 1, DEFAULT_PER_PAGE, false)
        );
        assert!(q.words.is_empty());
    }

    #[test]
    fn filters_parse_and_bad_ones_are_named() {
        let p = CatalogParams {
            q: "Organic PINEAPPLE, dried!".into(),
            country: "tg".into(),
            currency: "eur".into(),
            min_price: "1.50".into(),
            max_price: "10".into(),
            sort: "price".into(),
            ..Default::default()
        };
        let q = CatalogQuery::parse(&p).unwrap();
        assert_eq!(q.words, vec!["organic", "pineapple", "dried"]);
        assert_eq!((q.min_price, q.max_price), (Some(150), Some(1000)));
        assert_eq!(q.country.as_deref(), Some("TG"));
        let bad = CatalogParams {
            category: "guns".into(),
            min_price: "3".into(),
            per_page: "1000".into(),
            sort: "random".into(),
            ..Default::default()
        };
        let e = CatalogQuery::parse(&bad).unwrap_err();
        for f in ["category", "min_price", "per_page", "sort"] {
            assert!(e.get(f).is_some(), "{f}");
        }
    }
}
