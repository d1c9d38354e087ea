//! Tests that need a service (PostgreSQL, the SMTP sink, Chromium, moto, localstripe,
//! schemathesis...) and cannot find it. Under CI that is a failure; elsewhere the test skips with
//! a note and a line in `target/test-skips.log`, which `make test` sums up in one line.
use std::io::Write;
use std::path::PathBuf;

/// Where skips are recorded, one `service<TAB>test` line each; `make test` empties it first.
pub fn log_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-skips.log")
}

/// Skips the running test for want of `service` (`note` says what is missing), or panics under CI.
pub fn skip(service: &str, note: &str) {
    if std::env::var_os("CI").is_some() {
        panic!("{service} is required in CI: {note}");
    }
    // Tests run on a thread named after them (tokio's test runtime blocks on that thread).
    let test = std::thread::current()
        .name()
        .unwrap_or("unnamed test")
        .to_owned();
    eprintln!("skipping {test}: {service}: {note}");
    let path = log_path();
    let line = format!("{service}\t{test}\n");
    // One short O_APPEND write per skip, so concurrent tests never interleave their lines.
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
        })
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        eprintln!("could not record the skip in {}: {e}", path.display());
    }
}
