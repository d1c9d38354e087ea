//! Countries named in the viewer's language (CLDR display names through ICU4X's compiled data)
//! and the time zone a country's members see by default (the tz database's `zone1970.tab`).
use std::sync::LazyLock;

use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;
use icu_locale_core::subtags::Region;
use icu_locale_core::Locale;

use crate::{Lang, Tr};

/// One region-name table per language, in `Lang::ALL` order; `None` only if ICU has no data
/// for it (the `locales` tests would show codes instead of names first).
static REGIONS: LazyLock<Vec<Option<RegionDisplayNames>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let locale: Locale = lang.code().parse().ok()?;
            RegionDisplayNames::try_new((&locale).into(), DisplayNamesOptions::default()).ok()
        })
        .collect()
});

impl Tr {
    /// The country with ISO 3166 code `code` as this language names it (`TG`: "Togo", "トーゴ");
    /// a code CLDR does not name is shown as it is.
    pub fn country(&self, code: &str) -> String {
        let code = code.trim();
        Region::try_from_str(&code.to_ascii_uppercase())
            .ok()
            .and_then(|r| {
                REGIONS[self.lang as usize]
                    .as_ref()?
                    .of(r)
                    .map(str::to_owned)
            })
            .unwrap_or_else(|| code.to_owned())
    }
}

/// The zone a member of a co-op in `country` sees when they chose none, from the tz
/// database's `zone1970.tab`: the country's own zone, or for a country of several, the one the
/// table describes as its most populous ("most of ...", "mainland"); `None` for an unknown code.
pub fn zone_of_country(country: &str) -> Option<chrono_tz::Tz> {
    let code = country.trim().to_ascii_uppercase();
    let covering: Vec<&Zone> = ZONES
        .iter()
        .filter(|z| z.countries.contains(&code.as_str()))
        .collect();
    let own: Vec<&&Zone> = covering
        .iter()
        .filter(|z| z.countries.first() == Some(&code.as_str()))
        .collect();
    let main = own
        .iter()
        .find(|z| {
            let c = z.commentary.to_ascii_lowercase();
            c.contains("most") || c.contains("mainland")
        })
        .or_else(|| own.first())
        .map(|z| **z)
        .or_else(|| covering.first().copied())?;
    main.name.parse().ok()
}

struct Zone {
    name: &'static str,
    countries: Vec<&'static str>,
    commentary: &'static str,
}

/// Every zone of `zone1970.tab` (clocks agreed since 1970), alphabetical, with its countries
/// (its own first) and the table's note on which part of the country it covers.
static ZONES: LazyLock<Vec<Zone>> = LazyLock::new(|| {
    timezone_data::names()
        .filter_map(|name| {
            let meta = timezone_data::meta(name)?;
            Some(Zone {
                name,
                countries: meta.countries().map(|c| c.code).collect(),
                commentary: meta.commentary,
            })
        })
        .collect()
});

/// The zones people choose from: every zone of the tz database where clocks have agreed since
/// 1970 (one per region of a country), plus UTC, sorted by name.
pub fn zone_choices() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = ZONES.iter().map(|z| z.name).collect();
    names.push("UTC");
    names.sort_unstable();
    names
}
