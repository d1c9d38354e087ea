//! `/me` and `/coops`.
use axum::extract::{Path, State};
use axum::Json;
use entity::coop;

use crate::domain::coop::CoopStatus;
use crate::error::{AppError, Msg};
use crate::http::error::ApiError;
use crate::http::extract::{ApiCoop, ApiJson};
use crate::http::AppState;
use crate::store;

/// A co-op as the API shows it.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CoopJson {
    pub id: i32,
    pub name: String,
    /// producer, buyer or both
    pub kind: String,
    /// ISO 3166-1 alpha-2
    pub country: String,
    /// ISO 4217
    pub currency: String,
    pub description: String,
    /// pending, admitted or declined
    pub status: String,
}

impl From<&coop::Model> for CoopJson {
    fn from(c: &coop::Model) -> Self {
        CoopJson {
            id: c.id,
            name: c.name.clone(),
            kind: c.kind.as_str().to_owned(),
            country: c.country.clone(),
            currency: c.currency.clone(),
            description: c.description.clone(),
            status: c.status.as_str().to_owned(),
        }
    }
}

/// Who the token speaks for.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct MeJson {
    pub coop: CoopJson,
    pub token_name: String,
}

/// The co-op the bearer token belongs to.
#[utoipa::path(get, path = "/api/v1/me", operation_id = "get_me", responses(
    (status = 200, body = MeJson),
    (status = 401, body = super::ErrorBody, description = "missing, unknown or revoked token")
))]
pub async fn me(auth: ApiCoop) -> Json<MeJson> {
    Json(MeJson {
        coop: (&auth.coop).into(),
        token_name: auth.token.name,
    })
}

/// Every admitted co-op.
#[utoipa::path(get, path = "/api/v1/coops", operation_id = "list_coops", responses((status = 200, body = Vec<CoopJson>)))]
pub async fn list(
    State(state): State<AppState>,
    _auth: ApiCoop,
) -> Result<Json<Vec<CoopJson>>, ApiError> {
    let coops = store::coops::list_by_status(&state.db, CoopStatus::Admitted).await?;
    Ok(Json(coops.iter().map(CoopJson::from).collect()))
}

/// One co-op: admitted ones for every token, the token's own co-op whatever its status.
#[utoipa::path(get, path = "/api/v1/coops/{id}", operation_id = "get_coop", params(("id" = i32, Path)), responses(
    (status = 200, body = CoopJson),
    (status = 404, body = super::ErrorBody)
))]
pub async fn get(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
) -> Result<Json<CoopJson>, ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("co-op"))?;
    let c = store::coops::get(&state.db, id).await?;
    if c.status != CoopStatus::Admitted && c.id != auth.coop.id {
        return Err(AppError::not_found("co-op").into());
    }
    Ok(Json((&c).into()))
}

/// Fields of its own profile a co-op may change through the API.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CoopPatch {
    /// At most 5000 characters once trimmed.
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    /// An e-mail address (stored lower-cased).
    #[schema(
        max_length = 254,
        pattern = "^[^@\\s\\x00-\\x1f\\x7f-\\x9f]+@[^@\\s\\x00-\\x1f\\x7f-\\x9f.][^@\\s\\x00-\\x1f\\x7f-\\x9f]*\\.[^@\\s\\x00-\\x1f\\x7f-\\x9f]*[^@\\s\\x00-\\x1f\\x7f-\\x9f.]$"
    )]
    pub contact_email: Option<String>,
}

/// Updates the token's own co-op profile; any other co-op is 403.
#[utoipa::path(patch, path = "/api/v1/coops/{id}", operation_id = "patch_coop", params(("id" = i32, Path)), request_body = CoopPatch, responses(
    (status = 200, body = CoopJson),
    (status = 403, body = super::ErrorBody, description = "another co-op"),
    (status = 422, body = super::ErrorBody, description = "invalid field")
))]
pub async fn patch(
    State(state): State<AppState>,
    auth: ApiCoop,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<CoopPatch>,
) -> Result<Json<CoopJson>, ApiError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("co-op"))?;
    if id != auth.coop.id {
        let c = store::coops::get(&state.db, id).await?;
        let m = Msg::code("api-token-other-coop")
            .arg("holder", auth.coop.name.clone())
            .arg("coop", c.name);
        return Err(AppError::Forbidden(m).into());
    }
    let c = store::coops::update_profile(
        &state.db,
        id,
        body.description.as_deref(),
        body.contact_email.as_deref(),
    )
    .await?;
    Ok(Json((&c).into()))
}
