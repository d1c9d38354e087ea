//! Text responses: the fingerprinted stylesheet's long cache, and compression.
use super::{get, TestApp};

async fn the_stylesheet_is_fingerprinted_and_text_is_compressed(app: TestApp) {
    let page = get(&app, "/catalog", &[("accept-encoding", "gzip")]).await;
    assert_eq!(page.headers()["content-encoding"], "gzip");
    let br = get(&app, "/catalog", &[("accept-encoding", "br")]).await;
    assert_eq!(br.headers()["content-encoding"], "br");
    let html = get(&app, "/catalog", &[]).await.text().await.unwrap();
    let start = html.find("/static/style.").expect("stylesheet link");
    let href = &html[start..start + html[start..].find('"').unwrap()];
    assert!(
        href.len() == "/static/style.0123456789ab.css".len(),
        "{href}"
    );
    let css = get(&app, href, &[("accept-encoding", "gzip")]).await;
    assert_eq!(css.status(), 200);
    assert_eq!(
        css.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(css.headers()["content-encoding"], "gzip");
    let etag = css.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        get(&app, href, &[("if-none-match", &etag)]).await.status(),
        304
    );
    assert_eq!(get(&app, "/static/style.css", &[]).await.status(), 200);
    assert_eq!(
        get(&app, "/static/style.000000000000.css", &[])
            .await
            .status(),
        404
    );
}

crate::on_both_backends!(the_stylesheet_is_fingerprinted_and_text_is_compressed);
