//! The `.ftl` files, compiled into the binary: `locales/<lang>/<area>.ftl`.

/// The areas every language has, one file each; a new area is added here and in every folder.
pub const AREAS: [&str; 23] = [
    "layout",
    "auth",
    "invitations",
    "input",
    "committee",
    "payouts",
    "pool",
    "ledger",
    "disputes",
    "notifications",
    "errors",
    "status",
    "mail",
    "api",
    "cli",
    "catalog",
    "listings",
    "coops",
    "account",
    "home",
    "cart",
    "orders",
    "checkout",
];

macro_rules! language_files {
    ($($lang:literal),*) => {
        /// (language code, area, file text) for every language and area.
        pub const FILES: &[(&str, &str, &str)] = &[
            $(
                ($lang, "layout", include_str!(concat!("../../locales/", $lang, "/layout.ftl"))),
                ($lang, "auth", include_str!(concat!("../../locales/", $lang, "/auth.ftl"))),
                ($lang, "invitations", include_str!(concat!("../../locales/", $lang, "/invitations.ftl"))),
                ($lang, "input", include_str!(concat!("../../locales/", $lang, "/input.ftl"))),
                ($lang, "committee", include_str!(concat!("../../locales/", $lang, "/committee.ftl"))),
                ($lang, "payouts", include_str!(concat!("../../locales/", $lang, "/payouts.ftl"))),
                ($lang, "pool", include_str!(concat!("../../locales/", $lang, "/pool.ftl"))),
                ($lang, "ledger", include_str!(concat!("../../locales/", $lang, "/ledger.ftl"))),
                ($lang, "disputes", include_str!(concat!("../../locales/", $lang, "/disputes.ftl"))),
                ($lang, "notifications", include_str!(concat!("../../locales/", $lang, "/notifications.ftl"))),
                ($lang, "errors", include_str!(concat!("../../locales/", $lang, "/errors.ftl"))),
                ($lang, "status", include_str!(concat!("../../locales/", $lang, "/status.ftl"))),
                ($lang, "mail", include_str!(concat!("../../locales/", $lang, "/mail.ftl"))),
                ($lang, "api", include_str!(concat!("../../locales/", $lang, "/api.ftl"))),
                ($lang, "cli", include_str!(concat!("../../locales/", $lang, "/cli.ftl"))),
                ($lang, "catalog", include_str!(concat!("../../locales/", $lang, "/catalog.ftl"))),
                ($lang, "listings", include_str!(concat!("../../locales/", $lang, "/listings.ftl"))),
                ($lang, "coops", include_str!(concat!("../../locales/", $lang, "/coops.ftl"))),
                ($lang, "account", include_str!(concat!("../../locales/", $lang, "/account.ftl"))),
                ($lang, "home", include_str!(concat!("../../locales/", $lang, "/home.ftl"))),
                ($lang, "cart", include_str!(concat!("../../locales/", $lang, "/cart.ftl"))),
                ($lang, "orders", include_str!(concat!("../../locales/", $lang, "/orders.ftl"))),
                ($lang, "checkout", include_str!(concat!("../../locales/", $lang, "/checkout.ftl"))),
            )*
        ];
    };
}

language_files!("en", "fr", "es", "ca", "it", "da", "ja");
