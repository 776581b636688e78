//! Where a key applies: the contexts of the key table.

/// Where a key applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Browsing, whatever pane has focus.
    Browse,
    /// The filter sidebar has focus.
    Sidebar,
    /// The query bar is being edited.
    Query,
    /// The help overlay is open.
    Help,
    /// The detail is open full screen.
    Detail,
    /// After `S`: a stage key.
    StagePrefix,
    /// After `*`: a score key.
    ScorePrefix,
    /// Triage mode.
    Triage,
    /// A note, assignee or view-name prompt is open.
    Prompt,
    /// The idea form is open.
    Form,
    /// A question is asked.
    Dialog,
    /// The statistics view is open.
    Stats,
}

impl Context {
    /// Every context, in the order help lists them.
    pub const ALL: [Context; 12] = [
        Context::Browse,
        Context::Sidebar,
        Context::StagePrefix,
        Context::ScorePrefix,
        Context::Triage,
        Context::Stats,
        Context::Query,
        Context::Prompt,
        Context::Form,
        Context::Dialog,
        Context::Detail,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "Browsing",
            Context::Sidebar => "Filter sidebar",
            Context::Query => "Editing the query",
            Context::Help => "Help",
            Context::Detail => "Full-screen detail",
            Context::StagePrefix => "After the stage key (set the stage)",
            Context::ScorePrefix => "After the score key (set the score)",
            Context::Triage => "Triage",
            Context::Prompt => "Note, assignee or view-name prompt",
            Context::Form => "Idea form",
            Context::Dialog => "Questions",
            Context::Stats => "Statistics view",
        }
    }

    /// The context's table in the config file (`[keys.browse]`).
    pub fn section(self) -> &'static str {
        match self {
            Context::Browse => "browse",
            Context::Sidebar => "sidebar",
            Context::Query => "query",
            Context::Help => "help",
            Context::Detail => "detail",
            Context::StagePrefix => "stage",
            Context::ScorePrefix => "score",
            Context::Triage => "triage",
            Context::Prompt => "prompt",
            Context::Form => "form",
            Context::Dialog => "dialog",
            Context::Stats => "stats",
        }
    }

    pub fn from_section(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.section() == name)
    }

    /// Whether text is typed here, so plain characters and sequences
    /// cannot be bound (they would stop being typed).
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Query | Context::Prompt | Context::Form)
    }
}
