//! The application driven over HTTP, one module per feature.

mod audit_log;
mod cli;
mod consultation_setup;
mod consultation_status;
mod csrf;
mod decided_feedback;
mod dispositions;
mod drafts;
mod durability;
mod error_pages;
mod export_budget;
mod exports;
mod feedback_submission;
mod filtered_exports;
mod helpers;
mod hostile_strings;
mod languages;
mod limits;
mod log_privacy;
mod login_throttling;
mod moderation;
mod organiser_accounts;
mod organisers;
mod pages;
mod personal_data;
mod private_link;
#[path = "../support/process.rs"]
mod process;
mod process_desk;
mod receipt_email;
mod redirects;
mod review;
mod route_walk;
mod structure;
mod tally_page;
mod valid_html;
