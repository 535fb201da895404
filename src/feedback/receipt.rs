//! The receipt mailed to a participant who gave an email: what they sent, their private link,
//! and what they can do with it, in the language of the page they sent it from.

use askama::Template;

use super::page::FeedbackView;
use crate::i18n::{Message, Tr};

#[derive(Template)]
#[template(path = "feedback/receipt_email.txt")]
struct ReceiptText<'a> {
    tr: &'a Tr,
    intro: &'a str,
    feedback: &'a FeedbackView,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "feedback/receipt_email.html")]
struct ReceiptHtml<'a> {
    tr: &'a Tr,
    subject: &'a str,
    intro: &'a str,
    feedback: &'a FeedbackView,
    link: &'a str,
}

/// A receipt's subject, plain text and HTML.
pub struct Receipt {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The receipt of `feedback`, sent in the `city` consultation, whose private link is `link`.
pub fn compose(
    tr: &Tr,
    city: &str,
    feedback: &FeedbackView,
    link: &str,
) -> Result<Receipt, askama::Error> {
    let subject = tr.message(
        &Message::new("email-receipt-subject")
            .with_text("city", city)
            .with_text("id", feedback.id.to_string()),
    );
    let intro = tr.message(
        &Message::new("email-receipt-intro")
            .with_text("article", tr.article_in_sentence(feedback.article))
            .with_text("city", city)
            .with_text("id", feedback.id.to_string()),
    );
    let text = ReceiptText {
        tr,
        intro: &intro,
        feedback,
        link,
    }
    .render()?;
    let html = ReceiptHtml {
        tr,
        subject: &subject,
        intro: &intro,
        feedback,
        link,
    }
    .render()?;
    Ok(Receipt {
        subject,
        text,
        html,
    })
}
