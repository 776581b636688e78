//! How an idea, a note and a change are written.
//!
//! The store's bytes (postcard) hold every field in order: a binary format
//! has no names, so a field left out would shift the rest. JSON names its
//! fields, and there the fields that came with record schema 2 are left out
//! while they are empty: an idea that has none exports byte for byte as it
//! did before them, and reads back the same (they default to empty).

use super::idea::{Change, Idea, Note};
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

/// Writes a later field, or in JSON skips it while it is empty.
fn later<S: SerializeStruct, T: Serialize + ?Sized>(
    out: &mut S,
    every: bool,
    name: &'static str,
    value: &T,
    empty: bool,
) -> Result<(), S::Error> {
    if every || !empty {
        out.serialize_field(name, value)
    } else {
        out.skip_field(name)
    }
}

impl Serialize for Idea {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let every = !s.is_human_readable();
        let mut out = s.serialize_struct("Idea", 29)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("title", &self.title)?;
        out.serialize_field("summary", &self.summary)?;
        out.serialize_field("proposer", &self.proposer)?;
        out.serialize_field("org_kind", &self.org_kind)?;
        out.serialize_field("region", &self.region)?;
        out.serialize_field("sector", &self.sector)?;
        out.serialize_field("stage", &self.stage)?;
        out.serialize_field("barriers", &self.barriers)?;
        out.serialize_field("funder", &self.funder)?;
        out.serialize_field("amount", &self.amount)?;
        out.serialize_field("tags", &self.tags)?;
        out.serialize_field("score", &self.score)?;
        out.serialize_field("assignee", &self.assignee)?;
        out.serialize_field("notes", &self.notes)?;
        out.serialize_field("history", &self.history)?;
        out.serialize_field("created", &self.created)?;
        out.serialize_field("updated", &self.updated)?;
        out.serialize_field("archived", &self.archived)?;
        let o = &mut out;
        later(o, every, "email", &self.email, self.email.is_empty())?;
        later(o, every, "phone", &self.phone, self.phone.is_empty())?;
        later(o, every, "website", &self.website, self.website.is_empty())?;
        later(
            o,
            every,
            "source_id",
            &self.source_id,
            self.source_id.is_empty(),
        )?;
        let dup = &self.duplicate_of;
        later(o, every, "duplicate_of", dup, dup.is_none())?;
        let not = &self.not_duplicates;
        later(o, every, "not_duplicates", not, not.is_empty())?;
        later(o, every, "extras", &self.extras, self.extras.is_empty())?;
        later(o, every, "reviews", &self.reviews, self.reviews.is_empty())?;
        let asked = &self.reviewers;
        later(o, every, "reviewers", asked, asked.is_empty())?;
        later(o, every, "reason", &self.reason, self.reason.is_empty())?;
        out.end()
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let every = !s.is_human_readable();
        let mut out = s.serialize_struct("Note", 3)?;
        out.serialize_field("time", &self.time)?;
        out.serialize_field("text", &self.text)?;
        later(&mut out, every, "by", &self.by, self.by.is_empty())?;
        out.end()
    }
}

impl Serialize for Change {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let every = !s.is_human_readable();
        let mut out = s.serialize_struct("Change", 5)?;
        out.serialize_field("time", &self.time)?;
        out.serialize_field("field", &self.field)?;
        out.serialize_field("from", &self.from)?;
        out.serialize_field("to", &self.to)?;
        later(&mut out, every, "by", &self.by, self.by.is_empty())?;
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{Change, Idea, Note, Timestamp};

    fn full() -> Idea {
        let mut idea = Idea::new("Clean water".into(), Timestamp(10));
        idea.email = "anna@example.org".into();
        idea.phone = "+7 900 000-00-00".into();
        idea.website = "https://water.example.org".into();
        idea.source_id = "F-17".into();
        idea.duplicate_of = Some(4);
        idea.not_duplicates.extend([2, 9]);
        idea.extras.set("How did you hear of us?", "A friend");
        idea.extras.set("Region code", "77");
        idea.reviewers
            .extend(["anna".to_string(), "boris".to_string()]);
        idea.reason = "budget".into();
        idea.notes.push(Note {
            time: Timestamp(11),
            text: "called".into(),
            by: "olga".into(),
        });
        idea.history.push(Change {
            time: Timestamp(12),
            field: "stage".into(),
            from: "new".into(),
            to: "review".into(),
            by: "olga".into(),
        });
        idea
    }

    #[test]
    fn json_leaves_out_only_the_later_fields_that_are_empty() {
        let plain = Idea::new("Clean water".into(), Timestamp(10));
        let json = serde_json::to_string(&plain).unwrap();
        assert!(json.ends_with(r#""archived":false}"#), "{json}");
        for name in [
            "email",
            "source_id",
            "duplicate_of",
            "extras",
            "\"by\"",
            "reviewers",
            "reason",
        ] {
            assert!(!json.contains(name), "{name} in {json}");
        }
        let json = serde_json::to_string(&full()).unwrap();
        assert!(
            json.ends_with(
                r#""archived":false,"email":"anna@example.org","phone":"+7 900 000-00-00","website":"https://water.example.org","source_id":"F-17","duplicate_of":4,"not_duplicates":[2,9],"extras":[["How did you hear of us?","A friend"],["Region code","77"]],"reviewers":["anna","boris"],"reason":"budget"}"#
            ),
            "{json}"
        );
        assert!(json.contains(r#"{"time":"1970-01-01T00:00:11Z","text":"called","by":"olga"}"#));
        assert_eq!(serde_json::from_str::<Idea>(&json).unwrap(), full());
    }

    #[test]
    fn stored_bytes_hold_every_field_empty_or_not() {
        for idea in [Idea::new("x".into(), Timestamp(1)), full()] {
            let bytes = postcard::to_allocvec(&idea).unwrap();
            assert_eq!(postcard::from_bytes::<Idea>(&bytes).unwrap(), idea);
        }
    }
}
