//! `sprout report QUERY -o board.html` (issue 18, point 7): the board
//! pack read back as a browser would (scraper) and checked against
//! `sprout stats --format json` and the reviews it was made from; one
//! self-contained page; hostile text escaped; `--anonymous` names no one;
//! Markdown to standard output.

mod cli_support;
use cli_support::*;
use scraper::{Html, Selector};
use std::collections::HashMap;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// Reviews idea `id` as the database's user, with these five scores, and
/// returns the total `review` reports.
fn review(db: &Db, id: u64, scores: [u8; 5], comment: &str) -> f64 {
    let names = [
        "relevance",
        "impact",
        "feasibility",
        "sustainability",
        "team",
    ];
    let mut args = vec!["review".to_string(), id.to_string()];
    for (n, s) in names.iter().zip(scores) {
        args.push("--score".into());
        args.push(format!("{n}={s}"));
    }
    args.extend([
        "--confidence".into(),
        "2".into(),
        "--comment".into(),
        comment.into(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = db.run(&args);
    let total = out
        .split("total ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    total.parse().unwrap()
}

fn pack(db: &Db, args: &[&str]) -> (String, Html) {
    let out = db.dir.path().join("board.html");
    let _ = std::fs::remove_file(&out);
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend(["-o", out.to_str().unwrap()]);
    db.run(&all);
    let page = std::fs::read_to_string(&out).unwrap();
    let doc = Html::parse_document(&page);
    assert!(
        doc.errors.is_empty(),
        "the page parses cleanly: {:?}",
        doc.errors
    );
    (page, doc)
}

/// The pack of `query` and `sprout stats` of the same query agree on
/// every figure they both give; the page and its parsed document.
fn agrees_with_stats(db: &Db, query: &[&str]) -> (String, Html) {
    let (page, doc) = pack(db, query);
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&[&["stats"], query, &["--format", "json"]].concat()))
            .unwrap();

    let one = |s: &str| text(doc.select(&sel(s)).next().unwrap());
    assert_eq!(one("#total"), stats["total"].to_string());
    let declined = stats["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "declined")
        .unwrap()["count"]
        .to_string();
    assert_eq!(one("#declined"), declined);

    // The charts: each bar's value is the figure stats gives.
    let bars = |chart: &str| -> Vec<(String, u64)> {
        doc.select(&sel(&format!("svg#{chart} g.bar")))
            .map(|g| {
                let v = g.value();
                (
                    v.attr("data-label").unwrap().to_string(),
                    v.attr("data-value").unwrap().parse().unwrap(),
                )
            })
            .collect()
    };
    let funnel: Vec<u64> = bars("funnel").iter().map(|b| b.1).collect();
    let expected: Vec<u64> = stats["funnel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reached"].as_u64().unwrap())
        .collect();
    assert_eq!(funnel, expected);
    let sectors = bars("sectors");
    let expected: Vec<(String, u64)> = stats["sectors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["label"].as_str().unwrap().to_string(),
                s["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(sectors, expected);
    let scores = bars("scores");
    let unscored: u64 = one("#scores-note")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        scores.iter().map(|b| b.1).sum::<u64>() + unscored,
        stats["total"].as_u64().unwrap(),
        "every idea in one band or not scored"
    );

    // The sector x stage table, cell by cell.
    let matrix: Vec<Vec<u64>> = doc
        .select(&sel("#sector-by-stage tbody tr[data-sector]"))
        .map(|tr| {
            tr.select(&sel("td[data-stage]"))
                .map(|td| text(td).parse().unwrap())
                .collect()
        })
        .collect();
    let expected: Vec<Vec<u64>> = serde_json::from_value(stats["sector_by_stage"].clone()).unwrap();
    assert_eq!(matrix, expected);

    (page, doc)
}

on_both_engines!(the_pack_s_figures_are_those_of_stats_and_of_the_reviews);
fn the_pack_s_figures_are_those_of_stats_and_of_the_reviews(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "60", "--seed", "4"]);
    let mut totals = HashMap::new();
    for (id, scores) in [
        (3, [5, 5, 4, 4, 5]),
        (8, [2, 1, 2, 1, 2]),
        (11, [3, 3, 3, 3, 3]),
        (20, [4, 4, 4, 5, 4]),
    ] {
        totals.insert(id, review(&db, id, scores, "fine"));
    }
    for query in [
        &["sector:health"][..],
        &["stage:review"],
        &["created:<2026-11-01"],
    ] {
        agrees_with_stats(&db, query);
    }
    let (page, doc) = agrees_with_stats(&db, &[]);
    let one = |s: &str| text(doc.select(&sel(s)).next().unwrap());
    assert_eq!(one("#scored"), "4");
    let bands: Vec<(String, u64)> = doc
        .select(&sel("svg#scores g.bar"))
        .map(|g| {
            let v = g.value();
            (
                v.attr("data-label").unwrap().to_string(),
                v.attr("data-value").unwrap().parse().unwrap(),
            )
        })
        .filter(|b| b.1 > 0)
        .collect();
    // 5,5,4,4,5 -> 4.60; 4,4,4,5,4 -> 4.20; all 3s -> 3.00; 2,1,2,1,2 -> 1.60.
    let expected = [
        ("1.5–2.0", 1),
        ("3.0–3.5", 1),
        ("4.0–4.5", 1),
        ("4.5–5.0", 1),
    ];
    assert_eq!(bands, expected.map(|(l, n)| (l.to_string(), n)));
    assert_eq!(one("#scores-note"), "56 ideas not yet scored, not drawn");

    // The shortlist: every idea, scored best first, then the rest by id;
    // each score the mean of the totals `review` reported.
    let rows: Vec<(u64, String)> = doc
        .select(&sel("table.shortlist tr.idea"))
        .map(|tr| {
            let id = tr.value().attr("data-id").unwrap().parse().unwrap();
            (id, text(tr.select(&sel("td.score")).next().unwrap()))
        })
        .collect();
    assert_eq!(rows.len(), 60);
    let ranked: Vec<u64> = rows.iter().take(4).map(|r| r.0).collect();
    assert_eq!(ranked, [3, 20, 11, 8]);
    for (id, score) in rows.iter().take(4) {
        assert_eq!(score, &format!("{:.2}", totals[id]), "#{id}");
    }
    let rest: Vec<u64> = rows.iter().skip(4).map(|r| r.0).collect();
    let mut sorted = rest.clone();
    sorted.sort();
    assert_eq!(rest, sorted, "the unscored by id");
    assert!(rows.iter().skip(4).all(|r| r.1 == "—"));

    // Self-contained: nothing to run, nothing to fetch; it prints.
    assert_eq!(
        doc.select(&sel("script, link, img, iframe, object"))
            .count(),
        0
    );
    assert!(!page.contains("src="), "nothing loaded");
    assert!(!page.contains("url("), "no stylesheet fetches");
    let outside: Vec<&str> = page
        .match_indices("http")
        .map(|(i, _)| &page[i..(i + 30).min(page.len())])
        .filter(|s| !s.starts_with("http://www.w3.org/2000/svg") && !s.starts_with("http-equiv"))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
    assert!(page.contains("@media print"));
}

#[test]
fn hostile_text_is_text_in_both_formats() {
    let db = Db::new();
    let id = add(
        &db,
        "<script>alert(\"x\")</script> it's \u{202E}reversed\u{7}",
        &[
            "--proposer",
            "\"><img src=x onerror=alert(1)>",
            "--region",
            "a|b*c*",
        ],
    );
    let id: u64 = id.trim_start_matches('#').parse().unwrap();
    review(
        &db,
        id,
        [4, 4, 4, 4, 4],
        "</td></tr><script>steal()</script>\nline two\u{1b}[2J",
    );
    db.run(&[
        "review",
        &id.to_string(),
        "--as",
        "<b>mallory</b>",
        "--score",
        "relevance=1",
        "--score",
        "impact=1",
        "--score",
        "feasibility=1",
        "--score",
        "sustainability=1",
        "--score",
        "team=1",
        "--confidence",
        "1",
    ]);
    let (page, doc) = pack(&db, &[]);
    assert_eq!(
        doc.select(&sel("script, img, b")).count(),
        0,
        "no markup got through"
    );
    let title = text(doc.select(&sel("tr.idea .title")).next().unwrap());
    assert_eq!(
        title,
        format!("#{id} <script>alert(\"x\")</script> it's reversed")
    );
    let who = text(doc.select(&sel("tr.idea .who")).next().unwrap());
    assert!(who.starts_with("\"><img src=x onerror=alert(1)>"), "{who}");
    let comments: Vec<String> = doc.select(&sel("ul.reviews .comment")).map(text).collect();
    assert_eq!(comments, ["</td></tr><script>steal()</script>line two[2J"]);
    let reviewers: Vec<String> = doc.select(&sel("ul.reviews .reviewer")).map(text).collect();
    assert!(
        reviewers.contains(&"<b>mallory</b>".to_string()),
        "{reviewers:?}"
    );
    for c in page.chars() {
        assert!(
            c == '\n' || !sprout::domain::text::is_forbidden(c),
            "{:?} in the page",
            c
        );
    }

    let md = db.run(&["report", "--format", "markdown"]);
    assert!(!md.contains("<script"), "{md}");
    assert!(!md.contains("<img"), "{md}");
    assert!(!md.contains("<b>"), "{md}");
    assert!(
        md.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"),
        "{md}"
    );
    assert!(
        md.contains("a\\|b\\*c\\*"),
        "a table cell's | escaped: {md}"
    );
    assert!(
        md.chars()
            .all(|c| c == '\n' || !sprout::domain::text::is_forbidden(c))
    );
}

#[test]
fn an_anonymous_pack_names_no_proposer_contact_or_reviewer() {
    let db = Db::new();
    let csv = db.file(
        "ideas.csv",
        "title,proposer,email,phone,website\n\
         Social taxi,Marina Volkova,marina@example.org,+7 900 123-45-67,https://taxi.example.org\n\
         Reading club,Ivan Petrov,ivan@example.org,,\n"
            .as_bytes(),
    );
    import(&db, &csv, &[]);
    let five = |who: &str, id: &str, s: &str| {
        let mut args = vec!["review", id, "--as", who, "--confidence", "3"];
        let scores: Vec<String> = [
            "relevance",
            "impact",
            "feasibility",
            "sustainability",
            "team",
        ]
        .iter()
        .map(|c| format!("{c}={s}"))
        .collect();
        for sc in &scores {
            args.extend(["--score", sc.as_str()]);
        }
        db.run(&args);
    };
    five("anna", "1", "4");
    five("boris", "1", "2");
    five("boris", "2", "3");
    let secrets = [
        "Marina Volkova",
        "marina@example.org",
        "+7 900 123-45-67",
        "taxi.example.org",
        "Ivan Petrov",
        "ivan@example.org",
        "anna",
        "boris",
    ];
    let (named, _) = pack(&db, &[]);
    for s in secrets {
        assert!(named.contains(s), "the named pack has {s}");
    }
    let (page, doc) = pack(&db, &["--anonymous"]);
    let lower = page.to_lowercase();
    for s in secrets {
        assert!(
            !lower.contains(&s.to_lowercase()),
            "{s} in the anonymous pack"
        );
    }
    let reviewers: Vec<String> = doc.select(&sel("ul.reviews .reviewer")).map(text).collect();
    // Boris is the same reviewer on both ideas.
    assert_eq!(reviewers, ["Reviewer 1", "Reviewer 2", "Reviewer 2"]);
    let md = db.run(&["report", "--anonymous"]).to_lowercase();
    for s in secrets {
        assert!(
            !md.contains(&s.to_lowercase()),
            "{s} in the anonymous Markdown"
        );
    }
    assert!(md.contains("reviewer 2"));
}

on_both_engines!(markdown_goes_to_standard_output_and_bad_input_is_refused);
fn markdown_goes_to_standard_output_and_bad_input_is_refused(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "12", "--seed", "2"]);
    let md = db.run(&["report", "stage:declined"]);
    assert!(md.starts_with("# Board pack\n"), "{md}");
    assert!(md.contains("Ideas: `stage:declined`"), "{md}");
    // One idea is one idea, not "1 ideas".
    assert!(md.contains("\n1 idea · 0 scored"), "{md}");
    assert!(md.contains("## Sector by stage"), "{md}");
    let file = db.dir.path().join("pack.md");
    db.run(&["report", "-o", file.to_str().unwrap()]);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Board pack\n")
    );

    let err = db.fail(&["report", "stage:nope"], 1);
    assert!(err.starts_with("error: ") && err.contains("nope"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let missing = db.dir.path().join("no-such-dir").join("board.html");
    let err = db.fail(&["report", "-o", missing.to_str().unwrap()], 1);
    assert!(
        err.contains("cannot write") && err.contains("board.html"),
        "{err}"
    );
    assert!(!missing.exists());
}

on_both_engines!(declines_are_counted_by_their_reason);
fn declines_are_counted_by_their_reason(engine: Engine) {
    let db = Db::on(engine);
    let csv = db.file(
        "decided.csv",
        "title,stage,reason\n\
         Water points,declined,budget\n\
         Sewing circle,declined,budget\n\
         Bike repair,declined,scope\n\
         Choir,declined,\n\
         Garden,declined,\n\
         Reading club,pilot,strong-fit\n\
         Chess club,review,\n"
            .as_bytes(),
    );
    import(&db, &csv, &[]);
    let (_, doc) = pack(&db, &[]);
    let rows: Vec<(String, String)> = doc
        .select(&sel("#declines tbody tr"))
        .map(|tr| {
            let cells: Vec<String> = tr.select(&sel("td")).map(text).collect();
            (cells[0].clone(), cells[1].clone())
        })
        .collect();
    // A reason of the database's list reads by its label; a key it does
    // not know (imported as the file had it) as the key.
    let expected = [
        ("Budget unclear", "2"),
        ("scope", "1"),
        ("no reason recorded", "2"),
    ];
    assert_eq!(rows, expected.map(|(r, n)| (r.to_string(), n.to_string())));
    // The shortlist says each decided idea's reason under its stage.
    let stage_of = |id: u64| {
        let tr = doc
            .select(&sel(&format!("tr.idea[data-id=\"{id}\"]")))
            .next()
            .unwrap();
        tr.select(&sel("td")).nth(3).map(text).unwrap()
    };
    assert_eq!(stage_of(1), "DeclinedBudget unclear");
    assert_eq!(stage_of(6), "PilotStrong fit");
    assert_eq!(stage_of(7), "Review");
    let md = db.run(&["report"]);
    assert!(
        md.contains("| Budget unclear | 2 |\n| scope | 1 |\n| no reason recorded | 2 |\n"),
        "{md}"
    );
    assert!(md.contains("| Declined (Budget unclear) |"), "{md}");
}
