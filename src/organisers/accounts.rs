//! Organiser accounts as administrators manage them: adding one (its owner sets the password
//! through a one-time link), roles, disabling, and passwords. Every change is audited.

use rusqlite::Connection;

use super::{Account, NewPassword, Role, Username, password, repo};
use crate::audit::{Action, Entry};
use crate::time_format::{format_rfc3339, now_rfc3339};
use crate::tokens;

/// How long a password link works.
pub const PASSWORD_LINK_HOURS: i64 = 72;

/// Why an account change was not made.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum AccountRefused {
    #[error("an organiser with this name exists already")]
    UsernameTaken,
    #[error("there is no such organiser")]
    NoSuchOrganiser,
    #[error("at least one enabled administrator must remain")]
    LastAdministrator,
}

/// A one-time link to set a password, as shown once to whoever made it.
#[derive(Debug, Clone)]
pub struct PasswordLink {
    pub token: String,
    pub expires_at: String,
}

fn audit(
    conn: &Connection,
    by: &str,
    action: Action,
    subject: &str,
    detail: &str,
) -> anyhow::Result<()> {
    let entry = Entry::new(by, action).subject(subject).detail(detail);
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}

/// The role a new account made on the command line gets: the first administers.
pub fn command_line_role(conn: &Connection, asked_admin: bool) -> rusqlite::Result<Role> {
    Ok(if asked_admin || !repo::any(conn)? {
        Role::Administrator
    } else {
        Role::Reviewer
    })
}

/// Adds an account. With a password hash the account can log in at once (the command line);
/// without, its owner sets one through a link.
pub fn add_organiser(
    conn: &Connection,
    username: &Username,
    password_hash: Option<&str>,
    role: Role,
    by: &str,
) -> anyhow::Result<Result<i64, AccountRefused>> {
    if repo::find_account_by_name(conn, username.as_str())?.is_some() {
        return Ok(Err(AccountRefused::UsernameTaken));
    }
    let id = repo::insert(
        conn,
        username.as_str(),
        password_hash.unwrap_or_default(),
        role,
        &now_rfc3339(),
    )?;
    audit(
        conn,
        by,
        Action::OrganiserAdd,
        username.as_str(),
        role.key(),
    )?;
    Ok(Ok(id))
}

/// Adds an account that can log in at once with `password` (the command line, tests).
pub fn add_with_password(
    conn: &Connection,
    username: &Username,
    password: &NewPassword,
    role: Role,
    by: &str,
) -> anyhow::Result<()> {
    let hash = hash_new_password(password)?;
    add_organiser(conn, username, Some(&hash), role, by)?
        .map_err(|_| anyhow::anyhow!("an organiser named {username} already exists"))?;
    Ok(())
}

/// A new one-time link for an account; earlier unused links stop working.
pub fn issue_password_link(
    conn: &Connection,
    organiser_id: i64,
    by: &str,
) -> anyhow::Result<Result<PasswordLink, AccountRefused>> {
    let Some(account) = repo::find_account(conn, organiser_id)? else {
        return Ok(Err(AccountRefused::NoSuchOrganiser));
    };
    let now = time::OffsetDateTime::now_utc();
    let expires_at = format_rfc3339(now + time::Duration::hours(PASSWORD_LINK_HOURS));
    let token = tokens::new_token();
    repo::insert_password_link(
        conn,
        &tokens::token_hash(&token),
        organiser_id,
        by,
        &format_rfc3339(now),
        &expires_at,
    )?;
    audit(conn, by, Action::PasswordLink, &account.username, "")?;
    Ok(Ok(PasswordLink { token, expires_at }))
}

/// The account a password link is for, while the link works.
pub fn account_of_link(conn: &Connection, token: &str) -> rusqlite::Result<Option<Account>> {
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    repo::find_link_account(conn, &tokens::token_hash(token), &now_rfc3339())
}

/// Sets the password through a link, once; the account's other sessions end. `None` when the
/// link no longer works.
pub fn set_password_with_link(
    conn: &Connection,
    token: &str,
    password_hash: &str,
) -> anyhow::Result<Option<Account>> {
    let Some(account) = account_of_link(conn, token)? else {
        return Ok(None);
    };
    let now = now_rfc3339();
    repo::mark_link_used(conn, &tokens::token_hash(token), &now)?;
    repo::set_password_hash(conn, account.id, password_hash)?;
    repo::delete_sessions_of(conn, account.id, &[])?;
    audit(
        conn,
        &account.username,
        Action::PasswordSet,
        &account.username,
        "",
    )?;
    Ok(Some(account))
}

/// Changes an account's role, keeping at least one enabled administrator.
pub fn set_role(
    conn: &Connection,
    organiser_id: i64,
    role: Role,
    by: &str,
) -> anyhow::Result<Result<(), AccountRefused>> {
    let Some(account) = repo::find_account(conn, organiser_id)? else {
        return Ok(Err(AccountRefused::NoSuchOrganiser));
    };
    if account.role == Role::Administrator
        && role != Role::Administrator
        && !account.disabled
        && repo::other_active_administrators(conn, organiser_id)? == 0
    {
        return Ok(Err(AccountRefused::LastAdministrator));
    }
    repo::update_role(conn, organiser_id, role)?;
    audit(
        conn,
        by,
        Action::OrganiserRole,
        &account.username,
        role.key(),
    )?;
    Ok(Ok(()))
}

/// Disables an account (its sessions end at once) or enables it again.
pub fn set_enabled(
    conn: &Connection,
    organiser_id: i64,
    enabled: bool,
    by: &str,
) -> anyhow::Result<Result<(), AccountRefused>> {
    let Some(account) = repo::find_account(conn, organiser_id)? else {
        return Ok(Err(AccountRefused::NoSuchOrganiser));
    };
    if enabled {
        repo::set_disabled(conn, organiser_id, None)?;
        audit(conn, by, Action::OrganiserEnable, &account.username, "")?;
        return Ok(Ok(()));
    }
    if account.role == Role::Administrator
        && !account.disabled
        && repo::other_active_administrators(conn, organiser_id)? == 0
    {
        return Ok(Err(AccountRefused::LastAdministrator));
    }
    repo::set_disabled(conn, organiser_id, Some(&now_rfc3339()))?;
    repo::delete_sessions_of(conn, organiser_id, &[])?;
    audit(conn, by, Action::OrganiserDisable, &account.username, "")?;
    Ok(Ok(()))
}

/// Sets an organiser's password (their own change, or the command line's); every other session
/// of theirs ends, `keep` (the session making the change) excepted.
pub fn change_password(
    conn: &Connection,
    organiser_id: i64,
    password_hash: &str,
    keep: &[u8],
    by: &str,
) -> anyhow::Result<Result<(), AccountRefused>> {
    let Some(account) = repo::find_account(conn, organiser_id)? else {
        return Ok(Err(AccountRefused::NoSuchOrganiser));
    };
    repo::set_password_hash(conn, organiser_id, password_hash)?;
    repo::delete_sessions_of(conn, organiser_id, keep)?;
    audit(conn, by, Action::PasswordChange, &account.username, "")?;
    Ok(Ok(()))
}

/// A password hashed for storing, off the async threads' way (argon2 takes ~20 ms).
pub fn hash_new_password(password: &NewPassword) -> anyhow::Result<String> {
    password::hash(password.expose())
}
