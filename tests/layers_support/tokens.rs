//! Reading a source file: its tokens without comments and strings, the
//! paths of its `use` trees and code, and the modules they name.

use super::{File, module_of};

/// A token of code: a word, `::`, or one other character, with its line.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Colons,
    Punct(char),
}

impl File {
    pub(super) fn parse(path: String, text: &str, externals: &[&str]) -> File {
        let module = module_of(&path);
        let toks = tokens(text);
        let mut file = File {
            path,
            module,
            names: Vec::new(),
            links: Vec::new(),
            externals: Vec::new(),
            path_attribute: None,
            thread_scope: None,
            test_children: Vec::new(),
            reexports: Vec::new(),
        };
        let children = file.declare_children(&toks);
        // Inline modules (`mod tests { … }`) open: their names and the
        // brace depth they end at; `super` inside one is the file itself.
        let mut inline: Vec<(String, usize, bool)> = Vec::new();
        let mut depth = 0;
        let mut i = 0;
        while i < toks.len() {
            let (tok, line) = &toks[i];
            match tok {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => {
                    depth -= 1;
                    if inline.last().is_some_and(|(_, d, _)| *d == depth) {
                        inline.pop();
                    }
                }
                Tok::Word(w) if w == "mod" => {
                    if let (Some((Tok::Word(name), _)), Some((Tok::Punct('{'), _))) =
                        (toks.get(i + 1), toks.get(i + 2))
                    {
                        inline.push((name.clone(), depth, cfg_test_before(&toks, i)));
                    }
                }
                _ => {}
            }
            let mut current = file.module.clone();
            current.extend(inline.iter().map(|(n, _, _)| n.clone()));
            let in_test = inline.iter().any(|(_, _, t)| *t);
            let after_colons = i > 0 && toks[i - 1].0 == Tok::Colons;
            match tok {
                Tok::Word(w) if w == "use" => {
                    let end = (i..toks.len())
                        .find(|&j| toks[j].0 == Tok::Punct(';'))
                        .unwrap_or(toks.len());
                    let mut paths = Vec::new();
                    expand(&toks[i + 1..end], Vec::new(), &mut paths);
                    // `pub use` or `pub(crate) use`.
                    let public = i > 0
                        && (matches!(toks[i - 1].0, Tok::Word(ref w) if w == "pub")
                            || toks[i - 1].0 == Tok::Punct(')'));
                    for p in paths {
                        let before = file.names.len();
                        file.resolve(
                            &current,
                            &p,
                            &children,
                            externals,
                            *line,
                            !public && !in_test,
                        );
                        if public && file.names.len() > before && p.last().is_some_and(|l| l != "*")
                        {
                            let target = file.names[before].0.clone();
                            file.reexports.push((p.last().unwrap().clone(), target));
                        }
                    }
                    i = end;
                    continue;
                }
                Tok::Word(_)
                    if !after_colons && toks.get(i + 1).is_some_and(|t| t.0 == Tok::Colons) =>
                {
                    let mut p = Vec::new();
                    let mut j = i;
                    while let Some((Tok::Word(w), _)) = toks.get(j) {
                        p.push(w.clone());
                        if toks.get(j + 1).is_some_and(|t| t.0 == Tok::Colons) {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    file.resolve(&current, &p, &children, externals, *line, !in_test);
                    i = j + 1;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        file
    }

    /// Reads `mod x;` declarations: the children, and which are for tests.
    fn declare_children(&mut self, toks: &[(Tok, usize)]) -> Vec<String> {
        let mut children = Vec::new();
        for (i, (tok, line)) in toks.iter().enumerate() {
            if *tok == Tok::Word("scope".into())
                && i >= 2
                && toks[i - 1].0 == Tok::Colons
                && toks[i - 2].0 == Tok::Word("thread".into())
            {
                self.thread_scope.get_or_insert(*line);
            }
            if *tok == Tok::Word("path".into())
                && i >= 2
                && toks[i - 1].0 == Tok::Punct('[')
                && toks[i - 2].0 == Tok::Punct('#')
            {
                self.path_attribute.get_or_insert(*line);
            }
            if *tok != Tok::Word("mod".into()) {
                continue;
            }
            let (Some((Tok::Word(name), _)), Some((Tok::Punct(';' | '{'), _))) =
                (toks.get(i + 1), toks.get(i + 2))
            else {
                continue;
            };
            children.push(name.clone());
            if cfg_test_before(toks, i) {
                self.test_children.push(name.clone());
            }
        }
        children
    }

    /// Records what a path (as written in this file) names.
    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &mut self,
        current: &[String],
        p: &[String],
        children: &[String],
        externals: &[&str],
        line: usize,
        link: bool,
    ) {
        let Some(first) = p.first() else { return };
        let mut base: Vec<String> = match first.as_str() {
            "crate" => Vec::new(),
            "self" | "super" => current.to_vec(),
            name if current == self.module && children.iter().any(|c| c == name) => {
                self.module.clone()
            }
            name if externals.contains(&name) => {
                self.externals.push((name.to_string(), line));
                return;
            }
            _ => return,
        };
        let mut rest = p;
        if first == "crate" || first == "self" {
            rest = &p[1..];
        }
        while let Some(("super", tail)) = rest.split_first().map(|(h, t)| (h.as_str(), t)) {
            // A file `x.rs` or `x/mod.rs` is module x; super is its parent.
            base.pop();
            rest = tail;
        }
        base.extend(rest.iter().filter(|s| *s != "*").cloned());
        if !base.is_empty() {
            self.names.push((base, line));
            self.links.push(link);
        }
    }
}

/// Whether `#[cfg(test)]` comes just before the item at `i` (perhaps
/// with `pub` between): after the end of the item before it, so that a
/// `mod` that follows `#[cfg(test)] mod tests;` is not taken for a test.
fn cfg_test_before(toks: &[(Tok, usize)], i: usize) -> bool {
    let item_start = toks[..i]
        .iter()
        .rposition(|t| matches!(t.0, Tok::Punct(';') | Tok::Punct('}')))
        .map_or(0, |p| p + 1);
    let from = item_start.max(i.saturating_sub(8));
    let before: Vec<&Tok> = toks[from..i].iter().map(|t| &t.0).collect();
    before.windows(4).any(|w| {
        w == [
            &Tok::Word("cfg".into()),
            &Tok::Punct('('),
            &Tok::Word("test".into()),
            &Tok::Punct(')'),
        ]
    })
}

/// Expands a use tree (`a::{b, c::d}`) into its paths.
fn expand(toks: &[(Tok, usize)], prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix.clone();
    let mut i = 0;
    while i < toks.len() {
        match &toks[i].0 {
            Tok::Word(w) if w == "as" => i += 1, // skip the new name
            Tok::Word(w) if w == "pub" => {}
            Tok::Word(w) => path.push(w.clone()),
            Tok::Punct('*') => path.push("*".into()),
            Tok::Punct('{') => {
                let mut depth = 0;
                let mut start = i + 1;
                let mut j = i;
                while j < toks.len() {
                    match toks[j].0 {
                        Tok::Punct('{') => depth += 1,
                        Tok::Punct('}') => {
                            depth -= 1;
                            if depth == 0 {
                                expand(&toks[start..j], path.clone(), out);
                                break;
                            }
                        }
                        Tok::Punct(',') if depth == 1 => {
                            expand(&toks[start..j], path.clone(), out);
                            start = j + 1;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                return;
            }
            Tok::Punct(',') => {
                out.push(std::mem::replace(&mut path, prefix.clone()));
            }
            _ => {}
        }
        i += 1;
    }
    if path.len() > prefix.len() || (!path.is_empty() && prefix.is_empty()) {
        out.push(path);
    }
}

/// The code's tokens, without comments, strings and characters.
fn tokens(text: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && matches!(at(i + 2), '"' | '#')))
            && !(i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| at(j + 1 + h) == '#') {
                    j += 1 + hashes;
                    break;
                }
                if chars[j] == '\n' {
                    line += 1;
                }
                j += 1;
            }
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if at(i) == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 1;
        } else if c == '\'' {
            // A character ('x', '\n', '\u{1F600}') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push((Tok::Word(chars[start..i].iter().collect()), line));
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Tok::Colons, line));
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push((Tok::Punct(c), line));
            }
            i += 1;
        }
    }
    out
}
