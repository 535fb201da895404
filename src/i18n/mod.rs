//! The interface in English, French, Spanish and Arabic.
//!
//! Every interface string lives in a Fluent catalogue per language (`locales/*/main.ftl`),
//! embedded in the binary. The language comes from the `consult_lang` cookie, set by the
//! switcher on every page, else the best match in `Accept-Language`, else English. Pages get a
//! [`Tr`] and ask it for text; Arabic pages are right-to-left.

pub mod routes;

use std::borrow::{Borrow, Cow};
use std::collections::HashMap;
use std::sync::{LazyLock, PoisonError, RwLock};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

use crate::document::ArticleId;
use crate::feedback::stance::{CommentType, Stance};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks keep Latin names and numbers in place inside right-to-left text;
        // in left-to-right languages they would only be invisible noise in copied text.
        customise: |bundle| {
            let right_to_left = bundle.locales.first().is_some_and(|l| l.language.as_str() == "ar");
            bundle.set_use_isolating(right_to_left);
            bundle.set_formatter(Some(format_number));
        },
    };
}

pub const COOKIE: &str = "consult_lang";

/// Whole numbers with the language's digit grouping: "12,345", "12 345", "12.345". Arabic
/// keeps Western digits, as the United Nations' Arabic documents number their articles.
pub fn group_digits(language: &str, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let (separator, shortest_grouped) = match language {
        "fr" => ("\u{202F}", 4),
        // Spanish style leaves four-digit numbers whole: 1234, but 12.345.
        "es" => (".", 5),
        _ => (",", 4),
    };
    let mut out = String::new();
    if digits.len() >= shortest_grouped {
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(digit);
        }
    } else {
        out = digits;
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// The bundle's language, which Fluent hands to formatters only through its memoizer.
struct NumberStyle(String);

impl intl_memoizer::Memoizable for NumberStyle {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(lang.language.as_str().to_string()))
    }
}

/// Fluent's hook for numbers in messages: whole numbers grouped for the language; plural
/// selection still sees the number itself.
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
        return None;
    }
    memoizer
        .with_try_get::<NumberStyle, _, _>((), |style| group_digits(&style.0, number.value as i64))
        .ok()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar];

    pub fn code(&self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// Each language names itself, so a reader finds theirs whatever the page's language.
    pub fn native_name(&self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    pub fn dir(&self) -> &'static str {
        if *self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// "fr", "fr-CH", "FR" → French.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of ours in an `Accept-Language` header, by its quality values.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(Lang, f32)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Lang::parse(tag)
                && quality > 0.0
                && best.is_none_or(|(_, q)| quality > q)
            {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }

    fn id(&self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("language codes are valid identifiers")
    }
}

/// A number for a message, whether templates hand it over by value or by reference.
pub trait Count {
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// "Civil society / NGO" → "category-civil-society-ngo".
fn category_key(label: &str) -> String {
    let slug = label
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("category-{slug}")
}

/// A message to translate later: a catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, i64)>,
    pub texts: Vec<(&'static str, String)>,
    /// Messages placed inside this one ("Line 4: { $what }"), translated with it.
    pub messages: Vec<(&'static str, Message)>,
}

impl Message {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
            texts: Vec::new(),
            messages: Vec::new(),
        }
    }

    pub fn with_message(mut self, name: &'static str, message: Message) -> Self {
        self.messages.push((name, message));
        self
    }

    pub fn with(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, value));
        self
    }

    pub fn with_text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.texts.push((name, value.into()));
        self
    }
}

/// The translator a page renders with: its language, and the page's own address for the
/// language switcher.
#[derive(Debug, Clone)]
pub struct Tr {
    pub lang: Lang,
    here: String,
    /// Whether a message's arguments keep Fluent's isolation marks (right-to-left pages), or
    /// lose them ([`Tr::for_files`]).
    isolating: bool,
}

/// Messages that depend on nothing but their key (without arguments, or with an argument
/// spelled into the key, such as an article's number), each looked up once per language: a
/// page asks for the same labels for each of its items, and looking them up in the bundles
/// every time took a tenth of a review page's time. `None`: the catalogue has no such message.
/// Each language's twice: with isolation marks and without ([`Tr::for_files`]).
static REMEMBERED: LazyLock<[RwLock<Messages>; 2 * Lang::ALL.len()]> =
    LazyLock::new(Default::default);
/// A language's messages by key.
type Messages = HashMap<Box<str>, Option<Box<str>>>;
/// More keys than the locales hold: a bound, should a key ever be made from data.
const MOST_REMEMBERED: usize = 10_000;

impl Tr {
    pub fn new(lang: Lang, here: impl Into<String>) -> Self {
        Self {
            lang,
            here: here.into(),
            isolating: true,
        }
    }

    /// The address of the page being made, with its query: where a form on it leads back.
    pub fn here(&self) -> &str {
        &self.here
    }

    /// The words of a downloaded file (a workbook, a CSV, a Word file): without the invisible
    /// marks that keep a right-to-left page's Latin names and numbers in place. A spreadsheet
    /// or a word processor lays out each cell or paragraph by itself, and the marks would be
    /// in every sheet name, heading and cell a reader filters on or searches for ("المادة 4").
    pub fn for_files(&self) -> Self {
        Self {
            isolating: false,
            ..self.clone()
        }
    }

    /// `text` as this translator gives it: isolation marks removed for files.
    fn finished(&self, text: String) -> String {
        if self.isolating || !text.contains(['\u{2068}', '\u{2069}']) {
            text
        } else {
            text.replace(['\u{2068}', '\u{2069}'], "")
        }
    }

    /// The language a request asks for: its cookie, else `Accept-Language`, else English.
    pub fn for_request(req: &HttpRequest) -> Self {
        let lang = req
            .cookie(COOKIE)
            .and_then(|c| Lang::parse(c.value()))
            .or_else(|| {
                req.headers()
                    .get("accept-language")
                    .and_then(|h| h.to_str().ok())
                    .and_then(Lang::from_accept_language)
            })
            .unwrap_or(Lang::En);
        let here = match req.query_string() {
            "" => req.path().to_string(),
            query => format!("{}?{query}", req.path()),
        };
        Self::new(lang, here)
    }

    /// Items joined with the language's list separator ("; " or the Arabic "؛ ").
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.t("list-separator"))
    }

    /// A number on its own, grouped for the page's language.
    pub fn number(&self, n: impl Count) -> String {
        group_digits(self.lang.code(), n.count())
    }

    pub fn t(&self, key: &str) -> String {
        self.remembered(key, || {
            Some(self.finished(LOCALES.lookup(&self.lang.id(), key)))
        })
        .unwrap_or_default()
    }

    /// The message remembered under `key` in this language, else `look_up`'s, remembered.
    fn remembered(&self, key: &str, look_up: impl FnOnce() -> Option<String>) -> Option<String> {
        let memory = &REMEMBERED[2 * self.lang as usize + usize::from(self.isolating)];
        let read = memory.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(text) = read.get(key) {
            return text.as_deref().map(str::to_string);
        }
        drop(read);
        let text = look_up();
        let mut write = memory.write().unwrap_or_else(PoisonError::into_inner);
        if write.len() < MOST_REMEMBERED {
            write.insert(key.into(), text.as_deref().map(Into::into));
        }
        text
    }

    fn lookup(&self, key: &str, args: HashMap<Cow<'static, str>, FluentValue<'static>>) -> String {
        self.finished(LOCALES.lookup_with_args(&self.lang.id(), key, &args))
    }

    /// A message with one text argument, such as a city or a title.
    pub fn t_text(&self, key: &str, name: &'static str, value: impl AsRef<str>) -> String {
        self.lookup(
            key,
            HashMap::from([(
                Cow::Borrowed(name),
                FluentValue::from(value.as_ref().to_string()),
            )]),
        )
    }

    /// A message with one number argument, which also chooses the plural form.
    pub fn t_count(&self, key: &str, name: &'static str, value: impl Count) -> String {
        self.lookup(
            key,
            HashMap::from([(Cow::Borrowed(name), FluentValue::from(value.count()))]),
        )
    }

    /// A message with two text arguments.
    pub fn t_text2(
        &self,
        key: &str,
        a: &'static str,
        a_value: impl AsRef<str>,
        b: &'static str,
        b_value: impl AsRef<str>,
    ) -> String {
        self.lookup(
            key,
            HashMap::from([
                (
                    Cow::Borrowed(a),
                    FluentValue::from(a_value.as_ref().to_string()),
                ),
                (
                    Cow::Borrowed(b),
                    FluentValue::from(b_value.as_ref().to_string()),
                ),
            ]),
        )
    }

    pub fn message(&self, message: &Message) -> String {
        let numbers = message
            .args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(*value)));
        let texts = message
            .texts
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone())));
        let nested = message
            .messages
            .iter()
            .map(|(name, inner)| (Cow::Borrowed(*name), FluentValue::from(self.message(inner))));
        self.lookup(message.key, numbers.chain(texts).chain(nested).collect())
    }

    pub fn article_title(&self, article: impl Borrow<ArticleId>) -> String {
        match *article.borrow() {
            ArticleId::Title => self.t("article-title"),
            ArticleId::Whole => self.t("article-whole"),
            ArticleId::Preamble => self.t("article-preamble"),
            ArticleId::Numbered(n) => self
                .remembered(&format!("article-numbered {n}"), || {
                    Some(self.t_count("article-numbered", "number", i64::from(n)))
                })
                .unwrap_or_default(),
            ArticleId::Question(n) => self
                .remembered(&format!("article-question {n}"), || {
                    Some(self.t_count("article-question", "number", i64::from(n)))
                })
                .unwrap_or_default(),
        }
    }

    /// An article named inside a sentence: "your feedback on the draft as a whole", "the
    /// current text of the preamble"; a numbered article or a question as on its own.
    pub fn article_in_sentence(&self, article: impl Borrow<ArticleId>) -> String {
        match *article.borrow() {
            ArticleId::Title => self.t("article-title-in-sentence"),
            ArticleId::Whole => self.t("article-whole-in-sentence"),
            ArticleId::Preamble => self.t("article-preamble-in-sentence"),
            other => self.article_title(other),
        }
    }

    /// "Whole article", "Paragraph 3(a)", "Preambular paragraph 4".
    pub fn reference_label(&self, article: impl Borrow<ArticleId>, reference: &str) -> String {
        match (*article.borrow(), reference) {
            (ArticleId::Preamble, "") => self.t("reference-whole-preamble"),
            (ArticleId::Preamble, r) => self.t_text("reference-preambular", "reference", r),
            (article, "") if article.is_about_the_draft() || article.is_question() => {
                self.article_title(article)
            }
            (_, "") => self.t("reference-whole-article"),
            (_, r) if r.starts_with('(') => self.t_text("reference-item", "reference", r),
            (_, r) => self.t_text("reference-paragraph", "reference", r),
        }
    }

    /// A unit named on its own, as a sentence cites it: "Article 4", "Article 1(3)(a)",
    /// "Preambular paragraph 4", "Preamble".
    pub fn unit_label(&self, article: impl Borrow<ArticleId>, reference: &str) -> String {
        let article = *article.borrow();
        match (article, reference) {
            (_, "") => self.article_title(article),
            (ArticleId::Preamble, r) => self.t_text("reference-preambular", "reference", r),
            (_, r) => {
                let numbers = crate::document::clause(article, r);
                // "Art. 1(3)(a)": the article's name, then the numbers as the clause writes them.
                let suffix = numbers.find('(').map_or("", |at| &numbers[at..]);
                format!("{}{suffix}", self.article_title(article))
            }
        }
    }

    /// "Comment on paragraph 2", for the link beside each paragraph.
    pub fn comment_on(&self, article: &ArticleId, reference: impl AsRef<str>) -> String {
        let reference = reference.as_ref();
        match article {
            ArticleId::Preamble => self.t_text("comment-on-preambular", "reference", reference),
            _ => self.t_text("comment-on-paragraph", "reference", reference),
        }
    }

    fn month(&self, month: u8) -> String {
        self.t(&format!("month-{month}"))
    }

    /// "2015-04" as "April 2015", "avril 2015", "abril de 2015", "أبريل 2015".
    pub fn month_year(&self, held: &str) -> String {
        let mut parts = held.splitn(3, '-');
        match (
            parts.next(),
            parts.next().and_then(|m| m.parse::<u8>().ok()),
        ) {
            (Some(year), Some(month)) if (1..=12).contains(&month) => {
                self.t_text2("held-date", "month", self.month(month), "year", year)
            }
            _ => held.to_string(),
        }
    }

    /// "2015-11-19" as "19 November 2015", "19 novembre 2015", "19 de noviembre de 2015".
    pub fn day(&self, day: &str) -> String {
        let mut parts = day.splitn(3, '-');
        match (
            parts.next(),
            parts.next().and_then(|m| m.parse::<u8>().ok()),
            parts.next().and_then(|d| d.parse::<u8>().ok()),
        ) {
            (Some(year), Some(month), Some(date)) if (1..=12).contains(&month) => {
                let args = HashMap::from([
                    (Cow::Borrowed("day"), FluentValue::from(date.to_string())),
                    (Cow::Borrowed("month"), FluentValue::from(self.month(month))),
                    (Cow::Borrowed("year"), FluentValue::from(year.to_string())),
                ]);
                self.lookup("day-date", args)
            }
            _ => day.to_string(),
        }
    }

    /// A stored RFC 3339 time as "22 November 2026, 19:04 UTC", in the page's language.
    pub fn timestamp(&self, stamp: &str) -> String {
        let Some(t) = crate::time_format::parse_rfc3339(stamp) else {
            return stamp.to_string();
        };
        let args = HashMap::from([
            (Cow::Borrowed("day"), FluentValue::from(t.day().to_string())),
            (
                Cow::Borrowed("month"),
                FluentValue::from(self.month(u8::from(t.month()))),
            ),
            (
                Cow::Borrowed("year"),
                FluentValue::from(t.year().to_string()),
            ),
            (
                Cow::Borrowed("time"),
                FluentValue::from(format!("{:02}:{:02}", t.hour(), t.minute())),
            ),
        ]);
        self.lookup("timestamp", args)
    }

    /// A stored UTC time as the clock reads in `zone`: "1 March 2026, 09:00 (Africa/Addis_Ababa)".
    pub fn zoned_time(&self, stamp: &str, zone: &str) -> String {
        let Ok(instant) = stamp.parse::<jiff::Timestamp>() else {
            return stamp.to_string();
        };
        let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let local = instant.to_zoned(tz).datetime();
        let month = u8::try_from(local.month()).unwrap_or(1);
        let args = HashMap::from([
            (
                Cow::Borrowed("day"),
                FluentValue::from(local.day().to_string()),
            ),
            (Cow::Borrowed("month"), FluentValue::from(self.month(month))),
            (
                Cow::Borrowed("year"),
                FluentValue::from(local.year().to_string()),
            ),
            (
                Cow::Borrowed("time"),
                FluentValue::from(format!("{:02}:{:02}", local.hour(), local.minute())),
            ),
            (Cow::Borrowed("zone"), FluentValue::from(zone.to_string())),
        ]);
        self.lookup("zoned-time", args)
    }

    pub fn stance(&self, stance: Stance) -> String {
        self.t(&format!("stance-{}", stance.key()))
    }

    /// "Support", for table columns where the full label would not fit.
    pub fn stance_short(&self, stance: Stance) -> String {
        self.t(&format!("stance-short-{}", stance.key()))
    }

    /// How an item reached the consultation, by its key: "Statement in a meeting".
    pub fn channel(&self, key: &str) -> String {
        self.t(&format!("channel-{key}"))
    }

    pub fn comment_type(&self, kind: CommentType) -> String {
        self.t(&format!("type-{}", kind.key()))
    }

    pub fn disposition(&self, key: &str) -> String {
        self.t(&format!("disposition-{key}"))
    }

    pub fn hide_reason(&self, key: &str) -> String {
        self.t(&format!("hide-reason-{key}"))
    }

    /// What the audit log calls an action, such as `login-failed`.
    pub fn audit_action(&self, key: &str) -> String {
        self.t(&format!("audit-action-{key}"))
    }

    /// Stakeholder categories are stored by their English label (the form's values); their
    /// catalogue key is that label in lower case with words joined by hyphens.
    /// A shipped stakeholder category's translation, if the catalogue has one.
    pub fn category_in_catalogue(&self, label: &str) -> Option<String> {
        self.catalogue(&category_key(label))
    }

    /// The catalogue's message `key`, if it has one.
    pub fn catalogue(&self, key: &str) -> Option<String> {
        self.remembered(key, || LOCALES.try_lookup(&self.lang.id(), key))
    }

    /// The switcher's links: every language, each pointing back to this page.
    pub fn switcher(&self) -> Vec<(Lang, String)> {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, crate::paths::language(lang.code(), &self.here)))
            .collect()
    }
}

impl FromRequest for Tr {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Ok(Tr::for_request(req)))
    }
}

/// A language's name in itself, for links a reader of that language looks for.
pub fn autonym(language: &str) -> String {
    if let Some(ours) = Lang::parse(language) {
        return ours.native_name().to_string();
    }
    match language.split('-').next().unwrap_or_default() {
        "ru" => "Русский",
        "zh" => "中文",
        "pt" => "Português",
        "de" => "Deutsch",
        _ => return language.to_string(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_of_ours() {
        assert_eq!(
            Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_accept_language("de-DE, ar;q=0.5, es;q=0.7"),
            Some(Lang::Es)
        );
        assert_eq!(Lang::from_accept_language("de, ja"), None);
        assert_eq!(
            Lang::from_accept_language("ar;q=0, en;q=0.1"),
            Some(Lang::En)
        );
    }

    #[test]
    fn numbers_are_grouped_for_the_language() {
        assert_eq!(group_digits("en", 1_234_567), "1,234,567");
        assert_eq!(group_digits("fr", 1_234_567), "1\u{202F}234\u{202F}567");
        assert_eq!(group_digits("es", 1234), "1234");
        assert_eq!(group_digits("es", 12345), "12.345");
        assert_eq!(group_digits("ar", 999), "999");
        assert_eq!(group_digits("en", -1000), "-1,000");
        let fr = Tr::new(Lang::Fr, "/");
        assert_eq!(
            fr.t_count("comment-count", "count", 12_345),
            "12\u{202F}345 commentaires"
        );
        assert_eq!(fr.t_count("comment-count", "count", 1), "1 commentaire");
        assert_eq!(Tr::new(Lang::En, "/").number(4_013_824), "4,013,824");
    }

    #[test]
    fn messages_come_in_each_language_with_plurals() {
        let t = |lang| Tr::new(lang, "/");
        assert_eq!(
            t(Lang::En).t_count("comment-count", "count", 1),
            "1 comment"
        );
        assert_eq!(t(Lang::Fr).month_year("2015-04"), "avril 2015");
        assert_eq!(
            t(Lang::Es).timestamp("2026-11-22T19:04:00Z"),
            "22 de noviembre de 2026, 19:04 UTC"
        );
        assert_eq!(t(Lang::Ar).t_count("comment-count", "count", 2), "تعليقان");
        assert_eq!(
            t(Lang::Es).category_in_catalogue("Civil society / NGO"),
            Some("Sociedad civil / ONG".to_string())
        );
        assert_eq!(
            t(Lang::Ar).article_title(ArticleId::Numbered(4)),
            "المادة \u{2068}4\u{2069}"
        );
    }

    #[test]
    fn files_get_words_without_isolation_marks_and_pages_keep_theirs() {
        let page = Tr::new(Lang::Ar, "/");
        let file = page.for_files();
        // Asked in either order: each remembers its own.
        assert_eq!(file.article_title(ArticleId::Numbered(5)), "المادة 5");
        assert_eq!(
            page.article_title(ArticleId::Numbered(5)),
            "المادة \u{2068}5\u{2069}"
        );
        assert_eq!(file.article_title(ArticleId::Numbered(5)), "المادة 5");
        assert_eq!(file.t_count("comment-count", "count", 12), "12 تعليقًا");
        assert!(
            page.t_count("comment-count", "count", 12)
                .contains('\u{2068}')
        );
    }
}
