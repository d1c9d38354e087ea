//! `make bench`: processes one 12-megapixel JPEG (4000 × 3000, made here) into every stored size
//! and format, on one thread, as an upload does; prints one JSON object with the time.
use std::time::Instant;

use image::{Rgb, RgbImage};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    // Smooth gradients with fine detail, so the JPEG is photo-sized (a few MB), not trivial.
    let img = RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 32;
        Rgb([
            (x / 16 % 256) as u8,
            (y / 12 % 256) as u8,
            ((x + y) / 28 % 224 + n) as u8,
        ])
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    img.write_to(&mut jpeg, image::ImageFormat::Jpeg)
        .expect("encode the test JPEG");
    let jpeg = jpeg.into_inner();
    let mut times = Vec::with_capacity(runs);
    let mut out_bytes = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let p = cooptrade::photos::process(&jpeg).expect("process");
        times.push(start.elapsed().as_secs_f64());
        out_bytes = p.files.iter().map(|(_, b)| b.len()).sum::<usize>();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{{\"kind\":\"photo\",\"megapixels\":12,\"input_bytes\":{},\"output_bytes\":{out_bytes},\"runs\":{runs},\"best_s\":{:.3},\"median_s\":{:.3}}}",
        jpeg.len(),
        times[0],
        times[times.len() / 2]
    );
}
