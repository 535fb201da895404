//! Real-browser tests: Chromium through WebDriver drives the real binary.
//!
//! They run when `chromium` and `chromedriver` are installed and say plainly that they were
//! skipped when not. With `CONSULT_REQUIRE_BROWSER=1` (as CI sets it) a missing browser fails.

mod accessibility;
mod drafting;
mod harness;
mod journeys;
mod keyboard;
mod layout;
#[path = "../support/process.rs"]
mod process;
mod setup;
mod workshop;

pub(crate) use harness::{Session, start, strings_of};
