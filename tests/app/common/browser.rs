//! A cookie-keeping client that fills in the CSRF token like a browser submitting our forms.
use std::sync::Arc;

use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;
use reqwest::StatusCode;

pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    jar: Arc<Jar>,
    /// The app's database, to read the mail it sends (as a person reads their inbox).
    db: Option<sea_orm::DatabaseConnection>,
}

/// A response read whole: status, Location header and body.
pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    pub fn assert_status(&self, expected: u16) -> &Self {
        assert_eq!(
            self.status.as_u16(),
            expected,
            "unexpected status; body:\n{}",
            self.body
        );
        self
    }
    /// The value of a hidden field on the page (empty when the page has none).
    pub fn hidden(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        self.body
            .split_once(&marker)
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(v, _)| v.to_owned())
            .unwrap_or_default()
    }
    pub fn assert_contains(&self, needle: &str) -> &Self {
        assert!(
            self.body.contains(needle),
            "expected {needle:?} in:\n{}",
            self.body
        );
        self
    }
}

impl Browser {
    pub fn new(base: &str) -> Self {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(Policy::none())
            .build()
            .expect("client");
        Browser {
            base: base.to_owned(),
            client,
            jar,
            db: None,
        }
    }

    /// A browser whose owner can read the mail the app at `base` sends.
    pub fn with_mail(base: &str, db: sea_orm::DatabaseConnection) -> Self {
        Browser {
            db: Some(db),
            ..Browser::new(base)
        }
    }

    /// A browser (reading its mail) whose requests all say `Accept-Language: <accept>`.
    pub fn speaking(base: &str, db: sea_orm::DatabaseConnection, accept: &str) -> Self {
        let mut b = Browser::with_mail(base, db);
        let mut headers = reqwest::header::HeaderMap::new();
        let value = reqwest::header::HeaderValue::from_str(accept).expect("a header value");
        headers.insert(reqwest::header::ACCEPT_LANGUAGE, value);
        b.client = reqwest::Client::builder()
            .cookie_provider(b.jar.clone())
            .redirect(Policy::none())
            .default_headers(headers)
            .build()
            .expect("client");
        b
    }

    /// The path of the newest link to `prefix` in mail to `to` with `subject`, if any.
    pub async fn mailed_link(&self, to: &str, subject: &str, prefix: &str) -> Option<String> {
        use entity::outbox_message::{Column, Entity};
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let db = self.db.as_ref()?;
        let mail = Entity::find()
            .filter(Column::ToAddr.eq(to.trim().to_lowercase()))
            .filter(Column::Subject.eq(subject))
            .order_by_desc(Column::Id)
            .one(db)
            .await
            .expect("read the outbox")?;
        let at = mail.body_text.find(prefix)?;
        let token: String = mail.body_text[at + prefix.len()..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        Some(format!("{prefix}{token}"))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = self.base.parse().ok()?;
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|p| p.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
    }

    pub async fn read(resp: reqwest::Response) -> Page {
        let status = resp.status();
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = resp.text().await.unwrap_or_default();
        Page {
            status,
            location,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::read(self.client.get(self.url(path)).send().await.expect("GET")).await
    }

    /// GETs a page and follows redirects (so flash messages show).
    pub async fn visit(&self, path: &str) -> Page {
        let mut page = self.get(path).await;
        let mut hops = 0;
        while let (Some(loc), true) = (page.location.clone(), page.status.is_redirection()) {
            hops += 1;
            assert!(hops < 5, "redirect loop");
            page = self.get(&loc).await;
        }
        page
    }

    /// Submits a form with this browser's CSRF token, as our pages do.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        if self.cookie("csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("csrf").expect("csrf cookie");
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// POSTs a urlencoded form exactly as given (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let resp = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("POST");
        Self::read(resp).await
    }

    /// Registers, follows the verification link mailed to `email` and logs in, as a person
    /// would; returns the login's answer (or the registration's, when no link was mailed).
    pub async fn register(&self, name: &str, email: &str, password: &str) -> Page {
        let p = self
            .submit(
                "/register",
                &[("name", name), ("email", email), ("password", password)],
            )
            .await;
        p.assert_status(303);
        let subject = cooptrade::store::accounts::mail::VERIFY_SUBJECT;
        let Some(link) = self.mailed_link(email, subject, "/account/verify/").await else {
            return p;
        };
        self.get(&link).await.assert_status(303);
        let p = self.login(email, password).await;
        p.assert_status(303);
        p
    }

    /// Accepts the (first) invitation on the person's `/invitations` page, as they would.
    pub async fn accept_invitation(&self) {
        let invitations = self.visit("/invitations").await;
        let accept = invitations
            .body
            .split('"')
            .find(|s| s.starts_with("/invitations/") && s.ends_with("/accept"))
            .expect("an invitation to accept")
            .to_owned();
        self.submit(&accept, &[]).await.assert_status(303);
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        self.submit("/login", &[("email", email), ("password", password)])
            .await
    }

    /// Applies for a co-op and returns its id.
    pub async fn apply_for_coop(
        &self,
        name: &str,
        kind: &str,
        country: &str,
        currency: &str,
    ) -> i32 {
        let p = self
            .submit(
                "/coops/apply",
                &[
                    ("name", name),
                    ("kind", kind),
                    ("country", country),
                    ("currency", currency),
                    ("contact_email", "hello@example.coop"),
                    ("description", "A test co-op"),
                ],
            )
            .await;
        p.assert_status(303);
        let loc = p.location.clone().expect("location");
        loc.trim_start_matches("/coops/")
            .trim_end_matches("/manage")
            .parse()
            .expect("co-op id in location")
    }
}
