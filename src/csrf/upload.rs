//! Forms that carry a file (`multipart/form-data`), read with actix-multipart: every part is
//! bounded while it is read, and the CSRF token is checked as for any other form.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use actix_multipart::Multipart;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::StreamExt;

use super::{COOKIE, FormPolicy};
use crate::error::AppError;

/// A text field of an upload form is at most this long.
const MAX_FIELD_BYTES: usize = 4 * 1024;
/// An upload form has at most this many parts.
const MAX_PARTS: usize = 32;

/// A file as uploaded: the name the browser gave it and its bytes.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An upload form whose CSRF token matched: its text fields and its one file (if one was
/// chosen). Files are at most [`MAX_UPLOAD_BYTES`]: a larger one is read to its end but not
/// kept, only its name, so that the form can come back saying so beside the file field.
pub struct CsrfUpload {
    pub fields: BTreeMap<String, String>,
    pub file: Option<UploadedFile>,
    /// The name of a file refused for its size.
    pub oversized: Option<String>,
}

/// The largest file an upload form takes.
pub const MAX_UPLOAD_BYTES: usize = crate::document::import::MAX_DRAFT_BYTES;

/// How much of a file over [`MAX_UPLOAD_BYTES`] is read, so that the form comes back with
/// the rest of what it sent; beyond it the request is refused outright (413).
const OVERSIZED_READ_BYTES: usize = 2 * MAX_UPLOAD_BYTES;

/// The message beside a file field when the file chosen was larger than an upload takes.
pub fn too_large() -> crate::i18n::Message {
    crate::i18n::Message::new("upload-file-too-large")
        .with("mb", (MAX_UPLOAD_BYTES / (1024 * 1024)) as i64)
}

impl CsrfUpload {
    /// A text field as sent, or empty.
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

impl FromRequest for CsrfUpload {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let multipart = Multipart::from_request(&req, payload);
        Box::pin(async move {
            // Only a multipart body can carry the token; any other is refused as a forgery.
            if !is_multipart(&req) {
                tracing::warn!("upload refused: not a multipart form");
                return Err(AppError::CsrfRejected.into());
            }
            let multipart = multipart.await?;
            let policy = req
                .app_data::<web::Data<FormPolicy>>()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("form policy missing")))?;
            let read = tokio::time::timeout(policy.body_timeout, read_parts(multipart))
                .await
                .map_err(|_| AppError::RequestTimeout)??;
            let cookie = req
                .cookie(COOKIE)
                .map(|c| c.value().to_string())
                .unwrap_or_default();
            let token = read.fields.get("csrf_token").cloned().unwrap_or_default();
            if cookie.is_empty() || !policy.key.verify(&cookie, &token) {
                tracing::warn!("upload refused: CSRF token missing or wrong");
                return Err(AppError::CsrfRejected.into());
            }
            Ok(read)
        })
    }
}

async fn read_parts(mut multipart: Multipart) -> Result<CsrfUpload, AppError> {
    let mut upload = CsrfUpload {
        fields: BTreeMap::new(),
        file: None,
        oversized: None,
    };
    let mut parts = 0;
    while let Some(field) = multipart.next().await {
        let mut field = field.map_err(|_| AppError::UnsupportedMediaType)?;
        parts += 1;
        if parts > MAX_PARTS {
            return Err(AppError::PayloadTooLarge {
                limit: MAX_UPLOAD_BYTES,
            });
        }
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_string);
        let limit = if file_name.is_some() {
            MAX_UPLOAD_BYTES
        } else {
            MAX_FIELD_BYTES
        };
        let mut bytes = Vec::new();
        let mut oversized = false;
        let mut read = 0;
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::RequestTimeout)?;
            read += chunk.len();
            if oversized {
                // The rest of a file somewhat too large is read (the form's other fields may
                // follow), not kept; a file far larger is not read to its end.
                if read > OVERSIZED_READ_BYTES {
                    return Err(AppError::PayloadTooLarge { limit });
                }
                continue;
            }
            if bytes.len() + chunk.len() > limit {
                match &file_name {
                    Some(_) => {
                        oversized = true;
                        bytes = Vec::new();
                        continue;
                    }
                    None => return Err(AppError::PayloadTooLarge { limit }),
                }
            }
            bytes.extend_from_slice(&chunk);
        }
        if oversized {
            upload.oversized = file_name;
            continue;
        }
        match file_name {
            // A file input left empty sends a part with an empty name and no bytes.
            Some(file_name) if !(file_name.is_empty() && bytes.is_empty()) => {
                upload.file = Some(UploadedFile {
                    name: file_name,
                    bytes,
                });
            }
            Some(_) => {}
            None => {
                let text = String::from_utf8(bytes)
                    .map_err(|_| AppError::UnreadableText("error-encoding"))?;
                if text.contains('\0') {
                    return Err(AppError::UnreadableText("error-nul"));
                }
                upload.fields.insert(name, text);
            }
        }
    }
    Ok(upload)
}

fn is_multipart(req: &HttpRequest) -> bool {
    req.headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("multipart/form-data"))
}
