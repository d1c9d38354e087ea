//! Friendly error pages.
use maud::{html, Markup};

use crate::layout::{page, Layout};

pub fn error_page(l: &Layout, status: u16, message: &str) -> Markup {
    let title = match status {
        403 => "Not yours to see",
        404 => "Not found",
        409 => "Not possible now",
        500..=599 => "Something went wrong",
        _ => "That did not work",
    };
    page(
        l,
        title,
        html! {
            section.error-page {
                h1 { (status) }
                h2 { (title) }
                p { (message) }
                p { a href="/" { "Back to the start page" } }
            }
        },
    )
}
