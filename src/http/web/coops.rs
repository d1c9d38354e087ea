//! Co-op pages: the public list and profile, applying, and the members' management page.
use axum::extract::{Path, State};
use axum::response::Response;
use entity::coop;
use maud::Markup;
use templates::components::FormData;
use templates::coops::{CoopView, ManageView, MemberRow, PendingInvitationRow, TokenRow};
use templates::home::CoopCard;

use super::{form_data, invalid, unprocessable};
use crate::domain::coop::{CoopApplication, CoopApplicationForm, CoopStatus};
use crate::error::AppError;
use crate::http::extract::{CoopAdmin, CoopMember, CsrfForm, SignedIn, VerifiedUser};
use crate::http::form_once::{already_sent, fresh, keep, Once};
use crate::http::viewer::{redirect_with_flash, Viewer};
use crate::http::AppState;
use crate::store;
use crate::store::coops::Applied;

pub fn card(c: &coop::Model) -> CoopCard {
    CoopCard {
        id: c.id,
        name: c.name.clone(),
        kind: c.kind.as_str(),
        country: c.country.clone(),
        currency: c.currency.clone(),
        description: c.description.clone(),
    }
}

pub fn view(c: &coop::Model) -> CoopView {
    CoopView {
        card: card(c),
        status: crate::http::views::status_view(c.status),
        awaiting_decision: c.status == CoopStatus::Pending,
        admitted: c.status == CoopStatus::Admitted,
        contact_email: c.contact_email.clone(),
        decision_reason: c.decision_reason.clone(),
        logo: None,
    }
}

pub async fn home(State(state): State<AppState>, viewer: Viewer) -> Result<Markup, AppError> {
    let coops = store::coops::list_by_status(&state.db, CoopStatus::Admitted).await?;
    let invitations = match viewer.user.clone() {
        Some(user) => {
            let s = SignedIn {
                viewer: viewer.clone(),
                user,
            };
            super::invitations::pending_rows(&state, &s).await?
        }
        None => Vec::new(),
    };
    Ok(templates::home::home(
        &viewer.layout(),
        &coops.iter().map(card).collect::<Vec<_>>(),
        &invitations,
    ))
}

pub async fn list(State(state): State<AppState>, viewer: Viewer) -> Result<Markup, AppError> {
    let coops = store::coops::list_by_status(&state.db, CoopStatus::Admitted).await?;
    Ok(templates::home::coop_list(
        &viewer.layout(),
        &coops.iter().map(card).collect::<Vec<_>>(),
    ))
}

/// Public profile: admitted co-ops for everyone; a pending or declined one only for its members and the committee.
pub async fn profile(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Markup, AppError> {
    let id: i32 = id.parse().map_err(|_| AppError::not_found("co-op"))?;
    let c = store::coops::get(&state.db, id).await?;
    let member = viewer.role_in(id).is_some();
    if c.status != CoopStatus::Admitted && !member && !viewer.committee {
        return Err(AppError::not_found("co-op"));
    }
    let q = crate::domain::catalog_query::CatalogQuery::parse(
        &crate::domain::catalog_query::CatalogParams {
            seller: c.id.to_string(),
            per_page: "24".into(),
            ..Default::default()
        },
    )
    .map_err(AppError::Invalid)?;
    let (rows, _) = store::listings::search(&state.db, &q).await?;
    let cards = crate::http::views::listing_cards(&viewer.tr, &state.db, &rows).await?;
    let logo = store::photos::logo_of(&state.db, c.id).await?;
    let v = CoopView {
        logo: logo.map(|l| crate::http::views::logo_view(&l, &c.name)),
        ..view(&c)
    };
    Ok(templates::coops::profile(
        &viewer.layout(),
        &v,
        member,
        &cards,
    ))
}

pub async fn apply_page(VerifiedUser(s): VerifiedUser) -> Markup {
    templates::coops::apply(&s.viewer.layout(), &fresh(FormData::default()))
}

/// Files an application once per form: a repeated submit is sent to the first's co-op.
pub async fn apply(
    State(state): State<AppState>,
    VerifiedUser(s): VerifiedUser,
    CsrfForm(Once { form_token, form }): CsrfForm<Once<CoopApplicationForm>>,
) -> Result<Response, AppError> {
    let result = match CoopApplication::parse(&form) {
        Ok(app) => match store::coops::apply_once(&state.db, s.user.id, &form_token, &app).await {
            Ok(Applied::Repeat(first)) => return Ok(already_sent(&first)),
            Ok(Applied::New(c)) => Ok(c),
            Err(e) => Err(e),
        },
        Err(errs) => Err(AppError::Invalid(errs)),
    };
    match invalid(result)? {
        Ok(c) => Ok(redirect_with_flash(
            &format!("/coops/{}/manage", c.id),
            "success",
            &s.viewer.tr.t("coops-flash-applied"),
        )),
        Err(errs) => {
            let values = [
                ("name", form.name.as_str()),
                ("kind", &form.kind),
                ("country", &form.country),
                ("currency", &form.currency),
                ("contact_email", &form.contact_email),
                ("description", &form.description),
            ];
            let errs = errs.said(&s.viewer.tr);
            Ok(unprocessable(templates::coops::apply(
                &s.viewer.layout(),
                &keep(form_data(values, &errs), &form_token),
            )))
        }
    }
}

pub async fn manage(State(state): State<AppState>, m: CoopMember) -> Result<Markup, AppError> {
    render_manage(&state, &m, None, FormData::default(), FormData::default()).await
}

async fn render_manage(
    state: &AppState,
    m: &CoopMember,
    new_token: Option<String>,
    member_form: FormData,
    token_form: FormData,
) -> Result<Markup, AppError> {
    let forms = (member_form, token_form);
    render_manage_with(state, m, new_token, forms, None).await
}

/// The manage page with what was wrong with a logo upload beside its field.
pub(super) async fn with_logo_error(
    state: &AppState,
    m: &CoopMember,
    error: &str,
) -> Result<Markup, AppError> {
    let forms = (FormData::default(), FormData::default());
    render_manage_with(state, m, None, forms, Some(error)).await
}

async fn render_manage_with(
    state: &AppState,
    m: &CoopMember,
    new_token: Option<String>,
    (member_form, token_form): (FormData, FormData),
    logo_error: Option<&str>,
) -> Result<Markup, AppError> {
    let tr = m.signed_in.viewer.tr;
    let members = store::coops::members(&state.db, m.coop.id).await?;
    let tokens = store::tokens::list(&state.db, m.coop.id).await?;
    let viewer_is_admin = m.role == crate::domain::coop::CoopRole::Admin;
    let invitations = if viewer_is_admin {
        store::invitations::pending_of_coop(&state.db, m.coop.id).await?
    } else {
        Vec::new()
    };
    let v = ManageView {
        coop: view(&m.coop),
        sells: crate::domain::coop::sells(m.coop.kind),
        viewer_is_admin,
        invitations: invitations
            .into_iter()
            .map(|i| PendingInvitationRow {
                id: i.id,
                email: i.email,
                role: i.role.as_str(),
                sent_at: tr.date_time(i.created_at),
            })
            .collect(),
        members: members
            .into_iter()
            .map(|(u, r)| MemberRow {
                user_id: u.id,
                name: u.name,
                email: u.email,
                role: r.as_str(),
                make: crate::domain::coop::other_role(r).as_str(),
            })
            .collect(),
        tokens: tokens
            .into_iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name,
                prefix: t.prefix,
                created_at: tr.date_time(t.created_at),
                revoked_at: t.revoked_at.map(|r| tr.date_time(r)),
            })
            .collect(),
        new_token,
        member_form,
        token_form,
        payouts: super::payout_details::section(state, m, None).await?,
        logo: super::photos::logo_section(state, m, logo_error).await?,
    };
    Ok(templates::coops::manage(&m.signed_in.viewer.layout(), &v))
}

#[derive(serde::Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// An admin invites someone by e-mail; they become a member only if they accept.
pub async fn invite(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let (coop, inviter) = (&m.coop, &m.signed_in.user);
    let base_url = &state.config.base_url;
    let invited = store::invitations::invite_member(
        &state.db,
        coop,
        inviter,
        &form.email,
        &form.role,
        base_url,
    )
    .await;
    match invalid(invited)? {
        Ok(i) => Ok(redirect_with_flash(
            &format!("/coops/{}/manage", m.coop.id),
            "success",
            &m.signed_in.viewer.tr.t_args(
                if i.new {
                    "coops-flash-invited"
                } else {
                    "coops-flash-already-invited"
                },
                &[("email", i.invitation.email.into())],
            ),
        )),
        Err(errs) => {
            let errs = errs.said(&m.signed_in.viewer.tr);
            let f = form_data(
                [("email", form.email.as_str()), ("role", &form.role)],
                &errs,
            );
            Ok(unprocessable(
                render_manage(&state, &m, None, f, FormData::default()).await?,
            ))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn set_role(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    Path((_, user_id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Response, AppError> {
    let user_id: i32 = user_id.parse().map_err(|_| AppError::not_found("member"))?;
    store::coops::set_role(&state.db, m.coop.id, user_id, &form.role).await?;
    Ok(redirect_with_flash(
        &format!("/coops/{}/manage", m.coop.id),
        "success",
        &m.signed_in.viewer.tr.t("coops-flash-role-changed"),
    ))
}

#[derive(serde::Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    use axum::response::IntoResponse;
    let created =
        store::tokens::create(&state.db, m.coop.id, m.signed_in.user.id, &form.name).await;
    match invalid(created)? {
        Ok((_, plain)) => Ok(render_manage(
            &state,
            &m,
            Some(plain),
            FormData::default(),
            FormData::default(),
        )
        .await?
        .into_response()),
        Err(errs) => {
            let errs = errs.said(&m.signed_in.viewer.tr);
            let f = form_data([("name", form.name.as_str())], &errs);
            Ok(unprocessable(
                render_manage(&state, &m, None, FormData::default(), f).await?,
            ))
        }
    }
}

pub async fn revoke_token(
    State(state): State<AppState>,
    CoopAdmin(m): CoopAdmin,
    Path((_, token_id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> Result<Response, AppError> {
    let token_id: i32 = token_id.parse().map_err(|_| AppError::not_found("token"))?;
    store::tokens::revoke(&state.db, m.coop.id, token_id).await?;
    Ok(redirect_with_flash(
        &format!("/coops/{}/manage", m.coop.id),
        "success",
        &m.signed_in.viewer.tr.t("coops-flash-token-revoked"),
    ))
}
