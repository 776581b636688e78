//! The questions and notices drawn over the screen, and the answers each
//! takes.

/// A question on screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// Something to read at start (config problems); any key closes it.
    Notice { title: String, lines: Vec<String> },
    /// Delete this view? (y / n): its stored name, and the name it reads
    /// as (a default view's in the language spoken).
    DeleteView { name: String, shown: String },
    /// The external editor's text did not parse; edit again or discard.
    EditorErrors {
        id: Option<u64>,
        text: String,
        problems: Vec<String>,
    },
    /// A change to many ideas, asked before it is made (y / n).
    Confirm {
        question: String,
        effect: Box<super::msg::Effect>,
    },
    /// A change not saved because someone else changed the same field
    /// meanwhile: `y` saves it over theirs (`effect`), anything else keeps
    /// theirs.
    Clash {
        message: String,
        effect: Box<super::msg::Effect>,
    },
    /// A plan (assigning reviewers) to apply or not (y / n).
    Plan {
        title: String,
        lines: Vec<String>,
        effect: Box<super::msg::Effect>,
    },
    /// What was done (triage's summary); any key closes it.
    Summary { title: String, lines: Vec<String> },
}

impl Dialog {
    /// The answers of a yes/no question.
    pub const YES_NO: &'static [&'static str] = &["yes", "no"];

    /// The dialog actions (of the key table) this dialog answers to; its
    /// text and the status line name exactly these.
    pub fn actions(&self) -> &'static [&'static str] {
        match self {
            Dialog::Notice { .. } | Dialog::Summary { .. } => &[],
            Dialog::DeleteView { .. }
            | Dialog::Confirm { .. }
            | Dialog::Clash { .. }
            | Dialog::Plan { .. } => Dialog::YES_NO,
            Dialog::EditorErrors { .. } => &["edit-again", "discard"],
        }
    }

    /// Something only to read: any key closes it.
    pub fn any_key_closes(&self) -> bool {
        matches!(self, Dialog::Notice { .. } | Dialog::Summary { .. })
    }
}
