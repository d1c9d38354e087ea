//! Small reusable pieces: form fields, the CSRF field, badges.
use maud::{html, Markup};

/// A labelled input that shows its error beside it and keeps what was typed.
pub struct Field<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub kind: &'a str,
    pub hint: Option<&'a str>,
}

impl<'a> Field<'a> {
    pub fn new(name: &'a str, label: &'a str, value: &'a str, error: Option<&'a str>) -> Self {
        Field {
            name,
            label,
            value,
            error,
            kind: "text",
            hint: None,
        }
    }
    pub fn kind(mut self, kind: &'a str) -> Self {
        self.kind = kind;
        self
    }
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = Some(hint);
        self
    }
}

pub fn field(f: Field<'_>) -> Markup {
    let id = format!("f-{}", f.name);
    html! {
        div class={ "field" @if f.error.is_some() { " has-error" } } {
            label for=(id) { (f.label) }
            @if f.kind == "textarea" {
                textarea id=(id) name=(f.name) rows="4" { (f.value) }
            } @else if f.kind == "password" {
                input id=(id) type="password" name=(f.name);
            } @else {
                input id=(id) type=(f.kind) name=(f.name) value=(f.value);
            }
            @if let Some(h) = f.hint { span.hint { (h) } }
            @if let Some(e) = f.error { span.field-error { (e) } }
        }
    }
}

/// A select whose options are (value, label); keeps the chosen value.
pub fn select(
    name: &str,
    label: &str,
    options: &[(&str, &str)],
    chosen: &str,
    error: Option<&str>,
) -> Markup {
    let id = format!("f-{name}");
    html! {
        div class={ "field" @if error.is_some() { " has-error" } } {
            label for=(id) { (label) }
            select id=(id) name=(name) {
                @for (value, text) in options {
                    option value=(value) selected[*value == chosen] { (text) }
                }
            }
            @if let Some(e) = error { span.field-error { (e) } }
        }
    }
}

/// The hidden CSRF token every state-changing form carries.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf_token" value=(token); }
}

/// The hidden one-time token of a form that creates something: a second submit of the same
/// form is shown the first's result (`store::form_submissions` in the app).
pub fn form_token(f: &FormData) -> Markup {
    html! {
        @if !f.value("form_token").is_empty() {
            input type="hidden" name="form_token" value=(f.value("form_token"));
        }
    }
}

/// A one-button form that posts to `action`.
pub fn post_button(action: &str, csrf_token: &str, label: &str, class: &str) -> Markup {
    html! {
        form.inline method="post" action=(action) {
            (csrf(csrf_token))
            button class=(class) type="submit" { (label) }
        }
    }
}

pub fn badge(status: &str) -> Markup {
    html! { span class={ "badge " (status) } { (status) } }
}

/// What a form was filled with and what is wrong with it, by field name.
#[derive(Clone, Debug, Default)]
pub struct FormData {
    pub values: std::collections::BTreeMap<String, String>,
    pub errors: std::collections::BTreeMap<String, String>,
}

impl FormData {
    pub fn value(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }
    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors.get(name).map(String::as_str)
    }
    /// A text field bound to this form's value and error for `name`.
    pub fn field<'a>(&'a self, name: &'a str, label: &'a str) -> Field<'a> {
        Field::new(name, label, self.value(name), self.error(name))
    }
    /// Errors that belong to no field of the form (shown above it).
    pub fn general_errors(&self, fields: &[&str]) -> Vec<&str> {
        self.errors
            .iter()
            .filter(|(k, _)| !fields.contains(&k.as_str()))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}
