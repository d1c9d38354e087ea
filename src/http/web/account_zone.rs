//! The time zone a member's dates are shown in: chosen on the account page, else their co-op's
//! country's.
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use templates::account::TimeZoneView;

use super::account::{page, Retry};
use super::unprocessable;
use crate::error::AppError;
use crate::http::extract::{CsrfForm, SignedIn};
use crate::http::locale::default_zone;
use crate::http::viewer::redirect_with_flash;
use crate::http::AppState;
use crate::store;

/// The account page's time zone section for this member.
pub(super) fn view(s: &SignedIn) -> TimeZoneView {
    let countries: Vec<&str> = s
        .viewer
        .coops
        .iter()
        .map(|(c, _)| c.country.as_str())
        .collect();
    let (zone, country) = default_zone(&countries);
    TimeZoneView {
        chosen: s.user.time_zone.clone().unwrap_or_default(),
        default_zone: zone.name().to_owned(),
        default_country: country.map(str::to_owned),
        choices: i18n::zone_choices(),
        error: None,
    }
}

#[derive(serde::Deserialize)]
pub struct TimeZoneForm {
    #[serde(default)]
    time_zone: String,
}

/// Saves an IANA zone name that chrono-tz knows, or clears the choice (empty): anything else
/// is shown again beside the field.
pub async fn set_time_zone(
    State(state): State<AppState>,
    s: SignedIn,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<TimeZoneForm>,
) -> Result<Response, AppError> {
    let name = form.time_zone.trim();
    let zone = match name {
        "" => None,
        n => match n.parse::<i18n::chrono_tz::Tz>() {
            Ok(z) => Some(z),
            Err(_) => {
                let e = s.viewer.tr.t_args(
                    "account-time-zone-unknown",
                    &[("zone", n.to_owned().into())],
                );
                return Ok(unprocessable(
                    page(&state, &s, &headers, Retry::TimeZone(e)).await?,
                ));
            }
        },
    };
    store::locale::set_time_zone(&state.db, s.user.id, zone).await?;
    let message = match zone {
        Some(z) => s.viewer.tr.t_args(
            "account-flash-time-zone",
            &[("zone", z.name().to_owned().into())],
        ),
        None => s.viewer.tr.t("account-flash-time-zone-default"),
    };
    Ok(redirect_with_flash("/account", "success", &message))
}
