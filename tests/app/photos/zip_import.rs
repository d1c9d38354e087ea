//! The listings import from a ZIP holding the CSV and its photos: all or nothing, and every bad
//! ZIP (a missing file, a path with `..`, a bad image, a bomb, too many entries) refused with a
//! 422 naming the row or file.
use std::io::Write;

use super::{common, files, get, stored_files, Coop, TestApp};
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

const HEADER: &str = "sku,title,category,unit,price,stock,origin_country,status,photos,photo_alt\n";

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn row(sku: &str, photos: &str, alt: &str) -> String {
    format!("{sku},Pineapple {sku},fruit-vegetables,kg,1200,50,TG,active,{photos},{alt}\n")
}

/// Posts the ZIP to the import form; returns the page.
async fn import(c: &Coop, zip: Vec<u8>) -> common::browser::Page {
    c.admin
        .get(&format!("/coops/{}/listings/import", c.id))
        .await;
    let token = c.admin.cookie("csrf").expect("csrf");
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token)
        .part(
            "file",
            reqwest::multipart::Part::bytes(zip).file_name("listings.zip"),
        );
    let resp = c
        .admin
        .client
        .post(c.admin.url(&format!("/coops/{}/listings/import", c.id)))
        .multipart(form)
        .send()
        .await
        .unwrap();
    common::Browser::read(resp).await
}

async fn a_zip_brings_listings_with_their_photos_once(app: TestApp) {
    let c = app.coop("Kpalimé Farmers", "producer", "TG", "XOF").await;
    let csv = format!(
        "{HEADER}{}{}{}",
        row("PINE", "pine.jpg; crate.png", "Ripe pineapples"),
        row("MANGO", "fruit/mango.webp", "Mangoes in a basket"),
        row("PLAIN", "", ""),
    );
    let zip = zip_of(&[
        ("export/listings.csv", csv.into_bytes()),
        ("export/pine.jpg", files::jpeg(1200, 900, 1)),
        ("export/crate.png", files::png(600, 800, 2)),
        ("export/fruit/mango.webp", files::webp(500, 500, 3)),
        ("export/unused.jpg", files::jpeg(40, 40, 4)),
    ]);
    let page = import(&c, zip.clone()).await;
    page.assert_status(303);
    c.admin
        .visit(&format!("/coops/{}/listings", c.id))
        .await
        .assert_contains("Imported: 3 created, 0 updated, 0 unchanged; 3 photos added.");
    assert_eq!(app.count("listings").await, 3);
    assert_eq!(app.count("listing_photos").await, 3);
    // 3 photos × 3 sizes × 2 formats; the unnamed file is not stored.
    assert_eq!(stored_files(&app), 18);
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let pine = entity::listing::Entity::find()
        .filter(entity::listing::Column::Sku.eq("PINE"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("PINE imported")
        .id;
    let (s, photos) = c.api.get(&format!("/listings/{pine}/photos")).await;
    assert_eq!(s, 200, "{photos}");
    let photos = photos.as_array().unwrap();
    assert_eq!(photos.len(), 2);
    assert_eq!(photos[0]["alt"], "Ripe pineapples");
    assert_eq!(
        (photos[0]["width"].as_i64(), photos[1]["height"].as_i64()),
        (Some(1200), Some(800))
    );
    let catalog = get(&app, "/catalog", &[]).await.text().await.unwrap();
    assert!(
        catalog.contains("alt=\"Ripe pineapples\""),
        "the cover is on the card"
    );

    // The same ZIP again (a double submit, a retry) changes nothing and stores nothing more.
    import(&c, zip).await.assert_status(303);
    c.admin
        .visit(&format!("/coops/{}/listings", c.id))
        .await
        .assert_contains("Imported: 0 created, 0 updated, 3 unchanged.");
    assert_eq!(app.count("listing_photos").await, 3);
    assert_eq!(stored_files(&app), 18);
}

/// A ZIP whose CSV names one photo, with the given other entries.
fn one_row_zip(photos: &str, alt: &str, entries: Vec<(&str, Vec<u8>)>) -> Vec<u8> {
    let csv = format!(
        "{HEADER}{}{}",
        row("GOOD", "", ""),
        row("PINE", photos, alt)
    );
    let mut all = vec![("listings.csv", csv.into_bytes())];
    all.extend(entries);
    zip_of(&all)
}

/// A deflated entry of zeros whose headers claim 1,000 bytes: a bomb that lies about its size.
fn lying_bomb() -> Vec<u8> {
    let mut zip = one_row_zip("bomb.jpg", "Boom", vec![("bomb.jpg", vec![0; 40 << 20])]);
    let size = 40u32 << 20;
    let mut patched = 0;
    for at in 0..zip.len().saturating_sub(28) {
        let offset = match &zip[at..at + 4] {
            b"PK\x03\x04" => 22,
            b"PK\x01\x02" => 24,
            _ => continue,
        };
        let field = at + offset..at + offset + 4;
        if zip[field.clone()] == size.to_le_bytes() {
            zip[field].copy_from_slice(&1000u32.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "the local and central headers both lie");
    zip
}

async fn a_bad_zip_is_refused_naming_the_row_or_file_and_nothing_is_stored(app: TestApp) {
    let c = app.coop("Kpalimé Farmers", "producer", "TG", "XOF").await;
    let good = || ("pine.jpg", files::jpeg(300, 200, 1));
    let many: Vec<(String, Vec<u8>)> = (0..300).map(|i| (format!("x{i}.txt"), vec![1])).collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "missing file",
            one_row_zip("nope.jpg", "Fruit", vec![]),
            "nope.jpg is not in the ZIP",
        ),
        (
            "a CSV name with ..",
            one_row_zip("../pine.jpg", "Fruit", vec![good()]),
            "../pine.jpg has a path that leaves the ZIP's folder",
        ),
        (
            "an entry with ..",
            one_row_zip(
                "pine.jpg",
                "Fruit",
                vec![good(), ("../../evil.jpg", vec![1])],
            ),
            "../../evil.jpg has a path that leaves",
        ),
        (
            "a truncated photo",
            one_row_zip(
                "pine.jpg",
                "Fruit",
                vec![("pine.jpg", files::truncated_jpeg())],
            ),
            "pine.jpg is truncated",
        ),
        (
            "a polyglot",
            one_row_zip(
                "pine.jpg",
                "Fruit",
                vec![("pine.jpg", files::jpeg_zip_polyglot())],
            ),
            "pine.jpg has other data after the end of the image",
        ),
        (
            "no alt text",
            one_row_zip("pine.jpg", "", vec![good()]),
            "describe the photo",
        ),
        (
            "a bomb",
            one_row_zip("bomb.jpg", "Boom", vec![("bomb.jpg", vec![0; 40 << 20])]),
            "bomb.jpg is larger than 15 MB",
        ),
        (
            "a bomb that lies",
            lying_bomb(),
            "bomb.jpg cannot be read: File is larger than its declared",
        ),
        (
            "too many entries",
            zip_of(
                &many
                    .iter()
                    .map(|(n, b)| (n.as_str(), b.clone()))
                    .collect::<Vec<_>>(),
            ),
            "the ZIP holds 300 entries; at most 256",
        ),
        (
            "two CSVs",
            zip_of(&[("a.csv", HEADER.into()), ("b.csv", HEADER.into())]),
            "the ZIP holds 2 CSV files",
        ),
        (
            "not a ZIP at all",
            b"PK\x03\x04 and nothing".to_vec(),
            "the ZIP is not a readable ZIP file",
        ),
    ];
    for (what, zip, says) in cases {
        let page = import(&c, zip).await;
        assert_eq!(page.status.as_u16(), 422, "{what}: {}", page.body);
        assert!(page.body.contains("Nothing was imported"), "{what}");
        assert!(
            page.body.contains(says),
            "{what}: wanted {says:?} in {}",
            page.body
        );
        assert_eq!(app.count("listings").await, 0, "{what}: no listing written");
        assert_eq!(app.count("listing_photos").await, 0, "{what}");
        assert_eq!(stored_files(&app), 0, "{what}: no file stored");
    }
    // A plain CSV cannot name photos: they need their files.
    let csv = format!("{HEADER}{}", row("PINE", "pine.jpg", "Fruit"));
    let page = import(&c, csv.into_bytes()).await;
    page.assert_status(422)
        .assert_contains("photos come in a ZIP file");
}

async fn the_command_line_imports_a_zip_too(app: TestApp) {
    let c = app.coop("Kpalimé Farmers", "producer", "TG", "XOF").await;
    let csv = format!("{HEADER}{}", row("PINE", "a.jpg;b.png", "Pineapples"));
    let zip = zip_of(&[
        ("listings.csv", csv.into_bytes()),
        ("a.jpg", files::jpeg(300, 200, 1)),
        ("b.png", files::png(200, 300, 2)),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("listings.zip");
    std::fs::write(&file, zip).unwrap();
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_cooptrade"))
            .args(["listings", "import", "--coop", &c.id.to_string()])
            .arg(&file)
            .env("DATABASE_URL", &app.database_url)
            .env("PHOTO_DIR", &app.photo_dir)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let o = run();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("1 created, 0 updated, 0 unchanged, 2 photos added"),
        "{out}"
    );
    assert_eq!(app.count("listing_photos").await, 2);
    assert_eq!(stored_files(&app), 12);
    let out = String::from_utf8_lossy(&run().stdout).into_owned();
    assert!(out.contains("0 created, 0 updated, 1 unchanged\n"), "{out}");
}

crate::on_both_backends!(
    the_command_line_imports_a_zip_too,
    a_zip_brings_listings_with_their_photos_once,
    a_bad_zip_is_refused_naming_the_row_or_file_and_nothing_is_stored,
);
