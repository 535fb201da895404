//! Counts per article, consultation and stance, and the CSV exports for the drafting group.

pub mod carried;
pub mod chart;
pub mod export;
pub mod overview;
pub mod repo;
pub mod routes;
pub mod table;

/// The drafters' workbook: every article's feedback, the tally and the dispositions.
pub const CONSOLIDATION: &str = "consolidation.xlsx";

/// The files the exports produce, by download name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFile {
    Feedback,
    TallyByArticle,
    TallyByStakeholder,
    TallyByChannel,
    DispositionOfComments,
}

impl ExportFile {
    pub const ALL: &'static [ExportFile] = &[
        ExportFile::Feedback,
        ExportFile::TallyByArticle,
        ExportFile::TallyByStakeholder,
        ExportFile::TallyByChannel,
        ExportFile::DispositionOfComments,
    ];

    pub fn file_name(&self) -> &'static str {
        match self {
            ExportFile::Feedback => "feedback.csv",
            ExportFile::TallyByArticle => "tally_by_article.csv",
            ExportFile::TallyByStakeholder => "tally_by_stakeholder.csv",
            ExportFile::TallyByChannel => "tally_by_channel.csv",
            ExportFile::DispositionOfComments => "disposition_of_comments.csv",
        }
    }

    /// The catalogue key of what the file holds, for the organisers' page.
    pub fn description_key(&self) -> &'static str {
        match self {
            ExportFile::Feedback => "export-feedback",
            ExportFile::TallyByArticle => "export-tally-by-article",
            ExportFile::TallyByStakeholder => "export-tally-by-stakeholder",
            ExportFile::TallyByChannel => "export-tally-by-channel",
            ExportFile::DispositionOfComments => "export-disposition-of-comments",
        }
    }

    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.file_name() == name)
    }

    /// The name without its extension, as a workbook names its sheet.
    pub fn stem(&self) -> &'static str {
        self.file_name().trim_end_matches(".csv")
    }

    /// Its name in `format`: `feedback.csv`, `feedback.xlsx`.
    pub fn name_in(&self, format: ExportFormat) -> String {
        format!("{}.{}", self.stem(), format.extension())
    }

    /// A download's name, back: the file and its format.
    pub fn parse_download(name: &str) -> Option<(Self, ExportFormat)> {
        let (stem, extension) = name.rsplit_once('.')?;
        let format = ExportFormat::ALL
            .into_iter()
            .find(|f| f.extension() == extension)?;
        let file = Self::ALL.iter().copied().find(|f| f.stem() == stem)?;
        Some((file, format))
    }

    /// Its columns, in order.
    pub fn columns(&self) -> &'static [&'static str] {
        match self {
            ExportFile::Feedback => &export::FEEDBACK_COLUMNS,
            ExportFile::TallyByArticle => &export::TALLY_BY_ARTICLE_COLUMNS,
            ExportFile::TallyByStakeholder => &export::TALLY_BY_STAKEHOLDER_COLUMNS,
            ExportFile::TallyByChannel => &export::TALLY_BY_CHANNEL_COLUMNS,
            ExportFile::DispositionOfComments => &export::DISPOSITION_COLUMNS,
        }
    }
}

/// How an export is written: CSV, or an `.xlsx` workbook with typed cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 2] = [ExportFormat::Csv, ExportFormat::Xlsx];

    pub fn extension(&self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }

    pub fn content_type(&self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        }
    }
}

/// One article's line of the desk's overview: counts by stance and items awaiting a decision.
#[derive(Debug, Default, PartialEq)]
pub struct ArticleTotals {
    pub counts: chart::Counts,
    pub pending: i64,
}

/// The overview's lines, one per article of `document` in its order, with or without feedback.
pub fn totals_per_article(
    document: &crate::document::Document,
    rows: &[repo::OverviewRow],
) -> Vec<(crate::document::ArticleId, ArticleTotals)> {
    document
        .articles
        .iter()
        .map(|a| {
            let mut totals = ArticleTotals::default();
            for row in rows.iter().filter(|r| r.article == a.id) {
                totals.counts.add(row.stance.key(), row.count);
                totals.pending += row.pending;
            }
            (a.id, totals)
        })
        .collect()
}

/// Records in the audit log who downloaded `file`, with which filters.
pub fn record_export(
    conn: &rusqlite::Connection,
    name: &str,
    filter: &crate::review::Filter,
    by: &str,
) -> rusqlite::Result<()> {
    let article: Vec<(&str, String)> = filter
        .article
        .map(|a| ("article", a.to_string()))
        .into_iter()
        .collect();
    let entry = crate::audit::Entry::new(by, crate::audit::Action::Export)
        .subject(name)
        .detail(filter.query_string(&article));
    crate::audit::repo::record_now(conn, &entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::testing::draft_2017;
    use crate::feedback::Stance;

    #[test]
    fn every_article_has_a_line_in_order_with_its_rows_added_up() {
        let document = draft_2017();
        let row = |article: &str, stance, count, pending| repo::OverviewRow {
            article: article.parse().unwrap(),
            stance,
            count,
            pending,
        };
        let rows = [
            row("4", Stance::Support, 3, 1),
            row("4", Stance::Oppose, 2, 2),
            row("preamble", Stance::Question, 1, 0),
        ];
        let lines = totals_per_article(&document, &rows);
        assert_eq!(lines.len(), document.articles.len());
        let first: Vec<String> = lines[..3].iter().map(|(a, _)| a.to_string()).collect();
        assert_eq!(first, ["title", "whole", "preamble"]);
        let four = &lines.iter().find(|(a, _)| a.to_string() == "4").unwrap().1;
        assert_eq!((four.counts.by_stance, four.pending), ([3, 0, 2, 0, 0], 3));
        let five = &lines.iter().find(|(a, _)| a.to_string() == "5").unwrap().1;
        assert_eq!(*five, ArticleTotals::default());
    }
}
