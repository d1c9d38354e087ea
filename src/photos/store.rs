//! Where photo files live, behind one trait: a folder on this machine (`PHOTO_DIR`) or an
//! S3-compatible bucket (`PHOTO_STORE=s3://...`). Both go through the `object_store` crate, whose
//! local backend writes a temporary file and renames it, so a reader never sees half a photo.
use std::str::FromStr;
use std::sync::Arc;

use bytes::Bytes;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, PutPayload};

use crate::config::{PhotoLocation, PhotoSettings};

/// A failure of the storage itself (disk, network, credentials).
#[derive(Debug, thiserror::Error)]
#[error("photo store: {0}")]
pub struct StoreError(String);

impl From<object_store::Error> for StoreError {
    fn from(e: object_store::Error) -> Self {
        StoreError(e.to_string())
    }
}

impl From<StoreError> for crate::error::AppError {
    fn from(e: StoreError) -> Self {
        crate::error::AppError::Internal(e.to_string())
    }
}

/// Photo files by key (`<hash>/<size>.<ext>`). Keys name their content, so writing one again
/// writes the same bytes.
#[async_trait::async_trait]
pub trait PhotoStore: Send + Sync {
    async fn put(&self, key: &str, bytes: Bytes) -> Result<(), StoreError>;
    /// The file, or `None` when there is none under `key`.
    async fn get(&self, key: &str) -> Result<Option<Bytes>, StoreError>;
    /// Removes the file; removing one that is not there is not an error.
    async fn delete(&self, key: &str) -> Result<(), StoreError>;
    /// Where the files are, for the log.
    fn describe(&self) -> String;
}

/// A `PhotoStore` over any `object_store` backend.
pub struct ObjectPhotoStore {
    inner: Arc<dyn ObjectStore>,
    description: String,
}

impl ObjectPhotoStore {
    pub fn new(inner: Arc<dyn ObjectStore>, description: String) -> Self {
        ObjectPhotoStore { inner, description }
    }
}

#[async_trait::async_trait]
impl PhotoStore for ObjectPhotoStore {
    async fn put(&self, key: &str, bytes: Bytes) -> Result<(), StoreError> {
        self.inner
            .put(&Path::from(key), PutPayload::from_bytes(bytes))
            .await?;
        Ok(())
    }

    async fn get(&self, key: &str) -> Result<Option<Bytes>, StoreError> {
        match self.inner.get(&Path::from(key)).await {
            Ok(r) => Ok(Some(r.bytes().await?)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        match self.inner.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    fn describe(&self) -> String {
        self.description.clone()
    }
}

/// The store the settings name: the folder is created if missing; an S3 bucket takes its
/// endpoint and credentials from `AWS_*` variables (as `AmazonS3Builder::from_env` reads them),
/// overridden by the URL's query.
pub fn open(settings: &PhotoSettings) -> Result<Arc<dyn PhotoStore>, StoreError> {
    match &settings.location {
        PhotoLocation::Dir(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError(format!("cannot create {}: {e}", dir.display())))?;
            let local = LocalFileSystem::new_with_prefix(dir)?;
            Ok(Arc::new(ObjectPhotoStore::new(
                Arc::new(local),
                format!("folder {}", dir.display()),
            )))
        }
        PhotoLocation::S3 {
            bucket,
            prefix,
            options,
        } => {
            let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
            for (k, v) in options {
                let key = s3_key(k).map_err(StoreError)?;
                builder = builder.with_config(key, v);
            }
            let s3: Arc<dyn ObjectStore> = Arc::new(builder.build()?);
            let inner: Arc<dyn ObjectStore> = if prefix.is_empty() {
                s3
            } else {
                Arc::new(PrefixStore::new(s3, prefix.as_str()))
            };
            Ok(Arc::new(ObjectPhotoStore::new(
                inner,
                format!("s3://{bucket}/{prefix}"),
            )))
        }
    }
}

/// An option of the `PHOTO_STORE` URL's query as object_store names it (`endpoint`, `region`,
/// `allow_http`, `access_key_id`, ...).
pub fn s3_key(name: &str) -> Result<AmazonS3ConfigKey, String> {
    let name = match name {
        "allow_http" => "aws_allow_http",
        other => other,
    };
    AmazonS3ConfigKey::from_str(name).map_err(|_| format!("'{name}' is not an S3 option"))
}
