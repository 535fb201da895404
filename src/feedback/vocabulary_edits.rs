//! Administrators edit a process's themes and stakeholder categories: add, rename (the key
//! stays), reorder, retire and restore. Nothing used is ever deleted. Every change is audited.

use rusqlite::Connection;

use super::repo::{self, ListKind};
use crate::audit::{Action, Entry};
use crate::forms::FieldErrors;
use crate::i18n::Message;

const MAX_LABEL_CHARS: usize = 200;

/// A change to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    MoveUp,
    MoveDown,
    Retire,
    Restore,
}

impl Change {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "up" => Some(Change::MoveUp),
            "down" => Some(Change::MoveDown),
            "retire" => Some(Change::Retire),
            "restore" => Some(Change::Restore),
            _ => None,
        }
    }
}

fn label_of(raw: &str, errors: &mut FieldErrors) -> Option<String> {
    let label = raw.trim();
    let length = label.chars().count();
    if label.is_empty() {
        errors.add("label", Message::new("invalid-entry-label"));
        None
    } else if length > MAX_LABEL_CHARS {
        errors.add(
            "label",
            Message::new("invalid-too-long")
                .with("length", length as i64)
                .with("max", MAX_LABEL_CHARS as i64),
        );
        None
    } else {
        Some(label.to_string())
    }
}

/// A theme key from what was typed, or from the label: lower-case letters, digits, hyphens.
fn theme_key(typed: &str, label: &str) -> Option<String> {
    let source = if typed.trim().is_empty() {
        label
    } else {
        typed.trim()
    };
    let key = source
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let typed_ok = typed.trim().is_empty() || typed.trim() == key;
    (typed_ok && !key.is_empty() && key.len() <= 60).then_some(key)
}

fn audit(
    conn: &Connection,
    by: &str,
    action: Action,
    process: &str,
    list: ListKind,
    detail: String,
) -> anyhow::Result<()> {
    let entry = Entry::new(by, action)
        .subject(format!("{process} {}", list.key()))
        .detail(detail);
    Ok(crate::audit::repo::record_now(conn, &entry)?)
}

/// Adds a theme (with `key`, or one made from the label) or a category (its key is its
/// label) at the end of the process's list.
pub fn add_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    process_slug: &str,
    typed_key: &str,
    typed_label: &str,
    by: &str,
) -> anyhow::Result<Result<String, FieldErrors>> {
    let mut errors = FieldErrors::default();
    let label = label_of(typed_label, &mut errors);
    let key = match (list, &label) {
        (ListKind::Themes, Some(label)) => {
            let key = theme_key(typed_key, label);
            if key.is_none() {
                // A key typed is at fault; with none typed, the name gave none.
                let why = match typed_key.trim() {
                    "" => "invalid-theme-key-from-name",
                    _ => "invalid-theme-key",
                };
                errors.add("key", Message::new(why));
            }
            key
        }
        (ListKind::Categories, Some(label)) => Some(label.clone()),
        // Without a label a typed key is still checked, so that both messages come at once.
        (ListKind::Themes, None) => {
            if !typed_key.trim().is_empty() && theme_key(typed_key, "").is_none() {
                errors.add("key", Message::new("invalid-theme-key"));
            }
            None
        }
        (ListKind::Categories, None) => None,
    };
    let (Some(key), Some(label)) = (key, label) else {
        return Ok(Err(errors));
    };
    let (key_taken, label_taken) = repo::entry_exists(conn, list, process_id, &key, &label)?;
    if label_taken {
        errors.add("label", Message::new("invalid-entry-label-taken"));
    } else if key_taken {
        let field = if list == ListKind::Themes {
            "key"
        } else {
            "label"
        };
        errors.add(field, Message::new("invalid-entry-key-taken"));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    repo::insert_entry(conn, list, process_id, &key, &label)?;
    audit(
        conn,
        by,
        Action::VocabularyAdd,
        process_slug,
        list,
        format!("{key}: {label}"),
    )?;
    Ok(Ok(key))
}

/// What renaming an entry came to.
#[derive(Debug, PartialEq)]
pub enum Renaming {
    Renamed,
    /// The name typed cannot be taken, and why.
    Refused(Message),
    NoSuchEntry,
}

/// Names an entry anew; its key, and what feedback and exports store, stay.
pub fn rename_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    process_slug: &str,
    key: &str,
    typed_label: &str,
    by: &str,
) -> anyhow::Result<Renaming> {
    let mut errors = FieldErrors::default();
    let Some(label) = label_of(typed_label, &mut errors) else {
        let message = errors.get("label").cloned();
        return Ok(Renaming::Refused(
            message.unwrap_or_else(|| Message::new("invalid-entry-label")),
        ));
    };
    let (_, label_taken) = repo::entry_exists(conn, list, process_id, "", &label)?;
    if label_taken {
        return Ok(Renaming::Refused(Message::new("invalid-entry-label-taken")));
    }
    if !repo::rename_entry(conn, list, process_id, key, &label)? {
        return Ok(Renaming::NoSuchEntry);
    }
    audit(
        conn,
        by,
        Action::VocabularyRename,
        process_slug,
        list,
        format!("{key}: {label}"),
    )?;
    Ok(Renaming::Renamed)
}

/// Moves, retires or restores an entry; `false` when there is no such entry (or no place to
/// move it to).
pub fn change_entry(
    conn: &Connection,
    list: ListKind,
    process_id: i64,
    process_slug: &str,
    key: &str,
    change: Change,
    by: &str,
) -> anyhow::Result<bool> {
    let now = crate::time_format::now_rfc3339();
    let (done, action) = match change {
        Change::MoveUp => (
            repo::move_entry(conn, list, process_id, key, true)?,
            Action::VocabularyMove,
        ),
        Change::MoveDown => (
            repo::move_entry(conn, list, process_id, key, false)?,
            Action::VocabularyMove,
        ),
        Change::Retire => (
            repo::set_entry_retired(conn, list, process_id, key, Some(&now))?,
            Action::VocabularyRetire,
        ),
        Change::Restore => (
            repo::set_entry_retired(conn, list, process_id, key, None)?,
            Action::VocabularyRestore,
        ),
    };
    if done {
        audit(conn, by, action, process_slug, list, key.to_string())?;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::{ListKind, theme_key};

    #[test]
    fn theme_keys_come_from_the_label_or_are_typed_in_their_own_form() {
        assert_eq!(
            theme_key("", "Trade & finance").as_deref(),
            Some("trade-finance")
        );
        assert_eq!(
            theme_key("climate", "Climate change").as_deref(),
            Some("climate")
        );
        assert_eq!(theme_key("Climate Change", "x"), None);
        assert_eq!(theme_key("", "التضامن"), None);
    }

    #[test]
    fn a_theme_without_a_name_still_has_its_key_checked() {
        let conn = crate::db::migrated_in_memory();
        let add = |key: &str| {
            super::add_entry(&conn, ListKind::Themes, 1, "p", key, " ", "alice")
                .unwrap()
                .unwrap_err()
        };
        let errors = add("Bad Key");
        let fields: Vec<&str> = errors.iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["key", "label"]);
        let fields: Vec<&str> = add("").iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["label"]);
    }
}
