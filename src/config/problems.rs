//! The problems of one config file, each with its line, and the reading
//! of its tables that every section shares.

use toml_edit::{Item, TableLike};

/// Collects the problems of one file, each with its line.
pub(super) struct Problems<'a> {
    text: &'a str,
    pub(super) list: Vec<String>,
}

impl<'a> Problems<'a> {
    pub(super) fn new(text: &'a str) -> Problems<'a> {
        Problems {
            text,
            list: Vec::new(),
        }
    }

    fn line(&self, span: Option<std::ops::Range<usize>>) -> usize {
        let at = span.map_or(0, |s| s.start).min(self.text.len());
        1 + self.text[..at].matches('\n').count()
    }

    pub(super) fn add(&mut self, span: Option<std::ops::Range<usize>>, path: &str, what: String) {
        let line = self.line(span);
        self.list.push(crate::tr!(
            "err-config-line",
            line = line,
            path = path,
            problem = &what
        ));
    }
}

pub(super) fn table<'a>(p: &mut Problems, item: &'a Item, path: &str) -> Option<&'a dyn TableLike> {
    let t = item.as_table_like();
    if t.is_none() {
        p.add(item.span(), path, crate::tr!("config-problem-table"));
    }
    t
}

/// Each (name, key span, item) of a table.
pub(super) fn entries(t: &dyn TableLike) -> Vec<(&str, Option<std::ops::Range<usize>>, &Item)> {
    t.iter()
        .filter_map(|(name, _)| {
            let (key, item) = t.get_key_value(name)?;
            Some((key.get(), key.span().or_else(|| item.span()), item))
        })
        .collect()
}
