//! The shared state handed to handlers. It sits below every domain: domains import it, it
//! imports no domain's handlers, so the route table in `startup.rs` can import them all.

use std::sync::Arc;

use crate::configuration::Settings;
use crate::csrf::CsrfKey;
use crate::db::Db;
use crate::document::LibraryCell;
use crate::error::AppError;
use crate::feedback::vocabulary::{Vocabulary, VocabularyCell};
use crate::mail::Mailer;

/// What every handler can reach.
pub struct AppState {
    pub db: Db<AppError>,
    pub library: LibraryCell,
    /// Each process's themes and categories, by process id.
    pub vocabularies: VocabularyCell,
    pub csrf: CsrfKey,
    pub settings: Settings,
    /// Sends receipts when mail is configured.
    pub mailer: Option<Mailer>,
    /// The lineage of each revised version, as the desk's pages follow it.
    pub ancestries: Arc<crate::lineage::ancestry::AncestryCache>,
}

impl AppState {
    /// The themes and categories of the process whose draft `document_id` is.
    pub fn vocabulary_of_document(&self, document_id: i64) -> Arc<Vocabulary> {
        let process = self
            .library
            .snapshot()
            .get(document_id)
            .map(|d| d.process_id)
            .unwrap_or_default();
        self.vocabularies.of_process(process)
    }

    /// Reads every process's lists again after an administrator changed one.
    pub async fn reload_vocabularies(&self) -> Result<(), AppError> {
        let all = self
            .db
            .read(|conn| Ok(crate::feedback::repo::load_vocabularies(conn)?))
            .await?;
        self.vocabularies.replace(all);
        Ok(())
    }

    /// Reads the documents again after a draft was stored, so every page shows it at once.
    pub async fn reload_library(&self) -> Result<(), AppError> {
        let library = self
            .db
            .read(|conn| Ok(crate::document::repo::load_library(conn)?))
            .await?;
        self.library.replace(library);
        self.ancestries.forget();
        Ok(())
    }

    /// Opens the database and loads the immutable parts (text, lists, key) into memory.
    pub async fn load(settings: Settings) -> anyhow::Result<Self> {
        let path = settings.database_path.clone();
        let long_reads = settings.export_streams;
        let db = tokio::task::spawn_blocking(move || {
            Db::open(&path, long_reads, crate::storage::hooks())
        })
        .await??;
        let (library, vocabulary, csrf) = db
            .read(|conn| {
                Ok((
                    crate::document::repo::load_library(conn)?,
                    crate::feedback::repo::load_vocabularies(conn)?,
                    crate::csrf::repo::load_key(conn)?,
                ))
            })
            .await
            .map_err(|e| anyhow::anyhow!("cannot load the stored text: {e:?}"))?;
        let mailer = settings.mail.as_ref().map(Mailer::start).transpose()?;
        Ok(Self {
            mailer,
            db,
            library: LibraryCell::new(library),
            vocabularies: VocabularyCell::new(vocabulary),
            csrf,
            settings,
            ancestries: Arc::default(),
        })
    }
}
