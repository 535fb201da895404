//! Counts per article, consultation and stance, and the CSV exports for the drafting group.

pub mod chart;
pub mod export;
pub mod repo;
pub mod routes;

/// The files the exports produce, by download name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFile {
    Feedback,
    TallyByArticle,
    TallyByStakeholder,
    DispositionOfComments,
}

impl ExportFile {
    pub const ALL: &'static [ExportFile] = &[
        ExportFile::Feedback,
        ExportFile::TallyByArticle,
        ExportFile::TallyByStakeholder,
        ExportFile::DispositionOfComments,
    ];

    pub fn file_name(&self) -> &'static str {
        match self {
            ExportFile::Feedback => "feedback.csv",
            ExportFile::TallyByArticle => "tally_by_article.csv",
            ExportFile::TallyByStakeholder => "tally_by_stakeholder.csv",
            ExportFile::DispositionOfComments => "disposition_of_comments.csv",
        }
    }

    /// The catalogue key of what the file holds, for the organisers' page.
    pub fn description_key(&self) -> &'static str {
        match self {
            ExportFile::Feedback => "export-feedback",
            ExportFile::TallyByArticle => "export-tally-by-article",
            ExportFile::TallyByStakeholder => "export-tally-by-stakeholder",
            ExportFile::DispositionOfComments => "export-disposition-of-comments",
        }
    }

    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.file_name() == name)
    }
}

/// Records in the audit log who downloaded `file`, with which filters.
pub fn record_export(
    conn: &rusqlite::Connection,
    file: ExportFile,
    filter: &crate::review::Filter,
    by: &str,
) -> rusqlite::Result<()> {
    let article: Vec<(&str, String)> = filter
        .article
        .map(|a| ("article", a.to_string()))
        .into_iter()
        .collect();
    let entry = crate::audit::Entry::new(by, crate::audit::Action::Export)
        .subject(file.file_name())
        .detail(filter.query_string(&article));
    crate::audit::repo::record_now(conn, &entry)
}
