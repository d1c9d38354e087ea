//! A listings import as a ZIP: one CSV and the photo files its rows name. Nothing in it is
//! trusted: names with `..` or an absolute path are refused, and every entry's size is checked
//! as declared and again as read, so a ZIP bomb stops at the limit instead of filling memory.
use std::io::{Cursor, Read};

use i18n::Msg;

use bytes::Bytes;
use zip::{CompressionMethod, ZipArchive};

use super::MAX_BYTES;

/// Most entries (files and folders) a ZIP may hold.
pub const MAX_ENTRIES: usize = 256;
/// Largest CSV inside a ZIP, uncompressed.
pub const MAX_CSV_BYTES: u64 = 20 * 1024 * 1024;
/// Most bytes all entries may come to, uncompressed.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

/// Why a ZIP, or one file in it, was refused: `file` is its name in the ZIP (empty for the
/// whole ZIP).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleError {
    pub file: String,
    /// A code naming the file (`$file`), said in the reader's language when shown.
    pub message: Msg,
}

fn refuse(file: &str, key: &'static str) -> BundleError {
    refuse_with(file, Msg::code(key).arg("file", file))
}

fn refuse_with(file: &str, message: Msg) -> BundleError {
    BundleError {
        file: file.to_owned(),
        message,
    }
}

const OUTSIDE: &str = "zip-error-path";

/// Whether an upload is a ZIP (by its first bytes, as photos are judged).
pub fn is_zip(data: &[u8]) -> bool {
    data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06")
}

/// A checked ZIP: its CSV, read, and the folder the CSV's photo names are relative to.
pub struct Bundle {
    data: Bytes,
    pub csv_name: String,
    pub csv: Vec<u8>,
    folder: String,
}

fn open(data: &Bytes) -> Result<ZipArchive<Cursor<Bytes>>, BundleError> {
    ZipArchive::new(Cursor::new(data.clone())).map_err(|e| {
        refuse_with(
            "",
            Msg::code("zip-error-unreadable").arg("detail", e.to_string()),
        )
    })
}

/// A name that stays inside the ZIP: no `..`, no absolute path, no backslash or NUL.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(['\\', '\0'])
        && !name.split('/').any(|part| part == "..")
        && !name.contains(':')
}

/// Checks every entry's name, size and method, and reads the one CSV.
pub fn open_bundle(data: Bytes) -> Result<Bundle, BundleError> {
    let mut zip = open(&data)?;
    if zip.len() > MAX_ENTRIES {
        let m = Msg::code("zip-error-entries")
            .arg("count", zip.len().to_string())
            .arg("max", MAX_ENTRIES.to_string());
        return Err(refuse_with("", m));
    }
    let (mut total, mut csvs) = (0u64, Vec::new());
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| {
            refuse_with(
                "",
                Msg::code("zip-error-damaged").arg("detail", e.to_string()),
            )
        })?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if !safe_name(&name) || entry.enclosed_name().is_none() {
            return Err(refuse(&name, OUTSIDE));
        }
        if entry.is_dir() || name.starts_with("__MACOSX/") {
            continue;
        }
        total = total.saturating_add(entry.size());
        if total > MAX_TOTAL_BYTES {
            let m = Msg::code("zip-error-total")
                .arg("file", name.as_str())
                .arg("mb", (MAX_TOTAL_BYTES >> 20).to_string());
            return Err(refuse_with(&name, m));
        }
        if name.to_ascii_lowercase().ends_with(".csv") {
            csvs.push(name);
        }
    }
    let csv_name = match csvs.as_slice() {
        [one] => one.clone(),
        [] => return Err(refuse("", "zip-error-no-csv")),
        more => {
            let m = Msg::code("zip-error-many-csv")
                .arg("count", more.len().to_string())
                .arg("names", more.join(", "));
            return Err(refuse_with("", m));
        }
    };
    let csv = read_entry(&mut zip, &csv_name, MAX_CSV_BYTES)?;
    let folder = match csv_name.rfind('/') {
        Some(at) => csv_name[..=at].to_owned(),
        None => String::new(),
    };
    Ok(Bundle {
        data,
        csv_name,
        csv,
        folder,
    })
}

impl Bundle {
    /// The raw ZIP, to read photos from on the blocking pool.
    pub fn data(&self) -> Bytes {
        self.data.clone()
    }

    /// Where a photo named in the CSV is in the ZIP (beside the CSV), if the name is safe.
    pub fn path_of(&self, name: &str) -> Result<String, BundleError> {
        if !safe_name(name) {
            return Err(refuse(name, OUTSIDE));
        }
        Ok(format!("{}{name}", self.folder))
    }
}

/// Reads one photo of the ZIP, at most `MAX_BYTES` of it.
pub fn read_photo(data: Bytes, path: &str) -> Result<Vec<u8>, BundleError> {
    read_entry(&mut open(&data)?, path, MAX_BYTES as u64)
}

/// Reads one entry, refusing it past `limit` bytes whatever its header declares.
fn read_entry(
    zip: &mut ZipArchive<Cursor<Bytes>>,
    path: &str,
    limit: u64,
) -> Result<Vec<u8>, BundleError> {
    let Some(index) = zip.index_for_name(path) else {
        return Err(refuse(path, "zip-error-missing"));
    };
    let too_large = || {
        let mb = (limit >> 20).to_string();
        refuse_with(
            path,
            Msg::code("zip-error-file-large")
                .arg("file", path)
                .arg("mb", mb),
        )
    };
    let unreadable = |e: &dyn std::fmt::Display| {
        let m = Msg::code("zip-error-file-unreadable").arg("file", path);
        refuse_with(path, m.arg("detail", e.to_string()))
    };
    let entry = zip.by_index(index).map_err(|e| unreadable(&e))?;
    if entry.encrypted() {
        return Err(refuse(path, "zip-error-encrypted"));
    }
    if !matches!(
        entry.compression(),
        CompressionMethod::Stored | CompressionMethod::Deflated
    ) {
        return Err(refuse(path, "zip-error-method"));
    }
    if entry.size() > limit {
        return Err(too_large());
    }
    let mut out = Vec::with_capacity(entry.size() as usize);
    entry
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| unreadable(&e))?;
    if out.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_folder_are_refused() {
        for bad in [
            "../x.jpg",
            "a/../../x.jpg",
            "/etc/passwd",
            "a\\..\\b",
            "c:x",
            "",
        ] {
            assert!(!safe_name(bad), "{bad}");
        }
        for good in ["x.jpg", "photos/x.jpg", "a..b.jpg"] {
            assert!(safe_name(good), "{good}");
        }
    }
}
