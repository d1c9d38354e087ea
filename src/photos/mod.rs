//! Product photos: checking and processing an upload (`process`), where the files live
//! (`store`), and the use cases that change a listing's photos (`gallery`).
pub mod bundle;
pub mod draw;
pub mod gallery;
pub mod logo;
pub mod process;
pub mod store;
mod structure;
pub mod zip_import;

pub use process::{process, process_sizes, PhotoError, Processed};
pub use store::{PhotoStore, StoreError};

/// Largest upload accepted, per file.
pub const MAX_BYTES: usize = 15 * 1024 * 1024;
/// Largest photo accepted, in pixels (width × height): 50 megapixels.
pub const MAX_PIXELS: u64 = 50_000_000;
/// Longest side accepted, whatever the pixel count.
pub const MAX_SIDE: u32 = 20_000;
/// Most memory a decoder may ask for; a 50 MP photo in RGBA needs 200 MB.
pub const MAX_DECODER_ALLOC: u64 = 256 * 1024 * 1024;
/// Photos one listing can have.
pub const MAX_PER_LISTING: usize = 8;
/// The sizes made of each photo, by their long side in pixels.
pub const SIZES: [u32; 3] = [320, 800, 1600];
/// The sizes made of a co-op's logo: small square-ish boxes, by the long side.
pub const LOGO_SIZES: [u32; 3] = [64, 128, 256];

/// The file formats each size is stored in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Webp,
    Jpeg,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Webp, Format::Jpeg];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
        }
    }

    pub fn from_extension(ext: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

/// The store key of one size of one photo: `<hash>/<size>.<ext>`.
pub fn key(hash: &str, size: u32, format: Format) -> String {
    format!("{hash}/{size}.{}", format.extension())
}

/// Every key a file may be stored under, as a photo or as a logo.
pub fn keys(hash: &str) -> Vec<String> {
    SIZES
        .iter()
        .chain(LOGO_SIZES.iter())
        .flat_map(|s| Format::ALL.map(|f| key(hash, *s, f)))
        .collect()
}

/// Whether `size` is one that is stored (of a photo or a logo).
pub fn is_size(size: u32) -> bool {
    SIZES.contains(&size) || LOGO_SIZES.contains(&size)
}

/// A photo's size when its long side is at most `long` (never enlarged).
pub fn fitted(width: u32, height: u32, long: u32) -> (u32, u32) {
    let side = width.max(height);
    if side <= long {
        return (width, height);
    }
    let scale = |v: u32| {
        ((u64::from(v) * u64::from(long) + u64::from(side) / 2) / u64::from(side)).max(1) as u32
    };
    (scale(width), scale(height))
}

/// Whether `s` is a photo's name: 64 lowercase hex digits.
pub fn is_hash(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_keep_the_shape_and_never_enlarge() {
        assert_eq!(fitted(4000, 3000, 320), (320, 240));
        assert_eq!(fitted(3000, 4000, 800), (600, 800));
        assert_eq!(fitted(200, 100, 1600), (200, 100));
        assert_eq!(fitted(10_000, 1, 320), (320, 1));
        assert_eq!(keys("ab").len(), 12);
        assert_eq!(key("ab", 320, Format::Webp), "ab/320.webp");
    }
}
