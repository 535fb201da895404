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

    pub fn description(&self) -> &'static str {
        match self {
            ExportFile::Feedback => {
                "Every feedback item, one row each, with its text and who sent it."
            }
            ExportFile::TallyByArticle => {
                "Counts by stance for each article, per consultation and in all."
            }
            ExportFile::TallyByStakeholder => {
                "Counts by stance for each article, per stakeholder category."
            }
            ExportFile::DispositionOfComments => {
                "What became of each comment, in the column order of the ISO/IEC commenting template."
            }
        }
    }

    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.file_name() == name)
    }
}
