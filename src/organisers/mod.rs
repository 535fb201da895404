//! Organiser accounts, passwords, sessions and the guard in front of `/admin`.

pub mod account_routes;
pub mod accounts;
pub mod desk;
pub mod login;
pub mod password;
pub mod repo;
pub mod routes;
pub mod session;
pub mod throttle;

use std::fmt;

/// A signed-in organiser, as handlers see them.
#[derive(Debug, Clone)]
pub struct Organiser {
    pub id: i64,
    pub username: String,
    pub role: Role,
}

impl Organiser {
    pub fn is_administrator(&self) -> bool {
        self.role == Role::Administrator
    }
}

/// An account as the organisers' page lists it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub disabled: bool,
    /// False until the owner has set a password through their link.
    pub has_password: bool,
    pub created_at: String,
}

/// What an organiser may do. Stored by key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Sets up processes, drafts, consultations, vocabularies and organisers; reviews too.
    Administrator,
    /// The review desk: reading, moderation, dispositions, tallies, exports.
    Reviewer,
}

impl Role {
    pub const ALL: [Role; 2] = [Role::Administrator, Role::Reviewer];

    pub fn key(&self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Reviewer => "reviewer",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }

    /// The catalogue key of the role's name.
    pub fn label_key(&self) -> &'static str {
        match self {
            Role::Administrator => "role-administrator",
            Role::Reviewer => "role-reviewer",
        }
    }
}

/// 1 to 64 characters of letters, digits, `.`, `_`, `-`: safe in logs and URLs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let valid = !raw.is_empty()
            && raw.len() <= 64
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
        if valid {
            Ok(Self(raw.to_string()))
        } else {
            Err("A username has 1 to 64 letters, digits, dots, underscores or hyphens.".into())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// A password good enough to set. Its Debug output never shows it.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(raw: String) -> Result<Self, String> {
        let length = raw.chars().count();
        if length < MIN_PASSWORD_CHARS {
            return Err(format!(
                "A password has at least {MIN_PASSWORD_CHARS} characters."
            ));
        }
        if length > MAX_PASSWORD_CHARS {
            return Err(format!(
                "A password has at most {MAX_PASSWORD_CHARS} characters."
            ));
        }
        Ok(Self(raw))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// Ends the session `id_hash` on the server, with its audit entry.
pub fn log_out(
    conn: &rusqlite::Connection,
    id_hash: &[u8],
    address: &str,
) -> Result<(), crate::error::AppError> {
    if let Some((organiser, _)) = repo::find_session(conn, id_hash)? {
        let entry = crate::audit::Entry::new(organiser.username, crate::audit::Action::Logout)
            .address(address);
        crate::audit::repo::record_now(conn, &entry)?;
    }
    Ok(repo::delete_session(conn, id_hash)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_checked() {
        for good in ["alice", "a", "j.doe-2_x", &"a".repeat(64)] {
            assert!(Username::parse(good).is_ok(), "{good:?}");
        }
        for bad in ["", "a b", "alice\n", "ali/ce", "émile", &"a".repeat(65)] {
            assert!(Username::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn passwords_need_twelve_characters() {
        assert!(NewPassword::parse("elevenchars".into()).is_err());
        assert!(NewPassword::parse("twelve chars".into()).is_ok());
        assert!(
            NewPassword::parse("ñññññññññññ".into()).is_err(),
            "11 characters, 22 bytes"
        );
        assert_eq!(
            format!("{:?}", NewPassword::parse("secret secret".into()).unwrap()),
            "NewPassword(…)"
        );
    }
}
