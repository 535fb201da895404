//! Consultations by invitation: absent from the public lists, their pages open only through
//! an invitation link the organisers make, until they revoke it.

use reqwest::StatusCode;

use crate::helpers::{TestApp, location, new_client, spawn_app, valid_feedback};

async fn expert_group(app: &TestApp) {
    let fields = [
        ("slug", "experts-2017".to_string()),
        ("city", "Expert group, Geneva".to_string()),
        ("held", "2017-02".to_string()),
        ("process", "solidarity-declaration".to_string()),
        ("time_zone", "Europe/Zurich".to_string()),
        ("access", "invitation".to_string()),
    ];
    let created = app.post("/admin/consultations", &fields).await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    // No one can open it yet: the organiser goes on to make its invitations.
    assert_eq!(
        location(&created),
        "/admin/consultations/experts-2017/invitations"
    );
}

async fn status_of(app: &TestApp, client: &reqwest::Client, path: &str) -> StatusCode {
    client.get(app.url(path)).send().await.unwrap().status()
}

#[tokio::test]
async fn a_consultation_by_invitation_opens_only_through_a_live_link() {
    let app = spawn_app().await;
    app.log_in().await;
    expert_group(&app).await;
    let overview = app.page("/admin").await;
    assert_eq!(
        overview.attrs("#consultation-experts-2017 th a", "href"),
        ["/admin/consultations/experts-2017/invitations"]
    );
    assert_eq!(
        app.get("/admin/consultations/experts-2017/invitations")
            .await
            .status(),
        StatusCode::OK
    );
    let visitor = new_client();
    for path in [
        "/consultations/experts-2017",
        "/consultations/experts-2017/articles/4",
    ] {
        assert_eq!(
            status_of(&app, &visitor, path).await,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let refused = app
        .post_with(
            &visitor,
            "/consultations/experts-2017/articles/4/feedback",
            &valid_feedback(),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let home = app.page_with(&visitor, "/").await;
    assert!(!home.body.contains("experts-2017"));
    assert!(
        !app.page_with(&visitor, "/processes/solidarity-declaration")
            .await
            .body
            .contains("experts-2017")
    );
    // The desk lists it, marked.
    assert!(
        app.page("/admin")
            .await
            .text("#consultation-experts-2017 .status-cell")
            .contains("(by invitation)")
    );

    let response = app
        .post(
            "/admin/consultations/experts-2017/invitations",
            &[("label", "Expert group members".into())],
        )
        .await;
    let page = app
        .page_of("/admin/consultations/experts-2017/invitations", response)
        .await;
    page.assert_status(StatusCode::OK);
    let link = page
        .attrs("#invitation-link", "value")
        .pop()
        .expect("the link is shown once");
    assert!(link.starts_with("/invitations/"), "{link}");
    // Without the site's public address, the page says how to complete the link.
    assert!(
        page.text(".link-without-address")
            .contains("put this site's address")
    );
    assert_eq!(
        app.page("/admin/consultations/experts-2017/invitations")
            .await
            .count("#invitation-link"),
        0
    );

    let response = visitor.get(app.url(&link)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/consultations/experts-2017");
    let cookie = crate::helpers::set_cookie(&response, "consult_invitations").unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert_eq!(
        status_of(&app, &visitor, "/consultations/experts-2017").await,
        StatusCode::OK
    );
    let private = app
        .post_with(
            &visitor,
            "/consultations/experts-2017/articles/4/feedback",
            &valid_feedback(),
        )
        .await;
    assert_eq!(private.status(), StatusCode::SEE_OTHER);
    let private = location(&private);
    // Another browser without the link still sees nothing.
    assert_eq!(
        status_of(&app, &new_client(), "/consultations/experts-2017").await,
        StatusCode::NOT_FOUND
    );
    // The private link opens the item anywhere; it links the consultation's pages only
    // where they can be read.
    let invited_view = app.page_with(&visitor, &private).await;
    assert_eq!(
        invited_view.count("a[href='/consultations/experts-2017']"),
        1
    );
    let elsewhere = app.page_with(&new_client(), &private).await;
    elsewhere.assert_status(StatusCode::OK);
    let links = elsewhere.attrs("main a", "href");
    assert!(
        links
            .iter()
            .all(|href| !href.starts_with("/consultations/experts-2017")),
        "{links:?}"
    );

    let id: i64 = app
        .db()
        .query_row("SELECT id FROM invitations", [], |r| r.get(0))
        .unwrap();
    let revoked = app
        .post(
            &format!("/admin/consultations/experts-2017/invitations/{id}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        status_of(&app, &visitor, "/consultations/experts-2017").await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status_of(&app, &new_client(), &link).await,
        StatusCode::NOT_FOUND
    );
    // What was sent stays reachable through its private link.
    let private_path = private.split('?').next().unwrap();
    assert_eq!(
        status_of(&app, &visitor, private_path).await,
        StatusCode::OK
    );
    // Public consultations need no link.
    assert_eq!(
        status_of(&app, &visitor, "/consultations/suva-2015").await,
        StatusCode::OK
    );

    let actions: Vec<String> =
        app.column("SELECT action FROM audit_log WHERE subject = 'experts-2017' ORDER BY id");
    assert_eq!(
        actions,
        [
            "consultation-create",
            "invitation-create",
            "invitation-revoke"
        ]
    );
}

#[tokio::test]
async fn an_invitation_needs_a_label_and_an_unknown_link_is_not_found() {
    let app = spawn_app().await;
    app.log_in().await;
    expert_group(&app).await;
    let response = app
        .post(
            "/admin/consultations/experts-2017/invitations",
            &[("label", "   ".into())],
        )
        .await;
    let page = app
        .page_of("/admin/consultations/experts-2017/invitations", response)
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.text("#error-label")
            .contains("Name the group or the person")
    );
    let count: i64 = app
        .db()
        .query_row("SELECT COUNT(*) FROM invitations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
    let unknown = app.page(&format!("/invitations/{}", "A".repeat(43))).await;
    unknown.assert_status(StatusCode::NOT_FOUND);
    assert!(
        unknown
            .body
            .contains("This invitation link was withdrawn or does not exist.")
    );
}
