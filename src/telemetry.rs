//! Logs go to stderr through `tracing`; `RUST_LOG` sets the level (default `info`).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// Logs each request by its route pattern (`/feedback/{token}`), never its path: paths carry
/// private feedback tokens, which must not reach the log.
pub async fn log_requests(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use tracing::Instrument;
    let started = std::time::Instant::now();
    let method = req.method().to_string();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "(no route)".to_string());
    let span = tracing::info_span!("request", %method, %route);
    let response = next.call(req).instrument(span.clone()).await?;
    let status = response.status().as_u16();
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    span.in_scope(|| tracing::info!(status, millis = format_args!("{millis:.1}"), "answered"));
    Ok(response)
}
