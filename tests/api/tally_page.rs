//! The tally page: the matrix article x consultation, and the charts with their values.

use reqwest::StatusCode;

use crate::helpers::{spawn_app, stance, with_field};

#[tokio::test]
async fn the_tally_page_shows_the_matrix_and_labelled_charts() {
    let app = spawn_app().await;
    // Suva's two in support are on different paragraphs, which the tally keeps apart and the
    // matrix adds up.
    for (slug, value, paragraph) in [
        ("suva-2015", "support", ""),
        ("suva-2015", "support", "2"),
        ("suva-2015", "oppose", "1"),
        ("doha-2016", "question", ""),
    ] {
        let fields = with_field(&stance(value), "paragraph", Some(paragraph));
        app.submit_ok(slug, "4", &fields).await;
    }
    app.log_in().await;
    let page = app.page("/admin/tally").await;
    page.assert_status(StatusCode::OK);
    assert_eq!(
        page.texts(".tally-matrix thead th")[1..].to_vec(),
        [
            "Geneva",
            "Addis Ababa",
            "Panama City",
            "Suva",
            "Doha",
            "All"
        ]
    );
    let row = page.texts("#tally-4 td .cell-total");
    assert_eq!(row, ["0", "0", "0", "3", "1", "4"]);
    assert_eq!(
        page.texts("#tally-4 td .cell-split")[3],
        "2 / 0 / 1 / 0 / 0",
        "Suva's cell"
    );
    assert_eq!(
        page.texts("#tally-4 .cell-all .cell-split"),
        ["2 / 0 / 1 / 1 / 0"]
    );
    // Two inline SVG charts, each titled, with their values written out: a title for each
    // of the three positions taken in Article 4's bar.
    assert_eq!(page.count("svg[role=img] title"), 2 + 3);
    assert!(
        page.body
            .contains("4 in all: 2 support, 0 amend, 1 oppose, 1 question")
    );
    assert!(
        page.body.contains("67% of 3"),
        "Suva's share of support on Article 4"
    );
    assert!(
        page.body.contains("url(#fill-amend)"),
        "stances have patterns"
    );
    assert_eq!(page.count("script"), 0);
}

#[tokio::test]
async fn the_heatmap_tells_zero_from_none_and_has_a_legend_and_charts_scroll_rather_than_shrink() {
    let app = spawn_app().await;
    app.submit_ok("suva-2015", "4", &stance("oppose")).await;
    app.log_in().await;
    let page = app.page("/admin/tally").await;
    let body = &page.body;
    // Article 4 in Suva: 0% of 1, tinted; Article 5 in Suva: no feedback, hatched.
    assert!(
        page.texts("#heat-title ~ div text")
            .iter()
            .any(|t| t == "0% of 1")
    );
    assert!(
        body.contains("fill=\"url(#fill-no-feedback)\""),
        "no hatched cell"
    );
    assert!(
        !body.contains("fill-opacity=\"0.00\"") && !body.contains("fill-opacity=\"0\""),
        "a cell drawn invisible"
    );
    let legend = page.texts("#heat-title ~ div .legend text");
    assert_eq!(legend, ["0%", "25%", "50%", "75%", "100%", "no feedback"]);
    assert_eq!(
        page.count(".table-scroll[role=region][tabindex='0'] svg.chart"),
        2,
        "each chart in a box that scrolls"
    );
}
