//! The English field messages of the listing and co-op forms (still English in the domain, see
//! docs/i18n.md) and their Fluent keys, for `local_input::field_errors`.

/// Exact messages and their keys.
pub const KNOWN: &[(&str, &str)] = &[
    ("enter a SKU", "listings-error-sku-empty"),
    (
        "the SKU is longer than 64 characters",
        "listings-error-sku-long",
    ),
    (
        "use letters, digits and - _ . / only",
        "listings-error-sku-chars",
    ),
    ("enter a title", "listings-error-title-empty"),
    (
        "the title is longer than 200 characters",
        "listings-error-title-long",
    ),
    (
        "the description is longer than 5000 characters",
        "listings-error-description-long",
    ),
    (
        "the price must be more than zero",
        "listings-error-price-zero",
    ),
    (
        "the minimum order must be more than zero",
        "listings-error-min-order-zero",
    ),
    (
        "lead time is a whole number of days from 0 to 365",
        "listings-error-lead-time",
    ),
    (
        "stock must not be negative",
        "listings-error-stock-negative",
    ),
    ("stock use at most 3 decimals", "listings-error-decimals"),
    (
        "minimum order use at most 3 decimals",
        "listings-error-decimals",
    ),
    ("enter a co-op name", "coops-error-name-empty"),
    (
        "the co-op name is longer than 100 characters",
        "coops-error-name-long",
    ),
    ("choose producer, buyer or both", "coops-error-kind"),
    ("choose admin or member", "coops-error-role"),
    (
        "choose a currency to filter by price",
        "catalog-error-currency-needed",
    ),
    ("a price cannot be negative", "catalog-error-negative"),
    ("the price is too large", "catalog-error-too-large"),
    ("seller is a co-op id", "catalog-error-seller"),
    ("page is a number from 1 to 10000", "catalog-error-page"),
    ("choose at least one photo", "photos-error-none"),
    (
        "describe the photo for people who cannot see it (alt text)",
        "photos-error-alt-empty",
    ),
    (
        "keep the alt text to 250 characters",
        "photos-error-alt-long",
    ),
    ("choose an image for the logo", "photos-error-no-logo"),
];

/// Messages around a value the person typed: (before, after, key taking `$value`).
pub const AROUND: &[(&str, &str, &str)] = &[
    (
        "'",
        "' is not an ISO 3166 country code (e.g. TG, DK, JP)",
        "listings-error-country",
    ),
    ("unknown currency code '", "'", "coops-error-currency"),
    ("'", "' is not a number", "catalog-error-not-a-number"),
    ("'", "' is not a category", "catalog-error-category"),
    ("choose at most ", " photos", "photos-error-too-many"),
];
