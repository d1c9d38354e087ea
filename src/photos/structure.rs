//! The file's own structure, read before any decoder sees it: which format its first bytes
//! claim, whether the file ends where that format says the image ends (a truncated file does
//! not; a decoder fills the missing rows with grey), and whether anything follows that end (a
//! polyglot: an image that is also a ZIP, a script or another file).
use image::ImageFormat;

use super::PhotoError;

/// The format of a JPEG, PNG or WebP file whose structure is whole and ends with its image.
pub(super) fn check(bytes: &[u8]) -> Result<ImageFormat, PhotoError> {
    let end = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        (ImageFormat::Jpeg, jpeg_end(bytes)?)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        (ImageFormat::Png, png_end(bytes)?)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        (ImageFormat::WebP, webp_end(bytes)?)
    } else {
        return Err(match image::guess_format(bytes) {
            Ok(other) => PhotoError::WrongFormat(format!("{other:?}").to_uppercase()),
            Err(_) => PhotoError::NotAnImage,
        });
    };
    // Zero padding after the end is harmless (some cameras write it); anything else is refused.
    if bytes[end.1..].iter().any(|b| *b != 0) {
        return Err(PhotoError::Polyglot);
    }
    Ok(end.0)
}

fn be16(b: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_be_bytes([
        *b.get(at)?,
        *b.get(at + 1)?,
    ])))
}

/// Walks the JPEG's segments (skipping their contents, so an EXIF thumbnail's own end marker
/// is not taken for the file's), then its entropy-coded scans, to the end-of-image marker.
fn jpeg_end(b: &[u8]) -> Result<usize, PhotoError> {
    let mut pos = 2;
    loop {
        let (Some(&ff), Some(&marker)) = (b.get(pos), b.get(pos + 1)) else {
            return Err(PhotoError::Truncated);
        };
        if ff != 0xFF {
            return Err(PhotoError::Damaged(
                "a JPEG segment does not start with a marker".into(),
            ));
        }
        match marker {
            0xFF => pos += 1,
            0xD9 => {
                return Err(PhotoError::Damaged(
                    "the JPEG ends before its image data".into(),
                ))
            }
            0x01 | 0xD0..=0xD7 => pos += 2,
            _ => {
                let len = be16(b, pos + 2).ok_or(PhotoError::Truncated)?;
                if len < 2 {
                    return Err(PhotoError::Damaged(
                        "a JPEG segment has a bad length".into(),
                    ));
                }
                pos += 2 + len;
                if pos > b.len() {
                    return Err(PhotoError::Truncated);
                }
                if marker == 0xDA {
                    match scan_end(b, pos)? {
                        Scan::EndOfImage(end) => return Ok(end),
                        Scan::Marker(at) => pos = at,
                    }
                }
            }
        }
    }
}

enum Scan {
    EndOfImage(usize),
    Marker(usize),
}

/// Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte), a restart marker, a fill
/// byte, or a real marker (the next table or scan of a progressive JPEG, or the end).
fn scan_end(b: &[u8], from: usize) -> Result<Scan, PhotoError> {
    let mut i = from;
    loop {
        let at = i + b
            .get(i..)
            .and_then(|r| r.iter().position(|x| *x == 0xFF))
            .ok_or(PhotoError::Truncated)?;
        match b.get(at + 1) {
            None => return Err(PhotoError::Truncated),
            Some(0x00 | 0xD0..=0xD7 | 0xFF) => i = at + 1,
            Some(0xD9) => return Ok(Scan::EndOfImage(at + 2)),
            Some(_) => return Ok(Scan::Marker(at)),
        }
    }
}

/// PNG chunks from the signature to `IEND`.
fn png_end(b: &[u8]) -> Result<usize, PhotoError> {
    let mut pos = 8;
    loop {
        let head = b.get(pos..pos + 8).ok_or(PhotoError::Truncated)?;
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let end = pos
            .checked_add(12)
            .and_then(|p| p.checked_add(len))
            .ok_or(PhotoError::Truncated)?;
        if end > b.len() {
            return Err(PhotoError::Truncated);
        }
        if &head[4..8] == b"IEND" {
            return Ok(end);
        }
        pos = end;
    }
}

/// A WebP file is one RIFF chunk whose header gives its length.
fn webp_end(b: &[u8]) -> Result<usize, PhotoError> {
    let len = u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize;
    let end = 8 + len + (len & 1);
    if end > b.len() {
        return Err(PhotoError::Truncated);
    }
    Ok(end)
}
