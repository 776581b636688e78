//! The domain of SPEC §1: ideas and their vocabularies, with the pure rules
//! for text, time and edits. No I/O, no terminal, no database.

pub mod amount;
pub mod assign;
pub mod assign_conflicts;
pub mod blind;
pub mod draft;
pub mod extras;
mod field_rules;
pub mod history;
pub mod idea;
mod idea_serde;
mod interned;
pub mod name;
pub mod names;
pub mod panel;
pub mod panel_book;
pub mod reason;
pub mod review;
pub mod review_problem;
pub mod row;
pub mod row_reviews;
pub mod rubric;
pub mod rubric_file;
pub mod rubric_problem;
pub mod sort;
pub mod tags;
pub mod text;
pub mod time;
pub mod view;

pub use draft::Draft;
pub use extras::Extras;
pub use idea::{Change, Edit, Idea, Note};
pub use name::Name;
pub use names::{Barrier, NameError, Named, OrgKind, Sector, Stage};
pub use reason::{Reason, Reasons};
pub use review::Review;
pub use row::Row;
pub use rubric::{Criterion, Rubric};
pub use sort::SortKey;
pub use tags::Tags;
pub use time::{Clock, FixedClock, SystemClock, Timestamp};
pub use view::View;
