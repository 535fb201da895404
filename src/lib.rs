//! `consult`: regional consultations on a draft legal text.
//!
//! Participants comment on a draft article by article, in the consultation of their region;
//! organisers review that feedback, tally it and export it for the drafting group.

pub mod assets;
pub mod audit;
pub mod configuration;
pub mod consultations;
pub mod csrf;
pub mod db;
pub mod diff;
pub mod document;
pub mod error;
pub mod feedback;
pub mod forms;
pub mod i18n;
pub mod imports;
pub mod lineage;
pub mod mail;
pub mod organisers;
pub mod pages;
pub mod paths;
pub mod processes;
pub mod recording;
pub mod reports;
pub mod review;
pub mod rooms;
pub mod search;
pub mod seed;
pub mod startup;
pub mod state;
pub mod storage;
pub mod streaming;
pub mod tallies;
pub mod telemetry;
pub mod text_groups;
pub mod time_format;
pub mod tokens;
pub mod word_file;
pub mod workshops;
