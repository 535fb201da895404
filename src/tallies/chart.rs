//! The tally as a matrix and two inline SVG charts, laid out here so the templates only place
//! numbers: a stacked bar per article (by stance) and a heatmap of the share of support or
//! support-with-amendments per article and consultation. Values are written on the charts and
//! stances have patterns as well as colours, so nothing rests on colour alone.

use std::collections::HashMap;

use crate::document::Document;
use crate::feedback::Stance;
use crate::i18n::{Message, Tr};

use super::repo::TallyCell;

/// Counts by stance, in `Stance::ALL` order.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub by_stance: [i64; crate::feedback::Stance::COUNT],
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.by_stance.iter().sum()
    }

    pub fn add(&mut self, stance: &str, n: i64) {
        if let Some(i) = Stance::ALL.iter().position(|s| s.key() == stance) {
            self.by_stance[i] += n;
        }
    }

    /// Support plus support-with-amendments, as a whole percentage of the items that took a
    /// position ("no position" is counted apart, not against the text).
    pub fn favourable_percent(&self) -> Option<i64> {
        let total = self.total() - self.by_stance[Stance::COUNT - 1];
        (total > 0).then(|| ((self.by_stance[0] + self.by_stance[1]) * 100 + total / 2) / total)
    }
}

pub struct MatrixRow {
    pub article: String,
    pub title: String,
    pub cells: Vec<Counts>,
    pub all: Counts,
}

pub struct Segment {
    pub stance: Stance,
    pub x: i64,
    pub width: i64,
    pub count: i64,
}

pub struct Bar {
    pub title: String,
    pub y: i64,
    pub segments: Vec<Segment>,
    pub label: String,
}

pub struct HeatCell {
    pub x: i64,
    pub y: i64,
    /// How dark the cell is; `None` for no feedback at all, drawn hatched so it is never
    /// mistaken for 0% support.
    pub opacity: Option<String>,
    pub dark_text: bool,
    pub label: String,
}

/// The heatmap legend's steps: a share of support, and the opacity it is drawn with.
pub fn heat_legend() -> Vec<(i64, String)> {
    [0, 25, 50, 75, 100]
        .into_iter()
        .map(|p| (p, heat_opacity(p)))
        .collect()
}

/// Zero is a visible tint, distinct from the hatching of "no feedback".
fn heat_opacity(percent: i64) -> String {
    format!("{:.2}", 0.15 + 0.77 * percent as f64 / 100.0)
}

pub const LABEL_WIDTH: i64 = 110;
pub const BAR_AREA: i64 = 330;
pub const ROW_HEIGHT: i64 = 28;
pub const HEAT_CELL_WIDTH: i64 = 100;

pub struct Charts {
    pub rows: Vec<MatrixRow>,
    pub bars: Vec<Bar>,
    pub bars_height: i64,
    pub heat: Vec<HeatCell>,
    pub heat_columns: Vec<(i64, String)>,
    pub heat_rows: Vec<(i64, String)>,
    pub heat_width: i64,
    pub heat_height: i64,
}

/// A stacked bar by stance for each of `rows` (a title and its counts), in their order, the
/// longest filling the bar area; each is labelled with its counts in words.
pub fn stacked_bars(tr: &Tr, rows: &[(String, Counts)]) -> Vec<Bar> {
    let largest = rows.iter().map(|r| r.1.total()).max().unwrap_or(0).max(1);
    rows.iter()
        .enumerate()
        .map(|(i, (title, counts))| {
            let mut x = LABEL_WIDTH;
            let segments = Stance::ALL
                .iter()
                .zip(counts.by_stance)
                .filter(|(_, count)| *count > 0)
                .map(|(stance, count)| {
                    let width = (count * BAR_AREA / largest).max(2);
                    let segment = Segment {
                        stance: *stance,
                        x,
                        width,
                        count,
                    };
                    x += width;
                    segment
                })
                .collect();
            Bar {
                title: title.clone(),
                y: i as i64 * ROW_HEIGHT,
                segments,
                label: tr.message(&bar_label(&counts.by_stance)),
            }
        })
        .collect()
}

/// A bar's counts in words: the total, then each position.
pub fn bar_label(by_stance: &[i64; Stance::COUNT]) -> Message {
    let [support, amend, oppose, question, none] = *by_stance;
    Message::new("tally-bar-label")
        .with("total", by_stance.iter().sum::<i64>())
        .with("support", support)
        .with("amend", amend)
        .with("oppose", oppose)
        .with("question", question)
        .with("none", none)
}

/// Lays out the tally of `document` for `consultations` (slug, city), in their order.
pub fn lay_out(
    tr: &Tr,
    document: &Document,
    consultations: &[(String, String)],
    cells: &[TallyCell],
) -> Charts {
    // Each article and consultation's counts, gathered in one pass over the cells.
    let mut counted: HashMap<(&str, &str), Counts> = HashMap::new();
    for cell in cells.iter().filter(|c| c.document_id == document.id) {
        counted
            .entry((&cell.article, &cell.group))
            .or_default()
            .add(&cell.stance, cell.count);
    }
    let rows: Vec<MatrixRow> = document
        .articles
        .iter()
        .map(|article| {
            let name = article.id.to_string();
            let mut all = Counts::default();
            let per_consultation = consultations
                .iter()
                .map(|(slug, _)| {
                    let counts = counted
                        .get(&(name.as_str(), slug.as_str()))
                        .copied()
                        .unwrap_or_default();
                    for (total, n) in all.by_stance.iter_mut().zip(counts.by_stance) {
                        *total += n;
                    }
                    counts
                })
                .collect();
            MatrixRow {
                article: name,
                title: tr.article_title(article.id),
                cells: per_consultation,
                all,
            }
        })
        .collect();

    let bars = stacked_bars(
        tr,
        &rows
            .iter()
            .map(|row| (row.title.clone(), row.all))
            .collect::<Vec<_>>(),
    );

    let mut heat = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for (c, counts) in row
            .cells
            .iter()
            .chain(std::iter::once(&row.all))
            .enumerate()
        {
            let share = counts.favourable_percent();
            heat.push(HeatCell {
                x: LABEL_WIDTH + c as i64 * HEAT_CELL_WIDTH,
                y: ROW_HEIGHT + r as i64 * ROW_HEIGHT,
                opacity: share.map(heat_opacity),
                dark_text: share.is_none_or(|p| p < 55),
                label: match share {
                    Some(p) => tr.message(
                        &Message::new("tally-share")
                            .with("percent", p)
                            .with("total", counts.total()),
                    ),
                    None => tr.t("tally-share-none"),
                },
            });
        }
    }
    let mut heat_columns: Vec<(i64, String)> = consultations
        .iter()
        .enumerate()
        .map(|(c, (_, city))| {
            (
                LABEL_WIDTH + c as i64 * HEAT_CELL_WIDTH + HEAT_CELL_WIDTH / 2,
                city.clone(),
            )
        })
        .collect();
    heat_columns.push((
        LABEL_WIDTH + consultations.len() as i64 * HEAT_CELL_WIDTH + HEAT_CELL_WIDTH / 2,
        tr.t("tally-all"),
    ));
    let heat_rows = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            (
                ROW_HEIGHT + r as i64 * ROW_HEIGHT + ROW_HEIGHT / 2,
                row.title.clone(),
            )
        })
        .collect();
    Charts {
        bars_height: rows.len() as i64 * ROW_HEIGHT,
        heat_width: LABEL_WIDTH + (consultations.len() as i64 + 1) * HEAT_CELL_WIDTH,
        heat_height: (rows.len() as i64 + 1) * ROW_HEIGHT,
        rows,
        bars,
        heat,
        heat_columns,
        heat_rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favourable_share_rounds_to_whole_percent() {
        let counts = Counts {
            by_stance: [1, 1, 1, 0, 0],
        };
        assert_eq!(counts.favourable_percent(), Some(67));
        assert_eq!(Counts::default().favourable_percent(), None);
        assert_eq!(
            Counts {
                by_stance: [0, 0, 0, 5, 0]
            }
            .favourable_percent(),
            Some(0)
        );
        // Answers without a position are counted apart, not against the text.
        let with_none = Counts {
            by_stance: [1, 1, 1, 0, 7],
        };
        assert_eq!(with_none.favourable_percent(), Some(67));
        let only_none = Counts {
            by_stance: [0, 0, 0, 0, 3],
        };
        assert_eq!(only_none.favourable_percent(), None);
    }
}
