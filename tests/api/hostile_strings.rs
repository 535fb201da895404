//! The Big List of Naughty Strings through every text field: no server error, and what is
//! stored comes back byte-exact, HTML-escaped on the page and formula-guarded in the CSV.

use consult::tallies::table::formula_guard;
use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_with, valid_feedback, with_field};

fn naughty_strings() -> Vec<String> {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/blns.json"
    ))
    .unwrap();
    let strings: Vec<String> = serde_json::from_str(&json).unwrap();
    assert_eq!(strings.len(), 485);
    strings
}

/// Decodes the character references askama writes, in one pass (so `&amp;#39;` stays `&#39;`).
fn html_decode(escaped: &str) -> String {
    let mut out = String::new();
    let mut rest = escaped;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find(';').expect("an unterminated character reference");
        let name = &tail[1..end];
        let decoded = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if name.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&name[2..], 16).unwrap()).unwrap()
            }
            _ if name.starts_with('#') => char::from_u32(name[1..].parse().unwrap()).unwrap(),
            _ => panic!("unknown reference &{name};"),
        };
        out.push(decoded);
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The raw HTML between `open` and the next `close`, checked to hold no markup of its own.
fn raw_between<'a>(body: &'a str, open: &str, close: &str) -> &'a str {
    let start = body
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in:\n{body}"))
        + open.len();
    let end = start + body[start..].find(close).unwrap();
    let raw = &body[start..end];
    assert!(
        !raw.contains('<') && !raw.contains('>'),
        "unescaped markup: {raw:?}"
    );
    raw
}

#[tokio::test]
async fn every_naughty_string_is_stored_and_shown_exactly() {
    let app = spawn_app().await;
    app.log_in().await;
    let token = app.csrf_token().await;
    let mut expected_rows = Vec::new();
    for (i, naughty) in naughty_strings().into_iter().enumerate() {
        // A blank comment is refused by design; such strings travel in the other fields.
        let comment = if naughty.trim().is_empty() {
            format!("blank string {i}")
        } else {
            naughty.clone()
        };
        let short = if naughty.chars().count() <= 200 {
            naughty.clone()
        } else {
            format!("long string {i}")
        };
        let mut fields = with_field(&valid_feedback(), "comment", Some(&comment));
        fields = with_field(&fields, "proposed_text", Some(&naughty));
        for field in ["name", "organisation", "country"] {
            fields = with_field(&fields, field, Some(&short));
        }
        fields.push(("publish_name", "on".into()));
        fields.push(("csrf_token", token.clone()));
        let response = app
            .post_raw("/consultations/suva-2015/articles/4/feedback", &fields)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "string {i} {naughty:?} refused"
        );
        let private = crate::helpers::location(&response);

        let body = app.get(&private).await.text().await.unwrap();
        let shown = |open: &str, close: &str| html_decode(raw_between(&body, open, close));
        assert_eq!(
            shown(r#"id="stored-comment" dir="auto">"#, "</div>"),
            comment,
            "string {i}: comment"
        );
        if !naughty.is_empty() {
            assert_eq!(
                shown(r#"id="stored-proposed-text" dir="auto">"#, "</div>"),
                naughty,
                "string {i}: proposal"
            );
        }
        for fact in ["name", "organisation", "country"] {
            // An empty text reads "None", as every empty fact does.
            let (open, close, expected) = if short.is_empty() {
                (format!(r#"<dd id="stored-{fact}">"#), "</dd>", "None")
            } else {
                (
                    format!(r#"<dd id="stored-{fact}"><bdi>"#),
                    "</bdi>",
                    short.as_str(),
                )
            };
            assert_eq!(shown(&open, close), expected, "string {i}: {fact}");
        }
        expected_rows.push((comment, naughty, short));
    }

    let csv = app
        .get("/admin/exports/feedback.csv")
        .await
        .bytes()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), expected_rows.len());
    for (i, (row, (comment, naughty, short))) in rows.iter().zip(&expected_rows).enumerate() {
        assert_eq!(
            &row[11],
            formula_guard(comment),
            "string {i}: comment in CSV"
        );
        assert_eq!(
            &row[12],
            formula_guard(naughty),
            "string {i}: proposal in CSV"
        );
        for (column, name) in [
            (14, "organisation"),
            (15, "country"),
            (16, "participant_name"),
        ] {
            assert_eq!(
                &row[column],
                formula_guard(short),
                "string {i}: {name} in CSV"
            );
        }
    }
}

#[tokio::test]
async fn every_naughty_string_as_username_and_password_is_refused_cleanly() {
    // Limits lifted, so every string reaches the password check instead of the throttle.
    let app = spawn_app_with(|s| {
        s.login_limits.per_username = u32::MAX;
        s.login_limits.per_address = u32::MAX;
    })
    .await;
    app.add_organiser("alice", "correct horse battery staple");
    let token = app.csrf_token().await;
    for (i, naughty) in naughty_strings().into_iter().enumerate() {
        let fields = [
            ("csrf_token", token.clone()),
            ("username", naughty.clone()),
            ("password", naughty.clone()),
        ];
        let response = app.post_raw("/login", &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "string {i} {naughty:?}"
        );
    }
    let failures: i64 = app
        .db()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'login-failed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(failures, 485);
}
