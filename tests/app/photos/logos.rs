//! Co-op logos: an admin uploads one on the manage page; it shows on the co-op's profile and
//! beside the seller on its listing pages; its files go once nothing uses them.
use super::{api_upload, common, files, get, seller_with_listing, stored_files, Coop, TestApp};

/// Posts a logo as the co-op's admin (or another co-op's, to `coop_id`).
async fn upload_logo(c: &Coop, coop_id: i32, name: &str, bytes: Vec<u8>) -> common::browser::Page {
    c.admin.get(&format!("/coops/{}/manage", c.id)).await;
    let token = c.admin.cookie("csrf").expect("csrf");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "logo",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    let resp = c
        .admin
        .client
        .post(c.admin.url(&format!("/coops/{coop_id}/logo")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    common::Browser::read(resp).await
}

/// The logo's URL of `size` on a page, from its srcset.
fn logo_url(page: &str, size: u32) -> String {
    let end = page
        .find(&format!("/{size}.webp {size}w"))
        .expect("a logo srcset");
    let start = page[..end].rfind("/photos/").expect("a photo URL");
    format!("{}/{size}.webp", &page[start..end])
}

async fn an_admin_uploads_a_logo_shown_on_the_profile_and_beside_the_seller(app: TestApp) {
    let (seller, listing) = seller_with_listing(&app).await;
    seller
        .admin
        .visit(&format!("/coops/{}/manage", seller.id))
        .await
        .assert_contains("Upload a logo");
    let logo = files::png(900, 600, 5);
    upload_logo(&seller, seller.id, "logo.png", logo.clone())
        .await
        .assert_status(303);
    // 3 sizes × 2 formats.
    assert_eq!(stored_files(&app), 6);
    let profile = app.browser().get(&format!("/coops/{}", seller.id)).await;
    profile.assert_contains("alt=\"Kpalimé Farmers logo\"");
    let url = logo_url(&profile.body, 256);
    let r = get(&app, &url, &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let (w, h, _) = files::inspect(&r.bytes().await.unwrap());
    assert_eq!(
        (w, h),
        (256, 171),
        "fitted in a 256 px square, never cropped"
    );
    let page = app.browser().get(&format!("/listings/{listing}")).await;
    page.assert_contains("alt=\"Kpalimé Farmers logo\"")
        .assert_contains("width=\"32\" height=\"22\"");

    // A bad file is refused beside the field; the logo stays as it was.
    let bad = upload_logo(&seller, seller.id, "bad.jpg", files::truncated_jpeg()).await;
    bad.assert_status(422)
        .assert_contains("bad.jpg is truncated")
        .assert_contains("has-error");
    assert_eq!(stored_files(&app), 6);

    // Only the co-op's admins may change it.
    let rival = app.coop("Rival Growers", "producer", "TG", "XOF").await;
    let page = upload_logo(&rival, seller.id, "x.png", files::png(50, 50, 6)).await;
    page.assert_status(403);
    let page = rival
        .admin
        .submit(&format!("/coops/{}/logo/delete", seller.id), &[])
        .await;
    page.assert_status(403);
    assert_eq!(app.count("coop_logos").await, 1);

    // Replacing it removes the old files; a file also used as a photo stays while used.
    upload_logo(&seller, seller.id, "new.jpg", files::jpeg(400, 400, 7))
        .await
        .assert_status(303);
    assert_eq!(stored_files(&app), 6, "the old logo's files are gone");
    let (s, v) = api_upload(
        &seller,
        listing,
        &[("new.jpg", files::jpeg(400, 400, 7))],
        "Logo",
    )
    .await;
    assert_eq!(s, 201, "{v}");
    assert_eq!(stored_files(&app), 12);
    seller
        .admin
        .submit(&format!("/coops/{}/logo/delete", seller.id), &[])
        .await
        .assert_status(303);
    assert_eq!(app.count("coop_logos").await, 0);
    assert_eq!(stored_files(&app), 12, "the listing still uses the file");
    let photo = v[0]["id"].as_i64().unwrap();
    let (s, _) = seller
        .api
        .send(
            reqwest::Method::DELETE,
            &format!("/listings/{listing}/photos/{photo}"),
            None,
        )
        .await;
    assert_eq!(s, 204);
    assert_eq!(stored_files(&app), 0, "nothing uses it any more");
    app.browser()
        .get(&format!("/coops/{}", seller.id))
        .await
        .assert_status(200);

    // Two uploads at once (a double submit with another file): one wins, the other's files go.
    let (a, b) = tokio::join!(
        upload_logo(&seller, seller.id, "a.png", files::png(300, 300, 8)),
        upload_logo(&seller, seller.id, "b.png", files::png(300, 300, 9)),
    );
    a.assert_status(303);
    b.assert_status(303);
    assert_eq!(app.count("coop_logos").await, 1);
    assert_eq!(stored_files(&app), 6);
}

crate::on_both_backends!(an_admin_uploads_a_logo_shown_on_the_profile_and_beside_the_seller);
