//! The ideas of a JSON file, one at a time: a plain array of ideas, or a
//! whole-database export whose `views` are read as they come (before or
//! after its `ideas`) and whose `ideas` are handed out one by one.

use super::TransferError;
use super::json_stream::{Broken, JsonStream};
use super::problem::Problem;
use super::raw::{Raw, Views, fatal};
use crate::domain::text::clean_line;
use crate::domain::{SortKey, View};
use std::io::BufRead;

/// Where the reading of the file's outline is.
enum At {
    /// An idea of the list comes next.
    Idea,
    /// After an idea: `,` or the list's `]`.
    AfterIdea,
    /// A key of the export's object comes next, or its end.
    Key,
    /// After a key's value: `,` or the object's `}`.
    AfterKey,
    Done,
}

struct Items<R> {
    json: JsonStream<R>,
    at: At,
    /// A whole-database export, not a plain array.
    whole: bool,
    views: Views,
}

/// The ideas of a JSON file. The first byte is read here, so a file that
/// is neither an array nor an export is an error before any idea.
pub fn items<R: BufRead>(
    input: R,
    views: Views,
) -> Result<impl Iterator<Item = Raw>, TransferError> {
    let mut json = JsonStream::new(input);
    let first = json
        .skip_space()
        .map_err(|e| TransferError::Unreadable(super::raw::unreadable(&e)))?;
    let whole = first == Some(b'{');
    let mut items = Items {
        json,
        at: At::Done,
        whole,
        views,
    };
    items.at = items.start().map_err(|b| match items.broken(b) {
        Raw::Fatal(p) => TransferError::Unreadable(p.to_string()),
        _ => TransferError::Unreadable(crate::tr!("transfer-cannot-read")),
    })?;
    Ok(items)
}

impl<R: BufRead> Items<R> {
    fn start(&mut self) -> Result<At, Broken> {
        if self.whole {
            self.json.expect(b'{', "'{'")?;
            return self.first_key();
        }
        if self.json.open_list()? {
            Ok(At::Idea)
        } else {
            self.json.finish()?;
            Ok(At::Done)
        }
    }

    fn first_key(&mut self) -> Result<At, Broken> {
        if self.json.skip_space()? == Some(b'}') {
            self.json.expect(b'}', "'}'")?;
            self.json.finish()?;
            return Ok(At::Done);
        }
        Ok(At::Key)
    }

    /// A problem of the outline as the last record of the file.
    fn broken(&self, b: Broken) -> Raw {
        match b {
            Broken::Io(e) => fatal(self.json.line, &e),
            Broken::Outline(line, message) => Raw::Fatal(Problem::at(
                line,
                if self.whole {
                    crate::tr!("transfer-not-an-export", problem = message.as_str())
                } else {
                    crate::tr!("transfer-not-an-array", problem = message.as_str())
                },
            )),
        }
    }

    /// One step of the outline: the next idea, if this step reads one.
    fn step(&mut self) -> Result<Option<Raw>, Broken> {
        match self.at {
            At::Done => Ok(None),
            At::Idea => {
                let (line, text) = self.json.value()?;
                self.at = At::AfterIdea;
                Ok(Some(Raw::Json(line, text)))
            }
            At::AfterIdea => {
                self.at = match (self.json.more()?, self.whole) {
                    (true, _) => At::Idea,
                    (false, true) => At::AfterKey,
                    (false, false) => {
                        self.json.finish()?;
                        At::Done
                    }
                };
                Ok(None)
            }
            At::Key => {
                let (line, key) = self.json.value()?;
                let key: String = serde_json::from_str(&key)
                    .map_err(|_| Broken::Outline(line, crate::tr!("err-json-key-in-quotes")))?;
                self.json
                    .expect(b':', &crate::tr!("transfer-colon-after-key"))?;
                self.at = At::AfterKey;
                match key.as_str() {
                    "ideas" => {
                        if self.json.skip_space()? == Some(b'n') {
                            self.json.value()?;
                        } else if self.json.open_list()? {
                            self.at = At::Idea;
                        }
                    }
                    "views" => {
                        let (line, text) = self.json.value()?;
                        self.read_views(line, &text)?;
                    }
                    "rubrics" => {
                        let (line, text) = self.json.value()?;
                        let rubrics = super::json_rubrics::read(line, &text)?;
                        self.views.set_rubrics(line, rubrics);
                    }
                    "conflicts" => {
                        let (line, text) = self.json.value()?;
                        let conflicts = super::json_conflicts::read(line, &text)?;
                        self.views.set_conflicts(conflicts);
                    }
                    "reasons" => {
                        let (line, text) = self.json.value()?;
                        let reasons = super::json_reasons::read(line, &text)?;
                        self.views.set_reasons(reasons);
                    }
                    "panel" => {
                        let (line, text) = self.json.value()?;
                        let panel = serde_json::from_str(&text).map_err(|e| {
                            Broken::Outline(
                                line,
                                format!(
                                    "panel: {} (expected {{\"combine\": \"mean\" or \"median\", \"normalise\": true or false, \"blind\": true or false}})",
                                    super::json_words::problem(&e)
                                ),
                            )
                        })?;
                        self.views.set_panel(panel);
                    }
                    // Other keys are not sprout's; they are passed over.
                    _ => {
                        self.json.value()?;
                    }
                }
                Ok(None)
            }
            At::AfterKey => {
                match self.json.skip_space()? {
                    Some(b',') => {
                        self.json.expect(b',', "','")?;
                        self.at = At::Key;
                    }
                    _ => {
                        self.json
                            .expect(b'}', &crate::tr!("transfer-comma-or-brace"))?;
                        self.json.finish()?;
                        self.at = At::Done;
                    }
                }
                Ok(None)
            }
        }
    }

    fn read_views(&mut self, line: usize, text: &str) -> Result<(), Broken> {
        let list: Option<Vec<&serde_json::value::RawValue>> =
            serde_json::from_str(text).map_err(|e| {
                Broken::Outline(
                    line + e.line() - 1,
                    format!("views: {}", super::json_words::problem(&e)),
                )
            })?;
        let Some(list) = list else {
            return Ok(());
        };
        let views = with_lines(text, list)
            .map(|(at, raw)| view(line + at - 1, raw.get()))
            .collect();
        self.views.set(views);
        Ok(())
    }
}

impl<R: BufRead> Iterator for Items<R> {
    type Item = Raw;

    fn next(&mut self) -> Option<Raw> {
        loop {
            match self.step() {
                Ok(Some(raw)) => return Some(raw),
                Ok(None) if matches!(self.at, At::Done) => return None,
                Ok(None) => {}
                Err(b) => {
                    self.at = At::Done;
                    return Some(self.broken(b));
                }
            }
        }
    }
}

fn view(line: usize, json: &str) -> Result<View, Problem> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        name: String,
        query: String,
        #[serde(default)]
        sort: Option<String>,
    }
    let raw: Raw = serde_json::from_str(json)
        .map_err(|e| Problem::of_field(line, "view", super::json_words::problem(&e)))?;
    let sort = match raw.sort.as_deref() {
        None => None,
        Some(name) => Some(SortKey::from_name(name).ok_or_else(|| {
            let known: Vec<&str> = SortKey::ALL.iter().map(|k| k.name()).collect();
            Problem::of_field(
                line,
                crate::tr!("err-json-view-field", name = &clean_line(&raw.name)),
                crate::tr!(
                    "err-json-view-sort",
                    sort = &clean_line(name),
                    sorts = known.join(", ").as_str()
                ),
            )
        })?),
    };
    let v = View::new(&raw.name, &raw.query)
        .map_err(|e| Problem::of_field(line, "view", crate::i18n::view_name_error(e)))?
        .with_sort(sort);
    crate::query::Query::parse(&v.query).map_err(|e| {
        Problem::of_field(
            line,
            crate::tr!("err-json-view-field", name = v.name.as_str()),
            e.to_string(),
        )
    })?;
    Ok(v)
}

/// Pairs raw JSON values with the line (of `text`, from 1) each starts on,
/// counting newlines once from the previous value.
fn with_lines<'a>(
    text: &'a str,
    items: Vec<&'a serde_json::value::RawValue>,
) -> impl Iterator<Item = (usize, &'a serde_json::value::RawValue)> + 'a {
    let base = text.as_ptr() as usize;
    let (mut at, mut line) = (0usize, 1usize);
    items.into_iter().map(move |raw| {
        let offset = raw.get().as_ptr() as usize - base;
        line += text.as_bytes()[at..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        at = offset;
        (line, raw)
    })
}
