//! The shipped draft, loaded as the app loads it, for unit tests of what is built on it.

use super::{Article, Document};

/// The 2017 draft, through the same insert and load as a real database.
pub fn draft_2017() -> Document {
    document_from(&super::source::SourceDocument::parse(crate::seed::DRAFT_2017).unwrap())
}

/// A draft as read from a file, through the same insert and load as a real database.
pub fn document_from(draft: &super::source::SourceDocument) -> Document {
    let conn = crate::db::migrated_in_memory();
    let slug = crate::processes::ProcessSlug::parse("draft").unwrap();
    let process_id = crate::processes::repo::insert(&conn, &slug, &draft.title).unwrap();
    super::repo::insert(&conn, draft, process_id).unwrap();
    super::repo::load_all(&conn).unwrap().remove(0)
}

/// Article 4 of the 2017 draft.
pub fn article_4() -> Article {
    draft_2017().article("4".parse().unwrap()).unwrap().clone()
}
