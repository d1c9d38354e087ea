//! Where product photos are stored: a folder (`PHOTO_DIR`) or an S3-compatible bucket
//! (`PHOTO_STORE=s3://bucket[/prefix][?endpoint=...&region=...]`).
use std::path::PathBuf;

use super::{err, ConfigError};

#[derive(Clone, Debug)]
pub struct PhotoSettings {
    pub location: PhotoLocation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoLocation {
    /// A folder on this machine (default `photos`).
    Dir(PathBuf),
    /// A bucket; `options` are object_store's S3 settings from the URL's query.
    S3 {
        bucket: String,
        prefix: String,
        options: Vec<(String, String)>,
    },
}

impl PhotoSettings {
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let location = match (get("PHOTO_STORE"), get("PHOTO_DIR")) {
            (Some(_), Some(_)) => {
                return Err(err(
                    "PHOTO_STORE",
                    "set either PHOTO_STORE (a bucket) or PHOTO_DIR (a folder), not both",
                ))
            }
            (Some(url), None) => parse_store(url.trim()).map_err(|m| err("PHOTO_STORE", m))?,
            (None, dir) => PhotoLocation::Dir(dir.unwrap_or_else(|| "photos".into()).into()),
        };
        Ok(PhotoSettings { location })
    }
}

fn parse_store(s: &str) -> Result<PhotoLocation, String> {
    const SHAPE: &str = "must look like s3://bucket or s3://bucket/prefix?endpoint=https://...";
    let url = url::Url::parse(s).map_err(|_| SHAPE.to_string())?;
    if url.scheme() != "s3" {
        return Err(format!("'{}://' is not supported; {SHAPE}", url.scheme()));
    }
    let bucket = url.host_str().filter(|b| !b.is_empty()).ok_or(SHAPE)?;
    let mut options = Vec::new();
    for (k, v) in url.query_pairs() {
        crate::photos::store::s3_key(&k)?;
        options.push((k.into_owned(), v.into_owned()));
    }
    Ok(PhotoLocation::S3 {
        bucket: bucket.to_owned(),
        prefix: url.path().trim_matches('/').to_owned(),
        options,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<PhotoLocation, ConfigError> {
        PhotoSettings::from_lookup(&|k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
        .map(|s| s.location)
    }

    #[test]
    fn a_folder_by_default_and_a_bucket_when_named() {
        assert_eq!(parse(&[]).unwrap(), PhotoLocation::Dir("photos".into()));
        assert_eq!(
            parse(&[("PHOTO_DIR", "/srv/photos")]).unwrap(),
            PhotoLocation::Dir("/srv/photos".into())
        );
        assert_eq!(
            parse(&[(
                "PHOTO_STORE",
                "s3://market/photos?endpoint=http://127.0.0.1:9000&allow_http=true"
            )])
            .unwrap(),
            PhotoLocation::S3 {
                bucket: "market".into(),
                prefix: "photos".into(),
                options: vec![
                    ("endpoint".into(), "http://127.0.0.1:9000".into()),
                    ("allow_http".into(), "true".into())
                ],
            }
        );
    }

    #[test]
    fn a_bad_store_names_the_variable_and_the_problem() {
        for (value, says) in [
            ("gs://bucket", "'gs://' is not supported"),
            ("s3://", "must look like"),
            ("bucket", "must look like"),
            ("s3://b?colour=blue", "'colour' is not an S3 option"),
        ] {
            let e = parse(&[("PHOTO_STORE", value)]).unwrap_err();
            assert_eq!(e.var, "PHOTO_STORE");
            assert!(e.message.contains(says), "{value}: {}", e.message);
        }
        let both = parse(&[("PHOTO_STORE", "s3://b"), ("PHOTO_DIR", "x")]).unwrap_err();
        assert_eq!(both.var, "PHOTO_STORE");
    }
}
