//! `[synonyms.sector]`, `[synonyms.stage]`, `[synonyms.org]` and
//! `[synonyms.barrier]`: more ways of writing a value that import reads,
//! such as `"Социальная поддержка" = "health"`.

use super::problems::{Problems, entries, table};
use crate::transfer::Synonyms;
use toml_edit::Item;

pub(super) fn read(p: &mut Problems, item: &Item, out: &mut Synonyms) {
    let Some(t) = table(p, item, "synonyms") else {
        return;
    };
    for (vocabulary, span, item) in entries(t) {
        let path = format!("synonyms.{vocabulary}");
        if !Synonyms::TABLES.contains(&vocabulary) {
            p.add(
                span,
                &path,
                crate::tr!(
                    "config-problem-vocabulary",
                    names = Synonyms::TABLES.join(", ").as_str()
                ),
            );
            continue;
        }
        let Some(words) = table(p, item, &path) else {
            continue;
        };
        for (text, span, value) in entries(words) {
            let path = format!("{path}.{}", crate::domain::text::clean_line(text));
            match value.as_str() {
                Some(v) => {
                    if let Err(e) = out.add(vocabulary, text, v) {
                        p.add(span, &path, e);
                    }
                }
                None => p.add(span, &path, crate::tr!("config-problem-name-quotes")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{OrgKind, Sector};
    use crate::keys::{ActionKeys, Context, KeyTable, Rebinding};

    /// Synonyms need no keys: a table without any.
    struct NoKeys;

    impl KeyTable for NoKeys {
        fn has_action(&self, _: Context, _: &str) -> bool {
            false
        }
        fn actions(&self) -> Vec<ActionKeys> {
            Vec::new()
        }
        fn rebind_notes(&self, _: &[Rebinding]) -> Vec<String> {
            Vec::new()
        }
    }

    fn parse(text: &str) -> Result<(crate::config::Config, Vec<String>), Vec<String>> {
        crate::config::parse(text, &NoKeys)
    }

    #[test]
    fn synonyms_are_read_and_checked_line_by_line() {
        let text = "[synonyms.sector]\n\"Социальная поддержка\" = \"health\"\n\n[synonyms.org]\n\"АНО\" = \"nonprofit\"\n";
        let (config, _) = parse(text).unwrap();
        assert_eq!(
            config.synonyms.read::<Sector>("социальная поддержка"),
            Ok(Sector::Health)
        );
        assert_eq!(
            config.synonyms.read::<OrgKind>("АНО"),
            Ok(OrgKind::Nonprofit)
        );
        let bad = "[synonyms.sector]\nspace = \"cosmos\"\nHealth = \"education\"\n[synonyms.colour]\nx = \"y\"\n";
        let errors = parse(bad).unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].starts_with("line 2: synonyms.sector.space: unknown sector 'cosmos'"),
            "{}",
            errors[0]
        );
        assert_eq!(
            errors[1],
            "line 3: synonyms.sector.Health: is already the sector 'health'"
        );
        assert!(
            errors[2].starts_with("line 4: synonyms.colour: unknown vocabulary"),
            "{}",
            errors[2]
        );
    }
}
