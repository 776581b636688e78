//! The named extra fields of an idea: the columns of an imported file that
//! are no field of sprout's (an applicant's answer to "How did you hear of
//! us?", a region code), kept in the order the file had them so that nothing
//! an officer was sent is dropped, and written back as they came.

use super::text::{clean_line, clean_multiline};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest name an extra field may have, in characters.
pub const EXTRA_NAME_MAX: usize = 200;

/// Named text values in their first-seen order; names are unique.
///
/// Stored, and written to JSON, as a list of `[name, value]` pairs: a JSON
/// object's order is not kept by every reader (serde_json's own map sorts
/// it), and the order is the file's, which an export gives back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extras(Vec<(String, String)>);

impl Extras {
    /// Sets `name` to `value`, both cleaned like every other text (the name
    /// to one line, the value keeping its line breaks). An empty value
    /// removes the field, an empty name is ignored; a name already there
    /// keeps its place. Returns whether anything changed.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let name: String = clean_line(name).chars().take(EXTRA_NAME_MAX).collect();
        if name.is_empty() {
            return false;
        }
        let value = clean_multiline(value);
        let at = self.0.iter().position(|(n, _)| *n == name);
        match (at, value.is_empty()) {
            (Some(i), true) => {
                self.0.remove(i);
                true
            }
            (Some(i), false) if self.0[i].1 != value => {
                self.0[i].1 = value;
                true
            }
            (Some(_), false) | (None, true) => false,
            (None, false) => {
                self.0.push((name, value));
                true
            }
        }
    }

    /// The value of the field `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The fields as (name, value), in their order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// The names, in their order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(n, _)| n.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl Serialize for Extras {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A name given twice keeps its first place and its last value, as
/// [`Extras::set`] would.
impl<'de> Deserialize<'de> for Extras {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let pairs = Vec::<(String, String)>::deserialize(d)?;
        let mut fields: Vec<(String, String)> = Vec::with_capacity(pairs.len());
        for (name, value) in pairs {
            match fields.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => fields.push((name, value)),
            }
        }
        Ok(Extras(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_their_order_and_are_cleaned() {
        let mut e = Extras::default();
        assert!(e.set("Zeta \u{202e}code", "77"));
        assert!(e.set("Alpha", "line one\r\nline\u{1b}two"));
        assert!(!e.set("  ", "ignored: no name"));
        assert!(!e.set("Alpha", "line one\nlinetwo"), "the same value");
        assert!(e.set("Zeta code", "78"), "a new value keeps its place");
        assert_eq!(
            e.iter().collect::<Vec<_>>(),
            [("Zeta code", "78"), ("Alpha", "line one\nlinetwo")]
        );
        assert!(e.set("Zeta code", " "), "an empty value removes the field");
        assert_eq!(e.names().collect::<Vec<_>>(), ["Alpha"]);
        assert_eq!(e.get("Alpha"), Some("line one\nlinetwo"));
    }

    #[test]
    fn json_and_stored_bytes_keep_the_order() {
        let mut e = Extras::default();
        e.set("Зона", "север");
        e.set("B", "2");
        e.set("A", "1");
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, r#"[["Зона","север"],["B","2"],["A","1"]]"#);
        assert_eq!(serde_json::from_str::<Extras>(&json).unwrap(), e);
        let bytes = postcard::to_allocvec(&e).unwrap();
        assert_eq!(postcard::from_bytes::<Extras>(&bytes).unwrap(), e);
        let twice: Extras = serde_json::from_str(r#"[["a","1"],["b","2"],["a","3"]]"#).unwrap();
        assert_eq!(twice.iter().collect::<Vec<_>>(), [("a", "3"), ("b", "2")]);
        assert!(serde_json::from_str::<Extras>(r#"[["a", 1]]"#).is_err());
    }
}
