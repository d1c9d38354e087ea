//! Error pages (403, 404, 409, 500) keep the viewer's own header and lead back to where they were.
use crate::common;

use crate::market::{listing, Coop};
use common::browser::Page;
use common::TestApp;
use serde_json::json;

/// A GET or a form POST sent with a `Referer`, as a browser following a link or a form sends it.
async fn from(c: &Coop, referer: &str, path: &str, form: Option<&[(&str, &str)]>) -> Page {
    let url = c.admin.url(path);
    let req = match form {
        None => c.admin.client.get(url),
        Some(fields) => {
            let token = c.admin.cookie("csrf").expect("csrf cookie");
            let mut all = vec![("csrf_token", token.as_str())];
            all.extend_from_slice(fields);
            c.admin.client.post(url).form(&all)
        }
    };
    let resp = req
        .header("referer", referer)
        .send()
        .await
        .expect("request");
    common::Browser::read(resp).await
}

/// The page is drawn for `c`'s admin: their co-op in the header and Log out, never Log in.
fn assert_signed_in_header(p: &Page, status: u16, coop: &str) {
    p.assert_status(status)
        .assert_contains(&format!("<h1>{status}</h1>"))
        .assert_contains(&format!(">{coop}</a>"))
        .assert_contains("Log out");
    assert!(!p.body.contains(">Log in<"), "{}", p.body);
    assert!(!p.body.contains(">Register<"), "{}", p.body);
}

fn back_href(p: &Page) -> Option<String> {
    let at = p.body.find("rel=\"prev\"")?;
    let start = p.body[..at].rfind("href=\"")? + 6;
    let end = start + p.body[start..].find('"')?;
    Some(p.body[start..end].replace("&amp;", "&"))
}

async fn error_pages_keep_the_viewers_header_and_lead_back(app: TestApp) {
    let seller = app.coop("Ananas Togo", "producer", "TG", "XOF").await;
    let other = app.coop("Tea Lanka", "producer", "LK", "LKR").await;
    let buyer = app.coop("Roskilde Food", "buyer", "DK", "XOF").await;
    let here = |path: &str| format!("{}{path}", app.base);

    // 404: a listing that does not exist, reached from a catalog search.
    let p = from(
        &buyer,
        &here("/catalog?q=tea&sort=price"),
        "/listings/99999",
        None,
    )
    .await;
    assert_signed_in_header(&p, 404, "Roskilde Food");
    assert_eq!(back_href(&p).as_deref(), Some("/catalog?q=tea&sort=price"));
    // An unknown address too, through the router's fallback.
    let p = from(&buyer, &here("/orders"), "/no/such/page", None).await;
    assert_signed_in_header(&p, 404, "Roskilde Food");
    assert_eq!(back_href(&p).as_deref(), Some("/orders"));

    // 403: another co-op's listings; a link from another site is not offered as the way back.
    let theirs = format!("/coops/{}/listings", seller.id);
    let p = from(&other, "https://elsewhere.example/page", &theirs, None).await;
    assert_signed_in_header(&p, 403, "Tea Lanka");
    assert_eq!(back_href(&p), None);
    p.assert_contains("Back to the start page");
    // Nor is the failing page itself.
    let p = from(&other, &here(&theirs), &theirs, None).await;
    assert_eq!(back_href(&p), None);

    // 409: the buyer asks to pay by card where payments go by bank, from the checkout's page.
    // (An order action refused now is shown on the order page itself: `order_forms`.)
    let (s, l) = seller
        .api
        .post("/listings", listing("AN-1", json!({})))
        .await;
    assert_eq!(s, 201, "{l}");
    let (s, c) = buyer
        .api
        .post(
            "/orders",
            json!({"lines": [{"listing_id": l["id"], "quantity": "2"}], "delivery_address": "Roskildevej 65"}),
        )
        .await;
    assert_eq!(s, 201, "{c}");
    let page = format!("/coops/{}/checkouts/{}", buyer.id, c["checkout_id"]);
    let pay = format!("{page}/pay");
    let p = from(&buyer, &here(&page), &pay, Some(&[])).await;
    assert_signed_in_header(&p, 409, "Roskilde Food");
    assert_eq!(back_href(&p), Some(page));

    // 500: the database loses a table under a signed-in viewer; the page still knows them.
    let rename = "ALTER TABLE listings RENAME TO listings_gone";
    sea_orm::ConnectionTrait::execute_unprepared(&app.db, rename)
        .await
        .unwrap();
    let p = from(&buyer, &here("/coops"), "/catalog", None).await;
    assert_signed_in_header(&p, 500, "Roskilde Food");
    assert_eq!(back_href(&p).as_deref(), Some("/coops"));
    assert!(!p.body.contains("listings_gone"), "internals leaked");

    // A visitor sees the signed-out header on the same kind of page.
    let visitor = app.browser();
    let p = visitor.get("/no/such/page").await;
    p.assert_status(404).assert_contains(">Log in<");
}

on_both_backends!(error_pages_keep_the_viewers_header_and_lead_back);
