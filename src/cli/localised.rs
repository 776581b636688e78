//! The command line's own words in the language spoken (issue 20): each
//! command's and argument's help, the value names that are words, the
//! `[default: …]` and `[possible values: …]` notes, and clap's headings
//! ("Usage:", "Options:", "Commands:", "Print help").
//!
//! The clap derive in `args.rs` stays the parser and the English. In
//! another language the command it makes is walked and every text
//! replaced from the message named by the command's path and the
//! argument's id: `cli-help-list` (about), `cli-help-list-after`,
//! `cli-help-list--format` (an argument), `cli-help-views-save--sort`; a
//! value name `NAME` is `cli-value-name`. The test below walks the same
//! tree, so a new command or flag without words fails it.

use super::args::Cli;
use crate::i18n::{Lang, language};
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The display order of `--help` and `--version`: after every argument.
const LAST: usize = 10_000;

/// sprout's command line, in the language spoken.
pub fn command() -> Command {
    let cmd = Cli::command();
    if language() == Lang::En {
        return cmd;
    }
    let mut cmd = rewrite(cmd, &["sprout"]);
    // The usage line is clap's own, with "[OPTIONS]" in it; it can only be
    // asked for once the tree is built (every command knows its path).
    cmd.build();
    set_usage(&mut cmd);
    cmd
}

/// The command line of this run. It is parsed by the derive's own command
/// (making the translated one costs every run a walk of the tree and ~300
/// messages); only help and refusals, which say something, are asked of
/// the command in the language spoken, from the same arguments.
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    match parse_with(Cli::command(), &args) {
        Err(_) if language() != Lang::En => parse_with(command(), &args),
        parsed => parsed,
    }
}

fn parse_with(mut cmd: Command, args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// The message id of a command: `cli-help-sprout`, `cli-help-views-save`.
fn command_id(path: &[&str]) -> String {
    match path {
        [_root] => "cli-help-sprout".to_string(),
        [_root, rest @ ..] => format!("cli-help-{}", rest.join("-")),
        [] => unreachable!("a command has a name"),
    }
}

/// The message id of an argument of the command `command`.
fn arg_id(command: &str, arg: &Arg) -> String {
    format!("{command}--{}", arg.get_id().as_str().replace('_', "-"))
}

fn say(id: &str) -> String {
    crate::i18n::texts().get(id, &[])
}

fn rewrite(cmd: Command, path: &[&str]) -> Command {
    let id = command_id(path);
    let mut cmd = cmd;
    if cmd.get_about().is_some() {
        cmd = cmd.about(say(&id));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(say(&format!("{id}-long")));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(say(&format!("{id}-after")));
    }
    let long = has_long_help(&cmd);
    let usage = cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        say("cli-heading-usage")
    );
    let options = say("cli-heading-options");
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(say("cli-heading-commands"))
        .subcommand_value_name(say("cli-value-command"))
        .mut_args(|a| rewrite_arg(a, &id))
        .disable_help_flag(true)
        .arg(help_flag(long).help_heading(options.clone()));
    if path.len() == 1 {
        // One --version for every command, as `propagate_version` gave.
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .global(true)
                .help(say("cli-flag-version"))
                .display_order(LAST + 1)
                .help_heading(options),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |sub| rewrite(sub, &sub_path));
    }
    cmd
}

/// Whether `-h` and `--help` show different help (clap's own test).
fn has_long_help(cmd: &Command) -> bool {
    cmd.get_long_about().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd.get_arguments().any(|a| a.get_long_help().is_some())
}

/// `-h, --help`, worded as clap words it: with a pointer to the other
/// one where they differ.
fn help_flag(long: bool) -> Arg {
    let flag = Arg::new("help")
        .display_order(LAST)
        .short('h')
        .long("help")
        .action(ArgAction::Help);
    if long {
        flag.help(say("cli-flag-help-more"))
            .long_help(say("cli-flag-help-summary"))
    } else {
        flag.help(say("cli-flag-help"))
    }
}

fn rewrite_arg(arg: Arg, command: &str) -> Arg {
    let id = arg_id(command, &arg);
    let takes_values = arg.get_action().takes_values();
    let mut notes = Vec::new();
    let mut arg = arg;
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        notes.push(crate::tr!("cli-note-default", value = &values.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_values && !arg.is_hide_possible_values_set() && !possible.is_empty() {
        notes.push(crate::tr!("cli-note-values", values = &possible.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    let with_notes = |text: String| {
        std::iter::once(text)
            .chain(notes.iter().cloned())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    if arg.get_help().is_some() || !notes.is_empty() {
        let help = with_notes(say(&id));
        arg = arg.help(help);
    }
    if arg.get_long_help().is_some() {
        let help = with_notes(say(&format!("{id}-long")));
        arg = arg.long_help(help);
    }
    if takes_values {
        let names: Vec<String> = value_names(&arg).iter().map(|n| value_word(n)).collect();
        arg = arg.value_names(names);
    }
    let heading = if arg.is_positional() {
        "cli-heading-arguments"
    } else {
        "cli-heading-options"
    };
    arg.help_heading(say(heading))
}

/// The names an argument's values are shown by: its own, else its id as
/// clap shows it (`QUERY`).
fn value_names(arg: &Arg) -> Vec<String> {
    match arg.get_value_names() {
        Some(names) if !names.is_empty() => names.iter().map(|n| n.to_string()).collect(),
        _ => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// The words of a value name (`PATH`, `COLUMN=FIELD`) in the language
/// spoken; what is not a word (`N`, `1-3`, `on|off`, values as typed)
/// stays.
fn value_word(name: &str) -> String {
    name.split('=')
        .map(|part| match word_id(part) {
            Some(id) => say(&id),
            None => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("=")
}

/// `cli-value-new-name` for `NEW_NAME`; `None` for what is not a word.
fn word_id(part: &str) -> Option<String> {
    let is_word =
        part.chars().count() >= 2 && part.chars().all(|c| c.is_ascii_uppercase() || c == '_');
    is_word.then(|| format!("cli-value-{}", part.to_lowercase().replace('_', "-")))
}

/// Every command's usage line, with clap's `[OPTIONS]` said in the
/// language spoken.
fn set_usage(cmd: &mut Command) {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(':')
        .map_or(usage.as_str(), |(_, u)| u)
        .trim()
        .replace("[OPTIONS]", &say("cli-usage-options"));
    let taken = std::mem::take(cmd);
    *cmd = taken.override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        set_usage(sub);
    }
}

#[cfg(test)]
mod tests;
