//! The tally page, and export downloads: streamed from a long-read slot of their own, so
//! exports never take the connections participants' pages need.

use actix_web::{HttpResponse, web};

use askama::Template;

use super::chart::{self, Charts};
use super::{CONSOLIDATION, ExportFile, ExportFormat, export};
use crate::document::Document;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::Organiser;
use crate::organisers::desk::Desk;
use crate::pages;
use crate::processes::desk::Counting;
use crate::review::FilterQuery;
use crate::review::parse_filter;
use crate::state::AppState;
use crate::streaming;

#[derive(Template)]
#[template(path = "tallies/tally.html")]
struct TallyPage<'a> {
    tr: Tr,
    desk: Desk,
    document: &'a Document,
    consultations: Vec<(String, String)>,
    stances: Vec<(&'static str, String)>,
    charts: Charts,
    /// For a revision: whether the counts carry the earlier versions' feedback, and the
    /// address of the other way of counting.
    counting: Option<(bool, String)>,
    /// The process and version shown, whose review pages the rows lead to.
    process: &'a crate::processes::desk::DeskProcess,
}

impl TallyPage<'_> {
    /// The review page of `article` on the version the tally shows.
    fn review_link(&self, article: &str) -> String {
        self.process.link(crate::paths::review(article))
    }
}

#[tracing::instrument(skip_all)]
pub(crate) async fn tally_page(
    state: web::Data<AppState>,
    desk: Desk,
    tr: Tr,
    query: web::Query<crate::processes::desk::ProcessQuery>,
) -> Result<HttpResponse, AppError> {
    let query = query.into_inner();
    let process = crate::processes::desk::desk_process(&state, &query).await?;
    let document = process.document.as_ref();
    let document_id = document.id;
    let counting = Counting::of(&query, document)?;
    let (library, shown) = (state.library.snapshot(), process.document.clone());
    let ancestries = state.ancestries.clone();
    let (cells, consultations) = state
        .db
        .read(move |conn| {
            let ancestry = ancestries.get_or_load(conn, &library, &shown)?;
            // The consultations on this version, and on those it carries feedback from.
            let counted: Vec<i64> = std::iter::once(document_id)
                .chain(
                    (counting == Counting::WithEarlier)
                        .then(|| ancestry.earlier.iter().map(|d| d.id))
                        .into_iter()
                        .flatten(),
                )
                .collect();
            let consultations: Vec<(String, String)> = crate::consultations::repo::list(conn)?
                .into_iter()
                .filter(|c| counted.contains(&c.document_id))
                .map(|c| (c.slug, c.city))
                .collect();
            let mut cells = super::repo::tally_cells(conn, Some(document_id))?;
            if counting == Counting::WithEarlier {
                cells.extend(super::carried::cells(conn, &ancestry)?);
            }
            Ok((cells, consultations))
        })
        .await?;
    let charts = chart::lay_out(&tr, document, &consultations, &cells);
    let stances = crate::feedback::Stance::ALL
        .iter()
        .map(|s| (s.key(), tr.stance(*s)))
        .collect();
    let counting = document.based_on.map(|_| {
        let page = process.link(crate::paths::tally());
        let with_earlier = counting == Counting::WithEarlier;
        let other = if with_earlier {
            let separator = if page.contains('?') { '&' } else { '?' };
            format!("{page}{separator}versions=this")
        } else {
            page
        };
        (with_earlier, other)
    });
    pages::ok(&TallyPage {
        counting,
        tr,
        desk,
        document,
        consultations,
        stances,
        charts,
        process: &process,
    })
}

/// Seconds a client is asked to wait when every export slot is taken.
const BUSY_RETRY_AFTER: u64 = 10;

#[tracing::instrument(skip(state, organiser, tr), fields(organiser = %organiser.username))]
pub(crate) async fn download(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    tr: Tr,
    file: web::Path<String>,
    query: web::Query<FilterQuery>,
) -> Result<HttpResponse, AppError> {
    // The exports, each as CSV or xlsx, and the drafters' consolidation workbook.
    let download = match file.as_str() {
        CONSOLIDATION => None,
        name => Some(
            ExportFile::parse_download(name).ok_or(AppError::NotFound("error-not-found-export"))?,
        ),
    };
    let (name, content_type) = match download {
        Some((file, format)) => (file.name_in(format), format.content_type()),
        None => (CONSOLIDATION.to_string(), ExportFormat::Xlsx.content_type()),
    };
    let filter = parse_filter(&state, query.into_inner()).await?;
    let tr = tr.for_files();
    // Taken before anything is written, so a refused download leaves no trace but the 503.
    let slot = state.db.long_read_slot().ok_or(AppError::ExportsBusy {
        retry_after: BUSY_RETRY_AFTER,
    })?;
    let (by, filtered) = (organiser.username.clone(), filter.clone());
    state
        .db
        .write({
            let name = name.clone();
            move |conn| Ok(super::record_export(conn, &name, &filtered, &by)?)
        })
        .await?;
    let library = state.library.snapshot();
    let (mut out, body) = streaming::channel(state.settings.export_stall_timeout)
        .map_err(|e| anyhow::anyhow!("cannot start an export stream: {e}"))?;
    let logged = name.clone();
    tokio::task::spawn_blocking(move || {
        let outcome = slot
            .connection()
            .and_then(|conn| match download {
                Some(file) => export::write(file, &conn, &library, &filter, &tr, &mut out),
                None => export::write_consolidation(&conn, &library, &filter, &tr, &mut out),
            })
            .and_then(|rows| {
                out.finish()?;
                Ok(rows)
            });
        match outcome {
            Ok(rows) => tracing::info!(file = logged, rows, "export sent"),
            Err(e) => tracing::warn!(file = logged, error = %e, "export stopped"),
        }
    });
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body))
}
