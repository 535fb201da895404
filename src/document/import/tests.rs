use proptest::prelude::*;

use super::*;
use crate::document::source::SourceDocument;

const ANNEX: &str = include_str!("../../../tests/fixtures/a-hrc-35-35-annex.txt");

fn facts(symbol: &str, year: i64, language: &str) -> DraftFacts {
    DraftFacts {
        symbol: Some(symbol.into()),
        year: Some(year),
        language: Some(language.into()),
        title: None,
    }
}

fn shipped() -> SourceDocument {
    SourceDocument::parse(crate::seed::DRAFT_2017).unwrap()
}

fn read_text(text: &str, language: &str) -> Result<Reading, Vec<Finding<Problem>>> {
    read(text.as_bytes(), Format::Text, &facts("X/1", 2026, language))
}

fn problems_of(text: &str) -> Vec<String> {
    match read_text(text, "en") {
        Ok(reading) => panic!("read as a draft: {:?}", reading.draft),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_annex_of_a_hrc_35_35_as_text_reads_as_the_shipped_draft() {
    let reading = read(
        ANNEX.as_bytes(),
        Format::Text,
        &facts("A/HRC/35/35", 2017, "en"),
    )
    .unwrap();
    assert_eq!(reading.draft, shipped());
    // Footnotes 8 to 15 are cited in the report's body, not in the annex.
    assert!(
        reading
            .warnings
            .iter()
            .all(|w| matches!(w.what, Warning::FootnoteNotCited { .. }))
    );
}

#[test]
fn crlf_a_byte_order_mark_and_spaces_for_tabs_read_the_same() {
    let windows = format!(
        "\u{feff}{}",
        ANNEX.replace('\t', "   ").replace('\n', "\r\n")
    );
    let reading = read(
        windows.as_bytes(),
        Format::Text,
        &facts("A/HRC/35/35", 2017, "en"),
    )
    .unwrap();
    assert_eq!(reading.draft, shipped());
}

#[test]
fn a_pdf_copy_with_wrapped_lines_and_blank_line_paragraphs_reads_the_same() {
    let shipped = shipped();
    let mut text = format!("{}\n\n{}\n\n", shipped.title, shipped.preamble.chapeau);
    for p in &shipped.preamble.paragraphs {
        let words: Vec<&str> = p.text.split(' ').collect();
        for chunk in words.chunks(9) {
            text.push_str(&chunk.join(" "));
            text.push('\n');
        }
        let notes: String = p.notes.iter().map(|n| format!("[^{n}]")).collect();
        text.insert_str(text.len() - 1, &notes);
        text.push('\n');
    }
    text.push_str(&ANNEX[ANNEX.find(&shipped.preamble.closing).unwrap()..]);
    let reading = read(
        text.as_bytes(),
        Format::Text,
        &facts("A/HRC/35/35", 2017, "en"),
    )
    .unwrap();
    assert_eq!(reading.draft.preamble, shipped.preamble);
}

const FRENCH: &str = "Projet de déclaration sur le droit à la solidarité internationale

Préambule

L’Assemblée générale,

Guidée par la Charte des Nations Unies,[^1]
Rappelant la Déclaration universelle des droits de l’homme,

Déclare ce qui suit :

Partie I. Définitions

Article premier — Objet

La solidarité internationale est l’expression d’un esprit d’unité.

Article 2

1.\tLes États coopèrent.
2.\tLes États s’engagent à :
\t(a)\tpromouvoir la paix ;
\t(b)\trespecter les droits.

Partie II : Mise en œuvre

Article 3.

Les États prennent des mesures :
(a)\tlégislatives ;
(b)\tadministratives.

[^1]: Voir la Charte, préambule.
";

#[test]
fn a_french_draft_reads_with_its_parts_titles_items_and_footnote() {
    let draft = read_text(FRENCH, "fr").unwrap().draft;
    assert_eq!(draft.language, "fr");
    assert_eq!(draft.preamble.chapeau, "L’Assemblée générale,");
    assert_eq!(draft.preamble.closing, "Déclare ce qui suit :");
    assert_eq!(draft.preamble.paragraphs.len(), 2);
    assert_eq!(draft.preamble.paragraphs[0].notes, [1]);
    assert_eq!(draft.parts.len(), 2);
    assert_eq!(draft.parts[1].title, "Mise en œuvre");
    let first = &draft.parts[0].articles[0];
    assert_eq!((first.number, first.title.as_deref()), (1, Some("Objet")));
    let refs: Vec<String> = draft
        .units()
        .unwrap()
        .iter()
        .filter(|u| u.article != "preamble")
        .map(|u| format!("{}:{}", u.article, u.reference))
        .collect();
    assert_eq!(
        refs,
        [
            "1:", "2:", "2:1", "2:2", "2:2(a)", "2:2(b)", "3:", "3:(a)", "3:(b)", "title:",
            "whole:"
        ]
    );
}

const ARABIC: &str = "مشروع إعلان بشأن الحق في التضامن الدولي

الديباجة

إن الجمعية العامة،

إذ تسترشد بميثاق الأمم المتحدة،
وإذ تشير إلى الإعلان العالمي لحقوق الإنسان،

تعلن ما يلي:

المادة 1

التضامن الدولي تعبير عن روح الوحدة.

المادة ٢

١.\tتتعاون الدول.
٢.\tتلتزم الدول بما يلي:
\t(أ)\tتعزيز السلام؛
\t(ب)\tاحترام الحقوق.
";

#[test]
fn an_arabic_draft_reads_with_arabic_digits_and_abjad_items() {
    let draft = read_text(ARABIC, "ar").unwrap().draft;
    assert_eq!(draft.preamble.chapeau, "إن الجمعية العامة،");
    assert_eq!(draft.preamble.paragraphs.len(), 2);
    assert_eq!(draft.articles.len(), 2);
    let refs: Vec<String> = draft
        .units()
        .unwrap()
        .iter()
        .filter(|u| u.article == "2")
        .map(|u| u.reference.clone())
        .collect();
    assert_eq!(refs, ["", "1", "2", "2(a)", "2(b)"]);
}

#[test]
fn paragraphs_and_items_numbered_as_french_and_arabic_documents_print_them_read_the_same() {
    // French "a)" items, Arabic "1-" and "1 -" paragraphs and "أ)" items.
    let french = FRENCH
        .replace("\t(a)\t", "\ta)\t")
        .replace("(b)\trespecter", "b)\trespecter");
    assert_eq!(
        read_text(&french, "fr").unwrap().draft,
        read_text(FRENCH, "fr").unwrap().draft
    );
    let arabic = ARABIC
        .replace("١.\t", "١-\t")
        .replace("٢.\t", "٢ - ")
        .replace("(أ)", "أ)");
    assert_eq!(
        read_text(&arabic, "ar")
            .unwrap_or_else(|p| panic!("{p:?}"))
            .draft,
        read_text(ARABIC, "ar").unwrap().draft
    );
    // A year before a dash is text, not paragraph 2015.
    assert!(matches!(
        lines::classify("2015 - a year of consultations"),
        Shape::Plain(_)
    ));
}

#[test]
fn markdown_reads_as_the_same_draft_as_its_text() {
    let markdown = "# Projet de déclaration sur le droit à la solidarité internationale

## Préambule

L’Assemblée générale,

Guidée par la Charte des Nations Unies,[^1]

Rappelant la Déclaration universelle
des droits de l’homme,

Déclare ce qui suit :

## Partie I. Définitions

### Article premier — Objet

La solidarité internationale est l’expression d’un esprit d’unité.

### Article 2

1. Les États coopèrent.
2. Les États s’engagent à :
   (a) promouvoir la paix ;
   (b) respecter les droits.

## Partie II : Mise en œuvre

### Article 3.

Les États prennent des mesures :
(a) législatives ;
(b) administratives.

[^1]: Voir la Charte, préambule.
";
    let from_markdown = read(
        markdown.as_bytes(),
        Format::Markdown,
        &facts("X/1", 2026, "fr"),
    )
    .unwrap()
    .draft;
    assert_eq!(from_markdown, read_text(FRENCH, "fr").unwrap().draft);
    // Headings one level up, as drafts written by hand often have them: the same draft.
    let shallow = markdown
        .replace("### Article", "## Article")
        .replace("## Partie", "# Partie")
        .replace("## Préambule", "# Préambule");
    let from_shallow = read(
        shallow.as_bytes(),
        Format::Markdown,
        &facts("X/1", 2026, "fr"),
    )
    .unwrap_or_else(|problems| panic!("{problems:?}"))
    .draft;
    assert_eq!(from_shallow, from_markdown);
}

/// Lists use numbering 7: a new docx-rs document already defines numbering 1.
fn word_file(paragraphs: Vec<docx_rs::Paragraph>, numbering: bool) -> Vec<u8> {
    use docx_rs::*;
    let mut docx = Docx::new();
    if numbering {
        docx = docx
            .add_abstract_numbering(
                AbstractNumbering::new(7)
                    .add_level(Level::new(
                        0,
                        Start::new(1),
                        NumberFormat::new("decimal"),
                        LevelText::new("%1."),
                        LevelJc::new("left"),
                    ))
                    .add_level(Level::new(
                        1,
                        Start::new(1),
                        NumberFormat::new("lowerLetter"),
                        LevelText::new("(%2)"),
                        LevelJc::new("left"),
                    )),
            )
            .add_numbering(Numbering::new(7, 7));
    }
    for p in paragraphs {
        docx = docx.add_paragraph(p);
    }
    let mut bytes = std::io::Cursor::new(vec![]);
    docx.build().pack(&mut bytes).unwrap();
    bytes.into_inner()
}

fn typed(text: &str) -> docx_rs::Paragraph {
    let mut run = docx_rs::Run::new();
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            run = run.add_tab();
        }
        run = run.add_text(piece);
    }
    docx_rs::Paragraph::new().add_run(run)
}

fn listed(level: usize, text: &str) -> docx_rs::Paragraph {
    typed(text).numbering(
        docx_rs::NumberingId::new(7),
        docx_rs::IndentLevel::new(level),
    )
}

#[test]
fn word_files_with_typed_numbers_and_with_list_numbering_read_alike() {
    let with_typed_numbers = word_file(FRENCH.lines().map(typed).collect(), false);
    let typed_draft = read(&with_typed_numbers, Format::Word, &facts("X/1", 2026, "fr"))
        .unwrap()
        .draft;
    assert_eq!(typed_draft, read_text(FRENCH, "fr").unwrap().draft);

    let paragraphs = FRENCH
        .lines()
        .map(|line| match super::lines::classify(line) {
            super::Shape::Paragraph { text, .. } => listed(0, &text),
            super::Shape::Item { text, .. } => listed(1, &text),
            _ => typed(line),
        })
        .collect();
    let listed_draft = read(
        &word_file(paragraphs, true),
        Format::Word,
        &facts("X/1", 2026, "fr"),
    )
    .unwrap()
    .draft;
    assert_eq!(listed_draft, typed_draft);
}

#[test]
fn a_word_problem_names_the_word_paragraph() {
    let file = word_file(
        vec![
            typed("Title"),
            typed("Article 1"),
            typed("Text."),
            typed("Article 3"),
            typed("Text."),
        ],
        false,
    );
    let problems = read(&file, Format::Word, &facts("X/1", 2026, "en")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "paragraph 4: expected article 2, found article 3: article numbers must not skip or repeat"
    );
}

#[test]
fn malformed_drafts_are_refused_with_the_line_named() {
    let cases: &[(&str, &str)] = &[
        (
            "T\nArticle 1\nText.\nArticle 3\nText.",
            "line 4: expected article 2, found article 3",
        ),
        (
            "T\nArticle 1\nText.\nArticle 1\nText.",
            "line 4: expected article 2, found article 1",
        ),
        (
            "T\nArticle 2\nText.",
            "line 2: expected article 1, found article 2",
        ),
        (
            "T\nArticle 1\n1.\tA.\n3.\tB.",
            "line 4: expected paragraph 2., found 3.",
        ),
        (
            "T\nArticle 1\n1.\tA:\n(a)\tx;\n(c)\ty.",
            "line 5: expected item (b), found (c)",
        ),
        (
            "T\n(a)\tan item in the preamble\nArticle 1\nText.",
            "line 2: a lettered item with no paragraph or article to belong to",
        ),
        (
            "T\nArticle 1\nText.[^4]",
            "line 3: footnote marker [^4] has no text",
        ),
        (
            "T\nArticle 1\n\nArticle 2\nText.",
            "line 2: article 1 has no text",
        ),
        (
            "T\nArticle 1\nText.\nArticle 2",
            "line 4: article 2 has no text",
        ),
        (
            "T\nArticle 1\nIntro text.\n1.\tA.",
            "line 3: text without a number before the article's first numbered paragraph",
        ),
        (
            "T\nArticle 1\nA.[^1]\n[^1]: One.\n[^1]: Again.",
            "line 5: footnote 1 has two texts",
        ),
        (
            "T\nPart I. A\nArticle 1\nA.\nPart I. B\nArticle 2\nB.",
            "line 5: part I appears twice",
        ),
        (
            "T\nThe General Assembly,\nRecalling,",
            "file: no article heading found",
        ),
        ("", "file: expected the draft's title on the first line"),
    ];
    for (text, expected) in cases {
        let problems = problems_of(text);
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{text:?}: expected {expected:?}, got {problems:?}"
        );
    }
}

#[test]
fn files_that_are_not_utf8_or_too_large_are_refused() {
    let latin1 = b"Title\nArticle 1\nLes \xc9tats coop\xe8rent.";
    let problems = read(latin1, Format::Text, &facts("X/1", 2026, "fr")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "line 3: the text is not UTF-8; save the file as UTF-8"
    );
    let huge = vec![b'a'; MAX_DRAFT_BYTES + 1];
    let problems = read(&huge, Format::Text, &facts("X/1", 2026, "en")).unwrap_err();
    assert!(matches!(problems[0].what, Problem::TooLarge { .. }));
    let problems = read(b"not a zip", Format::Word, &facts("X/1", 2026, "en")).unwrap_err();
    assert!(matches!(problems[0].what, Problem::NotWord(_)));
}

#[test]
fn a_missing_symbol_is_a_problem_and_a_missing_language_or_year_a_warning() {
    let text = "Title\nArticle 1\nText.";
    let problems = read(text.as_bytes(), Format::Text, &DraftFacts::default()).unwrap_err();
    assert_eq!(problems[0].what, Problem::NoSymbol);
    let reading = read(
        text.as_bytes(),
        Format::Text,
        &DraftFacts {
            symbol: Some("S".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        reading
            .warnings
            .iter()
            .any(|w| matches!(w.what, Warning::LanguageAssumed { .. }))
    );
    assert!(
        reading
            .warnings
            .iter()
            .any(|w| matches!(w.what, Warning::YearAssumed { .. }))
    );
}

#[test]
fn json_is_the_shipped_schema_and_gets_the_same_checks() {
    let reading = read(
        crate::seed::DRAFT_2017.as_bytes(),
        Format::Json,
        &DraftFacts::default(),
    )
    .unwrap();
    assert_eq!(reading.draft, shipped());
    let skipping = crate::seed::DRAFT_2017.replace("\"number\": 10,", "\"number\": 12,");
    let problems = read(skipping.as_bytes(), Format::Json, &DraftFacts::default()).unwrap_err();
    assert!(
        problems.iter().any(|p| p.what
            == Problem::ArticleNumber {
                expected: 10,
                found: 12
            }),
        "{problems:?}"
    );
    let problems = read(b"{\"title\": 1}", Format::Json, &DraftFacts::default()).unwrap_err();
    assert_eq!(
        problems[0].what,
        Problem::Json(JsonProblem::Shape { column: 11 })
    );
    // Each kind of JSON problem is told apart, in words a reader can act on.
    for (file, expected) in [
        (&b"{\"title\": "[..], JsonProblem::Cut),
        (&b"{title}"[..], JsonProblem::Syntax { column: 2 }),
        (
            &b"{}"[..],
            JsonProblem::Missing {
                field: "title".into(),
            },
        ),
    ] {
        let problems = read(file, Format::Json, &DraftFacts::default()).unwrap_err();
        assert_eq!(problems[0].what, Problem::Json(expected), "{file:?}");
    }
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Article 1".to_string()),
        Just("Article premier — T".to_string()),
        Just("المادة ٢".to_string()),
        Just("Part I. P".to_string()),
        Just("1.\tText".to_string()),
        Just("(a)\tItem".to_string()),
        Just("(ب) بند".to_string()),
        Just("[^1]: Note".to_string()),
        Just("Text[^1] more[^".to_string()),
        Just("The General Assembly,".to_string()),
        Just("Declares:".to_string()),
        Just("Préambule".to_string()),
        Just("# T".to_string()),
        Just("### Article 9".to_string()),
        Just("1. x\n   (a) y".to_string()),
        Just(String::new()),
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn reading_never_panics_on_any_text(lines in prop::collection::vec(fragment(), 0..40), crlf: bool) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let _ = read(text.as_bytes(), format, &DraftFacts::default());
        }
    }

    #[test]
    fn reading_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for format in [Format::Text, Format::Markdown, Format::Word, Format::Json] {
            let _ = read(&bytes, format, &DraftFacts::default());
        }
    }
}
