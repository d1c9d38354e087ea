//! Builders for test marketplaces: admitted co-ops with an admin browser and an API token.
use cooptrade::store;
use serde_json::Value;

use crate::common::{Browser, TestApp};

pub const PW: &str = "pineapples grow in Togo";

/// An admitted co-op, its admin's browser and an API client with its token.
pub struct Coop {
    pub id: i32,
    pub admin: Browser,
    pub admin_email: String,
    pub api: Api,
}

/// A JSON client for `/api/v1` with a co-op's bearer token.
pub struct Api {
    pub base: String,
    pub token: String,
    pub client: reqwest::Client,
}

impl Api {
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self
            .client
            .request(method, format!("{}/api/v1{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("API request");
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }
    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.send(reqwest::Method::GET, path, None).await
    }
    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }
    pub async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
}

impl TestApp {
    async fn committee_user(&self) -> i32 {
        let email = "committee.builder@example.coop";
        if let Some(u) = store::users::find_by_email(&self.db, email).await.unwrap() {
            return u.id;
        }
        let form = store::users::Registration {
            name: "Builder".into(),
            email: email.into(),
            password: PW.into(),
        };
        let u = store::users::register(&self.db, &form).await.unwrap();
        store::committee::add(&self.db, email, None).await.unwrap();
        u.id
    }

    /// Registers an admin, applies for a co-op through the web, admits it, and makes a token.
    pub async fn coop(&self, name: &str, kind: &str, country: &str, currency: &str) -> Coop {
        let admin = self.browser();
        let slug: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let admin_email = format!("admin@{slug}.example.coop");
        admin
            .register(&format!("Admin of {name}"), &admin_email, PW)
            .await;
        let id = admin.apply_for_coop(name, kind, country, currency).await;
        let committee = self.committee_user().await;
        store::coops::decide(&self.db, id, committee, true, "")
            .await
            .unwrap();
        let user = store::users::find_by_email(&self.db, &admin_email)
            .await
            .unwrap()
            .unwrap();
        let (_, token) = store::tokens::create(&self.db, id, user.id, "tests")
            .await
            .unwrap();
        let api = Api {
            base: self.base.clone(),
            token,
            client: reqwest::Client::new(),
        };
        Coop {
            id,
            admin,
            admin_email,
            api,
        }
    }
}

/// A listing body with sensible defaults, overridden by `fields`.
pub fn listing(sku: &str, fields: Value) -> Value {
    let mut base = serde_json::json!({
        "sku": sku, "title": format!("Listing {sku}"), "description": "Good food",
        "category": "fruit-vegetables", "unit": "kg", "price": "10", "stock": "100",
        "min_order": "1", "origin_country": "TG", "origin_region": "Maritime",
        "certifications": [], "lead_time_days": 3, "status": "active"
    });
    if let (Some(b), Some(f)) = (base.as_object_mut(), fields.as_object()) {
        for (k, v) in f {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}
