//! Text groups: identical and near-identical comments (and proposed wordings) gathered, so a
//! campaign of form letters is read once, with its size, and nothing is hidden or deleted.
//!
//! Two texts are *identical* when their words match after case, spacing and punctuation are
//! set aside. A text is a *near copy* in a group when at least [`SIMILAR`] of the three-word
//! phrases of it and of one of the group's anchors are shared (Jaccard similarity of their
//! word shingles). The anchors are the group's first text and each member that joined at
//! less than [`ANCHOR_BELOW`]. Candidates are found without a scan: each anchor is filed under
//! the hash of its words and under [`BANDS`] MinHash band hashes (locality-sensitive hashing),
//! so a newcomer looks up [`BANDS`] + 1 keys and compares its words with a few anchors at most.
//!
//! Comments are grouped within their process; proposed wordings within the paragraph they
//! would change, so "12 proposals to replace 'shall' by 'should'" are one group.

pub mod repo;

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// The least share of three-word phrases a near copy has in common with its group's first text.
pub const SIMILAR: f64 = 0.8;
/// Words per shingle.
const SHINGLE: usize = 3;
/// MinHash bands, and hashes per band. With 8 bands of 2, texts sharing 80% of their phrases
/// meet in at least [`MIN_BANDS_MET`] bands with probability 0.996 (0.9999 at 90%), and a
/// group's other anchors give a near copy more chances: the cut is made by comparing words.
/// Each band is a key a new text is looked up by and filed under, on a random page of the key
/// index (written in sweeps, see `repo::RecentKeys`): most of the writer's time. Databases grouped with 12 bands keep the keys of the last four,
/// which nothing looks up any more (FUTURE: filing every anchor again would free them).
pub const BANDS: usize = 8;
const ROWS: usize = 2;
/// A member this far from the text that placed it in its group (or farther) anchors the
/// group too: newcomers are compared with it as with the group's first text. Copies edited in
/// different ways are then each near an anchor, however far from each other.
pub const ANCHOR_BELOW: f64 = 0.9;
/// Lookups per key kept to this many anchors: a band shared by a common phrase names
/// thousands of unrelated texts, and the group a near copy belongs to meets it in many bands.
pub const CANDIDATES_PER_BAND: i64 = 8;
/// Bands an anchor must share with a newcomer to be compared with it: one shared band is most
/// often a common phrase, and comparing words is the costly step.
pub const MIN_BANDS_MET: usize = 2;
/// Anchors compared at most for one newcomer, those meeting it in the most bands first.
pub const CANDIDATES_COMPARED: usize = 8;

/// Which text of an item a group gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Comment,
    Proposal,
}

impl Field {
    pub fn key(self) -> &'static str {
        match self {
            Field::Comment => "comment",
            Field::Proposal => "proposal",
        }
    }

    /// The `feedback` column holding an item's group of this field.
    pub fn column(self) -> &'static str {
        match self {
            Field::Comment => "comment_group",
            Field::Proposal => "proposal_group",
        }
    }

    /// The `feedback` column holding the text.
    pub fn text_column(self) -> &'static str {
        match self {
            Field::Comment => "comment",
            Field::Proposal => "proposed_text",
        }
    }
}

/// Where a text's group is looked for: a field and the id of its process (comments) or of
/// its paragraph (proposals). Mixed into every key, so groups of two scopes never meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub field: Field,
    pub id: i64,
}

/// What grouping needs of a text: its normalised words' hash, its shingles, its MinHash.
#[derive(Debug, Clone)]
pub struct Fingerprint {
    words: u64,
    shingles: Vec<u64>,
    minhash: [u64; BANDS * ROWS],
}

/// The hashes of a text's words, lower-cased: runs of letters and digits, whatever separates
/// them. A text with no word at all (only punctuation) is one word, itself, trimmed.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut hashes = Vec::new();
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        lower.clear();
        for c in word.chars() {
            lower.extend(c.to_lowercase());
        }
        hashes.push(xxh3_64_with_seed(lower.as_bytes(), 1));
    }
    let trimmed = text.trim();
    if hashes.is_empty() && !trimmed.is_empty() {
        hashes.push(xxh3_64_with_seed(trimmed.as_bytes(), 1));
    }
    hashes
}

/// The seeds of the MinHash functions, fixed: stored keys must mean the same at every start.
const fn seeds() -> [u64; BANDS * ROWS] {
    let mut seeds = [0u64; BANDS * ROWS];
    let mut state: u64 = 0x5EED_0FC0_4517;
    let mut i = 0;
    while i < seeds.len() {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        seeds[i] = mix(state);
        i += 1;
    }
    seeds
}
const SEEDS: [u64; BANDS * ROWS] = seeds();

/// SplitMix64's finaliser: a cheap permutation of 64-bit values, one per MinHash function.
const fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Fingerprint {
    /// `None` for an empty text (no proposal): it belongs to no group.
    pub fn of(text: &str) -> Option<Self> {
        let words = word_hashes(text);
        if words.is_empty() {
            return None;
        }
        // A phrase's hash from its words' hashes, in order.
        let phrase = |w: &[u64]| w.iter().fold(0u64, |h, &word| mix(h ^ word));
        let mut shingles: Vec<u64> = if words.len() <= SHINGLE {
            vec![phrase(&words)]
        } else {
            words.windows(SHINGLE).map(phrase).collect()
        };
        shingles.sort_unstable();
        shingles.dedup();
        let mut minhash = [u64::MAX; BANDS * ROWS];
        for &shingle in &shingles {
            for (slot, seed) in minhash.iter_mut().zip(SEEDS) {
                *slot = (*slot).min(mix(shingle ^ seed));
            }
        }
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        Some(Self {
            words: xxh3_64_with_seed(&bytes, 0),
            shingles,
            minhash,
        })
    }

    /// The key identical texts of one scope share.
    pub fn exact_key(&self, scope: Scope) -> i64 {
        key(scope, u64::MAX, &[self.words])
    }

    /// The keys of its MinHash bands in one scope.
    pub fn band_keys(&self, scope: Scope) -> impl Iterator<Item = i64> + '_ {
        self.minhash
            .chunks(ROWS)
            .enumerate()
            .map(move |(band, rows)| key(scope, band as u64, rows))
    }

    /// The Jaccard similarity of the two texts' three-word phrases.
    pub fn similarity(&self, other: &Fingerprint) -> f64 {
        let (a, b) = (&self.shingles, &other.shingles);
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f64 / (a.len() + b.len() - shared) as f64
    }
}

/// A stored key: the scope, which key of it (a band, or `u64::MAX` for the words), the values.
fn key(scope: Scope, which: u64, values: &[u64]) -> i64 {
    let mut bytes = Vec::with_capacity(8 * (3 + values.len()));
    bytes.extend_from_slice(&(scope.field as u64).to_le_bytes());
    bytes.extend_from_slice(&scope.id.to_le_bytes());
    bytes.extend_from_slice(&which.to_le_bytes());
    for value in values {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
    xxh3_64_with_seed(&bytes, 2) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMENTS: Scope = Scope {
        field: Field::Comment,
        id: 1,
    };

    const LETTER: &str = "We the undersigned call on the drafters to recognise the right to \
        international solidarity as a human right of individuals and peoples, and to make \
        the duty of States to cooperate binding in every article of the declaration, so \
        that no community is left without help when disaster strikes.";

    #[test]
    fn case_spacing_and_punctuation_do_not_make_a_text_different() {
        let a = Fingerprint::of(LETTER).unwrap();
        let shouted = LETTER
            .to_uppercase()
            .replace(", ", " ; ")
            .replace(' ', "\n  ");
        let b = Fingerprint::of(&shouted).unwrap();
        assert_eq!(a.exact_key(COMMENTS), b.exact_key(COMMENTS));
        assert_eq!(a.similarity(&b), 1.0);
        let c = Fingerprint::of("I agree.").unwrap();
        let d = Fingerprint::of("i AGREE!!").unwrap();
        let e = Fingerprint::of("I disagree.").unwrap();
        assert_eq!(c.exact_key(COMMENTS), d.exact_key(COMMENTS));
        assert_ne!(c.exact_key(COMMENTS), e.exact_key(COMMENTS));
        assert!(Fingerprint::of("  ").is_none());
        let dots = Fingerprint::of(" ... ").unwrap();
        assert_ne!(
            dots.exact_key(COMMENTS),
            Fingerprint::of("?").unwrap().exact_key(COMMENTS)
        );
    }

    #[test]
    fn a_personal_edit_stays_similar_and_another_text_does_not() {
        let letter = Fingerprint::of(LETTER).unwrap();
        let signed = format!("Dear drafters, {LETTER} With thanks, Amina Diallo from Dakar.");
        let edited = Fingerprint::of(&signed).unwrap();
        assert!(
            letter.similarity(&edited) >= SIMILAR,
            "{}",
            letter.similarity(&edited)
        );
        let shared_bands = letter
            .band_keys(COMMENTS)
            .zip(edited.band_keys(COMMENTS))
            .filter(|(a, b)| a == b)
            .count();
        assert!(shared_bands >= 1);
        let other = Fingerprint::of(
            "The preamble should recall the Charter of the United Nations and the right to \
             development before it speaks of solidarity between peoples and States.",
        )
        .unwrap();
        assert!(letter.similarity(&other) < 0.2);
    }

    /// Words drawn from a vocabulary of 500, reproducibly.
    struct Words(u64);

    impl Words {
        fn next(&mut self) -> String {
            // xorshift64
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            format!("w{}", self.0 % 500)
        }
    }

    #[test]
    fn near_copies_at_the_threshold_nearly_always_meet_their_anchor_in_enough_bands() {
        let mut words = Words(0x9E37_79B9_7F4A_7C15);
        let (mut pairs, mut met) = (0, 0);
        for attempt in 0.. {
            if pairs == 2_000 {
                break;
            }
            let length = 40 + (attempt % 120);
            let anchor: Vec<String> = (0..length).map(|_| words.next()).collect();
            // Words changed one at a time until the copy shares 80 to 85% of its phrases.
            let mut copy = anchor.clone();
            let a = Fingerprint::of(&anchor.join(" ")).unwrap();
            // A prime stride longer than any text: every step changes another word.
            for step in 1.. {
                copy[(step * 211) % length] = words.next();
                let c = Fingerprint::of(&copy.join(" ")).unwrap();
                let similarity = a.similarity(&c);
                if similarity < SIMILAR {
                    break;
                }
                if similarity <= 0.85 {
                    pairs += 1;
                    let shared = a
                        .band_keys(COMMENTS)
                        .zip(c.band_keys(COMMENTS))
                        .filter(|(x, y)| x == y)
                        .count();
                    met += usize::from(shared >= MIN_BANDS_MET);
                    break;
                }
            }
        }
        // In theory 0.996 at 80% and 0.9992 at 85%.
        let share = met as f64 / pairs as f64;
        assert!(share >= 0.99, "{met} of {pairs}");
    }

    #[test]
    fn scopes_never_share_keys() {
        let a = Fingerprint::of(LETTER).unwrap();
        let proposals = Scope {
            field: Field::Proposal,
            id: 1,
        };
        let other_process = Scope {
            field: Field::Comment,
            id: 2,
        };
        assert_ne!(a.exact_key(COMMENTS), a.exact_key(proposals));
        assert_ne!(a.exact_key(COMMENTS), a.exact_key(other_process));
        let bands: Vec<i64> = a.band_keys(COMMENTS).collect();
        assert!(a.band_keys(other_process).all(|k| !bands.contains(&k)));
        assert_eq!(bands.len(), BANDS);
    }
}
