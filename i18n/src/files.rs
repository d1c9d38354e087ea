//! The `.ftl` files, compiled into the binary: `locales/<lang>/<area>.ftl`.

/// The areas every language has, one file each; a new area is added here and in every folder.
pub const AREAS: [&str; 8] = [
    "layout",
    "auth",
    "invitations",
    "input",
    "cart",
    "orders",
    "checkout",
    "order_status",
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
                ($lang, "cart", include_str!(concat!("../../locales/", $lang, "/cart.ftl"))),
                ($lang, "orders", include_str!(concat!("../../locales/", $lang, "/orders.ftl"))),
                ($lang, "checkout", include_str!(concat!("../../locales/", $lang, "/checkout.ftl"))),
                ($lang, "order_status", include_str!(concat!("../../locales/", $lang, "/order_status.ftl"))),
            )*
        ];
    };
}

language_files!("en", "fr", "es", "ca", "it", "da", "ja");
