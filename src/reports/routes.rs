//! The comparative table on the desk: a printable page, a Word file and a CSV file, for any
//! two versions of the desk's process.

use std::sync::Arc;

use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{ComparativeTable, comparative_table};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::lineage::compare::{CompareQuery, choose_versions};
use crate::organisers::desk::Desk;
use crate::pages;
use crate::processes::desk::{ProcessQuery, desk_process};
use crate::state::AppState;
use crate::tallies::ExportFormat;
use crate::tallies::table::{Cell, CsvTable, Table, XlsxTable};

/// The table `query` asks for, on the desk's process, and every version to choose from.
async fn table_of(
    state: &AppState,
    tr: &Tr,
    query: &CompareQuery,
) -> Result<(ComparativeTable, Vec<(String, String)>), AppError> {
    let desk = desk_process(
        state,
        &ProcessQuery {
            process: query.process.clone(),
            version: String::new(),
            versions: String::new(),
        },
    )
    .await?;
    let library = state.library.snapshot();
    let chosen = choose_versions(&library, desk.process.id, &query.from, &query.to)?;
    let (to, from) = (chosen.to.clone(), chosen.from.clone());
    let ancestries = state.ancestries.clone();
    let text = query.text.clone();
    let table = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &to)?;
            // Both texts in the language asked for, when both versions have it: the same
            // lineage, other words. (A copy: the kept ancestry stays in the original.)
            let translated = (!text.is_empty())
                .then(|| {
                    library
                        .in_language(to.id, &text)
                        .zip(library.in_language(from.id, &text))
                })
                .flatten();
            Ok(match translated {
                Some((to_text, from_text)) => {
                    let mut in_language = (*ancestry).clone();
                    in_language.version = to_text.clone();
                    comparative_table(conn, &in_language, from_text)?
                }
                None => comparative_table(conn, &ancestry, &from)?,
            })
        })
        .await?
        .ok_or_else(|| chosen.not_earlier())?;
    let versions = crate::processes::desk::version_choices(tr, &chosen.versions);
    Ok((table, versions))
}

/// The address of the table in `format` ("" for the page), for the same versions.
pub fn table_link(query: &CompareQuery, table: &ComparativeTable, format: &str) -> String {
    let mut pairs = vec![
        ("from", table.from.symbol.clone()),
        ("to", table.to.symbol.clone()),
    ];
    if !query.process.is_empty() {
        pairs.insert(0, ("process", query.process.clone()));
    }
    if !query.text.is_empty() {
        pairs.push(("text", query.text.clone()));
    }
    format!(
        "{}{format}?{}",
        crate::paths::comparative_table(),
        serde_html_form::to_string(&pairs).unwrap_or_default()
    )
}

#[derive(Template)]
#[template(path = "reports/comparative_table.html")]
struct TablePage {
    tr: Tr,
    desk: Desk,
    /// The table in each language both versions have: link, code, name, shown now.
    languages: Vec<(String, String, String, bool)>,
    table: ComparativeTable,
    versions: Vec<(String, String)>,
    process_field: Option<String>,
    docx_link: String,
    xlsx_link: String,
    csv_link: String,
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn table_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    let (table, versions) = table_of(&state, &tr, &query).await?;
    // The languages both versions can be read in, the originals' first.
    let library = state.library.snapshot();
    let from_languages = library.languages_of(table.from.id);
    let common: Vec<&str> = library
        .languages_of(table.to.id)
        .into_iter()
        .filter(|l| from_languages.contains(l))
        .collect();
    let languages = if common.len() > 1 {
        common
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let asked = CompareQuery {
                    process: query.process.clone(),
                    from: String::new(),
                    to: String::new(),
                    // The originals need no parameter.
                    text: if i == 0 {
                        String::new()
                    } else {
                        code.to_string()
                    },
                };
                (
                    table_link(&asked, &table, ""),
                    code.to_string(),
                    crate::i18n::autonym(code),
                    *code == table.to.language,
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    pages::ok(&TablePage {
        languages,
        docx_link: table_link(&query, &table, ".docx"),
        xlsx_link: table_link(&query, &table, ".xlsx"),
        csv_link: table_link(&query, &table, ".csv"),
        process_field: (!query.process.is_empty()).then(|| query.process.clone()),
        tr,
        desk,
        table,
        versions,
    })
}

/// A download, named after the two versions.
fn attachment(
    content_type: &str,
    table: &ComparativeTable,
    extension: &str,
    body: Vec<u8>,
) -> HttpResponse {
    let stem = format!(
        "comparative-table-{}-{}",
        table.from.symbol, table.to.symbol
    );
    attachment_named(content_type, &stem, extension, body)
}

/// A download named `stem.extension`, symbols' slashes and spaces made dashes.
fn attachment_named(
    content_type: &str,
    stem: &str,
    extension: &str,
    body: Vec<u8>,
) -> HttpResponse {
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}.{extension}\""),
        ))
        .body(body)
}

/// The columns of the comparative table as CSV.
pub const TABLE_COLUMNS: [&str; 7] = [
    "article",
    "paragraph",
    "place",
    "earlier_text",
    "input",
    "new_text",
    "dispositions",
];

/// The table's files.
#[derive(Debug, Clone, Copy)]
enum TableFile {
    Word,
    Sheet(ExportFormat),
}

impl TableFile {
    fn extension(&self) -> &'static str {
        match self {
            TableFile::Word => "docx",
            TableFile::Sheet(format) => format.extension(),
        }
    }

    fn content_type(&self) -> &'static str {
        match self {
            TableFile::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            TableFile::Sheet(format) => format.content_type(),
        }
    }
}

/// The table `query` asks for, written as `file` off the async threads.
async fn table_download(
    state: &AppState,
    tr: Tr,
    query: &CompareQuery,
    file: TableFile,
) -> Result<HttpResponse, AppError> {
    let tr = tr.for_files();
    let (table, _) = table_of(state, &tr, query).await?;
    let table = Arc::new(table);
    let written = table.clone();
    let bytes = web::block(move || match file {
        TableFile::Word => super::word::comparative_table_docx(&tr, &written),
        TableFile::Sheet(format) => write_table(&tr, &written, format),
    })
    .await
    .map_err(|e| anyhow::anyhow!("the table was not written: {e}"))??;
    Ok(attachment(
        file.content_type(),
        &table,
        file.extension(),
        bytes,
    ))
}

#[tracing::instrument(skip(state, _desk, tr))]
pub(crate) async fn table_docx(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    table_download(&state, tr, &query, TableFile::Word).await
}

#[tracing::instrument(skip(state, _desk, tr))]
pub(crate) async fn table_csv(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    table_download(&state, tr, &query, TableFile::Sheet(ExportFormat::Csv)).await
}

#[tracing::instrument(skip(state, _desk, tr))]
pub(crate) async fn table_xlsx(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<CompareQuery>,
) -> Result<HttpResponse, AppError> {
    table_download(&state, tr, &query, TableFile::Sheet(ExportFormat::Xlsx)).await
}

/// The table's rows, a row per paragraph, the input and dispositions as lines of text.
fn write_rows(tr: &Tr, table: &ComparativeTable, out: &mut dyn Table) -> anyhow::Result<()> {
    for article in &table.articles {
        for row in &article.rows {
            let place = super::row_label(tr, article.article, &row.row);
            let at = (article.article.to_string(), &row.row.reference, place);
            write_row(
                tr,
                out,
                at,
                (&row.row.old_text, &row.row.new_text),
                &row.input,
            )?;
        }
    }
    // Deleted text last, at its place in the earlier version, with no new text.
    for row in &table.deleted {
        let place = super::deleted_label(tr, table, row);
        let at = (row.unit.article.to_string(), &row.unit.reference, place);
        write_row(tr, out, at, (&row.text, ""), &row.input)?;
    }
    Ok(())
}

/// One row: where it is (article, paragraph, place in words), the earlier and the new text,
/// and the input with its dispositions, as lines.
fn write_row(
    tr: &Tr,
    out: &mut dyn Table,
    (number, paragraph, place): (String, &String, String),
    (old_text, new_text): (&str, &str),
    input: &super::Input,
) -> anyhow::Result<()> {
    let said = super::input_lines(tr, input).join("\n");
    let dispositions = super::disposition_lines(tr, input).join("\n");
    out.row(&[
        Cell::Text(&number),
        Cell::Text(paragraph),
        Cell::Text(&place),
        Cell::Text(old_text),
        Cell::Text(&said),
        Cell::Text(new_text),
        Cell::Text(&dispositions),
    ])
}

/// The table as CSV or as a workbook.
fn write_table(tr: &Tr, table: &ComparativeTable, format: ExportFormat) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match format {
        ExportFormat::Csv => {
            let mut csv = CsvTable::new(&mut bytes, &TABLE_COLUMNS)?;
            write_rows(tr, table, &mut csv)?;
            csv.finish()?;
        }
        ExportFormat::Xlsx => {
            let about: Vec<(String, String)> = TABLE_COLUMNS
                .iter()
                .map(|c| (c.to_string(), tr.t(&format!("column-about-{c}"))))
                .collect();
            let mut book = XlsxTable::in_language_of(tr);
            book.begin("comparative-table", &TABLE_COLUMNS, &about)?;
            write_rows(tr, table, &mut book)?;
            book.finish(&mut bytes)?;
        }
    }
    Ok(bytes)
}

/// Which report: the desk's process and version, and one article or (empty) all.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportQuery {
    pub process: String,
    pub version: String,
    pub article: String,
    /// The language of the draft's text in the report: a language version's, or empty for
    /// the original's. The counts and wordings are the same in every language.
    pub text: String,
}

#[derive(Template)]
#[template(path = "reports/report.html")]
struct ReportPage {
    tr: Tr,
    desk: Desk,
    report: super::report::Report,
    /// Each article's positions by consultation as stacked bars, in the report's order.
    charts: Vec<Vec<crate::tallies::chart::Bar>>,
    /// When the report was made, for its running header.
    made: String,
    stances: Vec<String>,
    /// The positions' keys and names, for the charts' legend.
    legend: Vec<(&'static str, String)>,
    rtl: bool,
    /// The same report as a Word file.
    word_link: String,
}

/// The report `query` asks for, its stakeholder categories named in `tr`'s language.
async fn load_report(
    state: &AppState,
    tr: &Tr,
    query: &ReportQuery,
) -> Result<super::report::Report, AppError> {
    let process = desk_process(
        state,
        &ProcessQuery {
            process: query.process.clone(),
            version: query.version.clone(),
            versions: String::new(),
        },
    )
    .await?;
    let only = match query.article.as_str() {
        "" => None,
        raw => Some(
            raw.parse()
                .map_err(|_| AppError::NotFound("error-not-found-article"))?,
        ),
    };
    if only.is_some_and(|a| process.document.article(a).is_none()) {
        return Err(AppError::NotFound("error-not-found-article"));
    }
    let (library, version, ancestries) = (
        state.library.snapshot(),
        process.document.clone(),
        state.ancestries.clone(),
    );
    let text = state
        .library
        .snapshot()
        .in_language(version.id, &query.text)
        .cloned();
    let mut report = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &version)?;
            Ok(super::report::consolidated_report(conn, &ancestry, only)?)
        })
        .await?;
    let vocabulary = state.vocabulary_of_document(report.version.id);
    for section in &mut report.articles {
        for (category, _) in section
            .by_category
            .iter_mut()
            .filter(|(c, _)| !c.is_empty())
        {
            *category = vocabulary.category_label(tr, category);
        }
    }
    // The text in the language asked for; what was said about it stays as it was.
    if let Some(text) = text {
        report.version = text;
    }
    Ok(report)
}

#[tracing::instrument(skip(state, desk, tr))]
pub(crate) async fn report_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let report = load_report(&state, &tr, &query).await?;
    let stances = crate::feedback::Stance::ALL
        .iter()
        .map(|s| tr.stance_short(*s))
        .collect();
    let legend = crate::feedback::Stance::ALL
        .iter()
        .map(|s| (s.key(), tr.stance_short(*s)))
        .collect();
    let charts = report
        .articles
        .iter()
        .map(|section| {
            let rows: Vec<(String, crate::tallies::chart::Counts)> = section
                .input
                .by_consultation
                .iter()
                .map(|c| {
                    let counts = crate::tallies::chart::Counts {
                        by_stance: c.by_stance,
                    };
                    (c.city.clone(), counts)
                })
                .collect();
            crate::tallies::chart::stacked_bars(&tr, &rows)
        })
        .collect();
    let word_link = format!(
        "{}?{}",
        crate::paths::report_docx(),
        serde_html_form::to_string(
            [
                ("process", &query.process),
                ("version", &query.version),
                ("article", &query.article),
                ("text", &query.text),
            ]
            .iter()
            // The original's text needs no parameter.
            .filter(|(name, value)| *name != "text" || !value.is_empty())
            .collect::<Vec<_>>()
        )
        .unwrap_or_default()
    );
    pages::ok(&ReportPage {
        made: tr.timestamp(&crate::time_format::now_rfc3339()),
        rtl: tr.lang.dir() == "rtl",
        stances,
        legend,
        charts,
        word_link,
        tr,
        desk,
        report,
    })
}

/// The consolidated report as a Word file, with the same content as the page.
#[tracing::instrument(skip(state, _desk, tr))]
pub(crate) async fn report_docx(
    state: web::Data<AppState>,
    _desk: Desk,
    tr: Tr,
    query: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let tr = tr.for_files();
    let report = load_report(&state, &tr, &query).await?;
    let made = tr.timestamp(&crate::time_format::now_rfc3339());
    let stem = format!("report-{}", report.version.symbol);
    let bytes = web::block(move || super::word::report_docx(&tr, &report, &made))
        .await
        .map_err(|e| anyhow::anyhow!("the report's Word file was not written: {e}"))??;
    let file = TableFile::Word;
    Ok(attachment_named(
        file.content_type(),
        &stem,
        file.extension(),
        bytes,
    ))
}
