//! One typed settings struct; the command line and `CONSULT_*` environment variables fill it.

use std::path::PathBuf;
use std::time::Duration;

/// The defaults, here alone: the command line shows and applies these same values, and its
/// `CONSULT_*` environment variables override them.
pub const DEFAULT_DATABASE: &str = "consult.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_MAX_BODY_BYTES: usize = 256 * 1024;
pub const DEFAULT_SESSION_IDLE_MINUTES: u64 = 8 * 60;
pub const DEFAULT_EXPORT_STREAMS: usize = 4;

#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite file; created with the seed data when it does not exist.
    pub database_path: PathBuf,
    /// Address to listen on; port 0 picks a free port (tests use that).
    pub bind: String,
    /// Mark cookies `Secure`. Browsers keep secure cookies on http://127.0.0.1 but not on
    /// other plain-http hosts, so this is a setting rather than always on.
    pub secure_cookies: bool,
    /// Largest accepted request body. Browsers percent-encode non-ASCII text, so 10,000 Arabic
    /// characters (the comment limit) are about 60 KB on the wire; comment and proposed
    /// wording at their limits in any script fit in 256 KiB.
    pub max_body_bytes: usize,
    /// An organiser session ends after this long without a request.
    pub session_idle_timeout: Duration,
    /// HTTP worker threads; `None` means one per core.
    pub workers: Option<usize>,
    /// Failed logins allowed before further attempts must wait.
    pub login_limits: LoginLimits,
    /// How long a request body may take to arrive, whole.
    pub body_timeout: Duration,
    /// The site's public address (`https://consult.example.org`), for absolute links such as
    /// the private link on a receipt. Without it those links are relative: request headers
    /// (`Host`, `X-Forwarded-Host`) are never trusted to build them.
    pub base_url: Option<BaseUrl>,
    /// Export downloads streamed at once, each on a connection of its own pool, so exports
    /// never take the connections participants' pages read with.
    pub export_streams: usize,
    /// An export whose client reads nothing for this long is cut off, freeing its slot.
    pub export_stall_timeout: Duration,
    /// Where receipts are mailed from; without it no mail is sent, and no form promises one.
    pub mail: Option<crate::mail::MailSettings>,
    /// A room's pack (`consult room pack`): the database, when new, is filled from it instead
    /// of the shipped data, and serves that one consultation (`consult serve --room`).
    pub room: Option<PathBuf>,
}

/// Failed logins allowed, for one username and from one address, within a window.
#[derive(Debug, Clone)]
pub struct LoginLimits {
    pub per_username: u32,
    pub per_address: u32,
    pub window: Duration,
}

impl Default for LoginLimits {
    fn default() -> Self {
        Self {
            per_username: 5,
            per_address: 20,
            window: Duration::from_secs(15 * 60),
        }
    }
}

/// An absolute `http(s)` address with no path, query or fragment, and no trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl(String);

impl BaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let url = url::Url::parse(raw.trim()).map_err(|e| format!("{raw:?} is not a URL: {e}"))?;
        let bare = matches!(url.scheme(), "http" | "https")
            && url.host_str().is_some()
            && url.username().is_empty()
            && url.password().is_none()
            && url.path() == "/"
            && url.query().is_none()
            && url.fragment().is_none();
        if !bare {
            return Err(format!(
                "{raw:?} must be http(s)://host[:port] with nothing after it"
            ));
        }
        Ok(Self(url.as_str().trim_end_matches('/').to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Settings {
    /// `path` as a link for outside the site (on a receipt, in an email): absolute on the
    /// configured address, else as it is. Never from request headers, which can be forged.
    pub fn link_to(&self, path: &str) -> String {
        match &self.base_url {
            Some(base) => format!("{}{path}", base.as_str()),
            None => path.to_string(),
        }
    }

    pub fn new(database_path: PathBuf, bind: String) -> Self {
        Self {
            database_path,
            bind,
            secure_cookies: false,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            session_idle_timeout: Duration::from_secs(DEFAULT_SESSION_IDLE_MINUTES * 60),
            workers: None,
            login_limits: LoginLimits::default(),
            body_timeout: Duration::from_secs(30),
            base_url: None,
            export_streams: DEFAULT_EXPORT_STREAMS,
            export_stall_timeout: Duration::from_secs(60),
            mail: None,
            room: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BaseUrl;

    #[test]
    fn a_base_url_is_a_bare_origin() {
        for (raw, expected) in [
            (
                "https://consult.example.org",
                Some("https://consult.example.org"),
            ),
            (
                "https://consult.example.org/",
                Some("https://consult.example.org"),
            ),
            ("http://127.0.0.1:8080", Some("http://127.0.0.1:8080")),
            ("consult.example.org", None),
            ("ftp://consult.example.org", None),
            ("https://consult.example.org/path", None),
            ("https://user@consult.example.org", None),
            ("https://consult.example.org/?q=1", None),
        ] {
            assert_eq!(
                BaseUrl::parse(raw).ok().as_ref().map(BaseUrl::as_str),
                expected,
                "{raw}"
            );
        }
    }
}
