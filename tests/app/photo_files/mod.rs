//! Real image files made in memory for the photo tests, good and bad.
#![allow(dead_code)]

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage};

/// A picture whose colours depend on `seed`, so each seed is a different photo (and hash).
pub fn picture(w: u32, h: u32, seed: u8) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, seed.wrapping_mul(37)])
    })
}

pub fn encode(img: &RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

pub fn jpeg(w: u32, h: u32, seed: u8) -> Vec<u8> {
    encode(&picture(w, h, seed), ImageFormat::Jpeg)
}

pub fn png(w: u32, h: u32, seed: u8) -> Vec<u8> {
    encode(&picture(w, h, seed), ImageFormat::Png)
}

pub fn webp(w: u32, h: u32, seed: u8) -> Vec<u8> {
    encode(&picture(w, h, seed), ImageFormat::WebP)
}

/// A JPEG with an EXIF segment saying "rotate 90° clockwise to view" (orientation 6) and a GPS
/// position, as a phone held upright writes it.
pub fn jpeg_with_orientation(w: u32, h: u32, orientation: u16) -> Vec<u8> {
    let plain = jpeg(w, h, 9);
    // TIFF, big-endian: IFD0 with Orientation (0x0112) and a GPSInfo pointer (0x8825).
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    tiff.extend_from_slice(&[0, 0, 0, 0]);
    // GPS IFD: GPSLatitudeRef = "N".
    tiff.extend_from_slice(&1u16.to_be_bytes());
    tiff.extend_from_slice(&[0x00, 0x01, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
    tiff.extend_from_slice(&[0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in data {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A small, valid PNG whose header declares `w` × `h` pixels (a decompression bomb's shape).
pub fn png_declaring(w: u32, h: u32) -> Vec<u8> {
    let mut bytes = png(8, 8, 1);
    // IHDR's data starts at 16 (8 signature + 4 length + 4 type); its CRC follows 13 bytes on.
    bytes[16..20].copy_from_slice(&w.to_be_bytes());
    bytes[20..24].copy_from_slice(&h.to_be_bytes());
    let crc = crc32(&bytes[12..29]);
    bytes[29..33].copy_from_slice(&crc.to_be_bytes());
    bytes
}

/// A JPEG cut off half-way.
pub fn truncated_jpeg() -> Vec<u8> {
    let mut j = jpeg(400, 300, 3);
    j.truncate(j.len() / 2);
    j
}

/// A JPEG that is also a ZIP archive (one appended after the image).
pub fn jpeg_zip_polyglot() -> Vec<u8> {
    let mut j = jpeg(64, 64, 4);
    j.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0payload.html<script>alert(1)</script>");
    j.extend_from_slice(b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0");
    j
}

/// A valid JPEG padded past 15 MB (a comment segment's worth of noise at a time).
pub fn jpeg_over_15_mb() -> Vec<u8> {
    let plain = jpeg(64, 64, 5);
    let mut out = plain[..2].to_vec();
    let chunk = vec![b'x'; 65_000];
    while out.len() < 15 * 1024 * 1024 + 10 {
        out.extend_from_slice(&[0xFF, 0xFE]);
        out.extend_from_slice(&((chunk.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(&chunk);
    }
    out.extend_from_slice(&plain[2..]);
    out
}

/// Width and height of an encoded image, and whether it carries EXIF data.
pub fn inspect(bytes: &[u8]) -> (u32, u32, bool) {
    let img = image::load_from_memory(bytes).expect("a readable image");
    let exif = bytes.windows(4).any(|w| w == b"Exif");
    (img.width(), img.height(), exif)
}
