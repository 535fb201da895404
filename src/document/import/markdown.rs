//! A Markdown draft: `#` title, `##` parts, `###` articles (an article heading at a higher
//! level is still an article), ordered lists for numbered
//! paragraphs, and the plain-text conventions inside paragraphs (items, footnotes), read with
//! pulldown-cmark.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::findings::Place;
use super::lines::{Line, Shape, classify};

pub fn lines(text: &str) -> Vec<Line> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|start| *start <= offset);

    let mut lines = vec![];
    let mut block = Block::default();
    // Ordered lists being read, innermost last: the number the next item gets.
    let mut lists: Vec<Option<u64>> = vec![];
    let mut footnote: Option<(usize, String)> = None;
    let mut parts = 0;
    let mut titled = false;

    for (event, range) in Parser::new_ext(text, Options::ENABLE_FOOTNOTES).into_offset_iter() {
        let here = line_of(range.start);
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                footnote = Some((here, label.to_string()));
                block = Block::default();
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some((line, label)) = footnote.take() {
                    let text = block.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let shape = match label.parse::<i64>() {
                        Ok(number) => Shape::Footnote { number, text },
                        Err(_) => Shape::Plain(format!("[^{label}]: {text}")),
                    };
                    lines.push(Line {
                        place: Place::Line(line),
                        shape,
                    });
                }
                block = Block::default();
            }
            _ if footnote.is_some() => block.push_event(&event, here),
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::Paragraph) => {
                block.start(here);
            }
            Event::End(TagEnd::Heading(level)) => {
                let text = block.take_text();
                // Drafts written by hand put their headings at any level: "## Article 1" is
                // an article, and so is "# Article 1" once the title is given.
                let heading = classify(&text);
                let shape = match (level, heading) {
                    (
                        HeadingLevel::H1,
                        shape @ (Shape::Article { .. }
                        | Shape::Part { .. }
                        | Shape::PreambleHeading),
                    ) if titled => shape,
                    (HeadingLevel::H1, _) => Shape::Title(text),
                    (
                        HeadingLevel::H2,
                        shape @ (Shape::Part { .. }
                        | Shape::PreambleHeading
                        | Shape::Article { .. }),
                    ) => shape,
                    (HeadingLevel::H2, _) => Shape::Part {
                        number: (parts + 1).to_string(),
                        title: text,
                    },
                    (_, shape) => shape,
                };
                titled |= matches!(shape, Shape::Title(_));
                if matches!(shape, Shape::Part { .. }) {
                    parts += 1;
                }
                lines.push(Line {
                    place: Place::Line(block.line),
                    shape,
                });
                lines.push(blank(here));
            }
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                block.flush(&mut lines);
                block.start(here);
                if let Some(Some(next)) = lists.last_mut() {
                    block.number = u32::try_from(*next).ok();
                    *next += 1;
                }
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => {
                block.flush(&mut lines);
                lines.push(blank(here));
            }
            other => block.push_event(&other, here),
        }
    }
    block.flush(&mut lines);
    lines
}

fn blank(line: usize) -> Line {
    Line {
        place: Place::Line(line),
        shape: Shape::Blank,
    }
}

/// The text of a paragraph, heading or list item, line by line.
#[derive(Default)]
struct Block {
    line: usize,
    text: String,
    /// The number of the ordered-list item this block opens.
    number: Option<u32>,
    /// The source line of each line of `text`.
    line_numbers: Vec<usize>,
}

impl Block {
    fn start(&mut self, line: usize) {
        if self.text.trim().is_empty() {
            self.line = line;
            self.text.clear();
            self.line_numbers = vec![line];
        } else {
            self.text.push('\n');
            self.line_numbers.push(line);
        }
    }

    fn push_event(&mut self, event: &Event, line: usize) {
        if self.line_numbers.is_empty() {
            self.line = line;
            self.line_numbers.push(line);
        }
        match event {
            Event::Text(text) | Event::Code(text) => self.text.push_str(text),
            Event::FootnoteReference(label) => {
                self.text.push_str("[^");
                self.text.push_str(label);
                self.text.push(']');
            }
            Event::SoftBreak | Event::HardBreak => {
                self.text.push('\n');
                self.line_numbers.push(line + 1);
            }
            _ => {}
        }
    }

    fn take_text(&mut self) -> String {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        *self = Block::default();
        text
    }

    /// The block's lines: the list item's number on its first, and a new line wherever a
    /// soft-broken line opens an item or paragraph of its own; other breaks are wrapping.
    fn flush(&mut self, lines: &mut Vec<Line>) {
        let number = self.number.take();
        let mut current: Option<(usize, Shape)> = None;
        for (i, raw) in self.text.split('\n').enumerate() {
            let line = self.line_numbers.get(i).copied().unwrap_or(self.line);
            let shape = match (i, number) {
                (0, Some(number)) => Shape::Paragraph {
                    number,
                    text: raw.trim().to_string(),
                },
                _ => classify(raw),
            };
            match (&mut current, shape) {
                (_, Shape::Blank) => {}
                (Some((_, open)), Shape::Plain(more)) => append(open, &more),
                (_, shape) => {
                    if let Some((at, open)) = current.take() {
                        lines.push(Line {
                            place: Place::Line(at),
                            shape: open,
                        });
                    }
                    current = Some((line, shape));
                }
            }
        }
        if let Some((at, open)) = current {
            lines.push(Line {
                place: Place::Line(at),
                shape: open,
            });
        }
        *self = Block::default();
    }
}

fn append(shape: &mut Shape, more: &str) {
    if let Shape::Paragraph { text, .. } | Shape::Item { text, .. } | Shape::Plain(text) = shape {
        text.push(' ');
        text.push_str(more);
    }
}
