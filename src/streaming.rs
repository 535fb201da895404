//! A response body written by a blocking thread: the thread writes into a bounded channel that
//! feeds the response, so memory stays flat whatever the size, and a client that stops reading
//! is cut off after a while instead of holding the thread and its connection for ever.

use std::io::{self, Write};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use actix_web::body::{BodySize, MessageBody};
use actix_web::web::Bytes;
use tokio::runtime::Runtime;
use tokio::sync::mpsc;

const CHUNK: usize = 64 * 1024;
/// Chunks in flight between the writer and the network: bounds memory to about 0.5 MB.
const CHUNKS_IN_FLIGHT: usize = 8;

/// A writer and the body it feeds. Call [`BodyWriter::finish`] once everything is written: a
/// body whose writer stops without finishing ends in an error, so the client sees a broken
/// download rather than a short file that looks whole.
pub fn channel(stall_timeout: Duration) -> io::Result<(BodyWriter, StreamedBody)> {
    let (sender, receiver) = mpsc::channel(CHUNKS_IN_FLIGHT);
    let finished = Arc::new(AtomicBool::new(false));
    let writer = BodyWriter {
        buffer: Vec::with_capacity(CHUNK),
        sender,
        // The writer's own clock: a timer set from a blocking thread on the server's
        // single-threaded runtimes fires only when that runtime next wakes.
        clock: tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()?,
        stall_timeout,
        finished: finished.clone(),
        broken: false,
    };
    Ok((writer, StreamedBody { receiver, finished }))
}

/// Writes into the body; use from a blocking thread.
pub struct BodyWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<Bytes>,
    clock: Runtime,
    stall_timeout: Duration,
    finished: Arc<AtomicBool>,
    broken: bool,
}

impl BodyWriter {
    fn send_buffer(&mut self) -> io::Result<()> {
        if self.broken {
            // Writers flush again as they are dropped; a stalled client gets no second wait.
            return Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the body is broken off",
            ));
        }
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        let (sender, stall_timeout) = (&self.sender, self.stall_timeout);
        // The timer is made inside the block, so it belongs to the writer's clock.
        let sent = self
            .clock
            .block_on(async { tokio::time::timeout(stall_timeout, sender.send(chunk)).await });
        self.broken = !matches!(sent, Ok(Ok(())));
        match sent {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the client went away",
            )),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client stopped reading",
            )),
        }
    }

    /// Sends what is buffered and marks the body complete.
    pub fn finish(mut self) -> io::Result<()> {
        self.send_buffer()?;
        self.finished.store(true, Ordering::Release);
        Ok(())
    }
}

impl Write for BodyWriter {
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

pub struct StreamedBody {
    receiver: mpsc::Receiver<Bytes>,
    finished: Arc<AtomicBool>,
}

impl MessageBody for StreamedBody {
    type Error = io::Error;

    fn size(&self) -> BodySize {
        BodySize::Stream
    }

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, io::Error>>> {
        let this = self.get_mut();
        match this.receiver.poll_recv(cx) {
            Poll::Ready(Some(chunk)) => Poll::Ready(Some(Ok(chunk))),
            Poll::Ready(None) if this.finished.load(Ordering::Acquire) => Poll::Ready(None),
            Poll::Ready(None) => Poll::Ready(Some(Err(io::Error::other(
                "the body was broken off before its end",
            )))),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::body::to_bytes;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_finished_body_arrives_whole() {
        let (mut writer, body) = channel(Duration::from_secs(5)).unwrap();
        tokio::task::spawn_blocking(move || {
            for _ in 0..1000 {
                writer.write_all(&[b'x'; 1000]).unwrap();
            }
            writer.finish().unwrap();
        });
        assert_eq!(to_bytes(body).await.unwrap().len(), 1_000_000);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_body_broken_off_is_an_error_not_a_short_file() {
        let (mut writer, body) = channel(Duration::from_secs(5)).unwrap();
        tokio::task::spawn_blocking(move || {
            writer.write_all(b"half").unwrap();
            writer.flush().unwrap();
            drop(writer);
        });
        assert!(to_bytes(body).await.is_err());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_writer_whose_reader_stalls_gives_up() {
        let (mut writer, _body_never_read) = channel(Duration::from_millis(200)).unwrap();
        let outcome = tokio::task::spawn_blocking(move || {
            (0..CHUNKS_IN_FLIGHT + 2).try_for_each(|_| writer.write_all(&[0; CHUNK]))
        })
        .await
        .unwrap();
        assert_eq!(outcome.unwrap_err().kind(), io::ErrorKind::TimedOut);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn once_stalled_a_writer_waits_no_more() {
        let (mut writer, _body_never_read) = channel(Duration::from_millis(300)).unwrap();
        let waited = tokio::task::spawn_blocking(move || {
            let _ = (0..CHUNKS_IN_FLIGHT + 2).try_for_each(|_| writer.write_all(&[0; CHUNK]));
            let started = std::time::Instant::now();
            writer.write_all(b"more").unwrap();
            assert!(writer.flush().is_err());
            started.elapsed()
        })
        .await
        .unwrap();
        assert!(
            waited < Duration::from_millis(300),
            "waited {waited:?} again"
        );
    }
}
