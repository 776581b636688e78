//! The query parser's unit tests: every kind of term, and the errors.

use super::*;

fn one(q: &str) -> Term {
    let mut t = Query::parse(q).unwrap().terms;
    assert_eq!(t.len(), 1, "{q}");
    t.remove(0)
}

#[test]
fn plain_exact_prefix_and_negated_terms() {
    assert_eq!(one("Вода"), Term::Fuzzy("вода".into()));
    assert_eq!(one("'Ёлка"), Term::Exact("елка".into()));
    assert_eq!(one("^Clean"), Term::TitlePrefix("clean".into()));
    assert_eq!(
        one("!pilot"),
        Term::Not(Box::new(Term::Exact("pilot".into())))
    );
    assert_eq!(
        one("!sector:health"),
        Term::Not(Box::new(Term::Sector(vec![Sector::Health])))
    );
    assert_eq!(one("#42"), Term::Id(42));
}

#[test]
fn field_filters_with_prefixes_lists_and_quotes() {
    assert_eq!(one("sector:edu"), Term::Sector(vec![Sector::Education]));
    assert_eq!(
        one("stage:pilot,inc"),
        Term::Stage(vec![Stage::Pilot, Stage::Incubation])
    );
    assert_eq!(one("org:nonprofit"), Term::Org(vec![OrgKind::Nonprofit]));
    assert_eq!(one("barrier:fund"), Term::Barrier(vec![Barrier::Funding]));
    assert_eq!(
        one("funder:\"Our Future\""),
        Term::Text(TextField::Funder, vec!["our future".into()])
    );
    assert_eq!(
        one("REGION:Kazan"),
        Term::Text(TextField::Region, vec!["kazan".into()])
    );
    assert_eq!(one("is:archived"), Term::Is(State::Archived));
    assert_eq!(
        one("region:\"Perm Krai\",Kazan"),
        Term::Text(TextField::Region, vec!["perm krai".into(), "kazan".into()])
    );
    assert!(Query::parse("is:archived").unwrap().mentions_archived());
    assert!(!Query::parse("water").unwrap().mentions_archived());
}

#[test]
fn comparisons() {
    assert_eq!(
        one("score:>=4"),
        Term::Score(Compare {
            op: Op::Ge,
            value: 40
        })
    );
    assert_eq!(
        one("score:3"),
        Term::Score(Compare {
            op: Op::Eq,
            value: 30
        })
    );
    assert_eq!(
        one("amount:<500000"),
        Term::Amount(Compare {
            op: Op::Lt,
            value: 500_000
        })
    );
    assert_eq!(
        one("amount:>2m"),
        Term::Amount(Compare {
            op: Op::Gt,
            value: 2_000_000
        })
    );
    // The same amounts as `add --amount` and the form take.
    for (q, value) in [
        ("amount:>=1.5M", 1_500_000),
        ("amount:<1,500,000", 1_500_000),
        ("amount:\"<=1 500 000 ₽\"", 1_500_000),
        ("amount:300к", 300_000),
    ] {
        let Term::Amount(c) = one(q) else {
            panic!("{q}")
        };
        assert_eq!(c.value, value, "{q}");
    }
    assert!(Query::parse("amount:<1.2345k").is_err());
    assert!(
        Compare {
            op: Op::Le,
            value: 3
        }
        .holds(3)
    );
    assert!(
        !Compare {
            op: Op::Lt,
            value: 3
        }
        .holds(3)
    );
}

#[test]
fn errors_name_the_term() {
    let e = Query::parse("water colour:red").unwrap_err();
    assert_eq!(e.term, "colour:red");
    assert!(
        e.problem.starts_with("unknown field 'colour'"),
        "{}",
        e.problem
    );
    let e = Query::parse("stage:s").unwrap_err();
    assert!(e.to_string().contains("ambiguous stage 's'"), "{e}");
    assert_eq!(
        Query::parse("sector:e").unwrap_err().to_string(),
        "in query term 'sector:e': ambiguous sector 'e' (it could be: education, employment, ecology)"
    );
    let e = Query::parse("score:>=9").unwrap_err();
    assert_eq!(e.term, "score:>=9");
    assert!(Query::parse("score:lots").is_err());
    assert!(Query::parse("sector:").is_err());
    assert!(Query::parse("!").is_err());
    assert!(Query::parse("funder:\"open").is_err());
    assert!(Query::parse("is:sleeping").is_err());
}

#[test]
fn dates_ages_and_absence() {
    let day = |d: &str| crate::domain::Timestamp::parse(d).unwrap().0 / 86_400;
    assert_eq!(
        one("created:>=2026-11-01"),
        Term::Time(TimeField::Created, When::Day(Op::Ge, day("2026-11-01")))
    );
    assert_eq!(
        one("created:<30d"),
        Term::Time(TimeField::Created, When::Age(Op::Lt, 30 * 86_400))
    );
    assert_eq!(
        one("updated:>2w"),
        Term::Time(TimeField::Updated, When::Age(Op::Gt, 14 * 86_400))
    );
    assert_eq!(one("assignee:none"), Term::Unset(TextField::Assignee));
    assert_eq!(one("assignee:Me"), Term::AssignedToMe);
    assert_eq!(
        one("assignee:mei"),
        Term::Text(TextField::Assignee, vec!["mei".into()])
    );
    assert_eq!(one("tag:None"), Term::Unset(TextField::Tag));
    assert_eq!(
        one("!assignee:anna"),
        Term::Not(Box::new(Term::Text(
            TextField::Assignee,
            vec!["anna".into()]
        )))
    );
    for bad in [
        "created:yesterday",
        "created:>=2026-13-01",
        "updated:>7x",
        "created:d",
    ] {
        let e = Query::parse(bad).unwrap_err();
        assert!(e.problem.contains("such as >=2026-11-01"), "{bad}: {e}");
    }
    assert!(Query::parse("assignee:none,anna").is_err());
    // At noon on 2026-11-26, an idea made at 08:00 on 2026-11-01.
    let now = crate::domain::Timestamp::parse("2026-11-26T12:00:00Z").unwrap();
    let made = crate::domain::Timestamp::parse("2026-11-01T08:00:00Z").unwrap();
    let holds = |q: &str| {
        let Term::Time(_, w) = one(q) else {
            panic!("{q}")
        };
        w.holds(made, now)
    };
    assert!(holds("created:>=2026-11-01") && holds("created:2026-11-01"));
    assert!(!holds("created:>2026-11-01") && holds("created:<=2026-11-01"));
    assert!(holds("created:<30d") && !holds("created:<25d"));
    assert!(holds("created:>25d") && holds("created:25d") && !holds("created:24d"));
}

#[test]
fn a_query_is_bounded_in_length_and_terms() {
    let long = "ab ".repeat(361) + "zzzz";
    let e = Query::parse(&long).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the query is 1,087 characters long; at most 1,000 are allowed"
    );
    let many = "a ".repeat(101);
    let e = Query::parse(&many).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the query has 101 terms; at most 100 are allowed"
    );
    assert_eq!(Query::parse(&"a ".repeat(100)).unwrap().terms.len(), 100);
    let padded = format!("{}water{}", " ".repeat(600), " ".repeat(600));
    assert_eq!(
        Query::parse(&padded).unwrap().terms.len(),
        1,
        "ends trimmed"
    );
    assert!(Query::parse(&"x".repeat(1_000)).is_ok());
    assert!(
        Query::parse(&"ж".repeat(1_001)).is_err(),
        "characters, not bytes"
    );
}

#[test]
fn words_with_colons_that_are_not_fields_stay_fuzzy() {
    assert_eq!(one("10:30"), Term::Fuzzy("10:30".into()));
    assert!(Query::parse("").unwrap().is_empty());
    assert_eq!(Query::parse("  a   b ").unwrap().terms.len(), 2);
}
