//! The crate's layers, checked from its source: which module may name
//! which (written once, in [`ALLOWED`]), which external crates may be named
//! where, and no circle of `use` between the files of one module. It reads
//! every file under src/, drops comments and string literals, and follows
//! `use` trees and `crate::`/`super::`/child-module paths to the file they
//! name.

mod layers_support;
use layers_support::{Crate, File, module_of};

/// Which top-level modules each module may name (besides itself and the
/// crate root's shared `Error`). Dependencies point one way: down this
/// table, never up. `keys` and `palette` are the config file's own types
/// for keys and colours, so that `config` needs nothing of `tui`.
const ALLOWED: &[(&str, &[&str])] = &[
    ("cores", &[]),
    ("domain", &["cores"]),
    ("similar", &["cores", "domain"]),
    ("keys", &[]),
    ("palette", &[]),
    ("memory", &[]),
    ("i18n", &["domain"]),
    ("holder", &["domain", "i18n"]),
    (
        "store",
        &["cores", "domain", "similar", "holder", "memory", "i18n"],
    ),
    ("explain", &["domain", "holder", "store", "i18n"]),
    ("query", &["cores", "domain", "i18n"]),
    ("stats", &["domain", "query"]),
    ("report", &["domain", "stats", "i18n"]),
    (
        "transfer",
        &[
            "cores", "domain", "similar", "store", "query", "explain", "i18n",
        ],
    ),
    ("views", &["domain", "store", "query", "i18n"]),
    ("demo", &["domain", "store"]),
    ("ideas", &["domain", "store", "query", "transfer", "views"]),
    ("search", &["domain", "similar", "store", "query", "memory"]),
    (
        "config",
        &["domain", "query", "transfer", "keys", "palette", "i18n"],
    ),
    ("crash", &["domain", "holder", "memory"]),
    ("tui", BELOW_THE_FACES),
    ("cli", BELOW_THE_FACES),
];

/// What the two faces of sprout, the UI and the command line, may use.
const BELOW_THE_FACES: &[&str] = &[
    "cores", "domain", "similar", "keys", "palette", "memory", "holder", "store", "explain",
    "query", "stats", "transfer", "views", "demo", "ideas", "search", "config", "crash", "i18n",
    "report",
];

/// Files that may name a module their own module may not: the command
/// line starts the UI from one place.
const FILE_EXCEPTIONS: &[(&str, &str)] = &[
    ("src/cli/mod.rs", "tui"),
    // What the UI binds, for checking the config file's keys.
    ("src/cli/ui_keys.rs", "tui"),
];

/// External crates that only one module may name.
const CONFINED: &[(&str, &str)] = &[
    ("fluent_bundle", "i18n"),
    ("fluent_syntax", "i18n"),
    ("ratatui", "tui"),
    ("ratatui_textarea", "tui"),
    ("crossterm", "tui"),
    ("sled", "store"),
    ("postgres", "store"),
];

/// Modules that still have circles between files: none (issue 15 took
/// out the last, in the sled engine). A module listed here must still have
/// one, so that the list only ever shrinks: take a module off once it has
/// none, and add none.
const KNOWN_CIRCLES: &[&str] = &[];

#[test]
fn modules_name_only_the_layers_below_them() {
    let crate_ = Crate::read(&externals());
    let mut wrong = Vec::new();
    for file in &crate_.files {
        for (target, line) in &file.names {
            let Some(top) = target.first() else { continue };
            if let Some(err) = forbidden(&crate_, file, top) {
                wrong.push(format!(
                    "{}:{line}: names {}: {err}",
                    file.path,
                    target.join("::")
                ));
            }
        }
        for (ext, line) in &file.externals {
            if let Some((_, owner)) = CONFINED.iter().find(|(e, _)| e == ext)
                && file.top() != Some(*owner)
            {
                wrong.push(format!(
                    "{}:{line}: names {ext}, which only {owner}/ may",
                    file.path
                ));
            }
        }
        if let Some(line) = file.thread_scope
            && file.path != "src/cores.rs"
        {
            wrong.push(format!(
                "{}:{line}: splits work by hand: use crate::cores (join, halves, on_threads)",
                file.path
            ));
        }
        if let Some(line) = file.path_attribute {
            wrong.push(format!(
                "{}:{line}: #[path] pulls in a file that is not a module of its own",
                file.path
            ));
        }
    }
    assert!(wrong.is_empty(), "layers broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_table_of_layers_is_one_way() {
    // Each module's row names only modules listed above it.
    for (i, (module, may)) in ALLOWED.iter().enumerate() {
        for m in *may {
            let at = ALLOWED.iter().position(|(n, _)| n == m);
            assert!(
                at.is_some_and(|at| at < i),
                "{module} may name {m}, which is not above it in ALLOWED"
            );
        }
    }
}

#[test]
fn no_circle_between_the_files_of_a_module() {
    let crate_ = Crate::read(&externals());
    let circles = crate_.circles();
    let module = |c: &Vec<String>| module_of(&c[0]).first().cloned().unwrap_or_default();
    let unknown: Vec<String> = circles
        .iter()
        .filter(|c| !KNOWN_CIRCLES.contains(&module(c).as_str()))
        .map(|c| c.join(" -> "))
        .collect();
    let gone: Vec<&&str> = KNOWN_CIRCLES
        .iter()
        .filter(|k| !circles.iter().any(|c| module(c) == **k))
        .collect();
    assert!(
        unknown.is_empty(),
        "circles between files (each file names the next):\n{}",
        unknown
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        gone.is_empty(),
        "no longer circles, take them off KNOWN_CIRCLES: {gone:?}"
    );
}

/// The checks themselves, on small made-up files: a test that cannot
/// fail would prove nothing.
#[test]
fn the_checks_find_what_they_look_for() {
    let files = [
        (
            "src/config.rs",
            "use crate::tui::keymap::Keymap; // crate::cli\nmod part;\nuse part::read;\n",
        ),
        (
            "src/config/part.rs",
            "use super::Problems;\nfn f() { let s = \"sled::Db\"; }\n",
        ),
        ("src/tui/mod.rs", "pub mod keymap;\n"),
        ("src/tui/keymap.rs", "use crate::config::Config;\n"),
        (
            "src/domain/mod.rs",
            "use sled::Db;\nuse crate::{store::Store, query};\n",
        ),
        (
            "src/query/mod.rs",
            "#[path = \"x.rs\"]\nmod plan;\n#[cfg(test)]\nmod tests;\nmod after;\nfn f() { std::thread::scope(|s| {}); }\n",
        ),
        ("src/query/tests.rs", "use super::*;\n"),
        (
            "src/transfer/mod.rs",
            "mod export;\npub use export::Exporter;\npub struct Format;\n",
        ),
        (
            "src/transfer/export.rs",
            "use super::Format;\n#[cfg(test)]\nmod tests {\n    use crate::transfer::Exporter;\n    use super::*;\n}\n",
        ),
    ];
    let crate_ = Crate::from_texts(
        &externals(),
        files.iter().map(|(p, t)| (p.to_string(), t.to_string())),
    );
    let config = &crate_.files[0];
    assert_eq!(
        config.names,
        [
            (vec!["tui".to_string(), "keymap".into(), "Keymap".into()], 1),
            (vec!["config".to_string(), "part".into(), "read".into()], 3),
        ],
        "comments are not read"
    );
    assert!(forbidden(&crate_, config, "tui").is_some());
    let domain = crate_
        .files
        .iter()
        .find(|f| f.path == "src/domain/mod.rs")
        .unwrap();
    assert_eq!(domain.externals, [("sled".to_string(), 1)]);
    let tops: Vec<&str> = domain.names.iter().map(|(n, _)| n[0].as_str()).collect();
    assert_eq!(tops, ["store", "query"]);
    let part = crate_
        .files
        .iter()
        .find(|f| f.path == "src/config/part.rs")
        .unwrap();
    assert!(part.externals.is_empty(), "strings are not read");
    let query = crate_
        .files
        .iter()
        .find(|f| f.path == "src/query/mod.rs")
        .unwrap();
    assert_eq!(query.path_attribute, Some(1));
    assert_eq!(query.thread_scope, Some(6));
    assert_eq!(
        query.test_children,
        ["tests"],
        "the mod after a test module is not a test"
    );
    assert_eq!(
        crate_.circles(),
        [vec!["src/config.rs", "src/config/part.rs", "src/config.rs"]],
        "a test module is part of its file, and a face's re-export no use: no circle"
    );
}

/// The external crates [`CONFINED`] to one module.
fn externals() -> Vec<&'static str> {
    CONFINED.iter().map(|(e, _)| *e).collect()
}

/// Why `file` may not name the top-level module `top`, if it may not.
fn forbidden(crate_: &Crate, file: &File, top: &str) -> Option<String> {
    let own = file.top()?;
    if own == top || top == "Error" {
        return None;
    }
    if FILE_EXCEPTIONS.contains(&(file.path.as_str(), top)) {
        return None;
    }
    if !crate_.is_module(top) {
        return None; // an item of the crate root, such as `crate::Error`
    }
    match ALLOWED.iter().find(|(m, _)| *m == own) {
        None => Some(format!("{own} has no row in ALLOWED")),
        Some((_, may)) if may.contains(&top) => None,
        Some((_, may)) => Some(format!("{own} may name only {}", may.join(", "))),
    }
}
