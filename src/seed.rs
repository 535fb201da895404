//! The shipped data: the 2017 draft declaration, the five regional consultations and the
//! reference lists, loaded into an empty database in one transaction at first start.

use rusqlite::Connection;
use serde::Deserialize;

use crate::consultations::SourceConsultation;
use crate::document::source::SourceDocument;
use crate::feedback::vocabulary::SourceVocabulary;

pub const DRAFT_2017: &str = include_str!("../data/draft-declaration-2017.json");
pub const CONSULTATIONS: &str = include_str!("../data/consultations.json");

#[derive(Deserialize)]
struct SourceConsultations {
    consultations: Vec<SourceConsultation>,
    #[serde(flatten)]
    vocabulary: SourceVocabulary,
}

#[tracing::instrument(skip_all)]
pub fn load_if_empty(conn: &mut Connection) -> anyhow::Result<()> {
    let tx = conn.transaction()?;
    crate::csrf::repo::ensure_key(&tx)?;
    if crate::document::repo::is_empty(&tx)? {
        let draft = SourceDocument::parse(DRAFT_2017)?;
        let listed: SourceConsultations = serde_json::from_str(CONSULTATIONS)?;
        let slug = crate::processes::ProcessSlug::parse(crate::processes::SHIPPED_PROCESS_SLUG)
            .map_err(anyhow::Error::msg)?;
        let process_id = crate::processes::repo::insert(&tx, &slug, &draft.title)?;
        let document_id = crate::document::repo::insert(&tx, &draft, process_id)?;
        for (position, consultation) in listed.consultations.iter().enumerate() {
            crate::consultations::repo::insert(&tx, position, consultation, document_id)?;
        }
        crate::feedback::repo::insert_vocabulary(&tx, &listed.vocabulary, process_id)?;
        tracing::info!(symbol = %draft.symbol, consultations = listed.consultations.len(), "loaded the shipped data");
    }
    tx.commit()?;
    Ok(())
}
