//! The idea form (`n` new, `e` edit): every editable field, Tab between
//! them, vocabularies chosen from lists, region, funder, assignee and tags
//! completed from values already in the database, a multi-line summary.

use crate::domain::draft::{Draft, FIELDS};
use crate::domain::text::fold;
use crate::domain::{Barrier, Idea, Named, OrgKind, Row, Sector, Stage, Timestamp};
use ratatui_textarea::{CursorMove, Input, Key, TextArea};
use std::collections::{BTreeSet, HashMap};

/// How one field is edited.
pub enum Editor {
    Line(TextArea<'static>),
    Text(TextArea<'static>),
    Choice {
        options: Vec<String>,
        selected: usize,
    },
    Multi {
        options: Vec<String>,
        chosen: Vec<bool>,
        cursor: usize,
    },
}

pub struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub editor: Editor,
    /// Values to complete from, most common first.
    pub completions: Vec<String>,
}

/// Values already in the database, for completion.
#[derive(Default, Clone)]
pub struct Completions {
    pub regions: Vec<String>,
    pub funders: Vec<String>,
    pub assignees: Vec<String>,
    pub tags: Vec<String>,
}

impl Completions {
    pub fn of<'a>(rows: impl Iterator<Item = &'a Row>) -> Completions {
        let mut regions: HashMap<&str, usize> = HashMap::new();
        let mut funders: HashMap<&str, usize> = HashMap::new();
        let mut assignees: HashMap<&str, usize> = HashMap::new();
        let mut tags: HashMap<&str, usize> = HashMap::new();
        for r in rows {
            for (map, v) in [
                (&mut regions, &r.region),
                (&mut funders, &r.funder),
                (&mut assignees, &r.assignee),
            ] {
                if !v.is_empty() {
                    *map.entry(v.as_str()).or_default() += 1;
                }
            }
            for t in &r.tags {
                *tags.entry(t.as_str()).or_default() += 1;
            }
        }
        let sorted = |m: HashMap<&str, usize>| {
            let mut v: Vec<(&str, usize)> = m.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            v.into_iter().map(|(s, _)| s.to_string()).collect()
        };
        Completions {
            regions: sorted(regions),
            funders: sorted(funders),
            assignees: sorted(assignees),
            tags: sorted(tags),
        }
    }
}

/// The rest of the first of `completions` (most common first) that starts
/// with `typed`, ignoring case; the form and the assignee prompt complete
/// alike.
pub fn completion(typed: &str, completions: &[String]) -> Option<String> {
    if typed.is_empty() {
        return None;
    }
    let folded = fold(typed);
    completions
        .iter()
        .find(|c| fold(c).starts_with(&folded) && c.chars().count() > typed.chars().count())
        .map(|c| c.chars().skip(typed.chars().count()).collect())
}

fn line(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(vec![text.to_string()]);
    t.set_cursor_line_style(ratatui::style::Style::default());
    t.move_cursor(CursorMove::End);
    t
}

fn names<T: Named>() -> Vec<String> {
    T::ALL.iter().map(|v| v.name().to_string()).collect()
}

pub struct Form {
    /// The idea being edited; `None` for a new one.
    pub base: Option<Idea>,
    pub fields: Vec<Field>,
    pub focus: usize,
    pub initial: Draft,
    /// Each refused field's name and why, in the language spoken.
    pub errors: Vec<(&'static str, String)>,
    /// Fields the user has changed; their errors show at once.
    pub touched: BTreeSet<&'static str>,
    /// Save was tried, so every error shows.
    pub attempted: bool,
    /// Asking whether to throw away the changes.
    pub confirm_cancel: bool,
}

impl Form {
    pub fn new(base: Option<Idea>, completions: &Completions) -> Form {
        let initial = base.as_ref().map_or_else(Draft::empty, Draft::of);
        let fields = FIELDS
            .iter()
            .map(|(name, label)| {
                let value = initial.get(name);
                let choice = |options: Vec<String>| {
                    let selected = options.iter().position(|o| o == value).unwrap_or(0);
                    Editor::Choice { options, selected }
                };
                let editor = match *name {
                    "summary" => {
                        let mut t =
                            TextArea::new(value.lines().map(String::from).collect::<Vec<_>>());
                        t.set_cursor_line_style(ratatui::style::Style::default());
                        t.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
                        Editor::Text(t)
                    }
                    "org" => choice(names::<OrgKind>()),
                    "sector" => choice(names::<Sector>()),
                    "stage" => choice(names::<Stage>()),
                    "score" => choice(["none", "1", "2", "3", "4", "5"].map(String::from).to_vec()),
                    "barriers" => {
                        let options = names::<Barrier>();
                        let have: Vec<String> =
                            value.split(',').map(|s| s.trim().to_string()).collect();
                        let chosen = options.iter().map(|o| have.contains(o)).collect();
                        Editor::Multi {
                            options,
                            chosen,
                            cursor: 0,
                        }
                    }
                    _ => Editor::Line(line(value)),
                };
                let completions = match *name {
                    "region" => completions.regions.clone(),
                    "funder" => completions.funders.clone(),
                    "assignee" => completions.assignees.clone(),
                    "tags" => completions.tags.clone(),
                    _ => Vec::new(),
                };
                Field {
                    name,
                    label,
                    editor,
                    completions,
                }
            })
            .collect();
        let mut form = Form {
            base,
            fields,
            focus: 0,
            initial: Draft::empty(),
            errors: Vec::new(),
            touched: BTreeSet::new(),
            attempted: false,
            confirm_cancel: false,
        };
        // The form's own reading of the initial values, so "changed" is exact.
        form.initial = form.draft();
        form.set_cursor_styles();
        form
    }

    pub fn is_new(&self) -> bool {
        self.base.is_none()
    }

    /// The form's values as a draft.
    pub fn draft(&self) -> Draft {
        let mut d = Draft::empty();
        for f in &self.fields {
            let value = match &f.editor {
                Editor::Line(t) | Editor::Text(t) => t.lines().join("\n"),
                Editor::Choice { options, selected } => {
                    let v = options[*selected].clone();
                    if v == "none" { String::new() } else { v }
                }
                Editor::Multi {
                    options, chosen, ..
                } => options
                    .iter()
                    .zip(chosen)
                    .filter(|(_, c)| **c)
                    .map(|(o, _)| o.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            d.set(f.name, &value);
        }
        d
    }

    pub fn changed(&self) -> bool {
        self.draft() != self.initial
    }

    /// Validates; returns the idea to store when every field is valid.
    pub fn result(&mut self, now: Timestamp) -> Option<Idea> {
        match self.draft().apply(self.base.as_ref(), now) {
            Ok(idea) => {
                self.errors.clear();
                Some(idea)
            }
            Err(errors) => {
                self.errors = errors
                    .iter()
                    .map(|(f, p)| (*f, crate::i18n::field_problem(p)))
                    .collect();
                None
            }
        }
    }

    /// The error to show at a field, if any.
    pub fn error(&self, field: &str) -> Option<&str> {
        if !self.attempted && !self.touched.contains(field) {
            return None;
        }
        self.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e.as_str())
    }

    pub fn move_focus(&mut self, delta: i32) {
        let n = self.fields.len() as i32;
        self.focus = ((self.focus as i32 + delta).rem_euclid(n)) as usize;
        self.set_cursor_styles();
    }

    /// Only the focused text field shows a cursor.
    fn set_cursor_styles(&mut self) {
        for (i, f) in self.fields.iter_mut().enumerate() {
            if let Editor::Line(t) | Editor::Text(t) = &mut f.editor {
                let style = if i == self.focus {
                    ratatui::style::Style::default()
                        .add_modifier(ratatui::style::Modifier::REVERSED)
                } else {
                    ratatui::style::Style::default()
                };
                t.set_cursor_style(style);
            }
        }
    }

    /// The completion offered for the focused field: the rest of the most
    /// common known value that starts with what is typed.
    pub fn suggestion(&self) -> Option<String> {
        let f = &self.fields[self.focus];
        let Editor::Line(t) = &f.editor else {
            return None;
        };
        let text = t.lines().join("");
        let (head, typed) = if f.name == "tags" {
            match text.rfind(',') {
                Some(i) => (&text[..=i], text[i + 1..].trim_start()),
                None => ("", text.as_str()),
            }
        } else {
            ("", text.as_str())
        };
        let _ = head;
        if typed.is_empty() || t.cursor().1 != text.chars().count() {
            return None;
        }
        completion(typed, &f.completions)
    }

    /// A key typed into the focused field.
    pub fn input(&mut self, input: Input, now: Timestamp) {
        let suggestion = self.suggestion();
        let f = &mut self.fields[self.focus];
        match &mut f.editor {
            Editor::Line(t) => {
                if let (Key::Right | Key::End, Some(rest)) = (input.key, suggestion) {
                    t.insert_str(rest);
                } else if input.key != Key::Enter {
                    t.input(input);
                }
            }
            Editor::Text(t) => {
                t.input(input);
            }
            Editor::Choice { options, selected } => {
                let n = options.len();
                match input.key {
                    Key::Left => *selected = (*selected + n - 1) % n,
                    Key::Right | Key::Char(' ') => *selected = (*selected + 1) % n,
                    // A letter picks the next option starting with it, so
                    // pressing `e` again goes education → employment → ecology.
                    Key::Char(c) => {
                        let c = c.to_ascii_lowercase();
                        if let Some(i) = (1..=n)
                            .map(|k| (*selected + k) % n)
                            .find(|&i| options[i].starts_with(c))
                        {
                            *selected = i;
                        }
                    }
                    _ => {}
                }
            }
            Editor::Multi {
                options,
                chosen,
                cursor,
            } => {
                let n = options.len();
                match input.key {
                    Key::Left => *cursor = (*cursor + n - 1) % n,
                    Key::Right => *cursor = (*cursor + 1) % n,
                    Key::Char(' ') | Key::Enter => chosen[*cursor] = !chosen[*cursor],
                    _ => {}
                }
            }
        }
        self.touched.insert(f.name);
        self.result(now);
    }
}
