//! What organisers decide about an item: its disposition, and why it may be hidden.

/// What the drafters did with a comment, as standards bodies record it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    Pending,
    Accepted,
    PartiallyAccepted,
    NotAccepted,
    Noted,
}

impl Disposition {
    pub const ALL: [Disposition; 5] = [
        Disposition::Pending,
        Disposition::Accepted,
        Disposition::PartiallyAccepted,
        Disposition::NotAccepted,
        Disposition::Noted,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            Disposition::Pending => "pending",
            Disposition::Accepted => "accepted",
            Disposition::PartiallyAccepted => "partially-accepted",
            Disposition::NotAccepted => "not-accepted",
            Disposition::Noted => "noted",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Disposition::Pending => "Pending",
            Disposition::Accepted => "Accepted",
            Disposition::PartiallyAccepted => "Partially accepted",
            Disposition::NotAccepted => "Not accepted",
            Disposition::Noted => "Noted",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.key() == key)
    }

    /// Anything short of plain acceptance owes the participant a reason.
    pub fn needs_rationale(&self) -> bool {
        !matches!(self, Disposition::Pending | Disposition::Accepted)
    }
}

/// Why an item is hidden from the tallies and the participants' counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HideReason {
    Abusive,
    Duplicate,
    OffTopic,
}

impl HideReason {
    pub const ALL: [HideReason; 3] = [
        HideReason::Abusive,
        HideReason::Duplicate,
        HideReason::OffTopic,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            HideReason::Abusive => "abusive",
            HideReason::Duplicate => "duplicate",
            HideReason::OffTopic => "off-topic",
        }
    }

    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_rationale_rules_hold() {
        for d in Disposition::ALL {
            assert_eq!(Disposition::parse(d.key()), Some(d));
        }
        let needing: Vec<&str> = Disposition::ALL
            .iter()
            .filter(|d| d.needs_rationale())
            .map(|d| d.key())
            .collect();
        assert_eq!(needing, ["partially-accepted", "not-accepted", "noted"]);
        assert_eq!(Disposition::parse("partially accepted"), None);
        for r in HideReason::ALL {
            assert_eq!(HideReason::parse(r.key()), Some(r));
        }
    }
}
