//! Timestamps: stored and exported as RFC 3339 in UTC, to the second.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub fn now_rfc3339() -> String {
    format_rfc3339(OffsetDateTime::now_utc())
}

/// `at` in UTC to the second: "2026-11-22T19:04:00Z". A fixed width, so text order is time order.
pub fn format_rfc3339(at: OffsetDateTime) -> String {
    let at = at
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 is a valid nanosecond");
    at.format(&Rfc3339)
        .expect("a UTC time always formats as RFC 3339")
}

pub fn parse_rfc3339(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// "2015-04" as "April 2015", for the consultation list.
pub fn month_year(held: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = held.splitn(3, '-');
    match (
        parts.next(),
        parts.next().and_then(|m| m.parse::<usize>().ok()),
    ) {
        (Some(year), Some(month)) if (1..=12).contains(&month) => {
            format!("{} {year}", MONTHS[month - 1])
        }
        _ => held.to_string(),
    }
}

/// A stored timestamp as people read it: "2026-11-22 19:04 UTC".
pub fn readable(stamp: &str) -> String {
    match parse_rfc3339(stamp) {
        Some(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02} UTC",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute()
        ),
        None => stamp.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_rfc3339_utc_to_the_second() {
        let now = now_rfc3339();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.ends_with('Z'));
        assert!(parse_rfc3339(&now).is_some());
    }

    #[test]
    fn held_dates_read_as_month_and_year() {
        assert_eq!(month_year("2015-04"), "April 2015");
        assert_eq!(month_year("2016-01"), "January 2016");
        assert_eq!(month_year("soon"), "soon");
    }
}
