//! Counts per article, consultation and stance, and the CSV exports for the drafting group.

pub mod export;
pub mod repo;
pub mod routes;

/// The files the exports produce, by download name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFile {
    Feedback,
    TallyByArticle,
}

impl ExportFile {
    pub const ALL: &'static [ExportFile] = &[ExportFile::Feedback, ExportFile::TallyByArticle];

    pub fn file_name(&self) -> &'static str {
        match self {
            ExportFile::Feedback => "feedback.csv",
            ExportFile::TallyByArticle => "tally_by_article.csv",
        }
    }

    pub fn description(&self) -> &'static str {
        match self {
            ExportFile::Feedback => {
                "Every feedback item, one row each, with its text and who sent it."
            }
            ExportFile::TallyByArticle => {
                "Counts by stance for each article, per consultation and in all."
            }
        }
    }

    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.file_name() == name)
    }
}
