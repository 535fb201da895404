//! Private feedback tokens never reach the log, whatever happens on the private pages.

use reqwest::StatusCode;

use crate::helpers::{csrf_field, location, login_token, new_client, valid_feedback, with_field};
use crate::process::{start_consult_with, stop_and_read_log};

#[tokio::test]
async fn no_issued_token_appears_in_any_log_line() {
    let dir = tempfile::tempdir().unwrap();
    let (server, port) = start_consult_with(
        &dir.path().join("consult.db"),
        true,
        &[("RUST_LOG", "debug")],
    );
    let base = format!("http://127.0.0.1:{port}");
    let client = new_client();
    let token = login_token(&client, &base).await;
    let mut issued = Vec::new();
    for n in 0..3 {
        let mut fields = vec![("csrf_token", token.clone())];
        fields.extend(with_field(
            &valid_feedback(),
            "comment",
            Some(&format!("Comment {n}")),
        ));
        let response = client
            .post(format!(
                "{base}/consultations/suva-2015/articles/4/feedback"
            ))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let private = location(&response);
        let private = private.split('?').next().unwrap().to_string();
        issued.push(private.trim_start_matches("/feedback/").to_string());

        // Everything one can do on a private page: read it, edit it, send a refused edit,
        // a form with a bad field, a form without its token, and one that is not a form.
        let page = client.get(format!("{base}{private}")).send().await.unwrap();
        let form_token = csrf_field(&page.text().await.unwrap());
        let mut edit = vec![("csrf_token", form_token.clone())];
        edit.extend(valid_feedback());
        let edited = client
            .post(format!("{base}{private}"))
            .form(&edit)
            .send()
            .await
            .unwrap();
        assert_eq!(edited.status(), StatusCode::SEE_OTHER);
        let mut invalid = vec![("csrf_token", form_token.clone())];
        invalid.extend(with_field(&valid_feedback(), "stance", Some("maybe")));
        let refused = client
            .post(format!("{base}{private}"))
            .form(&invalid)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let forged = client
            .post(format!("{base}{private}"))
            .form(&valid_feedback())
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        let unreadable = client
            .post(format!("{base}{private}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!(
                "csrf_token={form_token}&themes=a&themes[x]=%ZZ&comment=%FF"
            ))
            .send()
            .await
            .unwrap();
        assert!(unreadable.status().is_client_error());
        let json = client
            .post(format!("{base}{private}"))
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert!(json.status().is_client_error());
        let missing = client
            .get(format!("{base}{private}x"))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    }

    let log = stop_and_read_log(server);
    assert!(log.lines().count() > 20, "too little was logged:\n{log}");
    for token in &issued {
        assert_eq!(token.len(), 43, "{token}");
        // Half a token is enough to find the feedback by its prefix in a log search.
        let leaked: Vec<&str> = log.lines().filter(|l| l.contains(&token[..20])).collect();
        assert!(
            leaked.is_empty(),
            "a private token reached the log: {leaked:#?}"
        );
    }
}
