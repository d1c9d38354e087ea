//! Product photos: a responsive `<picture>` (WebP with a JPEG fallback), the listing's gallery
//! (no JavaScript: a scroll-snapped strip and thumbnails linking to each photo), and the seller's
//! photo manager.
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
pub fn gallery(photos: &[PhotoView]) -> Markup {
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
                nav.thumbs aria-label="Photos" {
                    @for (i, p) in photos.iter().enumerate() {
                        a href={ "#photo-" (i + 1) } title={ "Photo " (i + 1) } {
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
    html! {
        section #photos {
            h2 { "Photos (" (m.photos.len()) " of " (m.max) ")" }
            p.muted { "The first photo is the cover shown in the catalog." }
            @if !m.photos.is_empty() {
                ol.photo-list {
                    @for (i, p) in m.photos.iter().enumerate() {
                        li {
                            (picture(&p.view, "120px", 0, true))
                            div {
                                p { (p.view.alt) @if i == 0 { " " span.badge.active { "cover" } } }
                                div.actions {
                                    @if i > 0 {
                                        (post_button(&format!("{}/{}/move?to=cover", m.base, p.id), m.csrf, "Make cover", "link"))
                                        (post_button(&format!("{}/{}/move?to=up", m.base, p.id), m.csrf, "Move up", "link"))
                                    }
                                    @if i + 1 < m.photos.len() {
                                        (post_button(&format!("{}/{}/move?to=down", m.base, p.id), m.csrf, "Move down", "link"))
                                    }
                                    (post_button(&format!("{}/{}/delete", m.base, p.id), m.csrf, "Delete", "danger"))
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
                        label for="f-photos" { "Add photos" }
                        input #f-photos type="file" name="photos" multiple accept="image/jpeg,image/png,image/webp" required;
                        span.hint { "JPEG, PNG or WebP, up to 15 MB and 50 megapixels each; up to " (room) " more." }
                        @if let Some(e) = error("photos") { span.field-error { (e) } }
                    }
                    div class={ "field" @if error("alt").is_some() { " has-error" } } {
                        label for="f-alt" { "Alt text" }
                        input #f-alt type="text" name="alt" maxlength="250" required;
                        span.hint { "What the photos show, read to people who cannot see them." }
                        @if let Some(e) = error("alt") { span.field-error { (e) } }
                    }
                    div.actions { button.primary type="submit" { "Upload" } }
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
    pub coop_id: i32,
    pub csrf: &'a str,
    pub current: Option<&'a PhotoView>,
    pub can_change: bool,
    /// What was wrong with the last upload.
    pub error: Option<&'a str>,
}

pub fn logo_section(s: &LogoSection<'_>) -> Markup {
    let base = format!("/coops/{}/logo", s.coop_id);
    html! {
        section #logo {
            h2 { "Logo" }
            @if let Some(p) = s.current { (logo(p, 128)) } @else { p.muted { "No logo yet." } }
            @if s.can_change {
                form.stack method="post" action=(base) enctype="multipart/form-data" {
                    (csrf(s.csrf))
                    div class={ "field" @if s.error.is_some() { " has-error" } } {
                        label for="f-logo" { @if s.current.is_some() { "Replace the logo" } @else { "Upload a logo" } }
                        input #f-logo type="file" name="logo" accept="image/jpeg,image/png,image/webp" required;
                        span.hint { "JPEG, PNG or WebP, up to 15 MB; a square image looks best." }
                        @if let Some(e) = s.error { span.field-error { (e) } }
                    }
                    div.actions { button.primary type="submit" { "Save logo" } }
                }
                @if s.current.is_some() {
                    (post_button(&format!("{base}/delete"), s.csrf, "Remove the logo", "danger"))
                }
            }
        }
    }
}
