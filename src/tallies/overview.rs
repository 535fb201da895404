//! The desk's overview of one process: counts by stance per article with how many await a
//! disposition, its consultations (open or close each), its exports, and a switch to the other
//! processes.

use actix_web::{HttpResponse, web};
use askama::Template;

use super::ExportFile;
use crate::consultations::Consultation;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::desk::Desk;
use crate::pages;
use crate::processes::desk::{Counting, ProcessQuery, desk_processes, resolve};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "tallies/overview.html")]
struct OverviewPage {
    /// Whether the articles' table has the distinct texts column.
    show_distinct: bool,
    tr: Tr,
    desk: Desk,
    /// The process shown, and the others to switch to: (query value, title).
    title: String,
    symbol: String,
    processes: Vec<(Option<String>, String)>,
    current: Option<String>,
    /// The newest version of the process, when it revises another: (id, symbol).
    revision: Option<(i64, String)>,
    consultations: Vec<(Consultation, i64)>,
    /// Stance keys with their labels, in the order of the overview's columns.
    stances: Vec<(&'static str, String)>,
    articles: Vec<ArticleSummary>,
    /// The process's discussion questions, when the desk shows its draft: their own lines.
    questions: Vec<ArticleSummary>,
    /// The desk on the questions alone: their tallies and exports.
    questions_link: Option<String>,
    /// Every version of the process's draft, when it has several: (label, address, shown).
    versions: Vec<(String, String, bool)>,
    /// The tally page and each export of the version shown.
    tally_link: String,
    compare_link: String,
    report_link: String,
    table_link: String,
    /// The feedback on text this version no longer has, when it revises another.
    deleted_link: Option<String>,
    /// For a revision: whether the counts carry the earlier versions' feedback, and the
    /// address of the other way of counting.
    counting: Option<(bool, String)>,
    /// Each export with its name and address in every format.
    export_links: Vec<(&'static ExportFile, Vec<(String, String)>)>,
    consolidation_link: String,
}

/// One article's line on the overview.
struct ArticleSummary {
    article: String,
    review_link: String,
    title: String,
    totals: super::ArticleTotals,
    /// Its distinct comments (text groups), when the overview counts this version's own.
    distinct: Option<i64>,
}

#[tracing::instrument(skip_all)]
pub(crate) async fn overview(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    // What the process is, and its consultations with their totals, in one read.
    let (processes, consultations, totals) = state
        .db
        .read(|conn| {
            Ok((
                crate::processes::repo::list(conn)?,
                crate::consultations::repo::list(conn)?,
                super::repo::totals_by_consultation(conn)?,
            ))
        })
        .await?;
    let library = state.library.snapshot();
    let switcher = desk_processes(&library, &processes);
    let process = resolve(&library, processes, &consultations, &query)?;
    let document = process.document.clone();
    let document_id = document.id;
    let question_set = library
        .questions_of_process(process.process.id)
        .filter(|q| q.id != document_id)
        .cloned();
    let questions_id = question_set.as_ref().map(|q| q.id);
    let counting = Counting::of(&query, &document)?;
    // A revision's desk carries what earlier versions' consultations said: they are listed
    // (to open, close or edit) unless the desk counts this version alone.
    let earlier: Vec<i64> = match counting {
        Counting::WithEarlier => (process.versions.iter())
            .filter(|v| v.version < document.version)
            .map(|v| v.id)
            .collect(),
        Counting::ThisVersion => Vec::new(),
    };
    let consultations = consultations
        .into_iter()
        .filter(|c| {
            c.document_id == document_id
                || Some(c.document_id) == questions_id
                || earlier.contains(&c.document_id)
        })
        .map(|c| {
            let total = totals.get(&c.id).copied().unwrap_or(0);
            (c, total)
        })
        .collect();
    let (shown, from_library) = (document.clone(), library.clone());
    let ancestries = state.ancestries.clone();
    let (overview, distinct, question_rows) = state
        .db
        .read(move |conn| {
            let question_rows = match questions_id {
                Some(id) => super::repo::article_overview(conn, id)?,
                None => Vec::new(),
            };
            let mut rows = super::repo::article_overview(conn, document_id)?;
            // Distinct texts are counted per version: a carried group may span several.
            let distinct = if counting == Counting::WithEarlier {
                let ancestry = ancestries.get_or_load(conn, &from_library, &shown)?;
                rows.extend(super::carried::overview_rows(conn, &ancestry)?);
                None
            } else {
                Some(crate::text_groups::repo::distinct_texts(conn, document_id)?)
            };
            Ok((rows, distinct, question_rows))
        })
        .await?;
    let questions_link = question_set
        .as_ref()
        .map(|set| process.link_to_version(crate::paths::desk(), set));
    let questions = question_set
        .map(|set| {
            super::totals_per_article(&set, &question_rows)
                .into_iter()
                .map(|(article, totals)| ArticleSummary {
                    article: article.to_string(),
                    review_link: process.link(crate::paths::review(article)),
                    title: tr.article_title(article),
                    totals,
                    distinct: None,
                })
                .collect()
        })
        .unwrap_or_default();
    let show_distinct = distinct.is_some();
    let articles = super::totals_per_article(&document, &overview)
        .into_iter()
        .map(|(article, totals)| ArticleSummary {
            article: article.to_string(),
            review_link: process.link(crate::paths::review(article)),
            title: tr.article_title(article),
            totals,
            distinct: distinct
                .as_ref()
                .map(|d| d.get(&article.to_string()).copied().unwrap_or(0)),
        })
        .collect();
    let stances = crate::feedback::Stance::ALL
        .iter()
        .map(|s| (s.key(), tr.stance_short(*s)))
        .collect();
    let versions = if process.versions.len() > 1 {
        process
            .versions
            .iter()
            .map(|v| {
                let label = crate::processes::desk::version_label(&tr, v);
                let href = process.link_to_version(crate::paths::desk(), v);
                (label, href, v.id == document.id)
            })
            .collect()
    } else {
        Vec::new()
    };
    pages::ok(&OverviewPage {
        show_distinct,
        versions,
        tally_link: process.link(crate::paths::tally()),
        report_link: process.link(crate::paths::report()),
        compare_link: crate::paths::in_process(
            crate::paths::desk_compare(),
            &process.query_value(),
        ),
        table_link: crate::paths::in_process(
            crate::paths::comparative_table(),
            &process.query_value(),
        ),
        deleted_link: document
            .based_on
            .map(|_| process.link(crate::paths::deleted())),
        counting: document.based_on.map(|_| {
            let with_earlier = counting == Counting::WithEarlier;
            let desk = process.link(crate::paths::desk());
            let other = if with_earlier {
                let separator = if desk.contains('?') { '&' } else { '?' };
                format!("{desk}{separator}versions=this")
            } else {
                desk
            };
            (with_earlier, other)
        }),
        consolidation_link: process.link(crate::paths::export(super::CONSOLIDATION)),
        export_links: ExportFile::ALL
            .iter()
            .map(|f| {
                let formats = super::ExportFormat::ALL
                    .iter()
                    .map(|format| {
                        let name = f.name_in(*format);
                        let href = process.link(crate::paths::export(&name));
                        (name, href)
                    })
                    .collect();
                (f, formats)
            })
            .collect(),
        processes: switcher,
        current: process.query_value(),
        revision: library
            .newest_of_process(process.process.id)
            .filter(|d| d.version > 1)
            .map(|d| (d.id, d.symbol.clone())),
        title: process.process.title.clone(),
        symbol: document.symbol.clone(),
        stances,
        tr,
        desk,
        consultations,
        articles,
        questions,
        questions_link,
    })
}
