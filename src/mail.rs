//! Mail out, through SMTP, without holding up the page that asked for it: messages go into a
//! queue, and one task sends them, retrying a few times while the server is unreachable. The
//! log names what a message is about, never its contents (a receipt carries a private link).

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::mpsc;

/// How long to wait before each new attempt after a failed one.
const RETRY_AFTER: [Duration; 3] = [
    Duration::from_secs(1),
    Duration::from_secs(5),
    Duration::from_secs(30),
];
/// Messages waiting at most; beyond it a message is dropped and logged, not piled up.
const QUEUE: usize = 1_000;

/// Where mail goes out and whom it is from. Its `Debug` leaves out the URL, which may hold a
/// password.
#[derive(Clone)]
pub struct MailSettings {
    /// `smtp://host:port` (plain, for a relay on the same machine), `smtp://host?tls=required`
    /// (STARTTLS) or `smtps://host` (TLS from the start); a user and password may come before
    /// the host.
    pub url: String,
    pub from: Mailbox,
}

impl std::fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailSettings")
            .field("url", &"(hidden)")
            .field("from", &self.from)
            .finish()
    }
}

/// What the log says of a failed send: the SMTP reply code, never the reply's text, which may
/// repeat the recipient's address.
fn failure(e: &lettre::transport::smtp::Error) -> String {
    match e.status() {
        Some(code) => format!("SMTP reply {code}"),
        None if e.is_timeout() => "timed out".to_string(),
        None => "no answer from the server".to_string(),
    }
}

/// One message to send, in plain text and HTML.
pub struct Outgoing {
    pub to: Mailbox,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// What the message is, for the log ("receipt of item 17").
    pub about: String,
}

#[derive(Clone)]
pub struct Mailer {
    queue: mpsc::Sender<Outgoing>,
}

impl Mailer {
    /// Starts the sending task on the current runtime.
    pub fn start(settings: &MailSettings) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.url)
            .map_err(|e| anyhow::anyhow!("the SMTP address is not usable: {e}"))?
            .build();
        let (queue, waiting) = mpsc::channel(QUEUE);
        tokio::spawn(send_all(transport, settings.from.clone(), waiting));
        Ok(Self { queue })
    }

    /// Queues `mail`; returns at once.
    pub fn send(&self, mail: Outgoing) {
        if let Err(e) = self.queue.try_send(mail) {
            let about = match &e {
                mpsc::error::TrySendError::Full(m) | mpsc::error::TrySendError::Closed(m) => {
                    m.about.clone()
                }
            };
            tracing::error!(%about, "mail not sent: the queue is full or stopped");
        }
    }
}

async fn send_all(
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    mut waiting: mpsc::Receiver<Outgoing>,
) {
    while let Some(mail) = waiting.recv().await {
        let message = Message::builder()
            .from(from.clone())
            .to(mail.to)
            .subject(mail.subject)
            .multipart(MultiPart::alternative_plain_html(mail.text, mail.html));
        let message = match message {
            Ok(message) => message,
            Err(e) => {
                tracing::error!(about = %mail.about, error = %e, "mail not sent: cannot build it");
                continue;
            }
        };
        let mut attempt = 0;
        loop {
            match transport.send(message.clone()).await {
                Ok(_) => {
                    tracing::info!(about = %mail.about, "mail sent");
                    break;
                }
                // A permanent refusal (a bad address, say) will not change on a retry.
                Err(e) if attempt < RETRY_AFTER.len() && !e.is_permanent() => {
                    tracing::warn!(about = %mail.about, error = %failure(&e), attempt, "mail not sent yet; will retry");
                    tokio::time::sleep(RETRY_AFTER[attempt]).await;
                    attempt += 1;
                }
                Err(e) => {
                    tracing::error!(about = %mail.about, error = %failure(&e), "mail not sent: giving up");
                    break;
                }
            }
        }
    }
}
