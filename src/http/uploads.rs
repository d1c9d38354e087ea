//! Reading a photo upload (multipart: `photos` files, `alt` texts, and on the web `csrf_token`),
//! the same for the web form and the API.
use axum::extract::multipart::MultipartError;
use axum::extract::Multipart;

use crate::error::{AppError, FieldErrors, Msg};
use crate::photos::gallery::Upload;
use crate::photos::{MAX_BYTES, MAX_PER_LISTING};

/// Largest upload request: eight photos at the limit, and room for the form's other fields (a
/// single photo over 15 MB is read whole and refused with a 422 that says so).
pub const UPLOAD_LIMIT: usize = MAX_PER_LISTING * (MAX_BYTES + 64 * 1024) + 64 * 1024;

/// What a photo upload sent.
#[derive(Default)]
pub struct PhotoForm {
    pub csrf_token: String,
    files: Vec<(String, bytes::Bytes)>,
    alts: Vec<String>,
}

fn bad(e: MultipartError) -> AppError {
    if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        AppError::PayloadTooLarge
    } else {
        AppError::BadRequest(Msg::code("error-upload-unreadable").arg("detail", e.to_string()))
    }
}

/// Reads a logo upload: the CSRF token, the file's name and its bytes.
pub async fn read_logo(
    mut multipart: Multipart,
) -> Result<(String, String, bytes::Bytes), AppError> {
    let (mut token, mut name, mut data) = (String::new(), String::new(), bytes::Bytes::new());
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name() {
            Some("csrf_token") => token = field.text().await.map_err(bad)?,
            Some("logo") => {
                name = field.file_name().unwrap_or("").chars().take(80).collect();
                data = field.bytes().await.map_err(bad)?;
            }
            _ => {}
        }
    }
    Ok((token, name, data))
}

/// Reads every part; a file input left empty (no name, no bytes) is not a photo.
pub async fn read(mut multipart: Multipart) -> Result<PhotoForm, AppError> {
    let mut form = PhotoForm::default();
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        match field.name() {
            Some("csrf_token") => form.csrf_token = field.text().await.map_err(bad)?,
            Some("alt") => form.alts.push(field.text().await.map_err(bad)?),
            Some("photos" | "photo") => {
                let name: String = field.file_name().unwrap_or("").chars().take(80).collect();
                let bytes = field.bytes().await.map_err(bad)?;
                if !(name.is_empty() && bytes.is_empty()) {
                    form.files.push((name, bytes));
                }
            }
            _ => {}
        }
    }
    Ok(form)
}

impl PhotoForm {
    /// The photos with their alt texts: one alt text for all, or one per photo in order.
    pub fn uploads(self) -> Result<Vec<Upload>, AppError> {
        if self.files.len() > MAX_PER_LISTING {
            return Err(FieldErrors::single(
                "photos",
                Msg::code("photos-error-too-many").arg("value", MAX_PER_LISTING.to_string()),
            ));
        }
        let alts = match self.alts.len() {
            0 => vec![String::new(); self.files.len()],
            1 => vec![self.alts[0].clone(); self.files.len()],
            n if n == self.files.len() => self.alts,
            n => {
                let photos = i64::try_from(self.files.len()).unwrap_or(i64::MAX);
                let alts = i64::try_from(n).unwrap_or(i64::MAX);
                return Err(FieldErrors::single(
                    "alt",
                    Msg::code("error-photo-alts")
                        .num("photos", photos)
                        .num("count", alts),
                ));
            }
        };
        Ok(self
            .files
            .into_iter()
            .zip(alts)
            .enumerate()
            .map(|(i, ((name, bytes), alt))| Upload {
                file_name: if name.is_empty() {
                    format!("file {}", i + 1)
                } else {
                    name
                },
                bytes,
                alt,
            })
            .collect())
    }
}
