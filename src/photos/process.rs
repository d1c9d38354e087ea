//! Turns an upload into the stored sizes: check its structure, decode it within the limits,
//! turn it upright by its EXIF orientation, and re-encode every size from the pixels alone,
//! so no metadata (GPS included) survives. CPU-bound: callers run it on the blocking pool.
use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, RgbImage};
use sha2::{Digest, Sha256};

use super::{
    fitted, key, structure, Format, MAX_BYTES, MAX_DECODER_ALLOC, MAX_PIXELS, MAX_SIDE, SIZES,
};

/// Why an upload was refused; each message completes "the photo ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("is empty")]
    Empty,
    #[error("is larger than 15 MB ({0} bytes)")]
    TooLarge(usize),
    #[error("is not a JPEG, PNG or WebP image")]
    NotAnImage,
    #[error("is a {0} image; only JPEG, PNG and WebP are accepted")]
    WrongFormat(String),
    #[error("is truncated: the file ends before the image does")]
    Truncated,
    #[error("has other data after the end of the image (a polyglot file)")]
    Polyglot,
    #[error("is damaged: {0}")]
    Damaged(String),
    #[error("is {0} × {1} pixels; at most 50 megapixels and 20,000 pixels a side are accepted")]
    TooManyPixels(u32, u32),
    #[error("would need more memory to decode than allowed (256 MB)")]
    TooMuchMemory,
    #[error("could not be encoded: {0}")]
    Encoding(String),
}

impl PhotoError {
    /// What the person who sent `file` is told (a code naming the file, said in their language).
    pub fn msg(&self, file: &str) -> i18n::Msg {
        use i18n::Msg;
        let m = |key| Msg::code(key).arg("file", file);
        match self {
            PhotoError::Empty => m("photo-error-empty"),
            PhotoError::TooLarge(n) => m("photo-error-too-large").arg("bytes", n.to_string()),
            PhotoError::NotAnImage => m("photo-error-not-image"),
            PhotoError::WrongFormat(f) => m("photo-error-format").arg("format", f),
            PhotoError::Truncated => m("photo-error-truncated"),
            PhotoError::Polyglot => m("photo-error-polyglot"),
            PhotoError::Damaged(d) => m("photo-error-damaged").arg("detail", d),
            PhotoError::TooManyPixels(w, h) => m("photo-error-pixels")
                .arg("width", w.to_string())
                .arg("height", h.to_string()),
            PhotoError::TooMuchMemory => m("photo-error-memory"),
            PhotoError::Encoding(d) => m("photo-error-encoding").arg("detail", d),
        }
    }
}

/// A processed photo: its name (SHA-256 of the upload), upright size and files by store key.
#[derive(Debug)]
pub struct Processed {
    pub hash: String,
    pub width: u32,
    pub height: u32,
    pub files: Vec<(String, Vec<u8>)>,
}

const JPEG_QUALITY: u8 = 82;
const WEBP_QUALITY: f32 = 78.0;

/// Checks, decodes and re-encodes one upload into every photo size and format.
pub fn process(bytes: &[u8]) -> Result<Processed, PhotoError> {
    process_sizes(bytes, &SIZES)
}

/// The same into the given sizes (long sides, smallest first): a logo's are smaller.
pub fn process_sizes(bytes: &[u8], sizes: &[u32]) -> Result<Processed, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(PhotoError::TooLarge(bytes.len()));
    }
    let format = structure::check(bytes)?;
    let upright = flatten(decode(bytes, format)?);
    let hash = hex::encode(Sha256::digest(bytes));
    let (width, height) = upright.dimensions();
    let mut files = Vec::with_capacity(sizes.len() * 2);
    // Largest first, each smaller size from the one before: less work than from the original.
    let mut source = upright;
    for size in sizes.iter().rev() {
        let (w, h) = fitted(width, height, *size);
        if (w, h) != source.dimensions() {
            source = image::imageops::resize(&source, w, h, FilterType::Triangle);
        }
        files.push((key(&hash, *size, Format::Webp), webp(&source)?));
        files.push((key(&hash, *size, Format::Jpeg), jpeg(&source)?));
    }
    Ok(Processed {
        hash,
        width,
        height,
        files,
    })
}

fn decode(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, PhotoError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODER_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS || w.max(h) > MAX_SIDE {
        return Err(PhotoError::TooManyPixels(w, h));
    }
    // The decoder checks its own allocations against the limit; the pixels it returns are ours.
    if decoder.total_bytes() > MAX_DECODER_ALLOC {
        return Err(PhotoError::TooMuchMemory);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    img.apply_orientation(orientation);
    Ok(img)
}

fn refusal(e: ImageError) -> PhotoError {
    match e {
        ImageError::Limits(_) => PhotoError::TooMuchMemory,
        ImageError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            PhotoError::Truncated
        }
        other => PhotoError::Damaged(other.to_string()),
    }
}

/// RGB pixels; a transparent photo is laid on white (JPEG has no transparency).
fn flatten(img: DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

fn jpeg(img: &RgbImage) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode_image(img)
        .map_err(|e| PhotoError::Encoding(e.to_string()))?;
    Ok(out)
}

fn webp(img: &RgbImage) -> Result<Vec<u8>, PhotoError> {
    webp::Encoder::from_rgb(img.as_raw(), img.width(), img.height())
        .encode_simple(false, WEBP_QUALITY)
        .map(|m| m.to_vec())
        .map_err(|e| PhotoError::Encoding(format!("{e:?}")))
}
