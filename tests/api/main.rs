//! The application driven over HTTP, one module per feature.

mod cli;
mod csrf;
mod durability;
mod error_pages;
mod exports;
mod feedback_submission;
mod helpers;
mod hostile_strings;
mod limits;
mod login_throttling;
mod organisers;
mod pages;
mod personal_data;
mod private_link;
#[path = "../support/process.rs"]
mod process;
mod route_walk;
