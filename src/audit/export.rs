//! The trail as files to hand on: CSV that opens correctly, and safely, in
//! Excel with Korean and Chinese text; JSON Lines that parse back to exactly
//! the events, with their hashes, to be checked against a checkpoint.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::encoding::StoredEvent;

/// UTF-8's byte order mark: Excel reads the file as UTF-8 only with it.
pub const BOM: &str = "\u{FEFF}";

pub const CSV_HEADER: [&str; 10] =
    ["seq", "time_utc", "actor_id", "actor", "action", "target", "outcome", "details", "sha256", "leaf_sha256"];

/// A cell a spreadsheet would read as a formula (OWASP's CSV injection
/// rule: `=`, `+`, `-`, `@`, tab, carriage return) gets a leading `'`,
/// which makes it text and shows what was stored.
pub fn neutralised(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() }
}

pub fn time_utc(at: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| at.to_string())
}

/// A time as a person gives it for a filter: a date `YYYY-MM-DD` (UTC; the
/// start of the day, or its end for an upper bound) or an RFC 3339 time.
pub fn parse_time(text: &str, end_of_day: bool) -> Option<i64> {
    let text = text.trim();
    if let Ok(time) = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339) {
        return Some(time.unix_timestamp());
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let start = time::Date::parse(text, &format).ok()?.midnight().assume_utc().unix_timestamp();
    Some(if end_of_day { start + 86_399 } else { start })
}

/// The CSV writer: CRLF line ends, every cell quoted where needed.
pub fn csv_writer<W: std::io::Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(out)
}

pub fn csv_record(event: &StoredEvent, sha256: &str) -> [String; 10] {
    [
        event.seq.to_string(),
        time_utc(event.at),
        event.actor_id.map_or(String::new(), |id| id.to_string()),
        neutralised(&event.actor_name),
        neutralised(&event.action),
        neutralised(&event.target),
        event.outcome.clone(),
        neutralised(&event.detail),
        sha256.to_owned(),
        hex::encode(event.leaf_hash().0),
    ]
}

/// One line of JSON Lines: the event's stored fields (the details as the
/// exact text stored, so that its leaf can be recomputed), its chain hash
/// and its leaf hash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JsonLine {
    #[serde(flatten)]
    pub event: StoredEvent,
    pub sha256: String,
    /// Base64 of the leaf hash, as checkpoints write roots.
    pub leaf: String,
}

pub fn json_line(event: &StoredEvent, sha256: &str) -> String {
    let line = JsonLine { event: event.clone(), sha256: sha256.to_owned(), leaf: BASE64.encode(event.leaf_hash().0) };
    serde_json::to_string(&line).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_other_cells_stay() {
        for formula in ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralised(formula).starts_with('\''), "{formula:?}");
        }
        assert_eq!(neutralised("통합 메시징"), "통합 메시징");
        assert_eq!(neutralised("user:mei"), "user:mei");
    }

    #[test]
    fn a_json_line_parses_back_to_the_event() {
        let event = StoredEvent {
            seq: 3,
            at: 0,
            actor_id: None,
            actor_name: "整合通訊".into(),
            action: "login".into(),
            target: "user:x".into(),
            outcome: "refused".into(),
            detail: "{\"reason\":\"unknown user\"}".into(),
        };
        let parsed: JsonLine = serde_json::from_str(&json_line(&event, "ab")).expect("parses");
        assert_eq!(parsed.event, event);
        assert_eq!(parsed.leaf, BASE64.encode(event.leaf_hash().0));
    }
}
