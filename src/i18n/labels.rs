//! The labels of the closed vocabularies (sectors, stages, organisation
//! kinds, barriers) in the language spoken now. A value's machine name
//! (`health`) never changes; its label is the message `KIND-NAME`
//! (`sector-health`), and where no language has that message, the
//! English label the vocabulary carries.

use crate::domain::names::Named;

/// What a person reads for `value`: `Здравоохранение и соцзащита` for
/// the sector `health` in Russian.
pub fn label<T: Named>(value: T) -> String {
    let id = format!("{}-{}", T::KIND.replace(' ', "-"), value.name());
    super::texts()
        .find(&id, &[])
        .unwrap_or_else(|| value.label().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::names::{Barrier, OrgKind, Sector, Stage};
    use crate::i18n::{Lang, speak_on_this_thread};

    #[test]
    fn every_value_of_every_vocabulary_has_a_label_in_each_language() {
        fn check<T: Named>(lang: Lang) {
            for v in T::ALL {
                let id = format!("{}-{}", T::KIND.replace(' ', "-"), v.name());
                let own = crate::i18n::Texts::new(lang);
                let text = own.find(&id, &[]);
                assert!(text.is_some(), "{id} missing in {}", lang.code());
                if lang == Lang::En {
                    assert_eq!(text.as_deref(), Some(v.label()), "{id}");
                }
            }
        }
        for lang in Lang::ALL {
            check::<Sector>(lang);
            check::<Stage>(lang);
            check::<OrgKind>(lang);
            check::<Barrier>(lang);
        }
    }

    #[test]
    fn labels_follow_the_language_and_names_do_not() {
        {
            let _speaking = speak_on_this_thread(Lang::Ru);
            assert_eq!(label(Stage::Pilot), "Пилот");
            assert_eq!(Stage::Pilot.name(), "pilot");
        }
        let _speaking = speak_on_this_thread(Lang::En);
        assert_eq!(label(Stage::Pilot), Stage::Pilot.label());
        assert_eq!(label(Sector::Health), "Health & social care");
    }
}
