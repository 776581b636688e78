//! Saved views: a name, a query and perhaps an order, kept in the database
//! so that they travel with an export.

use super::sort::SortKey;
use super::text::clean_line;
use serde::{Deserialize, Serialize};

/// Longest view name, in characters: it has to fit the sidebar.
pub const MAX_NAME: usize = 40;

/// A named query, and the order its results are shown in when the view
/// keeps one (a view without one leaves the order as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub name: String,
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortKey>,
}

/// Why a name cannot be a view's. Data, so that i18n words it in the
/// language spoken; `Display` is the English, for logs and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewNameError {
    Empty,
    /// Longer than [`MAX_NAME`] characters.
    TooLong,
}

impl std::fmt::Display for ViewNameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ViewNameError::Empty => f.write_str("the view name is empty"),
            ViewNameError::TooLong => {
                write!(f, "the view name is longer than {MAX_NAME} characters")
            }
        }
    }
}

impl View {
    /// A view with a cleaned name and query, or what is wrong with them.
    /// The query itself is checked by the caller, which knows the language.
    pub fn new(name: &str, query: &str) -> Result<View, ViewNameError> {
        let name = clean_line(name);
        if name.is_empty() {
            return Err(ViewNameError::Empty);
        }
        if name.chars().count() > MAX_NAME {
            return Err(ViewNameError::TooLong);
        }
        Ok(View {
            name,
            query: clean_line(query),
            sort: None,
        })
    }

    /// The same view, keeping `sort` as its order.
    pub fn with_sort(self, sort: Option<SortKey>) -> View {
        View { sort, ..self }
    }

    /// The views a new database starts with.
    pub fn defaults() -> Vec<View> {
        [
            ("Inbox", "stage:new"),
            ("In review", "stage:review"),
            ("Waiting too long", "is:stale"),
            // Assigned to whoever opens the database and not yet decided:
            // on a shared PostgreSQL database, each officer's own list.
            ("My queue", "assignee:me stage:new,review"),
            // Asked to review (`sprout assign`) and not yet reviewed: each
            // reviewer's own work list.
            ("My reviews", "panel:me !reviewer:me"),
        ]
        .into_iter()
        .map(|(name, query)| View {
            name: name.into(),
            query: query.into(),
            sort: None,
        })
        .collect()
    }

    /// Whether `name` names this view (names are compared case-insensitively,
    /// so `Inbox` and `inbox` cannot both exist).
    pub fn is_named(&self, name: &str) -> bool {
        self.name.to_lowercase() == clean_line(name).to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_checked() {
        let v = View::new("  My\tview\u{1b}[31m ", " stage:new  sector:edu ").unwrap();
        assert_eq!(v.name, "My view[31m");
        assert_eq!(v.query, "stage:new sector:edu");
        assert!(View::new(" \n", "x").is_err());
        assert!(View::new(&"x".repeat(MAX_NAME + 1), "x").is_err());
        assert!(v.is_named("my VIEW[31m"));
    }
}
