//! A status shown by name with its meaning, and an action the viewer may take: the pages get
//! these ready-made, so they never compare a status.
use i18n::Tr;
use maud::{html, Markup};

use crate::components::csrf;

/// A status as a person reads it: `family` names its enum ("run", "line", "order"), `key` is
/// the stored value (the badge's style and the Fluent selector's code); `label` and `meaning`
/// are the English words, kept for pages not yet translated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusView {
    pub family: &'static str,
    pub key: &'static str,
    pub label: &'static str,
    pub meaning: &'static str,
}

/// The status badge: its name, with its meaning as a title (English; see `badge`).
pub fn status_badge(s: &StatusView) -> Markup {
    html! { span class={ "badge " (s.key) } title=(s.meaning) { (s.label) } }
}

/// The name of status `code` of `family` in the viewer's language (`status-<family>`, a
/// selector on the stable code, so a status enum or its stored string both work).
pub fn label(tr: &Tr, family: &str, code: &str) -> String {
    tr.t_args(
        &format!("status-{family}"),
        &[("code", code.to_owned().into())],
    )
}

/// One sentence saying what status `code` of `family` means (`status-<family>-meaning`).
pub fn meaning(tr: &Tr, family: &str, code: &str) -> String {
    tr.t_args(
        &format!("status-{family}-meaning"),
        &[("code", code.to_owned().into())],
    )
}

/// The badge of status `code` of `family`, in the viewer's language.
pub fn coded_badge(tr: &Tr, family: &str, code: &str) -> Markup {
    let title = meaning(tr, family, code);
    html! { span class={ "badge " (code) } title=(title) { (label(tr, family, code)) } }
}

/// The status badge in the viewer's language.
pub fn badge(tr: &Tr, s: &StatusView) -> Markup {
    coded_badge(tr, s.family, s.key)
}

/// The label of action `code` of `family` ("run", "line", "spending", "order", "listing").
pub fn action_label(tr: &Tr, family: &str, code: &str) -> String {
    tr.t_args(
        &format!("action-{family}"),
        &[("code", code.to_owned().into())],
    )
}

/// A button that posts to `href`; with `input`, a text field (name, placeholder) goes with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionView {
    pub label: String,
    pub href: String,
    /// The button's style: "primary", "danger" or "link".
    pub style: &'static str,
    pub input: Option<(&'static str, String)>,
}

impl ActionView {
    pub fn post(label: impl Into<String>, href: impl Into<String>, style: &'static str) -> Self {
        ActionView {
            label: label.into(),
            href: href.into(),
            style,
            input: None,
        }
    }
    pub fn with_input(mut self, name: &'static str, placeholder: impl Into<String>) -> Self {
        self.input = Some((name, placeholder.into()));
        self
    }
}

/// Each action as a one-button form.
pub fn actions(actions: &[ActionView], csrf_token: &str) -> Markup {
    html! {
        @for a in actions {
            form.inline method="post" action=(a.href) {
                (csrf(csrf_token))
                @if let Some((name, placeholder)) = &a.input {
                    input type="text" name=(name) placeholder=(placeholder) aria-label=(placeholder);
                }
                button class=(a.style) type="submit" { (a.label) }
            }
        }
    }
}
