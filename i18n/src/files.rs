//! The `.ftl` files, compiled into the binary: `locales/<lang>/<area>.ftl`.

/// The areas every language has, one file each; a new area is added here and in every folder.
pub const AREAS: [&str; 9] = [
    "layout",
    "auth",
    "invitations",
    "input",
    "catalog",
    "listings",
    "coops",
    "account",
    "home",
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
                ($lang, "catalog", include_str!(concat!("../../locales/", $lang, "/catalog.ftl"))),
                ($lang, "listings", include_str!(concat!("../../locales/", $lang, "/listings.ftl"))),
                ($lang, "coops", include_str!(concat!("../../locales/", $lang, "/coops.ftl"))),
                ($lang, "account", include_str!(concat!("../../locales/", $lang, "/account.ftl"))),
                ($lang, "home", include_str!(concat!("../../locales/", $lang, "/home.ftl"))),
            )*
        ];
    };
}

language_files!("en", "fr", "es", "ca", "it", "da", "ja");
