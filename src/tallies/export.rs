//! Writing the exports, as CSV (UTF-8 with a byte-order mark, which Excel needs to detect
//! UTF-8; RFC 4180 quoting with CRLF line ends, a header row, and a guard against formula
//! injection) or as `.xlsx` workbooks with typed cells (see `table.rs`). Every export takes
//! the review page's filters.

use std::collections::HashMap;
use std::io::Write;

use rusqlite::Connection;

use super::table::{self, Cell, CsvTable, Table, XlsxTable};
use super::{ExportFile, ExportFormat, repo};
use crate::document::{ArticleId, Library, clause};
use crate::feedback::Stance;
use crate::lineage::UnitAddress;
use crate::lineage::ancestry::Ancestry;
use crate::review::Filter;
use crate::review::disposition::Disposition;

/// The columns of `feedback.csv`: those read from the database, where each item's unit
/// stands in the newest version of the draft (two more), its text groups, and where it was
/// addressed (read as an article and a reference, written as one citation: one fewer).
pub const FEEDBACK_COLUMNS: [&str; repo::FEEDBACK_CELLS + 2 - 1] = [
    "id",
    "submitted_at",
    "updated_at",
    "consultation",
    "city",
    "document",
    "article",
    "paragraph",
    "stance",
    "comment_type",
    "themes",
    "comment",
    "proposed_text",
    "stakeholder_category",
    "organisation",
    "country",
    "participant_name",
    "status",
    "moderation_reason",
    "disposition",
    "disposition_note",
    "disposition_by",
    "disposition_at",
    "document_version",
    "current_article",
    "current_paragraph",
    "text_group",
    "text_group_size",
    "proposal_group",
    "proposal_group_size",
    "channel",
    "speaker",
    "session",
    "made_on",
    "source_reference",
    "recorded_by",
    "external_id",
    "import_file",
    "import_sha256",
    "read_in",
    "key_comment",
    "addressed_version",
    "addressed_in",
    "group_support",
];

pub const TALLY_BY_ARTICLE_COLUMNS: [&str; 8] = [
    "article",
    "consultation",
    "support",
    "amend",
    "oppose",
    "question",
    "none",
    "total",
];

pub const TALLY_BY_CHANNEL_COLUMNS: [&str; 8] = [
    "article", "channel", "support", "amend", "oppose", "question", "none", "total",
];

pub const TALLY_BY_STAKEHOLDER_COLUMNS: [&str; 8] = [
    "article",
    "stakeholder_category",
    "support",
    "amend",
    "oppose",
    "question",
    "none",
    "total",
];

/// The column order of the ISO/IEC commenting template, then what identifies the item here.
pub const DISPOSITION_COLUMNS: [&str; 8] = [
    "originator",
    "clause",
    "type",
    "comment",
    "proposed_change",
    "observations",
    "id",
    "consultation",
];

/// Writes `file` as `format` for the items matching `filter` to `out`; returns the number of
/// data rows. A workbook's sheet documenting the columns is in `tr`'s language.
pub fn write(
    (file, format): (ExportFile, ExportFormat),
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    tr: &crate::i18n::Tr,
    out: impl Write + Send,
) -> anyhow::Result<u64> {
    let header = file.columns();
    match format {
        ExportFormat::Csv => {
            let mut table = CsvTable::new(out, header)?;
            let rows = table::written_beside(&mut table, |rows| {
                write_rows(file, conn, library, filter, rows)
            })?;
            table.finish()?;
            Ok(rows)
        }
        ExportFormat::Xlsx => {
            let mut table = XlsxTable::in_language_of(tr);
            table.begin(file.stem(), header, &about(tr, header))?;
            let rows = write_rows(file, conn, library, filter, &mut table)?;
            table.finish(out)?;
            Ok(rows)
        }
    }
}

/// The rows of `file` that `filter` selects, into `table` whatever its format: how many.
pub fn write_rows(
    file: ExportFile,
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    match file {
        ExportFile::Feedback => write_feedback(conn, library, filter, table),
        ExportFile::TallyByArticle => write_tally_by_article(conn, library, filter, table),
        ExportFile::TallyByStakeholder => {
            let mut cells = with_carried(conn, library, filter, repo::stakeholder_cells)?;
            // Categories in the process's order, whichever version's items named them, and
            // those not stated last.
            sort_as_listed(&mut cells, &repo::category_order(conn, filter.document_id)?);
            write_grouped(table, library, filter, &cells, false)
        }
        ExportFile::TallyByChannel => {
            let mut cells = with_carried(conn, library, filter, repo::channel_cells)?;
            sort_as_listed(
                &mut cells,
                &crate::feedback::provenance::Channel::ALL.map(|c| c.key()),
            );
            write_grouped(table, library, filter, &cells, false)
        }
        ExportFile::DispositionOfComments => {
            write_disposition_of_comments(conn, library, filter, table)
        }
    }
}

/// The columns of `feedback.csv` that hold a time or a number; the rest are text.
const FEEDBACK_TIMES: [usize; 3] = [1, 2, 22];

fn write_feedback(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    let mut rows = 0;
    let places = CurrentPlaces::load(conn, library, filter)?;
    for source in sources_of(conn, library, filter)? {
        let walk = (repo::Order::Id, repo::Shown::Every);
        rows += feedback_rows(conn, &source, &places, walk, table)?;
    }
    Ok(rows)
}

/// The rows of `feedback.csv` for the items matching `source`, walked as `walk` says.
fn feedback_rows(
    conn: &Connection,
    source: &Filter,
    places: &CurrentPlaces,
    walk: (repo::Order, repo::Shown),
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    let mut rows = 0;
    repo::for_each_feedback_row(conn, source, walk, |row| {
        let (article, paragraph) = places.of(row.document_id, row.cells[6], row.cells[7]);
        let version: i64 = row.cells[23].parse().unwrap_or_default();
        let mut cells = [Cell::Text(""); FEEDBACK_COLUMNS.len()];
        cells[0] = Cell::Count(row.id);
        for (i, cell) in row.cells.iter().enumerate().take(23).skip(1) {
            cells[i] = if FEEDBACK_TIMES.contains(&i) {
                Cell::Time(cell)
            } else {
                Cell::Text(cell)
            };
        }
        cells[23] = Cell::Count(version);
        cells[24] = Cell::Text(article);
        cells[25] = Cell::Text(paragraph);
        for (cell, group) in cells[26..30].iter_mut().zip(&row.cells[24..28]) {
            *cell = group.parse().map_or(Cell::Text(""), Cell::Count);
        }
        for (cell, provenance) in cells[30..41].iter_mut().zip(&row.cells[28..39]) {
            *cell = Cell::Text(provenance);
        }
        cells[41] = row.cells[39].parse().map_or(Cell::Text(""), Cell::Count);
        let addressed_in = match row.cells[40].parse::<ArticleId>() {
            Ok(article) => clause(article, row.cells[41]),
            Err(_) => String::new(),
        };
        cells[42] = Cell::Text(&addressed_in);
        cells[43] = Cell::Text(row.cells[42]);
        table.row(&cells)?;
        rows += 1;
        Ok(())
    })?;
    Ok(rows)
}

/// What each of `columns` holds, in `tr`'s language.
fn about(tr: &crate::i18n::Tr, columns: &[&str]) -> Vec<(String, String)> {
    columns
        .iter()
        .map(|column| (column.to_string(), tr.t(&format!("column-about-{column}"))))
        .collect()
}

/// The consolidation workbook for the drafters: a sheet per article of the filter's version
/// (its feedback, with what the version carries, in reading order), then the tally by article
/// and the disposition of comments, then the columns' meanings. Returns the feedback rows.
pub fn write_consolidation(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    tr: &crate::i18n::Tr,
    out: impl Write + Send,
) -> anyhow::Result<u64> {
    let version = filter
        .document_id
        .and_then(|id| library.get(id))
        .ok_or_else(|| anyhow::anyhow!("a consolidation without its draft"))?;
    let ancestry = (version.based_on.is_some() && !filter.this_version_only)
        .then(|| Ancestry::load(conn, library, version))
        .transpose()?;
    let places = CurrentPlaces::load(conn, library, filter)?;
    let mut book = XlsxTable::in_language_of(tr);
    let mut rows = 0;
    for article in version
        .articles
        .iter()
        .filter(|a| filter.article.is_none_or(|wanted| wanted == a.id))
    {
        book.begin(
            &tr.article_title(article.id),
            &FEEDBACK_COLUMNS,
            &about(tr, &FEEDBACK_COLUMNS),
        )?;
        let own = Filter {
            article: Some(article.id),
            ..filter.clone()
        };
        let carried = ancestry.iter().flat_map(|a| a.sources_into(article.id));
        let sources: Vec<Filter> = std::iter::once(own.clone())
            .chain(carried.map(|source| crate::review::repo::on_source(&own, &source)))
            .collect();
        for source in &sources {
            // The drafters read what moderation left visible, as the tally sheet counts it.
            let walk = (repo::Order::Reading, repo::Shown::Visible);
            rows += feedback_rows(conn, source, &places, walk, &mut book)?;
        }
    }
    let tally = ExportFile::TallyByArticle;
    book.begin(tally.stem(), tally.columns(), &about(tr, tally.columns()))?;
    write_tally_by_article(conn, library, filter, &mut book)?;
    let dispositions = ExportFile::DispositionOfComments;
    book.begin(
        dispositions.stem(),
        dispositions.columns(),
        &about(tr, dispositions.columns()),
    )?;
    write_disposition_of_comments(conn, library, filter, &mut book)?;
    book.finish(out)?;
    Ok(rows)
}

/// What an export reads: the feedback on the filter's version, then (unless the filter keeps
/// to that version) the feedback carried from each earlier one, newest first.
fn sources_of(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
) -> anyhow::Result<Vec<Filter>> {
    let version = match filter.document_id.and_then(|id| library.get(id)) {
        Some(version) if !filter.this_version_only && version.based_on.is_some() => version,
        _ => return Ok(vec![filter.clone()]),
    };
    let ancestry = Ancestry::load(conn, library, version)?;
    let earlier: Vec<Filter> = match filter.article {
        Some(article) => ancestry
            .sources_into(article)
            .into_iter()
            .map(|source| crate::review::repo::on_source(filter, &source))
            .collect(),
        None => ancestry
            .earlier
            .iter()
            .map(|earlier| Filter {
                document_id: Some(earlier.id),
                ..filter.clone()
            })
            .collect(),
    };
    Ok(std::iter::once(filter.clone()).chain(earlier).collect())
}

/// Where each unit of the process's versions stands in its newest version, as the export's
/// `current_article` and `current_paragraph` write it.
struct CurrentPlaces {
    /// Version, then article, then reference, to (article, reference); several places (a
    /// split unit) joined by "; ". Nested so a row's cells look it up without a copy.
    places: HashMap<i64, HashMap<String, PlacesInArticle>>,
}

/// Reference to (article, reference) now, within one article of one version.
type PlacesInArticle = HashMap<String, (String, String)>;

impl CurrentPlaces {
    fn load(conn: &Connection, library: &Library, filter: &Filter) -> anyhow::Result<Self> {
        let mut places = Self {
            places: HashMap::new(),
        };
        let process = filter
            .document_id
            .and_then(|id| library.get(id))
            .map(|d| d.process_id);
        if let Some(newest) = process.and_then(|p| library.newest_of_process(p)) {
            let ancestry = Ancestry::load(conn, library, newest)?;
            for version in std::iter::once(newest).chain(&ancestry.earlier) {
                for article in &version.articles {
                    for reference in article.references() {
                        let unit = UnitAddress {
                            article: article.id,
                            reference: reference.to_string(),
                        };
                        let now = ancestry.places_of(version.id, &unit);
                        let join = |part: fn(&UnitAddress) -> String| {
                            let mut parts: Vec<String> = now.iter().map(part).collect();
                            parts.dedup();
                            parts.join("; ")
                        };
                        let place = (
                            join(|p| p.article.to_string()),
                            join(|p| p.reference.clone()),
                        );
                        places.insert(version.id, &unit, place);
                    }
                }
            }
        }
        // A discussion question has no versions: it stands where it is.
        if let Some(questions) = process.and_then(|p| library.questions_of_process(p)) {
            for article in &questions.articles {
                for reference in article.references() {
                    let unit = UnitAddress {
                        article: article.id,
                        reference: reference.to_string(),
                    };
                    let place = (article.id.to_string(), reference.to_string());
                    places.insert(questions.id, &unit, place);
                }
            }
        }
        Ok(places)
    }

    fn insert(&mut self, document_id: i64, unit: &UnitAddress, place: (String, String)) {
        self.places
            .entry(document_id)
            .or_default()
            .entry(unit.article.to_string())
            .or_default()
            .insert(unit.reference.clone(), place);
    }

    /// Where the unit (`article`, `reference`) of version `document_id` is now; empty if
    /// it was deleted, or if the lineage does not reach its version.
    fn of(&self, document_id: i64, article: &str, reference: &str) -> (&str, &str) {
        self.places
            .get(&document_id)
            .and_then(|articles| articles.get(article))
            .and_then(|references| references.get(reference))
            .map_or(("", ""), |(a, r)| (a.as_str(), r.as_str()))
    }
}

/// The articles an export covers, in document order: all, or the one the filter names.
fn articles_in_order<'a>(
    library: &'a Library,
    filter: &'a Filter,
) -> impl Iterator<Item = (i64, ArticleId)> + 'a {
    library
        .all_with_questions()
        .filter(move |d| filter.document_id.is_none_or(|id| id == d.id))
        .flat_map(|d| d.articles.iter().map(move |a| (d.id, a.id)))
        .filter(move |(_, a)| filter.article.is_none_or(|wanted| wanted == *a))
}

fn write_tally_by_article(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    // Unfiltered, the kept tally answers at once; filtered, the items are counted. Either way
    // a revision's articles carry what was said of the text they came from.
    let version = filter.document_id.and_then(|id| library.get(id));
    let carries = version.is_some_and(|v| v.based_on.is_some() && !filter.this_version_only);
    let mut cells = match (filter.is_empty() && filter.article.is_none(), version) {
        (true, Some(version)) if carries => {
            let mut cells = repo::tally_cells(conn, filter.document_id)?;
            let ancestry = Ancestry::load(conn, library, version)?;
            cells.extend(super::carried::cells(conn, &ancestry)?);
            cells
        }
        (true, _) => repo::tally_cells(conn, filter.document_id)?,
        (false, _) => with_carried(conn, library, filter, repo::tally_cells_counted)?,
    };
    if carries {
        // Consultations of every version in their listed order, as each article's rows go.
        let listed: Vec<String> = crate::consultations::repo::list(conn)?
            .into_iter()
            .map(|c| c.slug)
            .collect();
        sort_as_listed(&mut cells, &listed);
    }
    write_grouped(table, library, filter, &cells, true)
}

/// Cells in the order their groups are listed, those of a group not listed last: the order
/// of each article's rows ([`write_grouped`]).
fn sort_as_listed(cells: &mut [repo::TallyCell], listed: &[impl AsRef<str>]) {
    cells.sort_by_key(|c| {
        (listed.iter().position(|group| group.as_ref() == c.group)).unwrap_or(usize::MAX)
    });
}

/// The cells `count` gives for the filter's version, with those its articles carry from
/// earlier versions (counted the same way) placed on the article they became.
fn with_carried(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    count: fn(&Connection, &Filter) -> rusqlite::Result<Vec<repo::TallyCell>>,
) -> anyhow::Result<Vec<repo::TallyCell>> {
    let mut cells = count(conn, filter)?;
    let version = filter.document_id.and_then(|id| library.get(id));
    let Some(version) = version.filter(|v| v.based_on.is_some() && !filter.this_version_only)
    else {
        return Ok(cells);
    };
    let ancestry = Ancestry::load(conn, library, version)?;
    let articles =
        (version.articles.iter()).filter(|a| filter.article.is_none_or(|wanted| wanted == a.id));
    for article in articles {
        let own = Filter {
            article: Some(article.id),
            ..filter.clone()
        };
        for source in ancestry.sources_into(article.id) {
            let on_source = crate::review::repo::on_source(&own, &source);
            cells.extend(
                count(conn, &on_source)?
                    .into_iter()
                    .map(|cell| repo::TallyCell {
                        document_id: version.id,
                        article: article.id.to_string(),
                        ..cell
                    }),
            );
        }
    }
    Ok(cells)
}

/// For each article in document order: a row per group (consultation or stakeholder
/// category) in the cells' order, each once, then the article's total when `with_all`.
fn write_grouped(
    table: &mut dyn Table,
    library: &Library,
    filter: &Filter,
    cells: &[repo::TallyCell],
    with_all: bool,
) -> anyhow::Result<u64> {
    let mut rows = 0;
    for (document_id, article) in articles_in_order(library, filter) {
        let name = article.to_string();
        let here: Vec<&repo::TallyCell> = cells
            .iter()
            .filter(|c| c.document_id == document_id && c.article == name)
            .collect();
        let mut records = Vec::new();
        for group in distinct(here.iter().map(|c| c.group.as_str())) {
            let counts = stance_counts(here.iter().filter(|c| c.group == group));
            records.push(tally_record(group, &counts));
        }
        if with_all {
            records.push(tally_record("all", &stance_counts(here.iter())));
        }
        for (group, counts) in records {
            let mut row = vec![Cell::Text(&name), Cell::Text(group)];
            row.extend(counts.iter().map(|n| Cell::Count(*n)));
            table.row(&row)?;
            rows += 1;
        }
    }
    Ok(rows)
}

/// The items of the filter's version, then those it carries from earlier versions, each at
/// the place it was written on.
fn write_disposition_of_comments(
    conn: &Connection,
    library: &Library,
    filter: &Filter,
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    let mut rows = 0;
    for source in sources_of(conn, library, filter)? {
        rows += disposition_rows(conn, &source, table)?;
    }
    Ok(rows)
}

fn disposition_rows(
    conn: &Connection,
    filter: &Filter,
    table: &mut dyn Table,
) -> anyhow::Result<u64> {
    let mut rows = 0;
    repo::for_each_disposition_row(conn, filter, |row| {
        let originator = if row.organisation.is_empty() {
            &row.stakeholder_category
        } else {
            &row.organisation
        };
        let article: ArticleId = row
            .article
            .parse()
            .map_err(|_| anyhow::anyhow!("stored article {:?}", row.article))?;
        let kind = match row.comment_type.as_str() {
            "general" => "ge",
            "substantive" => "te",
            _ => "ed",
        };
        let disposition = Disposition::parse(&row.disposition)
            .ok_or_else(|| anyhow::anyhow!("stored disposition {:?}", row.disposition))?;
        let observations = if row.disposition_note.is_empty() {
            disposition.label().to_string()
        } else {
            format!("{}: {}", disposition.label(), row.disposition_note)
        };
        let clause = clause(article, &row.reference);
        table.row(&[
            Cell::Text(originator),
            Cell::Text(&clause),
            Cell::Text(kind),
            Cell::Text(&row.comment),
            Cell::Text(&row.proposed_text),
            Cell::Text(&observations),
            Cell::Count(row.id),
            Cell::Text(&row.consultation),
        ])?;
        rows += 1;
        Ok(())
    })?;
    Ok(rows)
}

fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

fn stance_counts<'a>(
    cells: impl Iterator<Item = &'a &'a repo::TallyCell>,
) -> HashMap<&'a str, i64> {
    let mut counts = HashMap::new();
    for cell in cells {
        *counts.entry(cell.stance.as_str()).or_insert(0) += cell.count;
    }
    counts
}

/// A group's counts by stance in the columns' order, then their total.
fn tally_record<'a>(
    group: &'a str,
    counts: &HashMap<&str, i64>,
) -> (&'a str, [i64; Stance::COUNT + 1]) {
    let mut record = [0; Stance::COUNT + 1];
    for (i, stance) in Stance::ALL.iter().enumerate() {
        record[i] = counts.get(stance.key()).copied().unwrap_or(0);
    }
    record[Stance::COUNT] = record[..Stance::COUNT].iter().sum();
    (group, record)
}
