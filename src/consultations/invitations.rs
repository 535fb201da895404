//! Invitation links to consultations that are not public. Following one sets a cookie
//! holding the link's token; the consultation's pages then open for that browser, until the
//! link is revoked. Only the SHA-256 of a token is stored.

use std::future::{Ready, ready};

use actix_web::cookie::Cookie;
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use rusqlite::Connection;

use super::{Consultation, repo};
use crate::audit::{Action, Entry};
use crate::error::AppError;
use crate::tokens;

pub const COOKIE: &str = "consult_invitations";
/// A browser keeps at most this many invitations; the oldest gives way.
const MAX_KEPT: usize = 20;

/// The invitation tokens a browser holds, as hashes.
#[derive(Debug, Clone, Default)]
pub struct Invited {
    tokens: Vec<String>,
}

impl Invited {
    pub fn hashes(&self) -> Vec<Vec<u8>> {
        self.tokens.iter().map(|t| tokens::token_hash(t)).collect()
    }

    /// The cookie after following the invitation `token`.
    pub fn cookie_with(&self, token: &str, secure: bool) -> Cookie<'static> {
        let mut kept: Vec<&str> = self
            .tokens
            .iter()
            .map(String::as_str)
            .filter(|t| *t != token)
            .collect();
        kept.push(token);
        let start = kept.len().saturating_sub(MAX_KEPT);
        crate::pages::private_cookie(COOKIE, kept[start..].join("."), secure)
    }
}

impl FromRequest for Invited {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let tokens = req
            .cookie(COOKIE)
            .map(|c| {
                c.value()
                    .split('.')
                    .filter(|t| tokens::looks_like_token(t))
                    .take(MAX_KEPT)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        ready(Ok(Invited { tokens }))
    }
}

/// Makes an invitation link (for a group, or one invitee, as `label` says); returns its token.
pub fn create_invitation(
    conn: &Connection,
    consultation: &Consultation,
    label: &str,
    by: &str,
) -> anyhow::Result<String> {
    let token = tokens::new_token();
    let now = crate::time_format::now_rfc3339();
    repo::insert_invitation(
        conn,
        consultation.id,
        &tokens::token_hash(&token),
        label,
        by,
        &now,
    )?;
    let entry = Entry::new(by, Action::InvitationCreate)
        .subject(&consultation.slug)
        .detail(label);
    crate::audit::repo::record_now(conn, &entry)?;
    Ok(token)
}

/// Revokes an invitation: browsers that followed it lose the consultation's pages at once.
pub fn revoke_invitation(
    conn: &Connection,
    consultation: &Consultation,
    id: i64,
    by: &str,
) -> Result<(), AppError> {
    let now = crate::time_format::now_rfc3339();
    let label = repo::revoke_invitation(conn, consultation.id, id, &now)?
        .ok_or(AppError::NotFound("error-not-found-invitation"))?;
    let entry = Entry::new(by, Action::InvitationRevoke)
        .subject(&consultation.slug)
        .detail(label);
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}
