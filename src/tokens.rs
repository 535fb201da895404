//! Random secrets and their hashes: private feedback links, session ids, CSRF cookies.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// 32 random bytes (256 bits) as unpadded base64url: 43 characters.
pub const TOKEN_LEN: usize = 43;

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system has no random source");
    bytes
}

/// A fresh 256-bit secret for a URL or a cookie.
pub fn new_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// Whether `s` has the exact shape of a token from [`new_token`].
pub fn looks_like_token(s: &str) -> bool {
    s.len() == TOKEN_LEN
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What the database keeps of a token: its SHA-256, so a copy of the database opens nothing.
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A fresh secret for a feedback item's private link, shaped as [`new_token`]: the first
/// six bytes say when it was drawn (milliseconds since 1970), the other 26 (208 bits) are
/// random. Its key ([`private_link_key`]) then sorts after those of links drawn in earlier
/// milliseconds (the clock allowing).
pub fn new_private_link() -> String {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let mut bytes = random_bytes::<32>();
    bytes[..6].copy_from_slice(&millis.to_be_bytes()[2..]);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps to find an item by its private link: the link's first six bytes
/// (when it was drawn), then the SHA-256 of the whole link, so a copy of the database opens
/// nothing. A new item's key lands beside the last one's in the index, not on a random page
/// of it (the hash alone was a tenth of the pages a submission wrote).
pub fn private_link_key(token: &str) -> Vec<u8> {
    // Eight characters of base64 are six bytes exactly. A link that is not base64 (refused
    // before it is looked up) would get the plain hash, as links given before.
    let mut key = token
        .get(..8)
        .and_then(|head| URL_SAFE_NO_PAD.decode(head).ok())
        .unwrap_or_default();
    key.extend_from_slice(&Sha256::digest(token.as_bytes()));
    key
}

/// The keys an item may be kept under for `token`: [`private_link_key`], and the plain hash
/// that items stored before links were ordered are kept under.
pub fn private_link_keys(token: &str) -> [Vec<u8>; 2] {
    [private_link_key(token), token_hash(token)]
}

/// A short id to quote for an unexpected error; it appears in the log beside the cause.
pub fn short_reference() -> String {
    hex(&random_bytes::<5>())
}

/// Bytes as lower-case hexadecimal, two digits a byte.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_256_bits_and_a_fixed_shape() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert!(looks_like_token(&a), "{a}");
        assert_eq!(URL_SAFE_NO_PAD.decode(&a).unwrap().len(), 32);
    }

    #[test]
    fn private_links_are_tokens_whose_keys_sort_by_when_they_were_drawn() {
        let earlier = new_private_link();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let later: Vec<String> = (0..100).map(|_| new_private_link()).collect();
        assert!(looks_like_token(&earlier), "{earlier}");
        for link in &later {
            assert!(looks_like_token(link), "{link}");
            assert!(private_link_key(&earlier) < private_link_key(link));
            assert_ne!(&earlier[8..], &link[8..], "the rest is random");
        }
        let key = private_link_key(&earlier);
        assert_eq!(key.len(), 6 + 32);
        assert_eq!(
            key[6..],
            token_hash(&earlier)[..],
            "the secret part is only hashed"
        );
        assert_eq!(private_link_keys(&earlier)[1], token_hash(&earlier));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        for bad in [
            "",
            "short",
            &"a".repeat(44),
            &format!("{}=", "a".repeat(42)),
            &"é".repeat(21),
        ] {
            assert!(!looks_like_token(bad), "{bad:?} accepted");
        }
    }
}
