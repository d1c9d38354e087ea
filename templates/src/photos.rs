//! Product photos: a responsive `<picture>` (WebP with a JPEG fallback), the listing's gallery
//! (no JavaScript: a scroll-snapped strip and thumbnails linking to each photo), and the seller's
//! photo manager.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::{csrf, post_button};

/// One stored size of a photo.
#[derive(Clone, Debug)]
pub struct PhotoSource {
    pub width: u32,
    pub height: u32,
    pub webp: String,
    pub jpeg: String,
}

/// A photo as pages show it: its alt text and its sizes, smallest first.
#[derive(Clone, Debug)]
pub struct PhotoView {
    pub alt: String,
    pub sources: Vec<PhotoSource>,
}

fn srcset(p: &PhotoView, url: impl Fn(&PhotoSource) -> &str) -> String {
    p.sources
        .iter()
        .map(|s| format!("{} {}w", url(s), s.width))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `<picture>`: browsers that read WebP take it, others the JPEG; `sizes` says how wide it is
/// shown, `default` which size old browsers load; width and height reserve its place.
pub fn picture(p: &PhotoView, sizes: &str, default: usize, lazy: bool) -> Markup {
    let Some(d) = p
        .sources
        .get(default.min(p.sources.len().saturating_sub(1)))
    else {
        return html! {};
    };
    html! {
        picture {
            source type="image/webp" srcset=(srcset(p, |s| &s.webp)) sizes=(sizes);
            img src=(d.jpeg) srcset=(srcset(p, |s| &s.jpeg)) sizes=(sizes)
                width=(d.width) height=(d.height) alt=(p.alt)
                loading=[lazy.then_some("lazy")] decoding="async";
        }
    }
}

/// The cover on a catalog card.
pub fn card_photo(p: &PhotoView) -> Markup {
    picture(p, "(max-width: 560px) 100vw, 320px", 0, true)
}

/// The listing's photos: the cover first, large; thumbnails below link to each.
pub fn gallery(tr: &Tr, photos: &[PhotoView]) -> Markup {
    html! {
        @if !photos.is_empty() {
            div.gallery {
                @for (i, p) in photos.iter().enumerate() {
                    figure id={ "photo-" (i + 1) } {
                        (picture(p, "(max-width: 900px) 100vw, 800px", 1, i > 0))
                    }
                }
            }
            @if photos.len() > 1 {
                nav.thumbs aria-label=(tr.t("photos-thumbs")) {
                    @for (i, p) in photos.iter().enumerate() {
                        @let n = i64::try_from(i + 1).unwrap_or(i64::MAX);
                        a href={ "#photo-" (i + 1) } title=(tr.t_args("photos-number", &[("number", n.into())])) {
                            (picture(p, "80px", 0, true))
                        }
                    }
                }
            }
        }
    }
}

/// A photo in the seller's manager.
pub struct ManagedPhoto {
    pub id: i32,
    pub view: PhotoView,
}

/// The seller's photos of one listing: upload, reorder, choose the cover, delete.
pub struct PhotoManager<'a> {
    pub tr: &'a Tr,
    /// `/coops/{id}/listings/{listing_id}/photos`
    pub base: &'a str,
    pub csrf: &'a str,
    pub photos: &'a [ManagedPhoto],
    pub max: usize,
    /// What was wrong with the last upload, by field (`photos`, `alt`).
    pub errors: &'a [(String, String)],
}

pub fn manager(m: &PhotoManager<'_>) -> Markup {
    let error = |name: &str| {
        m.errors
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, e)| e.as_str())
    };
    let room = m.max.saturating_sub(m.photos.len());
    let (tr, n) = (m.tr, |v: usize| i64::try_from(v).unwrap_or(i64::MAX));
    let button = |to: &str, id: i32, key: &str| {
        post_button(
            &format!("{}/{}/move?to={to}", m.base, id),
            m.csrf,
            &tr.t(key),
            "link",
        )
    };
    html! {
        section #photos {
            h2 { (tr.t_args("photos-heading", &[("count", n(m.photos.len()).into()), ("max", n(m.max).into())])) }
            p.muted { (tr.t("photos-cover-note")) }
            @if !m.photos.is_empty() {
                ol.photo-list {
                    @for (i, p) in m.photos.iter().enumerate() {
                        li {
                            (picture(&p.view, "120px", 0, true))
                            div {
                                p { (p.view.alt) @if i == 0 { " " span.badge.active { (tr.t("photos-cover")) } } }
                                div.actions {
                                    @if i > 0 {
                                        (button("cover", p.id, "photos-make-cover"))
                                        (button("up", p.id, "photos-move-up"))
                                    }
                                    @if i + 1 < m.photos.len() {
                                        (button("down", p.id, "photos-move-down"))
                                    }
                                    (post_button(&format!("{}/{}/delete", m.base, p.id), m.csrf, &tr.t("photos-delete"), "danger"))
                                }
                            }
                        }
                    }
                }
            }
            @if room > 0 {
                form.stack method="post" action=(m.base) enctype="multipart/form-data" {
                    (csrf(m.csrf))
                    div class={ "field" @if error("photos").is_some() { " has-error" } } {
                        label for="f-photos" { (tr.t("photos-add")) }
                        input #f-photos type="file" name="photos" multiple accept="image/jpeg,image/png,image/webp" required;
                        span.hint { (tr.t_args("photos-add-hint", &[("room", n(room).into())])) }
                        @if let Some(e) = error("photos") { span.field-error { (e) } }
                    }
                    div class={ "field" @if error("alt").is_some() { " has-error" } } {
                        label for="f-alt" { (tr.t("photos-alt")) }
                        input #f-alt type="text" name="alt" maxlength="250" required;
                        span.hint { (tr.t("photos-alt-hint")) }
                        @if let Some(e) = error("alt") { span.field-error { (e) } }
                    }
                    div.actions { button.primary type="submit" { (tr.t("photos-upload")) } }
                }
            }
        }
    }
}

/// A co-op's logo shown within a `size` px square: the smallest stored size that fills it on a
/// 2x screen, with width and height set to its shown size.
pub fn logo(p: &PhotoView, size: u32) -> Markup {
    let Some(first) = p.sources.first() else {
        return html! {};
    };
    let side = first.width.max(first.height).max(1);
    let shown = |v: u32| (v * size).div_ceil(side).max(1);
    html! {
        picture.logo {
            source type="image/webp" srcset=(srcset(p, |s| &s.webp)) sizes={ (size) "px" };
            img src=(first.jpeg) srcset=(srcset(p, |s| &s.jpeg)) sizes={ (size) "px" }
                width=(shown(first.width)) height=(shown(first.height)) alt=(p.alt) decoding="async";
        }
    }
}

/// The logo on the co-op's manage page: admins upload, replace or remove it.
pub struct LogoSection<'a> {
    pub tr: &'a Tr,
    pub coop_id: i32,
    pub csrf: &'a str,
    pub current: Option<&'a PhotoView>,
    pub can_change: bool,
    /// What was wrong with the last upload.
    pub error: Option<&'a str>,
}

pub fn logo_section(s: &LogoSection<'_>) -> Markup {
    let (base, tr) = (format!("/coops/{}/logo", s.coop_id), s.tr);
    html! {
        section #logo {
            h2 { (tr.t("photos-logo")) }
            @if let Some(p) = s.current { (logo(p, 128)) } @else { p.muted { (tr.t("photos-no-logo")) } }
            @if s.can_change {
                form.stack method="post" action=(base) enctype="multipart/form-data" {
                    (csrf(s.csrf))
                    div class={ "field" @if s.error.is_some() { " has-error" } } {
                        label for="f-logo" { @if s.current.is_some() { (tr.t("photos-logo-replace")) } @else { (tr.t("photos-logo-upload")) } }
                        input #f-logo type="file" name="logo" accept="image/jpeg,image/png,image/webp" required;
                        span.hint { (tr.t("photos-logo-hint")) }
                        @if let Some(e) = s.error { span.field-error { (e) } }
                    }
                    div.actions { button.primary type="submit" { (tr.t("photos-logo-save")) } }
                }
                @if s.current.is_some() {
                    (post_button(&format!("{base}/delete"), s.csrf, &tr.t("photos-logo-remove"), "danger"))
                }
            }
        }
    }
}
