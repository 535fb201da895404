//! Lineage: which unit of a revised draft descends from which unit of the version before.
//!
//! A revision renumbers, inserts, deletes, splits, merges, amends and moves; so the proposal
//! reads the texts (word-level similarity) and the order, not the numbers. Each level of the
//! text (articles as wholes, paragraphs, lettered items) is aligned on its own: first an
//! order-keeping alignment of the two sequences (a dynamic programme that rewards similar
//! pairs), then moves among what is left, then splits (a new unit whose words lie inside an
//! old one) and merges (an old unit whose words lie inside a new one). Whatever the proposal
//! is unsure of is flagged for an organiser to look at.

pub mod propose;
pub mod repo;

pub use propose::{Link, LinkKind, UnitAddress, propose};
