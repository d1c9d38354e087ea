//! Real Chromium for page tests, driven through ChromeDriver (WebDriver) with fantoccini.
//! `make test-deps` installs Debian's `chromium` and `chromium-driver`; outside CI a missing
//! browser skips the test with a note, in CI it fails it. A failing flow leaves a screenshot of the
//! page it was on in `target/browser-screenshots/<test>.png`.
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The narrowest window headless Chromium opens; narrower screens are emulated.
const MIN_WINDOW_WIDTH: u32 = 500;

/// Browsers open at once: every page test shares one process, and each Chromium takes a core.
static SESSIONS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// A headless Chromium at a given window size, on the app at `base`.
pub struct Chrome {
    pub client: Client,
    base: String,
    name: String,
    driver: Child,
    _profile: tempfile::TempDir,
    _session: tokio::sync::SemaphorePermit<'static>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Chrome {
    /// Starts ChromeDriver and a browser `width` x `height`; None (with a note) when Chromium is
    /// not installed outside CI.
    pub async fn start(base: &str, name: &str, width: u32, height: u32) -> Option<Chrome> {
        if !std::path::Path::new(CHROMEDRIVER).exists() || !std::path::Path::new(CHROMIUM).exists()
        {
            let note =
                format!("{CHROMIUM} or {CHROMEDRIVER} missing (make test-deps installs them)");
            super::skips::skip("Chromium", &note);
            return None;
        }
        let session = SESSIONS
            .acquire()
            .await
            .expect("the browser semaphore is never closed");
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("profile dir");
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut options = json!({"binary": CHROMIUM, "args": args});
        // Headless windows are at least 500 px wide: a phone's width is emulated, mouse kept.
        if width < MIN_WINDOW_WIDTH {
            options["mobileEmulation"] = json!({"deviceMetrics": {
                "width": width, "height": height, "pixelRatio": 1.0, "mobile": true, "touch": false
            }});
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        let url = format!("http://127.0.0.1:{port}");
        let mut last = None;
        for _ in 0..100 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Some(Chrome {
                        client,
                        base: base.to_owned(),
                        name: name.to_owned(),
                        driver,
                        _profile: profile,
                        _session: session,
                    })
                }
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not start: {last:?}");
    }

    pub async fn visit(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("navigate");
    }

    /// The path of the page shown now (without the host).
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("current url");
        url[url::Position::BeforePath..].to_owned()
    }

    /// Types `value` into the field with id `f-<name>` (the ids our form fields get), replacing
    /// what was there.
    pub async fn fill(&self, name: &str, value: &str) {
        let el = self
            .client
            .find(Locator::Css(&format!("#f-{name}")))
            .await
            .unwrap_or_else(|e| panic!("no field #f-{name}: {e}"));
        el.clear().await.expect("clear");
        el.send_keys(value).await.expect("type");
    }

    /// The value now in field `f-<name>`.
    pub async fn value(&self, name: &str) -> String {
        self.client
            .find(Locator::Css(&format!("#f-{name}")))
            .await
            .expect("field")
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    /// Clicks the (first) button whose text is exactly `text`, as a person would: where it is drawn.
    pub async fn press(&self, text: &str) {
        let xpath = format!("//button[normalize-space()='{text}']");
        let el = match self.client.find(Locator::XPath(&xpath)).await {
            Ok(el) => el,
            Err(e) => panic!("no button {text:?} on {}: {e}", self.path_now().await),
        };
        self.click_and_wait(el).await;
    }

    /// Clicks the (first) button whose text starts with `prefix`.
    pub async fn press_starting(&self, prefix: &str) {
        let xpath = format!("//button[starts-with(normalize-space(), '{prefix}')]");
        let el = match self.client.find(Locator::XPath(&xpath)).await {
            Ok(el) => el,
            Err(e) => panic!("no button {prefix:?}... on {}: {e}", self.path_now().await),
        };
        self.click_and_wait(el).await;
    }

    /// Clicks the (first) element matching `css`, in whatever language the page speaks.
    pub async fn press_css(&self, css: &str) {
        let el = match self.client.find(Locator::Css(css)).await {
            Ok(el) => el,
            Err(e) => panic!("nothing matches {css:?} on {}: {e}", self.path_now().await),
        };
        self.click_and_wait(el).await;
    }

    /// Clicks the button `text` when the page has one; false when it has none.
    pub async fn press_if_present(&self, text: &str) -> bool {
        let xpath = format!("//button[normalize-space()='{text}']");
        match self.client.find(Locator::XPath(&xpath)).await {
            Ok(el) => {
                self.click_and_wait(el).await;
                true
            }
            Err(_) => false,
        }
    }

    /// Follows the (first) link whose text is exactly `text`.
    pub async fn follow(&self, text: &str) {
        let xpath = format!("//a[normalize-space()='{text}']");
        let el = match self.client.find(Locator::XPath(&xpath)).await {
            Ok(el) => el,
            Err(e) => panic!("no link {text:?} on {}: {e}", self.path_now().await),
        };
        self.click_and_wait(el).await;
    }

    /// Clicks `el` and waits for the page it leads to: the old document gone, the new one loaded.
    async fn click_and_wait(&self, el: fantoccini::elements::Element) {
        let old = self.client.find(Locator::Css("html")).await.ok();
        el.click().await.expect("click");
        if let Some(old) = old {
            for _ in 0..200 {
                if old.tag_name().await.is_err() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
        }
        for _ in 0..200 {
            let ready = self
                .client
                .execute("return document.readyState;", vec![])
                .await
                .ok();
            if ready.as_ref().and_then(|v| v.as_str()) == Some("complete") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn path_now(&self) -> String {
        match self.client.current_url().await {
            Ok(u) => u.to_string(),
            Err(_) => "?".into(),
        }
    }

    /// The page's visible text.
    pub async fn text(&self) -> String {
        self.client
            .find(Locator::Css("body"))
            .await
            .expect("body")
            .text()
            .await
            .expect("text")
    }

    /// Asserts the page shows `needle`; any no-break space counts as a space on both sides.
    pub async fn assert_text(&self, needle: &str) {
        let plain = |s: &str| s.replace(['\u{a0}', '\u{202f}'], " ");
        let text = plain(&self.text().await);
        assert!(
            text.contains(&plain(needle)),
            "expected {needle:?} on {}:\n{text}",
            self.path_now().await
        );
    }

    /// Signs in through the login form.
    pub async fn login(&self, email: &str, password: &str) {
        self.visit("/login").await;
        self.fill("email", email).await;
        self.fill("password", password).await;
        self.press("Log in").await;
    }

    /// How far the page, or any box on it, scrolls sideways (0 when everything fits the window).
    pub async fn sideways_overflow(&self) -> i64 {
        let v = self
            .client
            .execute(
                "const d = document.documentElement;
                 let most = d.scrollWidth - d.clientWidth;
                 for (const el of document.querySelectorAll('body *')) {
                   const s = getComputedStyle(el).overflowX;
                   if ((s === 'auto' || s === 'scroll') && el.clientWidth > 0) {
                     most = Math.max(most, el.scrollWidth - el.clientWidth);
                   }
                 }
                 return most;",
                vec![],
            )
            .await
            .expect("script");
        v.as_i64().unwrap_or(0)
    }

    /// Runs axe-core (from the project's `node_modules`, installed by `make test-deps`) on the
    /// page and returns its serious and critical violations; None when axe-core is missing
    /// outside CI.
    pub async fn accessibility_violations(&self) -> Option<Vec<Value>> {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
        let Ok(axe) = std::fs::read_to_string(&path) else {
            let note = format!("{} missing (make test-deps installs it)", path.display());
            super::skips::skip("axe-core", &note);
            return None;
        };
        self.client.execute(&axe, vec![]).await.expect("load axe");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations));",
                vec![],
            )
            .await
            .expect("axe.run");
        Some(
            result
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
                .collect(),
        )
    }

    /// Saves a screenshot of the page to `target/browser-screenshots/<name>-<label>.png`.
    pub async fn screenshot(&self, label: &str) -> Option<PathBuf> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
        std::fs::create_dir_all(&dir).ok()?;
        let png = self.client.screenshot().await.ok()?;
        let path = dir.join(format!("{}-{label}.png", self.name));
        std::fs::write(&path, png).ok()?;
        Some(path)
    }

    /// Awaits `flow`; if it panics, saves a screenshot of the page first, then fails as it did.
    pub async fn guard(&self, flow: impl std::future::Future<Output = ()>) {
        use futures::FutureExt;
        if let Err(panic) = std::panic::AssertUnwindSafe(flow).catch_unwind().await {
            if let Some(p) = self.screenshot("failure").await {
                eprintln!("screenshot of the failing page: {}", p.display());
            }
            let _ = self.client.clone().close().await;
            std::panic::resume_unwind(panic);
        }
    }

    /// Ends the browser session (ChromeDriver stops with the value).
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Chrome {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
