//! Every address of the application, built in one place: handlers and templates call these
//! instead of writing paths by hand, so a path changes here and nowhere else. The patterns
//! they fill are those of the route table in `startup.rs`.

use std::fmt::Display;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// A path segment may hold these as they are; anything else is percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn segment(value: impl Display) -> String {
    utf8_percent_encode(&value.to_string(), SEGMENT).to_string()
}

pub fn home() -> String {
    "/".to_string()
}

pub fn process(slug: impl Display) -> String {
    format!("/processes/{}", segment(slug))
}

pub fn consultation(slug: impl Display) -> String {
    format!("/consultations/{}", segment(slug))
}

pub fn article(slug: impl Display, article: impl Display) -> String {
    format!("{}/articles/{}", consultation(slug), segment(article))
}

pub fn feedback_form(slug: impl Display, article: impl Display) -> String {
    format!("{}/feedback", self::article(slug, article))
}

/// The participant's private page; `token` is a private feedback token.
pub fn private(token: impl Display) -> String {
    format!("/feedback/{}", segment(token))
}

pub fn login() -> String {
    "/login".to_string()
}

/// The sign-in page, which goes on to `next` once signed in.
pub fn login_then(next: &str) -> String {
    let query = serde_html_form::to_string([("next", next)]).unwrap_or_default();
    format!("/login?{query}")
}

/// The login page after a form was sent once its sender's session had ended: it says that
/// nothing was saved, and signing in leads back to `next`.
pub fn login_after_ended(next: &str) -> String {
    let query = serde_html_form::to_string([("next", next), ("ended", "1")]).unwrap_or_default();
    format!("/login?{query}")
}

pub fn logout() -> String {
    "/logout".to_string()
}

pub fn organisers() -> String {
    "/admin/organisers".to_string()
}

/// `action` is one of `role`, `disable`, `enable`, `link`.
pub fn organiser_action(id: i64, action: &str) -> String {
    format!("/admin/organisers/{id}/{action}")
}

pub fn account() -> String {
    "/admin/account".to_string()
}

pub fn password_link(token: impl Display) -> String {
    format!("/password/{}", segment(token))
}

pub fn consultations_setup() -> String {
    "/admin/consultations".to_string()
}

pub fn new_consultation() -> String {
    "/admin/consultations/new".to_string()
}

pub fn consultation_edit(slug: impl Display) -> String {
    format!("/admin/consultations/{}/edit", segment(slug))
}

pub fn invitation(token: impl Display) -> String {
    format!("/invitations/{}", segment(token))
}

pub fn consultation_invitations(slug: impl Display) -> String {
    format!("/admin/consultations/{}/invitations", segment(slug))
}

pub fn invitation_revoke(slug: impl Display, id: i64) -> String {
    format!(
        "/admin/consultations/{}/invitations/{id}/revoke",
        segment(slug)
    )
}

pub fn vocabularies() -> String {
    "/admin/vocabularies".to_string()
}

/// A workshop's breakout groups, set up by administrators.
pub fn groups(consultation: &str) -> String {
    format!("/admin/consultations/{}/groups", segment(consultation))
}

/// The rapporteur's page of a group, on the desk.
pub fn group(id: i64) -> String {
    format!("/admin/groups/{id}")
}

/// Where the desk's rapporteur page records a point.
pub fn group_points(id: i64) -> String {
    format!("/admin/groups/{id}/points")
}

/// A group's report to the plenary, on the desk.
pub fn group_report(id: i64) -> String {
    format!("/admin/groups/{id}/report")
}

/// The rapporteur's page a link opens: that group alone.
pub fn rapporteur(token: impl Display) -> String {
    format!("/rapporteur/{}", segment(token))
}

/// A group's report to the plenary, through its rapporteur link.
pub fn rapporteur_report(token: impl Display) -> String {
    format!("/rapporteur/{}/report", segment(token))
}

/// The desk page of a process's thematic areas.
pub fn areas() -> String {
    "/admin/areas".to_string()
}

/// Where the review desk assigns ticked items to a thematic area.
pub fn assign_to_area() -> String {
    "/admin/areas/assign".to_string()
}

pub fn unassign_from_area(area: i64) -> String {
    format!("/admin/areas/{area}/unassign")
}

/// The summary by thematic area.
pub fn summary() -> String {
    "/admin/summary".to_string()
}

/// The desk page of a process's discussion questions.
pub fn questions() -> String {
    "/admin/questions".to_string()
}

/// The lineage review page of a version; `/link` and `/confirm` below it take its forms.
pub fn lineage(document: impl Display) -> String {
    format!("/admin/lineage/{document}")
}

pub fn new_draft() -> String {
    "/admin/drafts/new".to_string()
}

pub fn drafts() -> String {
    "/admin/drafts".to_string()
}

pub fn draft_preview(id: i64) -> String {
    format!("/admin/drafts/{id}")
}

/// `action` is `confirm` or `discard`.
pub fn draft_action(id: i64, action: &str) -> String {
    format!("/admin/drafts/{id}/{action}")
}

pub fn desk() -> String {
    "/admin".to_string()
}

/// `path` on the desk of `process` (`None`: the first process, whose addresses carry none).
pub fn in_process(path: String, process: &Option<String>) -> String {
    with_parameter(path, "process", process)
}

/// `path` with the desk's `version` parameter, when it names one (`None`: the default).
pub fn in_version(path: String, version: &Option<String>) -> String {
    with_parameter(path, "version", version)
}

fn with_parameter(path: String, name: &str, value: &Option<String>) -> String {
    match value {
        None => path,
        Some(value) => {
            let separator = if path.contains('?') { '&' } else { '?' };
            format!(
                "{path}{separator}{name}={}",
                utf8_percent_encode(value, SEGMENT)
            )
        }
    }
}

pub fn review(article: impl Display) -> String {
    format!("/admin/articles/{}", segment(article))
}

/// The feedback on text that the desk's version no longer has.
pub fn deleted() -> String {
    "/admin/deleted".to_string()
}

/// Two versions of the desk's process compared.
pub fn desk_compare() -> String {
    "/admin/compare".to_string()
}

/// Two versions of a process's draft compared, for participants.
pub fn process_compare(slug: impl Display) -> String {
    format!("{}/compare", process(slug))
}

/// The comparative table of two versions, on the desk (add `.docx` or `.csv` for the files).
pub fn comparative_table() -> String {
    "/admin/comparative-table".to_string()
}

/// Marks an item as a key comment, or not.
pub fn key_mark(id: impl Display) -> String {
    format!("/admin/feedback/{}/key", segment(id))
}

/// Takes an item's comment out of its group of identical and near-identical texts.
pub fn split_copy(id: impl Display) -> String {
    format!("/admin/feedback/{}/apart", segment(id))
}

/// The consolidated report of the desk's version.
pub fn report() -> String {
    "/admin/report".to_string()
}

/// The rapporteur's page, where organisers record statements and submissions.
pub fn record() -> String {
    "/admin/record".to_string()
}

/// The desk's import of a batch from a file.
pub fn imports() -> String {
    "/admin/imports".to_string()
}

/// A checked file waiting for its confirmation.
pub fn import_preview(id: impl Display) -> String {
    format!("/admin/imports/{}", segment(id))
}

/// Stores a checked file.
pub fn import_confirm(id: impl Display) -> String {
    format!("/admin/imports/{}/confirm", segment(id))
}

/// The template to fill offline.
pub fn import_template() -> String {
    "/admin/imports/template.xlsx".to_string()
}

/// The consolidated report as a Word file.
pub fn report_docx() -> String {
    "/admin/report.docx".to_string()
}

pub fn export(file_name: impl Display) -> String {
    format!("/admin/exports/{}", segment(file_name))
}

pub fn disposition(id: impl Display) -> String {
    format!("/admin/feedback/{id}/disposition")
}

pub fn hide(id: impl Display) -> String {
    format!("/admin/feedback/{id}/hide")
}

pub fn unhide(id: impl Display) -> String {
    format!("/admin/feedback/{id}/unhide")
}

pub fn consultation_status(slug: impl Display) -> String {
    format!("/admin/consultations/{}/status", segment(slug))
}

pub fn tally() -> String {
    "/admin/tally".to_string()
}

pub fn audit(page: u32) -> String {
    if page <= 1 {
        "/admin/audit".to_string()
    } else {
        format!("/admin/audit?page={page}")
    }
}

pub fn language(code: &str, next: &str) -> String {
    let query = serde_html_form::to_string([("next", next)]).unwrap_or_default();
    format!("/language/{}?{query}", segment(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fill_their_patterns_and_encode_what_a_segment_cannot_hold() {
        assert_eq!(
            article("suva-2015", "preamble"),
            "/consultations/suva-2015/articles/preamble"
        );
        assert_eq!(
            feedback_form("doha-2016", 4),
            "/consultations/doha-2016/articles/4/feedback"
        );
        assert_eq!(review("4"), "/admin/articles/4");
        assert_eq!(consultation("a b/c"), "/consultations/a%20b%2Fc");
        assert_eq!(audit(1), "/admin/audit");
        assert_eq!(audit(3), "/admin/audit?page=3");
        assert_eq!(
            language("fr", "/admin?x=1"),
            "/language/fr?next=%2Fadmin%3Fx%3D1"
        );
    }
}
