//! The `.ftl` files, compiled into the binary: `locales/<lang>/<area>.ftl`.

/// The areas every language has, one file each; a new area is added here and in every folder.
pub const AREAS: [&str; 7] = [
    "layout",
    "auth",
    "invitations",
    "input",
    "mail",
    "api",
    "cli",
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
                ($lang, "mail", include_str!(concat!("../../locales/", $lang, "/mail.ftl"))),
                ($lang, "api", include_str!(concat!("../../locales/", $lang, "/api.ftl"))),
                ($lang, "cli", include_str!(concat!("../../locales/", $lang, "/cli.ftl"))),
            )*
        ];
    };
}

language_files!("en", "fr", "es", "ca", "it", "da", "ja");
