use super::*;
use crate::i18n::Texts;

/// Every text of the English command line, by the message id that says
/// it in another language: (id, English).
fn english_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(&Cli::command(), &["sprout"], &mut out);
    out
}

fn walk(cmd: &Command, path: &[&str], out: &mut Vec<(String, String)>) {
    let id = command_id(path);
    let text = |s: Option<&clap::builder::StyledStr>| s.map(|s| s.to_string()).unwrap_or_default();
    out.push((id.clone(), text(cmd.get_about())));
    if cmd.get_long_about().is_some() {
        out.push((format!("{id}-long"), text(cmd.get_long_about())));
    }
    if cmd.get_after_help().is_some() {
        out.push((format!("{id}-after"), text(cmd.get_after_help())));
    }
    for arg in cmd.get_arguments() {
        let arg_id = arg_id(&id, arg);
        out.push((arg_id.clone(), text(arg.get_help())));
        if arg.get_long_help().is_some() {
            out.push((format!("{arg_id}-long"), text(arg.get_long_help())));
        }
    }
    for sub in cmd.get_subcommands() {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name());
        walk(sub, &sub_path, out);
    }
}

/// The words of every value name shown (`PATH`, `COLUMN` and `FIELD` of
/// `COLUMN=FIELD`), as message ids.
fn value_word_ids(cmd: &Command, out: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        if arg.get_action().takes_values() {
            for name in value_names(arg) {
                out.extend(name.split('=').filter_map(word_id));
            }
        }
    }
    for sub in cmd.get_subcommands() {
        value_word_ids(sub, out);
    }
}

#[test]
fn every_command_and_argument_has_its_words_in_every_language() {
    let english = Texts::new(Lang::En);
    let mut lacking = Vec::new();
    for (id, text) in english_texts() {
        if text.trim().is_empty() {
            lacking.push(format!("{id}: no English help in args.rs"));
            continue;
        }
        match english.find(&id, &[]) {
            None => lacking.push(format!("{id}: not in locales/en.ftl")),
            // en.ftl is what a translator reads: it must say what clap says.
            Some(said) if said != text => {
                lacking.push(format!("{id}: en.ftl says {said:?}, args.rs {text:?}"))
            }
            Some(_) => {}
        }
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let said = Texts::new(lang).find(&id, &[]);
            if said.is_none_or(|s| s == text) {
                lacking.push(format!(
                    "{id}: not translated in locales/{}.ftl",
                    lang.code()
                ));
            }
        }
    }
    let mut words = Vec::new();
    value_word_ids(&Cli::command(), &mut words);
    for id in words {
        if english.find(&id, &[]).is_none() {
            lacking.push(format!("{id}: a value name with no words"));
        }
    }
    assert!(lacking.is_empty(), "{}", lacking.join("\n"));
}

/// Every command's short and long help, as the language spoken shows it.
fn every_help(cmd: &mut Command, out: &mut Vec<String>) {
    out.push(cmd.render_help().to_string());
    out.push(cmd.render_long_help().to_string());
    for sub in cmd.get_subcommands_mut() {
        every_help(sub, out);
    }
}

#[test]
fn russian_help_has_no_english_words_of_clap_and_english_keeps_them() {
    let _ru = crate::i18n::speak_on_this_thread(Lang::Ru);
    let mut helps = Vec::new();
    every_help(&mut command(), &mut helps);
    assert!(helps.len() > 40, "{}", helps.len());
    for help in &helps {
        assert!(help.starts_with(char::is_alphabetic), "{help}");
        assert!(help.contains("Использование: sprout"), "{help}");
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "Print version",
            "OPTIONS",
            "COMMAND",
            "[default:",
            "possible values",
            "Example",
        ] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
    }
    let list = command()
        .find_subcommand_mut("list")
        .unwrap()
        .render_long_help()
        .to_string();
    for said in [
        "Использование: sprout list [ПАРАМЕТРЫ] [ЗАПРОС]",
        "Аргументы:\n  [ЗАПРОС]",
        "Параметры:\n",
        "--format <ФОРМАТ>",
        "[по умолчанию: table] [варианты: table, json, jsonl, csv, ids]",
        "-h, --help",
        "Показать справку",
        "Примеры:\n  sprout list ",
    ] {
        assert!(list.contains(said), "{said} not in:\n{list}");
    }
    drop(_ru);
    let english = command().render_long_help().to_string();
    for said in [
        "Usage: sprout [OPTIONS] [COMMAND]",
        "Commands:",
        "Print help",
    ] {
        assert!(english.contains(said), "{said} not in:\n{english}");
    }
}
