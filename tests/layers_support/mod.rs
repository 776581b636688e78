//! The crate's files as a graph: each file's module, what it names, and
//! the circles between files of one module. The reading of one file is in
//! `tokens.rs`.

mod tokens;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub struct File {
    pub path: String,
    /// Its module path (`["tui", "keymap"]`).
    pub module: Vec<String>,
    /// Module paths it names, resolved from the crate root, with a line.
    pub names: Vec<(Vec<String>, usize)>,
    /// How many of `names` are links between files: not a `pub use` (a
    /// module's face re-exporting a part is not a use of it) and not in a
    /// test module (a test of a file is part of it).
    pub links: Vec<bool>,
    /// External crates it names, with a line.
    pub externals: Vec<(String, usize)>,
    pub path_attribute: Option<usize>,
    /// Where it opens a thread scope (`thread::scope`), if it does.
    pub thread_scope: Option<usize>,
    /// Child modules declared only for tests (part of this file).
    pub test_children: Vec<String>,
    /// `pub use` re-exports: the name here, and the path it stands for.
    pub reexports: Vec<(String, Vec<String>)>,
}

impl File {
    pub fn top(&self) -> Option<&str> {
        self.module.first().map(String::as_str)
    }
}

pub struct Crate {
    pub files: Vec<File>,
}

impl Crate {
    /// Reads every file under src/; `externals` are the crates to note.
    pub fn read(externals: &[&str]) -> Crate {
        // LAYERS_ROOT reads another tree (to show what the test finds in an
        // older one: `git archive REV src | tar -x -C DIR`).
        let root = std::env::var_os("LAYERS_ROOT")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
        let root = root.as_path();
        let mut paths = Vec::new();
        walk(&root.join("src"), &mut paths);
        paths.sort();
        Crate::from_texts(
            externals,
            paths.into_iter().map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                (rel, text)
            }),
        )
    }

    pub fn from_texts(externals: &[&str], texts: impl Iterator<Item = (String, String)>) -> Crate {
        let files = texts
            .filter(|(p, _)| p != "src/main.rs")
            .map(|(path, text)| File::parse(path, &text, externals))
            .collect();
        Crate { files }
    }

    pub fn is_module(&self, top: &str) -> bool {
        self.files.iter().any(|f| f.top() == Some(top))
    }

    /// The file a module path is in: the longest prefix that is a file.
    /// A name re-exported by a module's face (`pub use part::Thing` in
    /// mod.rs) is in the file it comes from, not in the face.
    fn file_of(&self, path: &[String]) -> Option<usize> {
        let at = (1..=path.len())
            .rev()
            .find_map(|n| self.files.iter().position(|f| f.module == path[..n]))?;
        let file = &self.files[at];
        let n = file.module.len();
        if let Some(name) = path.get(n)
            && let Some((_, target)) = file.reexports.iter().find(|(r, _)| r == name)
            && target.as_slice() != path
        {
            let mut via: Vec<String> = target.clone();
            via.extend(path[n + 1..].iter().cloned());
            return self.file_of(&via);
        }
        Some(at)
    }

    /// The file a test module belongs to, or the file itself.
    fn owner(&self, i: usize) -> usize {
        let f = &self.files[i];
        if let Some((last, parent)) = f.module.split_last()
            && let Some(p) = self.files.iter().position(|o| o.module == parent)
            && self.files[p].test_children.contains(last)
        {
            return self.owner(p);
        }
        i
    }

    /// Every circle of names between files of one top-level module, each
    /// as the files in order, back to the first.
    pub fn circles(&self) -> Vec<Vec<String>> {
        let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            let from = self.owner(i);
            for ((name, _), _) in f.names.iter().zip(&f.links).filter(|(_, link)| **link) {
                let Some(to) = self.file_of(name).map(|t| self.owner(t)) else {
                    continue;
                };
                if to != from && self.files[to].top() == f.top() && f.top().is_some() {
                    edges.entry(from).or_default().insert(to);
                }
            }
        }
        let mut out = Vec::new();
        for group in strongly_connected(self.files.len(), &edges) {
            if group.len() < 2 {
                continue;
            }
            // One circle through the group, from its first file.
            let start = group[0];
            let mut path = vec![start];
            let members: BTreeSet<usize> = group.iter().copied().collect();
            let found = circle_from(start, start, &edges, &members, &mut path);
            assert!(found);
            out.push(path.iter().map(|&i| self.files[i].path.clone()).collect());
        }
        out.sort();
        out
    }
}

fn circle_from(
    at: usize,
    start: usize,
    edges: &BTreeMap<usize, BTreeSet<usize>>,
    members: &BTreeSet<usize>,
    path: &mut Vec<usize>,
) -> bool {
    for &next in edges.get(&at).into_iter().flatten() {
        if next == start {
            path.push(start);
            return true;
        }
        if members.contains(&next) && !path.contains(&next) {
            path.push(next);
            if circle_from(next, start, edges, members, path) {
                return true;
            }
            path.pop();
        }
    }
    false
}

/// Tarjan's strongly connected components.
fn strongly_connected(n: usize, edges: &BTreeMap<usize, BTreeSet<usize>>) -> Vec<Vec<usize>> {
    struct State<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(s: &mut State, v: usize) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        let targets: Vec<usize> = s.edges.get(&v).into_iter().flatten().copied().collect();
        for w in targets {
            match s.index[w] {
                None => {
                    visit(s, w);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                group.push(w);
                if w == v {
                    break;
                }
            }
            group.sort();
            s.out.push(group);
        }
    }
    let mut s = State {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(&mut s, v);
        }
    }
    s.out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

pub fn module_of(path: &str) -> Vec<String> {
    let rel = path
        .strip_prefix("src/")
        .unwrap_or(path)
        .trim_end_matches(".rs");
    let mut segs: Vec<String> = rel.split('/').map(String::from).collect();
    if segs.last().is_some_and(|s| s == "mod" || s == "lib") {
        segs.pop();
    }
    segs
}
