//! The application driven over HTTP, one module per feature.

mod cli;
mod csrf;
mod decided_feedback;
mod dispositions;
mod durability;
mod error_pages;
mod export_budget;
mod exports;
mod feedback_submission;
mod helpers;
mod hostile_strings;
mod languages;
mod limits;
mod log_privacy;
mod login_throttling;
mod moderation;
mod organisers;
mod pages;
mod personal_data;
mod private_link;
#[path = "../support/process.rs"]
mod process;
mod redirects;
mod review;
mod review_desk;
mod route_walk;
mod structure;
mod valid_html;
