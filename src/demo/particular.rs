//! What makes one demo idea its own: a place, a date, a partner and a
//! team, in two sentences added to its summary.
//!
//! Why: plain demo ideas are made of short word lists, so that among a
//! million many are the same text by chance (the same service for the same
//! people in the same region, with the same sentences): near-duplicates in
//! truth, that no label names. Real proposals are each written by someone;
//! these two sentences stand in for that, so that the labelled near-copies
//! of `demo --duplicates` are the only near-duplicates, and precision and
//! recall measured on them mean what they say.

use super::words::{FIRST, LAST};
use super::{Idea, cyrillic_char, generate, pick_in};
use crate::domain::Timestamp;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const HEADS: &[&str] = &[
    "Ber", "Ko", "Lu", "Ma", "No", "Pe", "Ra", "So", "Tu", "Vy", "Za", "Kra", "Gor", "Dal", "Mir",
    "Sos", "Lip", "Bel", "Ost", "Vol", "Kur", "Yas", "Chu", "Sha",
];
const MIDDLES: &[&str] = &[
    "ov", "in", "ev", "an", "ol", "ur", "ash", "et", "ar", "el", "im", "ag",
];
const TAILS: &[&str] = &[
    "o", "ka", "sk", "ino", "ovo", "ets", "noye", "ovka", "ye", "ikha",
];
const HEADS_RU: &[&str] = &[
    "Бер", "Ко", "Лу", "Ма", "Но", "Пе", "Ра", "Со", "Ту", "Вы", "За", "Кра", "Гор", "Дал", "Мир",
    "Сос", "Лип", "Бел", "Ост", "Вол", "Кур", "Яс", "Чу", "Ша",
];
const MIDDLES_RU: &[&str] = &[
    "ов", "ин", "ев", "ан", "ол", "ур", "аш", "ет", "ар", "ел", "им", "аг",
];
const TAILS_RU: &[&str] = &[
    "о", "ка", "ск", "ино", "ово", "ец", "ное", "овка", "ье", "иха",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_RU: &[&str] = &[
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const PLACES: &[&str] = &[
    "school No.",
    "library No.",
    "community centre No.",
    "clinic No.",
];
const PLACES_RU: &[&str] = &[
    "школы №",
    "библиотеки №",
    "дома культуры №",
    "поликлиники №",
];
const ROLES: &[&str] = &[
    "coordinator",
    "psychologist",
    "teacher",
    "nurse",
    "accountant",
    "lawyer",
];
const ROLES_RU: &[&str] = &[
    "координатор",
    "психолог",
    "педагог",
    "медсестра",
    "бухгалтер",
    "юрист",
];

fn settlement(rng: &mut ChaCha8Rng, russian: bool) -> String {
    let (h, m, t) = if russian {
        (HEADS_RU, MIDDLES_RU, TAILS_RU)
    } else {
        (HEADS, MIDDLES, TAILS)
    };
    let one = |rng: &mut ChaCha8Rng, l: &[&'static str]| *l.choose(rng).unwrap_or(&"");
    format!("{}{}{}", one(rng, h), one(rng, m), one(rng, t))
}

/// The two sentences of one idea's own, in its language.
pub(super) fn own_sentences(rng: &mut ChaCha8Rng, russian: bool) -> String {
    let place = settlement(rng, russian);
    let day = rng.random_range(1..=28);
    let number = rng.random_range(1..=300);
    let (volunteers, sessions, years) = (
        rng.random_range(5..=400),
        rng.random_range(2..=30),
        rng.random_range(2..=25),
    );
    let person = |rng: &mut ChaCha8Rng, roles: &[&'static str]| {
        format!(
            "{} {} ({})",
            pick_in(rng, FIRST, russian),
            pick_in(rng, LAST, russian),
            roles.choose(rng).unwrap_or(&"")
        )
    };
    if russian {
        let (a, b) = (person(rng, ROLES_RU), person(rng, ROLES_RU));
        format!(
            "Начинаем {day} {} в посёлке {place} на базе {} {number}: {volunteers} волонтёров, {sessions} встреч в месяц. Команда: {a} и {b}, {years} лет в этой работе.",
            MONTHS_RU.choose(rng).unwrap_or(&""),
            PLACES_RU.choose(rng).unwrap_or(&""),
        )
    } else {
        let (a, b) = (person(rng, ROLES), person(rng, ROLES));
        format!(
            "We start on {day} {} in {place}, at {} {number}, with {volunteers} volunteers and {sessions} sessions a month. The team: {a} and {b}, {years} years in this work.",
            MONTHS.choose(rng).unwrap_or(&""),
            PLACES.choose(rng).unwrap_or(&""),
        )
    }
}

/// `count` demo ideas as [`generate`] makes them, each summary ending in
/// two sentences of its own.
pub fn generate_particular(count: usize, seed: u64, now: Timestamp) -> Vec<Idea> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0a11_0e1e_c7ed);
    let mut ideas = generate(count, seed, now);
    for idea in &mut ideas {
        let russian = idea.title.chars().any(cyrillic_char);
        let own = own_sentences(&mut rng, russian);
        idea.summary = format!("{} {own}", idea.summary);
    }
    ideas
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_idea_has_sentences_of_its_own_in_its_language() {
        let now = Timestamp(1_800_000_000);
        let plain = generate(2_000, 4, now);
        let own = generate_particular(2_000, 4, now);
        let mut seen = std::collections::HashSet::new();
        for (p, o) in plain.iter().zip(&own) {
            let added = o
                .summary
                .strip_prefix(&p.summary)
                .expect("added at the end");
            let russian = p.title.chars().any(cyrillic_char);
            assert_eq!(added.chars().any(cyrillic_char), russian, "{added}");
            assert_eq!(
                added.chars().any(|c| c.is_ascii_alphabetic()),
                !russian,
                "{added}"
            );
            assert!(
                crate::domain::idea::valid_summary(&o.summary).as_deref() == Ok(&o.summary),
                "a summary as the rules keep it"
            );
            seen.insert(added.to_string());
        }
        assert_eq!(seen.len(), 2_000, "no two alike");
    }
}
