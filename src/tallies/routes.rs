//! Export downloads, streamed: a reader thread writes CSV into a bounded channel that feeds
//! the response, so memory stays flat whatever the number of rows.

use std::io::{self, Write};
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::web::Bytes;
use actix_web::{HttpResponse, web};
use tokio::sync::mpsc;

use askama::Template;

use super::chart::{self, Charts};
use super::{ExportFile, export};
use crate::audit::{Action, Entry};
use crate::csrf::CsrfToken;
use crate::document::Document;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::organisers::Organiser;
use crate::pages;
use crate::review::FilterQuery;
use crate::review::routes::parse_filter;
use crate::startup::AppState;

pub fn configure_admin(cfg: &mut web::ServiceConfig) {
    cfg.route("/exports/{file}", web::get().to(download))
        .route("/tally", web::get().to(tally_page));
}

#[derive(Template)]
#[template(path = "tallies/tally.html")]
struct TallyPage<'a> {
    tr: Tr,
    organiser: Organiser,
    csrf_token: String,
    document: &'a Document,
    consultations: Vec<(String, String)>,
    stances: Vec<(&'static str, String)>,
    charts: Charts,
}

async fn tally_page(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    csrf: CsrfToken,
    tr: Tr,
) -> Result<HttpResponse, AppError> {
    let document = state.library.current()?;
    let (cells, consultations) = state
        .db
        .read(|conn| {
            let consultations: Vec<(String, String)> = crate::consultations::repo::list(conn)?
                .into_iter()
                .map(|c| (c.slug, c.city))
                .collect();
            Ok((super::repo::tally_cells(conn)?, consultations))
        })
        .await?;
    let charts = chart::lay_out(&tr, document, &consultations, &cells);
    let stances = crate::feedback::Stance::ALL
        .iter()
        .map(|s| (s.key(), tr.stance(s.key())))
        .collect();
    pages::ok(&TallyPage {
        tr,
        organiser: organiser.into_inner(),
        csrf_token: csrf.0,
        document,
        consultations,
        stances,
        charts,
    })
}

const CHUNK: usize = 64 * 1024;
/// Chunks in flight between the reader and the network: bounds memory to about 0.5 MB.
const CHUNKS_IN_FLIGHT: usize = 8;

#[tracing::instrument(skip(state, organiser), fields(organiser = %organiser.username))]
async fn download(
    state: web::Data<AppState>,
    organiser: web::ReqData<Organiser>,
    file: web::Path<String>,
    query: web::Query<FilterQuery>,
) -> Result<HttpResponse, AppError> {
    let file =
        ExportFile::from_file_name(&file).ok_or(AppError::NotFound("error-not-found-export"))?;
    let filter = parse_filter(&state, query.into_inner()).await?;
    let entry = Entry::new(organiser.username.clone(), Action::Export)
        .subject(file.file_name())
        .detail(
            filter.query_string(
                &filter
                    .article
                    .map(|a| ("article", a.to_string()))
                    .into_iter()
                    .collect::<Vec<_>>(),
            ),
        );
    state
        .db
        .write(move |conn| Ok(crate::audit::repo::record_now(conn, &entry)?))
        .await?;
    let db = state.db.clone();
    let library = state.library.clone();
    let (sender, receiver) = mpsc::channel(CHUNKS_IN_FLIGHT);
    tokio::task::spawn_blocking(move || {
        let mut out = ChannelWriter {
            buffer: Vec::with_capacity(CHUNK),
            sender,
        };
        let outcome = db
            .reader()
            .and_then(|conn| export::write(file, &conn, &library, &filter, &mut out))
            .and_then(|rows| {
                out.flush()?;
                Ok(rows)
            });
        match outcome {
            Ok(rows) => tracing::info!(file = file.file_name(), rows, "export sent"),
            Err(e) => {
                tracing::warn!(file = file.file_name(), error = %e, "export stopped");
                // Breaks the response off, so a partial file is not taken for a whole one.
                let _ = out
                    .sender
                    .blocking_send(Err(io::Error::other("export failed")));
            }
        }
    });
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{}\"", file.file_name()),
        ))
        .body(ChannelBody(receiver)))
}

struct ChannelWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<io::Result<Bytes>>,
}

impl ChannelWriter {
    fn send_buffer(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(data);
        if self.buffer.len() >= CHUNK {
            self.send_buffer()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send_buffer()
    }
}

struct ChannelBody(mpsc::Receiver<io::Result<Bytes>>);

impl MessageBody for ChannelBody {
    type Error = io::Error;

    fn size(&self) -> BodySize {
        BodySize::Stream
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, io::Error>>> {
        self.get_mut().0.poll_recv(cx)
    }
}
