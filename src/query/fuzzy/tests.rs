//! Tests of the relevance rule and the matcher behind it.
use super::*;
use crate::domain::text::fold;

fn score(text: &str, pattern: &str) -> Option<i64> {
    Fuzzy::default().score(&fold(text), &Pattern::new(&fold(pattern)))
}

#[test]
fn cyrillic_matches_once_both_sides_are_folded() {
    let f = Fuzzy::default();
    assert!(
        f.inner.fuzzy_match("Поиск работы", "поиск").is_none(),
        "the raw matcher is ASCII-only"
    );
    assert!(score("Поиск работы", "ПОИСК").is_some());
    assert!(score("Ёлочный базар", "елоч").is_some());
}

#[test]
fn the_quick_look_agrees_with_the_matcher() {
    let f = Fuzzy::default();
    for (text, pattern) in [
        ("clean water", "wtr"),
        ("clean water", "rw"),
        ("вода чистая", "вч"),
        ("вода чистая", "чв"),
        ("ab", "abc"),
        ("a\u{1f}b", "ab"),
        ("ёлка", "ёл"),
        ("", "a"),
    ] {
        assert_eq!(
            in_order(text, pattern),
            f.inner.fuzzy_match(text, pattern).is_some(),
            "{text} / {pattern}"
        );
    }
}

#[test]
fn letters_scattered_over_words_are_no_match() {
    // The cases of issue 13: `water` in "women after", `perm` in "people
    // in remote" are letters of several words.
    assert_eq!(
        score("Craft cooperative for women after maternity leave", "water"),
        None
    );
    assert_eq!(
        score("Social taxi for people in remote villages", "perm"),
        None
    );
    assert_eq!(score("вода чистая", "вч"), None);
    // Inside one word, letters may be left out.
    assert!(score("Clean water points", "wtr").is_some());
    assert!(score("Clean water points", "wter").is_some());
    assert!(score("Tatarstan", "tatrs").is_some());
    assert!(score("Perm Krai", "perm").is_some());
}

#[test]
fn two_neighbouring_letters_after_the_second_may_be_swapped() {
    assert!(score("Clean water points", "watre").is_some());
    assert!(
        score("Clean water points", "watr").is_some(),
        "a letter left out"
    );
    assert!(score("Поиск работы", "поикс").is_some());
    // Not among the first two letters: a shorter start of the term must
    // match wherever the term does.
    assert_eq!(score("Clean water points", "wtaer"), None);
    assert_eq!(score("Clean water points", "awter"), None);
    assert_eq!(score("Clean water points", "aw"), None);
    // Not across words either.
    assert_eq!(score("Clean water for villages", "watrf"), None);
}

#[test]
fn a_longer_term_never_matches_where_its_start_does_not() {
    let texts = [
        "Clean water points",
        "water",
        "waetr",
        "wtaer",
        "Social taxi for people",
        "mental-health care",
        "поиск работы",
    ];
    for term in [
        "watre",
        "waetrs",
        "poeple",
        "mental-health",
        "поикс раб",
        "taxi",
    ] {
        let chars: Vec<char> = term.chars().collect();
        for n in 1..chars.len() {
            let (short, long): (String, String) =
                (chars[..n].iter().collect(), chars[..=n].iter().collect());
            for t in texts {
                if score(t, &long).is_some() {
                    assert!(
                        score(t, &short).is_some(),
                        "{long:?} but not {short:?} in {t:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_kind_of_match_ranks_first_then_the_title_then_tightness() {
    let f = Fuzzy::default();
    let p = Pattern::new("water");
    let title = |t: &str| f.title_score(&fold(t), &p).unwrap();
    let other = |t: &str| f.score(&fold(t), &p).unwrap();
    // The whole word, the start of a word, inside a word, whole but for a
    // swap, letters left out, both.
    let ladder = [
        other("Living Water"),
        other("Watershed"),
        other("Freshwaters"),
        other("waetr"),
        other("Wasteater"),
        other("waetxr"),
    ];
    assert!(ladder.windows(2).all(|w| w[0] > w[1]), "{ladder:?}");
    // A whole word elsewhere beats letters left out in the title; the same
    // kind in the title beats it elsewhere.
    assert!(other("Living Water") > title("Wasteater"));
    assert!(title("Clean water") > other("Living Water"));
}

#[test]
fn phrases_match_as_they_are_or_word_by_word() {
    assert!(score("honey urban", "honey urban").is_some());
    assert!(score("Clean water points", "clean wat").is_some());
    assert!(score("Clean water points", "clen wtr").is_some());
    assert_eq!(
        score("Clean fresh water", "clean water"),
        None,
        "not consecutive"
    );
    assert!(score("mental-health", "mental-health").is_some());
    assert!(score("10:30 meeting", "10:30").is_some());
    assert!(
        score("«Наше будущее»", "«").is_some(),
        "no letters: as it is"
    );
    assert_eq!(score("Наше будущее", "«"), None);
}

#[test]
fn positions_point_at_the_characters_of_the_match() {
    let f = Fuzzy::default();
    let at = |t: &str, p: &str| f.positions(&fold(t), &Pattern::new(&fold(p)));
    assert_eq!(at("вода чистая", "вод").unwrap(), [0, 1, 2]);
    assert_eq!(at("Clean water points", "wtr").unwrap(), [6, 8, 10]);
    assert_eq!(
        at("Clean water points", "water po").unwrap(),
        (6..14).collect::<Vec<_>>()
    );
    assert_eq!(
        at("Social taxi for people in remote villages", "perm"),
        None
    );
}

#[test]
fn a_term_at_the_start_of_a_word_is_as_tight_as_against_itself() {
    // What lets a search skip the matcher for such words.
    let f = Fuzzy::default();
    for (word, term) in [
        ("watershed", "water"),
        ("water", "wa"),
        ("поиск", "по"),
        ("2026abc", "2026"),
        ("children's", "child"),
        ("a1b2", "a1"),
    ] {
        assert_eq!(
            f.inner.fuzzy_match(word, term),
            f.inner.fuzzy_match(term, term),
            "{word} / {term}"
        );
    }
}
