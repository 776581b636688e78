//! `sprout help query`: the query language, for people who have only the
//! program in front of them.

use crate::domain::{Barrier, Named, OrgKind, Sector, Stage};
use crate::query::{FIELDS, RUSSIAN_FIELDS, russian_names};

/// The text of `sprout help query` (the terms are those of the README's
/// query table; the names come from the vocabularies themselves).
pub fn query_help() -> String {
    let (names, russian) = help_lists();
    match crate::i18n::language() {
        crate::i18n::Lang::En => TEXT
            .replace("{names}\n", &names)
            .replace("{russian}\n", &russian),
        _ => translated(&names, &russian),
    }
}

/// The help in the language spoken, from `cli-query-help` (English's is
/// [`TEXT`] itself, which en.ftl repeats for translators).
fn translated(names: &str, russian: &str) -> String {
    let text = crate::tr!(
        "cli-query-help",
        names = names.trim_end(),
        russian = russian.trim_end()
    );
    format!("{text}\n")
}

/// The names of each vocabulary, then the Russian names of the fields and
/// vocabularies, as the help lists them.
fn help_lists() -> (String, String) {
    let names = [
        names::<Sector>("sector"),
        names::<Stage>("stage"),
        names::<OrgKind>("org"),
        names::<Barrier>("barrier"),
    ]
    .concat();
    let russian = [
        russian_fields(),
        words("сектор", Sector::ALL.iter().map(|v| russian_names(*v)[0])),
        words("стадия", Stage::ALL.iter().map(|v| russian_names(*v)[0])),
        words("тип", OrgKind::ALL.iter().map(|v| russian_names(*v)[0])),
        words("барьер", Barrier::ALL.iter().map(|v| russian_names(*v)[0])),
    ]
    .concat();
    (names, russian)
}

/// One vocabulary as `  field  name name …`, wrapped under itself.
fn names<T: Named>(field: &str) -> String {
    words(field, T::ALL.iter().map(|v| v.name()))
}

/// Each English field with its Russian names: `sector сектор · stage
/// стадия, этап · …`, wrapped.
fn russian_fields() -> String {
    let pairs = FIELDS.iter().map(|field| {
        let russian: Vec<&str> = RUSSIAN_FIELDS
            .iter()
            .filter(|(_, f)| f == field)
            .map(|(r, _)| *r)
            .collect();
        format!("{field} {}", russian.join(", "))
    });
    let mut out = String::from("  ");
    let mut width = 2;
    for (i, pair) in pairs.enumerate() {
        let len = pair.chars().count();
        if i > 0 && width + 3 + len > 78 {
            out.push_str(" ·\n  ");
            width = 2;
        } else if i > 0 {
            out.push_str(" · ");
            width += 3;
        }
        out.push_str(&pair);
        width += len;
    }
    out.push('\n');
    out
}

/// `  field  word word …`, wrapped under itself at 78 columns.
fn words<'a>(field: &str, words: impl Iterator<Item = &'a str>) -> String {
    let mut out = format!("  {field:<9}");
    let mut width = 2 + field.chars().count().max(9);
    for (i, n) in words.enumerate() {
        if i > 0 && width + 1 + n.chars().count() > 78 {
            out.push_str(&format!("\n{:11}", ""));
            width = 11;
        } else if i > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(n);
        width += n.chars().count();
    }
    out.push('\n');
    out
}

const TEXT: &str = "\
A query selects ideas. `list`, `export`, `stats` and saved views take one,
and the UI's query bar (`/`) reads the same language.

Terms are separated by spaces and every term must hold. Matching ignores
case and reads ё as е. Quote a value that holds spaces: funder:\"our future\".

Words
  water           fuzzy match on title, proposer, region, tags and funder, or
                  a summary word that starts with it (ranked lower)
  'social taxi    exact text of those fields
  ^clean          the title starts with it
  !moscow         ideas that do not match; ! also negates any other term

Fields
  sector:edu  stage:pilot  org:non  barrier:fund
                  the idea's sector, stage, organisation kind or barrier; any
                  unique prefix of a name works, and a comma list means any
                  of them: stage:pilot,scaling
  region:tatar  tag:youth  assignee:anna  funder:fund  proposer:ivan  title:taxi
                  that field contains the text
  score:>=4  score:>=3.5  amount:<500k
                  comparisons < <= = >= >; amounts take k and m (300k, 2m);
                  an idea's score is the panel's combined score once it
                  has reviews (shown 4.2), else the quick score (shown 4),
                  compared to one decimal as the list shows it
  reviews:<2  reviews:0
                  how many reviews it has
  reviewer:anna  reviewer:me
                  reviewed by someone whose name contains it; me is you
  is:contested    the reviewers' totals differ by 2 points or more
  created:>=2026-11-01  created:<30d  updated:>2w
                  dates: a day (UTC), or an age in days (d) or weeks (w);
                  created:<30d came in the last 30 days, updated:>2w has not
                  changed for more than two weeks
  assignee:none  region:none
                  the field is empty (also tag, funder and proposer);
                  !assignee:anna is every idea not assigned to anna
  assignee:me     assigned to you: your PostgreSQL role, or on a database
                  of your own the config file's user, else $USER,
                  else \"local user\"; `set ID --assignee me` assigns to you
  is:archived  is:marked  is:stale
                  archived ideas are hidden unless a term asks for them;
                  stale means more than 30 days in new or review (the
                  config file's [defaults] stale_days sets the days)
  is:duplicate    has a likely near-copy (its text nearly another's) that
                  nobody marked \"not a duplicate\", or is marked a duplicate
  Under blind review (`sprout panel --blind on`) an idea you have not
  reviewed shows you no reviews: no panel score, no reviewers.
  similar:42      ideas whose text is nearly #42's, the likest first
  panel:anna  panel:me  panel:none
                  anna (you; nobody) is asked to review it (`sprout
                  assign`); the whole name, case and spacing aside;
                  panel:anna,boris is either
  reviewer:anna  reviewer:me
                  it has a review by anna (by you)
  reason:budget  reason:none
                  the reason the decision was given with: a prefix of its
                  key or of a word of its label (`sprout reasons` lists
                  them), a comma list for any; none for ideas without one
  #42  id:42      one idea by its id

Names (any unique prefix works: edu, dis, inc)
{names}

In Russian (either language works, whatever language sprout speaks)
  Every field and name has a Russian name, prefixes and lists as above:
  сектор:обр стадия:пилот,инк ст:отк это:спорная ответственный:я регион:нет
  создана:<30д обновлена:>2н (days д, weeks н); я is me, нет is none.
{russian}
  это      архивная спорная дубликат отмеченная застрявшая

Order
  With fuzzy words the best match comes first; otherwise `list --sort`
  decides (updated, created, title, score, stage, id).

Examples
  sprout list water
  sprout list 'sector:edu stage:pilot score:>=4'
  sprout list 'region:tatar !stage:declined' --format csv > tatarstan.csv
  sprout export 'stage:pilot,scaling' -o pilots.json
  sprout stats 'barrier:funding amount:>1m'
  sprout list 'stage:declined reason:budget'
  sprout list 'стадия:пилот сектор:обр оценка:>=4'
  sprout views save 'Health pilots' 'sector:health stage:pilot'

A term that cannot be read is an error naming the term, e.g.
  error: in query term 'colour:red': unknown field 'colour' …
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Query;

    #[test]
    fn every_term_and_example_in_the_query_help_parses() {
        let text = query_help();
        let mut queries: Vec<String> = text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("sprout "))
            .filter_map(|l| {
                let rest = l.split_once(' ')?.1;
                let q = rest.strip_prefix('\'')?.split('\'').next()?;
                Some(q.to_string())
            })
            .collect();
        assert!(queries.len() >= 4, "{queries:?}");
        queries.extend(
            [
                "water",
                "'social taxi",
                "^clean",
                "!moscow",
                "sector:edu stage:pilot org:non barrier:fund",
                "stage:pilot,scaling",
                "region:tatar tag:youth assignee:anna funder:fund proposer:ivan title:taxi",
                "score:>=4 score:>=3.5 amount:<500k amount:<300k amount:>2m",
                "reviews:<2 reviews:0 reviewer:anna reviewer:me is:contested",
                "created:>=2026-11-01 created:<30d updated:>2w",
                "assignee:none region:none",
                "!assignee:anna",
                "assignee:me !assignee:me",
                "is:archived is:marked is:stale",
                "is:duplicate similar:42",
                "panel:anna panel:me panel:none",
                "reviewer:anna reviewer:me",
                "reason:budget reason:none",
                "stage:declined reason:unclear,out",
                "#42 id:42",
                "сектор:обр стадия:пилот,инк ст:отк это:спорная ответственный:я регион:нет",
                "создана:<30д обновлена:>2н",
                "это:спорная это:архивная это:дубликат это:отмеченная это:застрявшая",
                "funder:\"our future\"",
            ]
            .map(String::from),
        );
        for q in &queries {
            assert!(
                text.contains(q.split(' ').next().unwrap()),
                "{q} is not in the help"
            );
            Query::parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        }
        assert!(
            Query::parse("colour:red")
                .unwrap_err()
                .to_string()
                .contains("unknown field 'colour'")
        );
    }

    #[test]
    fn en_ftl_says_the_english_help_and_russian_is_whole_and_parses() {
        // en.ftl is what a translator reads: the same as TEXT.
        let english = {
            let _en = crate::i18n::speak_on_this_thread(crate::i18n::Lang::En);
            query_help()
        };
        let from_ftl = {
            let en = crate::i18n::Texts::new(crate::i18n::Lang::En);
            let (names, russian) = help_lists();
            let text = en.get(
                "cli-query-help",
                &[
                    ("names", names.trim_end().into()),
                    ("russian", russian.trim_end().into()),
                ],
            );
            format!("{text}\n")
        };
        assert_eq!(from_ftl, english);
        let _ru = crate::i18n::speak_on_this_thread(crate::i18n::Lang::Ru);
        let russian = query_help();
        assert!(russian.starts_with("Запрос отбирает идеи."), "{russian}");
        assert!(!russian.contains("{"), "{russian}");
        let examples: Vec<&str> = russian
            .lines()
            .filter_map(|l| l.trim().strip_prefix("sprout "))
            .filter_map(|l| l.split_once(" '")?.1.split('\'').next())
            .collect();
        assert!(examples.len() >= 6, "{examples:?}");
        for q in examples {
            Query::parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
        }
        for name in Sector::ALL.iter().map(|v| v.name()) {
            assert!(russian.contains(name), "{name}");
        }
        assert!(
            russian
                .lines()
                .all(|l| l.chars().count() <= 80 && !l.ends_with(' ')),
            "{russian}"
        );
    }

    #[test]
    fn the_names_are_every_name_of_each_vocabulary() {
        let text = query_help();
        for name in Sector::ALL
            .iter()
            .map(|v| v.name())
            .chain(Barrier::ALL.iter().map(|v| v.name()))
        {
            assert!(text.contains(name), "{name}");
        }
        // Beside each English name, its Russian ones.
        for (russian, english) in RUSSIAN_FIELDS {
            assert!(text.contains(russian), "{russian}");
            assert!(text.contains(&format!("{english} ")), "{english}");
        }
        for v in Stage::ALL {
            assert!(text.contains(russian_names(*v)[0]), "{v}");
        }
        for v in OrgKind::ALL {
            assert!(text.contains(russian_names(*v)[0]), "{v}");
        }
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= 80 && !l.ends_with(' ')),
            "{text}"
        );
    }
}
