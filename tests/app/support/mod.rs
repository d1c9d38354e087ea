//! A real SMTP server for tests: `smtp_sink.py` (aiosmtpd) from the project's `.venv`,
//! which `make test-deps` creates. Missing, the tests that need it skip, or fail under CI.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// One message as the sink received and parsed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub rcpt_tos: Vec<String>,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    /// Line endings normalised to `\n`.
    pub body: String,
    /// The HTML part, empty when there is none.
    pub html: String,
    /// The top-level type, e.g. `multipart/alternative` or `text/plain`.
    pub content_type: String,
}

/// The venv's Python when it has aiosmtpd; otherwise None with a note (a panic under CI).
pub fn sink_python() -> Option<PathBuf> {
    let python = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    let ready = std::process::Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ready {
        return Some(python);
    }
    let note = format!(
        "{} with aiosmtpd is missing (run `make test-deps`)",
        python.display()
    );
    crate::common::skips::skip("the SMTP sink", &note);
    None
}

/// A loopback port with nothing listening on it (at the moment of asking).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

/// A running SMTP sink on 127.0.0.1; killed on drop.
pub struct Sink {
    pub port: u16,
    file: PathBuf,
    _child: Child,
    _dir: tempfile::TempDir,
}

impl Sink {
    /// Starts the sink on `port` and waits until it listens; None when Python is missing.
    pub async fn start(port: u16) -> Option<Sink> {
        let python = sink_python()?;
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("received.jsonl");
        let script =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/app/support/smtp_sink.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg(port.to_string())
            .arg(&file)
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start smtp_sink.py");
        let stdout = child.stdout.take().expect("sink stdout");
        let mut line = String::new();
        tokio::time::timeout(
            Duration::from_secs(20),
            BufReader::new(stdout).read_line(&mut line),
        )
        .await
        .expect("the SMTP sink did not start in 20 s")
        .expect("read the sink's stdout");
        assert_eq!(line.trim(), "ready", "the SMTP sink failed to start");
        Some(Sink {
            port,
            file,
            _child: child,
            _dir: dir,
        })
    }

    /// Every message received so far, in arrival order.
    pub fn received(&self) -> Vec<Received> {
        let Ok(text) = std::fs::read_to_string(&self.file) else {
            return Vec::new();
        };
        text.lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                let s = |k: &str| v[k].as_str().expect(k).to_string();
                Received {
                    rcpt_tos: v["rcpt_tos"]
                        .as_array()
                        .expect("rcpt_tos")
                        .iter()
                        .map(|r| r.as_str().expect("a recipient").to_string())
                        .collect(),
                    to: s("to"),
                    subject: s("subject"),
                    message_id: s("message_id"),
                    body: s("body").replace("\r\n", "\n"),
                    html: v["html"].as_str().unwrap_or_default().to_string(),
                    content_type: v["content_type"].as_str().unwrap_or_default().to_string(),
                }
            })
            .collect()
    }
}

/// `cooptrade serve` on `database_url`, writing mail to `outbox`, logging warnings only, on a
/// free loopback port: the command (to add to its environment and spawn) and the port.
pub fn serve_command(database_url: &str, outbox: &std::path::Path) -> (std::process::Command, u16) {
    let port = free_port();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_cooptrade"));
    cmd.arg("serve")
        .env("DATABASE_URL", database_url)
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("OUTBOX_DIR", outbox)
        .env("RUST_LOG", "warn");
    (cmd, port)
}

/// A child process (a `cooptrade serve`) killed and reaped when dropped.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
