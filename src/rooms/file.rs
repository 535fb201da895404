//! The two files a room travels as, both JSON: the pack the centre writes for a laptop, and
//! the export the laptop writes back, signed with the room's key (HMAC-SHA256 over the exact
//! bytes of its payload, so nothing in it can change unnoticed).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::Sha256;

use super::{Refusal, RoomExport};

pub const PACK_KIND: &str = "consult-room-pack";
pub const EXPORT_KIND: &str = "consult-room-export";
/// The layout of packs and exports this build writes; a later layout is refused whole. 2: a
/// workshop's breakout groups travel, and its points with their degree of support. 3: items'
/// private links are kept under keys that begin with when the link was drawn
/// (`tokens::private_link_key`), which a centre of an earlier layout would not find them by.
pub const FORMAT: u32 = 3;
/// The layout that brought workshops' groups and points.
pub const WORKSHOP_LAYOUT: u32 = 2;

/// Everything a room needs: the rows that define its consultation, copied as they are.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pack {
    pub kind: String,
    pub format: u32,
    /// The database schema the rows were read from ([`crate::db::schema_version`]).
    pub schema: usize,
    pub room: String,
    /// The room's key, base64url.
    pub key: String,
    pub packed_at: String,
    pub process: String,
    pub consultation: String,
    pub tables: Vec<TableRows>,
}

/// One table's rows: its columns by name, then the values in that order.
#[derive(Debug, Serialize, Deserialize)]
pub struct TableRows {
    pub table: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
}

/// What every room file starts with, read before the rest so that a file of another kind or
/// a later layout is named as such instead of failing somewhere inside.
#[derive(Deserialize)]
struct Head {
    kind: String,
    format: u32,
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    kind: String,
    format: u32,
    /// Which room signed it, to find the key; the payload says it again, signed.
    room: String,
    signature: String,
    payload: Box<RawValue>,
}

fn check_head(bytes: &[u8], kind: &'static str) -> Result<(), Refusal> {
    let head: Head = serde_json::from_slice(bytes).map_err(|_| Refusal::NotARoomFile(kind))?;
    if head.kind != kind {
        return Err(Refusal::NotARoomFile(kind));
    }
    if head.format > FORMAT {
        return Err(Refusal::NewerFormat {
            found: head.format,
            known: FORMAT,
        });
    }
    Ok(())
}

pub fn read_pack(bytes: &[u8]) -> Result<Pack, Refusal> {
    check_head(bytes, PACK_KIND)?;
    let pack: Pack =
        serde_json::from_slice(bytes).map_err(|e| Refusal::Malformed(e.to_string()))?;
    if pack.schema > crate::db::schema_version() {
        return Err(Refusal::NewerSchema {
            found: pack.schema,
            known: crate::db::schema_version(),
        });
    }
    Ok(pack)
}

pub fn write_pack(pack: &Pack) -> anyhow::Result<Vec<u8>> {
    Ok(serde_json::to_vec(pack)?)
}

/// Writes `export` signed with `key`.
pub fn seal(export: &RoomExport, key: &[u8]) -> anyhow::Result<Vec<u8>> {
    let payload = serde_json::to_string(export)?;
    let signature = encode_bytes(&mac(key, payload.as_bytes()).finalize().into_bytes());
    Ok(serde_json::to_vec(&Sealed {
        kind: EXPORT_KIND.into(),
        format: export.earliest_layout(),
        room: export.room.clone(),
        signature,
        payload: RawValue::from_string(payload)?,
    })?)
}

/// An export whose signature is still to be checked.
pub struct Unopened(Sealed);

impl Unopened {
    pub fn read(bytes: &[u8]) -> Result<Self, Refusal> {
        check_head(bytes, EXPORT_KIND)?;
        serde_json::from_slice(bytes)
            .map(Self)
            .map_err(|e| Refusal::Malformed(e.to_string()))
    }

    /// The room that says it signed the file.
    pub fn room(&self) -> &str {
        &self.0.room
    }

    /// The payload, if it was signed with `key` by the room it names.
    pub fn open(self, key: &[u8]) -> Result<RoomExport, Refusal> {
        let signature = decode_bytes(&self.0.signature).map_err(|_| Refusal::Altered)?;
        mac(key, self.0.payload.get().as_bytes())
            .verify_slice(&signature)
            .map_err(|_| Refusal::Altered)?;
        let export: RoomExport = serde_json::from_str(self.0.payload.get())
            .map_err(|e| Refusal::Malformed(e.to_string()))?;
        if export.room != self.0.room {
            return Err(Refusal::Altered);
        }
        Ok(export)
    }
}

fn mac(key: &[u8], payload: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(payload);
    mac
}

pub fn encode_bytes(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn decode_bytes(text: &str) -> Result<Vec<u8>, Refusal> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| Refusal::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export() -> RoomExport {
        RoomExport {
            room: "r1".into(),
            instance: "i1".into(),
            export_number: 1,
            exported_at: "2016-05-10T10:00:00Z".into(),
            consultation: "suva".into(),
            consultation_id: 4,
            document_id: 1,
            groups: Vec::new(),
            items: Vec::new(),
        }
    }

    #[test]
    fn a_sealed_export_opens_with_its_key_only() {
        let sealed = seal(&export(), b"key").unwrap();
        assert_eq!(
            Unopened::read(&sealed).unwrap().open(b"key").unwrap().room,
            "r1"
        );
        assert_eq!(
            Unopened::read(&sealed).unwrap().open(b"other").err(),
            Some(Refusal::Altered)
        );
    }

    #[test]
    fn a_changed_byte_in_the_payload_is_found() {
        let sealed = String::from_utf8(seal(&export(), b"key").unwrap()).unwrap();
        let altered = sealed.replace("suva", "suvb");
        assert_eq!(
            Unopened::read(altered.as_bytes())
                .unwrap()
                .open(b"key")
                .err(),
            Some(Refusal::Altered)
        );
    }

    #[test]
    fn other_files_and_later_layouts_are_named() {
        assert_eq!(
            Unopened::read(b"id,comment\n1,x").err(),
            Some(Refusal::NotARoomFile(EXPORT_KIND))
        );
        let later = FORMAT + 1;
        assert_eq!(
            Unopened::read(
                format!(r#"{{"kind":"consult-room-export","format":{later}}}"#).as_bytes()
            )
            .err(),
            Some(Refusal::NewerFormat {
                found: later,
                known: FORMAT
            })
        );
        assert_eq!(
            read_pack(br#"{"kind":"consult-room-export","format":1}"#).err(),
            Some(Refusal::NotARoomFile(PACK_KIND))
        );
    }
}
