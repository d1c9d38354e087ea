//! The S3 photo store against a real S3-compatible server on loopback: moto in server mode,
//! from the project's `.venv` (`make test-deps`). Missing, these tests skip with a note, or
//! fail under CI.
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use bytes::Bytes;
use cooptrade::config::{PhotoLocation, PhotoSettings};

use super::{api_upload, common, files, get, seller_with_listing};

const BUCKET: &str = "cooptrade-photos";

/// A moto server on 127.0.0.1 with an empty bucket; killed on drop.
struct Moto {
    endpoint: String,
    _child: tokio::process::Child,
}

fn moto_server() -> Option<PathBuf> {
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/moto_server");
    if bin.exists() {
        return Some(bin);
    }
    let note = format!("{} is missing (run `make test-deps`)", bin.display());
    common::skips::skip("moto (S3)", &note);
    None
}

async fn moto() -> Option<Moto> {
    let bin = moto_server()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = tokio::process::Command::new(bin)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start moto_server");
    let endpoint = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..150 {
        if client.get(&endpoint).send().await.is_ok() {
            let made = client.put(format!("{endpoint}/{BUCKET}")).send().await;
            assert!(
                made.is_ok_and(|r| r.status().is_success()),
                "create the bucket"
            );
            return Some(Moto {
                endpoint,
                _child: child,
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("moto_server did not answer on {endpoint}");
}

impl Moto {
    /// `PHOTO_STORE` for this server under the prefix `market`, credentials and all in the query.
    fn url(&self) -> String {
        self.url_at("market")
    }

    fn url_at(&self, prefix: &str) -> String {
        format!(
            "s3://{BUCKET}/{prefix}?endpoint={}&allow_http=true&region=us-east-1&access_key_id=test&secret_access_key=test",
            self.endpoint
        )
    }

    /// The whole bucket, without a prefix, to see where files went.
    fn bucket(&self) -> std::sync::Arc<dyn cooptrade::photos::PhotoStore> {
        let url = self.url_at("");
        let settings =
            PhotoSettings::from_lookup(&|k: &str| (k == "PHOTO_STORE").then(|| url.clone()))
                .expect("settings");
        cooptrade::photos::store::open(&settings).expect("open the bucket")
    }
}

#[tokio::test]
async fn the_s3_store_keeps_reads_and_deletes_files_in_a_bucket() {
    let Some(moto) = moto().await else { return };
    let settings = PhotoSettings::from_lookup(&|k: &str| (k == "PHOTO_STORE").then(|| moto.url()))
        .expect("settings");
    assert!(matches!(settings.location, PhotoLocation::S3 { .. }));
    let store = cooptrade::photos::store::open(&settings).expect("open the store");
    let key = format!("{}/320.webp", "ab".repeat(32));
    assert_eq!(store.get(&key).await.unwrap(), None);
    store
        .put(&key, Bytes::from_static(b"RIFF....WEBP"))
        .await
        .unwrap();
    assert_eq!(
        store.get(&key).await.unwrap().as_deref(),
        Some(&b"RIFF....WEBP"[..])
    );
    // Under the URL's prefix, in the bucket itself.
    let raw = moto.bucket().get(&format!("market/{key}")).await.unwrap();
    assert_eq!(raw.as_deref(), Some(&b"RIFF....WEBP"[..]));
    store.delete(&key).await.unwrap();
    assert_eq!(store.get(&key).await.unwrap(), None);
    store.delete(&key).await.expect("deleting twice is fine");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn photos_uploaded_to_an_app_on_s3_are_served_from_the_bucket() {
    let Some(moto) = moto().await else { return };
    let url = moto.url();
    let Some(app) =
        common::TestApp::spawn_with(common::Backend::Sqlite, &[("PHOTO_STORE", &url)]).await
    else {
        return;
    };
    let (seller, id) = seller_with_listing(&app).await;
    let (s, v) = api_upload(
        &seller,
        id,
        &[("a.png", files::png(900, 600, 3))],
        "Pineapples",
    )
    .await;
    assert_eq!(s, 201, "{v}");
    let path = super::path_of(&v[0]["sizes"][1]["webp"]);
    let r = get(&app, &path, &[]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(files::inspect(&r.bytes().await.unwrap()).0, 800);
    let in_bucket = format!("market{}", path.trim_start_matches("/photos"));
    let bucket = moto.bucket();
    assert!(bucket.get(&in_bucket).await.unwrap().is_some());
    assert_eq!(super::stored_files(&app), 0, "nothing on the local disk");
    let photo = v[0]["id"].as_i64().unwrap();
    let (s, _) = seller
        .api
        .send(
            reqwest::Method::DELETE,
            &format!("/listings/{id}/photos/{photo}"),
            None,
        )
        .await;
    assert_eq!(s, 204);
    assert_eq!(
        bucket.get(&in_bucket).await.unwrap(),
        None,
        "its files are gone"
    );
}
