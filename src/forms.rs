//! What every form of the site shares: the messages found wrong, by field, translated when
//! the page is rendered, and the status a refused form is answered with.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;

use crate::i18n::Message;

/// Messages by field name, translated when the page is rendered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldErrors(BTreeMap<&'static str, Message>);

impl FieldErrors {
    pub fn get(&self, field: &str) -> Option<&Message> {
        self.0.get(field)
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// 200 when all is well, else 422: the page comes back with the messages and the values.
    pub fn status(&self) -> StatusCode {
        if self.0.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Message)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    /// Adds the problems of another part of the same form.
    pub fn extend(&mut self, other: FieldErrors) {
        for (field, message) in other.0 {
            self.add(field, message);
        }
    }

    /// Records the first problem of `field`; a later one for the same field is dropped.
    pub fn add(&mut self, field: &'static str, message: Message) {
        self.0.entry(field).or_insert(message);
    }
}
