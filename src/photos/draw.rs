//! Pictures for the demo listings, drawn rather than downloaded: the category's shape and colour
//! with the product's initials, in a 5×7 pixel font scaled up.
use image::{Rgb, RgbImage};

const W: u32 = 800;
const H: u32 = 600;

/// Background, shape and letter colours, and the shape, of each category.
fn style(category: &str) -> ([u8; 3], [u8; 3], Shape) {
    match category {
        "fruit-vegetables" => ([254, 243, 199], [234, 88, 12], Shape::Circle),
        "coffee-cocoa-tea" => ([237, 224, 212], [120, 63, 30], Shape::Square),
        "grains-pulses" => ([254, 249, 195], [161, 98, 7], Shape::Triangle),
        "dairy-eggs" => ([224, 242, 254], [37, 99, 235], Shape::Ellipse),
        "fish-seafood" => ([204, 251, 241], [13, 148, 136], Shape::Diamond),
        "processed-food" => ([254, 226, 226], [185, 28, 28], Shape::Hexagon),
        "crafts-textiles" => ([243, 232, 255], [126, 34, 206], Shape::Cross),
        _ => ([229, 231, 235], [75, 85, 99], Shape::Octagon),
    }
}

#[derive(Clone, Copy)]
enum Shape {
    Circle,
    Square,
    Triangle,
    Ellipse,
    Diamond,
    Hexagon,
    Cross,
    Octagon,
}

impl Shape {
    /// Whether the point (dx, dy) from the centre is inside the shape of radius `r`.
    fn contains(self, dx: f32, dy: f32, r: f32) -> bool {
        let (ax, ay) = (dx.abs(), dy.abs());
        match self {
            Shape::Circle => dx * dx + dy * dy <= r * r,
            Shape::Square => ax <= r * 0.82 && ay <= r * 0.82,
            Shape::Triangle => dy <= r * 0.7 && dy >= -r && ax <= (dy + r) * 0.62,
            Shape::Ellipse => (dx / (r * 1.25)).powi(2) + (dy / (r * 0.85)).powi(2) <= 1.0,
            Shape::Diamond => ax + ay <= r * 1.1,
            Shape::Hexagon => ay <= r * 0.87 && ax * 0.87 + ay * 0.5 <= r * 0.87,
            Shape::Cross => (ax <= r * 0.45 && ay <= r) || (ay <= r * 0.45 && ax <= r),
            Shape::Octagon => ax <= r && ay <= r && ax + ay <= r * 1.42,
        }
    }
}

/// The rows of a capital letter, five pixels wide (bit 4 is the leftmost).
fn glyph(c: char) -> [u8; 7] {
    const A: [[u8; 7]; 26] = [
        [
            0b01110, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001,
        ],
        [
            0b11110, 0b10001, 0b10001, 0b11110, 0b10001, 0b10001, 0b11110,
        ],
        [
            0b01110, 0b10001, 0b10000, 0b10000, 0b10000, 0b10001, 0b01110,
        ],
        [
            0b11110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b11110,
        ],
        [
            0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b11111,
        ],
        [
            0b11111, 0b10000, 0b10000, 0b11110, 0b10000, 0b10000, 0b10000,
        ],
        [
            0b01110, 0b10001, 0b10000, 0b10111, 0b10001, 0b10001, 0b01111,
        ],
        [
            0b10001, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001,
        ],
        [
            0b01110, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110,
        ],
        [
            0b00111, 0b00010, 0b00010, 0b00010, 0b00010, 0b10010, 0b01100,
        ],
        [
            0b10001, 0b10010, 0b10100, 0b11000, 0b10100, 0b10010, 0b10001,
        ],
        [
            0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b10000, 0b11111,
        ],
        [
            0b10001, 0b11011, 0b10101, 0b10101, 0b10001, 0b10001, 0b10001,
        ],
        [
            0b10001, 0b10001, 0b11001, 0b10101, 0b10011, 0b10001, 0b10001,
        ],
        [
            0b01110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110,
        ],
        [
            0b11110, 0b10001, 0b10001, 0b11110, 0b10000, 0b10000, 0b10000,
        ],
        [
            0b01110, 0b10001, 0b10001, 0b10001, 0b10101, 0b10010, 0b01101,
        ],
        [
            0b11110, 0b10001, 0b10001, 0b11110, 0b10100, 0b10010, 0b10001,
        ],
        [
            0b01111, 0b10000, 0b10000, 0b01110, 0b00001, 0b00001, 0b11110,
        ],
        [
            0b11111, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100, 0b00100,
        ],
        [
            0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110,
        ],
        [
            0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01010, 0b00100,
        ],
        [
            0b10001, 0b10001, 0b10001, 0b10101, 0b10101, 0b10101, 0b01010,
        ],
        [
            0b10001, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b10001,
        ],
        [
            0b10001, 0b10001, 0b01010, 0b00100, 0b00100, 0b00100, 0b00100,
        ],
        [
            0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b10000, 0b11111,
        ],
    ];
    let i = (c.to_ascii_uppercase() as u32).wrapping_sub('A' as u32) as usize;
    A.get(i).copied().unwrap_or([0; 7])
}

/// The first letters of the title's first two words that start with one ("Mountain flower
/// honey" → "MF").
pub fn initials(title: &str) -> String {
    title
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next().filter(char::is_ascii_alphabetic))
        .take(2)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A picture of a product of `category` titled `title`.
pub fn product_picture(category: &str, title: &str) -> RgbImage {
    let (bg, fg, shape) = style(category);
    let (cx, cy, r) = (W as f32 / 2.0, H as f32 / 2.0, 230.0);
    // A band at the foot in a colour of the title's own, so two products with the same initials
    // in one category still get pictures of their own.
    let h = title.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let band = [(h >> 8) as u8, (h >> 24) as u8, (h >> 40) as u8];
    let mut img = RgbImage::from_fn(W, H, |x, y| {
        if y >= H - 24 {
            Rgb(band)
        } else if shape.contains(x as f32 - cx, y as f32 - cy, r) {
            Rgb(fg)
        } else {
            Rgb(bg)
        }
    });
    let letters = initials(title);
    let cell = 22u32;
    let gap = cell * 2;
    let n = letters.len() as u32;
    let width = n * 5 * cell + n.saturating_sub(1) * gap;
    let (left, top) = (W.saturating_sub(width) / 2, (H - 7 * cell) / 2);
    for (i, c) in letters.chars().enumerate() {
        let x0 = left + i as u32 * (5 * cell + gap);
        for (row, bits) in glyph(c).iter().enumerate() {
            for col in 0..5u32 {
                if bits & (0b10000 >> col) == 0 {
                    continue;
                }
                for y in 0..cell {
                    for x in 0..cell {
                        img.put_pixel(
                            x0 + col * cell + x,
                            top + row as u32 * cell + y,
                            Rgb([255, 255, 255]),
                        );
                    }
                }
            }
        }
    }
    img
}

/// The picture as a PNG file, as if uploaded.
pub fn product_png(category: &str, title: &str) -> Vec<u8> {
    let img = product_picture(category, title);
    let mut out = std::io::Cursor::new(Vec::new());
    // Writing a PNG into memory cannot fail for a valid RGB image.
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_skip_words_that_start_with_no_letter() {
        assert_eq!(initials("Mountain flower honey"), "MF");
        assert_eq!(initials("100% cacao tablet, 100 g"), "CT");
        assert_eq!(initials("Solar-dried pineapple rings"), "SD");
        let png = product_png("fish-seafood", "Lagoon prawns");
        assert!(crate::photos::process(&png).is_ok());
    }
}
