//! What the OpenAPI document adds to the annotations: the error answers every operation can give,
//! the closed lists of values the domain knows (categories, units, states), the body a new
//! listing needs, and the links from an order to its actions and refunds.
use serde_json::{json, Value};
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::request_body::RequestBody;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ArrayItems, Schema, SchemaType, Type};
use utoipa::openapi::{OpenApi, Ref, RefOr};
use utoipa::Modify;

use crate::domain::catalog::{ListingStatus, CATEGORIES, UNITS};
use crate::domain::coop::COUNTRIES;
use crate::domain::money::Currency;
use crate::domain::order_state::{Action, OrderState};

/// Adds every error answer an operation can give that its annotation does not name.
pub struct ErrorAnswers;

fn error(description: &str) -> RefOr<Response> {
    let body = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("ErrorBody")))
        .build();
    ResponseBuilder::new()
        .description(description)
        .content("application/json", body)
        .build()
        .into()
}

fn operations(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    [
        &mut item.get,
        &mut item.post,
        &mut item.patch,
        &mut item.put,
        &mut item.delete,
    ]
    .into_iter()
    .filter_map(Option::as_mut)
}

/// Public operations say `security: [{}]`: no token needed.
fn is_public(op: &Operation) -> bool {
    let security = serde_json::to_value(&op.security).unwrap_or(Value::Null);
    security.as_array().is_some_and(|s| {
        s.iter()
            .all(|r| r.as_object().is_some_and(|o| o.is_empty()))
    })
}

impl Modify for ErrorAnswers {
    fn modify(&self, api: &mut OpenApi) {
        for (path, item) in api.paths.paths.iter_mut() {
            let has_id = path.contains('{');
            for op in operations(item) {
                let mut answers = Vec::new();
                if !is_public(op) {
                    answers.push(("401", "no bearer token, or an unknown or revoked one"));
                }
                if has_id {
                    answers.push(("404", "no such resource, or not one this co-op may see"));
                }
                if op.request_body.is_some() {
                    answers.push(("413", "the body is larger than the limit"));
                    answers.push(("415", "the body is not sent as application/json"));
                    answers.push(("422", "the body is not valid JSON, or a field is invalid"));
                }
                for (code, description) in answers {
                    op.responses
                        .responses
                        .entry(code.to_owned())
                        .or_insert_with(|| error(description));
                }
            }
        }
    }
}

/// The closed lists of values, taken from the domain so that the document cannot drift from it.
pub struct KnownValues;

fn strings<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<Value> {
    values.into_iter().map(|v| json!(v)).collect()
}

fn restrict(schema: Option<&mut RefOr<Schema>>, mut values: Vec<Value>, nullable: bool) {
    if let Some(RefOr::T(Schema::Object(o))) = schema {
        if nullable {
            values.push(Value::Null);
        }
        o.enum_values = Some(values);
    }
}

fn categories() -> Vec<Value> {
    strings(CATEGORIES.iter().map(|(slug, _)| *slug))
}
fn countries() -> Vec<Value> {
    strings(COUNTRIES.split(' '))
}
fn statuses() -> Vec<Value> {
    let sellable = ListingStatus::ALL
        .into_iter()
        .filter(|s| *s != ListingStatus::Archived);
    strings(sellable.map(ListingStatus::as_str))
}
/// The empty string means "no filter" in a query.
fn or_empty(mut v: Vec<Value>) -> Vec<Value> {
    v.insert(0, json!(""));
    v
}

impl Modify for KnownValues {
    fn modify(&self, api: &mut OpenApi) {
        if let Some(c) = api.components.as_mut() {
            if let Some(RefOr::T(Schema::Object(o))) = c.schemas.get_mut("ListingInput") {
                let p = &mut o.properties;
                restrict(p.get_mut("category"), categories(), true);
                restrict(p.get_mut("unit"), strings(UNITS.iter().copied()), true);
                restrict(p.get_mut("origin_country"), countries(), true);
                restrict(p.get_mut("status"), statuses(), true);
                if let Some(RefOr::T(Schema::Array(a))) = p.get_mut("certifications") {
                    if let ArrayItems::RefOrSchema(item) = &mut a.items {
                        if let RefOr::T(Schema::Object(i)) = item.as_mut() {
                            i.max_length = Some(40);
                        }
                    }
                }
            }
        }
        let currencies = strings(Currency::ALL.iter().map(|c| c.code()));
        let query: [(&str, Vec<Value>); 5] = [
            ("category", or_empty(categories())),
            ("country", or_empty(countries())),
            ("currency", or_empty(currencies)),
            ("sort", strings(["", "newest", "price", "name"])),
            (
                "state",
                or_empty(strings(OrderState::ALL.iter().map(|s| s.as_str()))),
            ),
        ];
        let actions = strings(Action::ALL.iter().map(|a| a.as_str()));
        for item in api.paths.paths.values_mut() {
            for op in operations(item) {
                for param in op.parameters.iter_mut().flatten() {
                    let values = match param.name.as_str() {
                        "action" => Some(actions.clone()),
                        name => query
                            .iter()
                            .find(|(n, _)| *n == name)
                            .map(|(_, v)| v.clone()),
                    };
                    if let Some(values) = values {
                        restrict(param.schema.as_mut(), values, false);
                    }
                }
            }
        }
    }
}

/// A new listing needs these fields (non-null); an update takes any of them.
const NEW_LISTING_REQUIRED: [&str; 7] = [
    "sku",
    "title",
    "category",
    "unit",
    "price",
    "stock",
    "origin_country",
];

/// `NewListing`: `ListingInput` with the fields a creation needs made required and non-null.
pub struct NewListing;

impl Modify for NewListing {
    fn modify(&self, api: &mut OpenApi) {
        let Some(c) = api.components.as_mut() else {
            return;
        };
        let Some(RefOr::T(Schema::Object(mut o))) = c.schemas.get("ListingInput").cloned() else {
            return;
        };
        for name in NEW_LISTING_REQUIRED {
            if let Some(RefOr::T(Schema::Object(p))) = o.properties.get_mut(name) {
                p.schema_type = SchemaType::Type(Type::String);
                if let Some(values) = p.enum_values.as_mut() {
                    values.retain(|v| !v.is_null());
                }
            }
            o.required.push(name.to_owned());
        }
        c.schemas
            .insert("NewListing".to_owned(), RefOr::T(Schema::Object(o)));
        let create = api.paths.paths.get_mut("/api/v1/listings");
        if let Some(op) = create.and_then(|item| item.post.as_mut()) {
            let content = ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("NewListing")))
                .build();
            let mut body = RequestBody::new();
            body.content.insert("application/json".to_owned(), content);
            body.required = Some(utoipa::openapi::Required::True);
            op.request_body = Some(body);
        }
    }
}

/// (path, method, status, link name, operation id, parameters, request body)
type LinkSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    Option<fn() -> Value>,
);

const LINKS: &[LinkSpec] = &[
    (
        "/api/v1/me",
        "get",
        "200",
        "GetCoop",
        "get_coop",
        &[("id", "$response.body#/coop/id")],
        None,
    ),
    (
        "/api/v1/coops",
        "get",
        "200",
        "GetCoop",
        "get_coop",
        &[("id", "$response.body#/0/id")],
        None,
    ),
    (
        "/api/v1/listings",
        "get",
        "200",
        "GetListing",
        "get_listing",
        &[("id", "$response.body#/items/0/id")],
        None,
    ),
    (
        "/api/v1/listings",
        "post",
        "201",
        "GetListing",
        "get_listing",
        &[("id", "$response.body#/id")],
        None,
    ),
    (
        "/api/v1/listings",
        "post",
        "201",
        "UpdateListing",
        "update_listing",
        &[("id", "$response.body#/id")],
        None,
    ),
    (
        "/api/v1/listings",
        "post",
        "201",
        "ArchiveListing",
        "archive_listing",
        &[("id", "$response.body#/id")],
        None,
    ),
    (
        "/api/v1/orders",
        "get",
        "200",
        "GetOrder",
        "get_order",
        &[("id", "$response.body#/0/id")],
        None,
    ),
    (
        "/api/v1/orders",
        "post",
        "201",
        "GetOrder",
        "get_order",
        &[("id", "$response.body#/orders/0/id")],
        None,
    ),
    (
        "/api/v1/orders",
        "post",
        "201",
        "ActOnOrder",
        "act_on_order",
        &[
            ("id", "$response.body#/orders/0/id"),
            ("action", "$response.body#/orders/0/allowed_actions/0"),
        ],
        None,
    ),
    (
        "/api/v1/orders",
        "post",
        "201",
        "PayCheckout",
        "pay_checkout",
        &[("id", "$response.body#/checkout_id")],
        None,
    ),
    (
        "/api/v1/orders/{id}",
        "get",
        "200",
        "ActOnOrder",
        "act_on_order",
        &[
            ("id", "$response.body#/id"),
            ("action", "$response.body#/allowed_actions/0"),
        ],
        None,
    ),
    (
        "/api/v1/orders/{id}/actions/{action}",
        "post",
        "200",
        "GetOrder",
        "get_order",
        &[("id", "$response.body#/id")],
        None,
    ),
    (
        "/api/v1/orders/{id}/actions/{action}",
        "post",
        "200",
        "NextAction",
        "act_on_order",
        &[
            ("id", "$response.body#/id"),
            ("action", "$response.body#/allowed_actions/0"),
        ],
        None,
    ),
    (
        "/api/v1/orders/{id}/actions/{action}",
        "post",
        "200",
        "RefundOrder",
        "refund_order",
        &[("id", "$response.body#/id")],
        Some(refund_body),
    ),
    (
        "/api/v1/orders/{id}/refunds",
        "post",
        "201",
        "GetOrder",
        "get_order",
        &[("id", "$response.body#/order/id")],
        None,
    ),
];

/// The smallest refund: one cent of the order (a link cannot compute "what is left").
fn refund_body() -> Value {
    json!({"amount": "0.01", "reason": "damaged in transport"})
}

/// The document as served, with the links from what an answer names to the operations that use
/// it (OpenAPI `links`). They are written as JSON: utoipa 5 spells a link's `operationId` and
/// `requestBody` in snake case.
pub fn document(api: &OpenApi) -> Value {
    let mut doc = serde_json::to_value(api).unwrap_or(Value::Null);
    for (path, method, status, name, operation_id, params, body) in LINKS {
        let pointer = format!(
            "/paths/{}/{method}/responses/{status}",
            path.replace('~', "~0").replace('/', "~1")
        );
        let Some(response) = doc.pointer_mut(&pointer).and_then(Value::as_object_mut) else {
            continue;
        };
        let mut link = json!({ "operationId": operation_id, "parameters": {} });
        for (param, expression) in *params {
            link["parameters"][*param] = json!(expression);
        }
        if let Some(body) = body {
            link["requestBody"] = body();
        }
        let links = response.entry("links").or_insert_with(|| json!({}));
        links[*name] = link;
    }
    texts_refuse_controls(&mut doc);
    // An alt text says something: at least one visible character, at most 250, no controls.
    if let Some(alt) = doc.pointer_mut("/components/schemas/PhotoUpload/properties/alt/items") {
        *alt = json!({"type": "string", "minLength": 1, "maxLength": 250, "pattern": ALT_TEXT});
    }
    doc
}

/// An alt text, as `domain::photos::AltText` takes it.
const ALT_TEXT: &str =
    "^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$";

/// What text in a JSON body may hold (`http::clean_input`): no control character but tab and
/// line breaks.
const BODY_TEXT: &str = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]*$";
/// The same with at least one visible character, for fields that may not be blank.
const BODY_TEXT_NOT_BLANK: &str = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]*$";
/// What a query parameter may hold: no control character at all.
const QUERY_TEXT: &str = "^[^\\x00-\\x1f\\x7f-\\x9f]*$";

/// Says in the document what the edge refuses: every free text property of a schema gets the
/// pattern of what it may hold (a "not blank" `\S` pattern becomes the stricter form), and so
/// does every free text query parameter.
fn texts_refuse_controls(doc: &mut Value) {
    fn text(schema: &mut Value, free: &str, not_blank: &str) {
        let Some(o) = schema.as_object_mut() else {
            return;
        };
        let is_string = o.get("type").is_some_and(|t| {
            t == "string"
                || t.as_array()
                    .is_some_and(|a| a.iter().any(|v| v == "string"))
        });
        if is_string && !o.contains_key("enum") && !o.contains_key("format") {
            match o.get("pattern").and_then(Value::as_str) {
                None => {
                    o.insert("pattern".into(), json!(free));
                }
                Some("\\S") => {
                    o.insert("pattern".into(), json!(not_blank));
                }
                Some(_) => {}
            }
        }
        if let Some(items) = o.get_mut("items") {
            text(items, free, not_blank);
        }
        if o.get("additionalProperties").is_some_and(Value::is_object) {
            o.entry("propertyNames")
                .or_insert_with(|| json!({"pattern": QUERY_TEXT}));
            if let Some(values) = o.get_mut("additionalProperties") {
                text(values, free, not_blank);
            }
        }
        if let Some(props) = o.get_mut("properties").and_then(Value::as_object_mut) {
            for p in props.values_mut() {
                text(p, free, not_blank);
            }
        }
    }
    if let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for s in schemas.values_mut() {
            text(s, BODY_TEXT, BODY_TEXT_NOT_BLANK);
        }
    }
    if let Some(paths) = doc.pointer_mut("/paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for op in item.values_mut().filter_map(Value::as_object_mut) {
                let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                    continue;
                };
                for p in params.iter_mut().filter(|p| p["in"] == "query") {
                    if let Some(schema) = p.get_mut("schema") {
                        text(schema, QUERY_TEXT, QUERY_TEXT);
                    }
                }
            }
        }
    }
}
