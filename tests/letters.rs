//! `sprout letters QUERY --template FILE -o DIR` (issue 18, point 8): one
//! letter per idea with its fields, decision, score and the officer; a
//! template error names the file and line before anything is written; an
//! existing letter is kept without --force; the shipped templates work.

mod cli_support;
use cli_support::*;
use std::path::Path;

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(d) => d
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

fn letters_args(query: &str, template: &Path, out: &Path, extra: &[&str]) -> Vec<String> {
    let mut args = vec![
        "letters",
        query,
        "--template",
        template.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.iter().map(|s| s.to_string()).collect()
}

on_both_engines!(each_idea_gets_its_letter_with_its_fields);
fn each_idea_gets_its_letter_with_its_fields(engine: Engine) {
    let db = Db::on(engine);
    let a = add(
        &db,
        "Social taxi for wheelchair users!",
        &[
            "--proposer",
            "Marina Volkova",
            "--stage",
            "declined",
            "--amount",
            "450000",
            "--region",
            "Perm Krai",
        ],
    );
    add(&db, "Reading club", &["--stage", "pilot"]);
    let decided = db.file(
        "decided.csv",
        "title,stage,reason\nСад на крыше,declined,budget\n".as_bytes(),
    );
    import(&db, &decided, &[]);
    let id = a.trim_start_matches('#');
    db.run(&[
        "review",
        id,
        "--score",
        "relevance=4",
        "--score",
        "impact=5",
        "--score",
        "feasibility=3",
        "--score",
        "sustainability=2",
        "--score",
        "team=4",
        "--confidence",
        "2",
    ]);
    let me: serde_json::Value =
        serde_json::from_str(&db.run(&["show", id, "--format", "json"])).unwrap();
    let officer = me["reviews"][0]["by"].as_str().unwrap().to_string();
    let template = db.file(
        "decline.txt",
        b"#{{ idea.id }} {{ idea.title }} to {{ idea.proposer }} ({{ idea.region }}): \
{{ decision }}/{{ stage }} score={{ score_text }} n={{ reviews }} amount={{ idea.amount_text }} \
reason=[{{ reason }}] by {{ officer }} on {{ date }}\n",
    );
    let out = db.dir.path().join("letters");
    let args = letters_args("stage:declined", &template, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let said = db.run(&args);
    assert_eq!(said, format!("wrote 2 letters to {}\n", out.display()));
    assert_eq!(
        files(&out),
        [
            "1-social-taxi-for-wheelchair-users.txt",
            "3-сад-на-крыше.txt"
        ]
    );
    let first =
        std::fs::read_to_string(out.join("1-social-taxi-for-wheelchair-users.txt")).unwrap();
    assert_eq!(
        first,
        format!(
            "#1 Social taxi for wheelchair users! to Marina Volkova (Perm Krai): Declined/declined \
score=3.60 of 5 n=1 amount=450 000 ₽ reason=[] by {officer} on 2026-11-26\n"
        )
    );
    let third = std::fs::read_to_string(out.join("3-сад-на-крыше.txt")).unwrap();
    assert!(
        third.contains("Declined/declined score=not scored n=0 amount= reason=[budget]"),
        "{third}"
    );
}

#[test]
fn a_missing_field_names_the_template_line_and_nothing_is_written() {
    let db = Db::new();
    db.run(&["demo", "--count", "20", "--seed", "1"]);
    let out = db.dir.path().join("letters");
    let typo = db.file(
        "decline.txt",
        b"Dear {{ idea.proposer }},\n\nAbout {{ idea.tittle }}.\n",
    );
    let args = letters_args("", &typo, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = db.fail(&args, 1);
    assert!(
        err.starts_with(&format!(
            "error: {} line 3: no field 'idea.tittle'",
            typo.display()
        )),
        "{err}"
    );
    assert!(err.trim_end().ends_with("nothing was written"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!out.exists(), "not even the directory");

    // A field only one idea's letter reaches: still before any is written.
    let late = db.file(
        "late.txt",
        b"Hello\n{% if idea.id == 17 %}\n{{ idea.nope }}{% endif %}\n",
    );
    let args = letters_args("", &late, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = db.fail(&args, 1);
    assert!(
        err.contains("late.txt line 3: no field 'idea.nope'"),
        "{err}"
    );
    assert!(err.contains("#17"), "{err}");
    assert!(!out.exists());

    let broken = db.file("broken.txt", b"Dear {{ idea.title \n");
    let args = letters_args("", &broken, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = db.fail(&args, 1);
    assert!(err.contains("broken.txt line 1: syntax error"), "{err}");
    assert!(!out.exists());

    let missing = db.dir.path().join("nope.txt");
    let args = letters_args("", &missing, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = db.fail(&args, 1);
    assert!(
        err.contains("cannot read") && err.contains("nope.txt"),
        "{err}"
    );
}

#[test]
fn an_existing_letter_is_kept_without_force() {
    let db = Db::new();
    db.run(&["demo", "--count", "3", "--seed", "1"]);
    let out = db.dir.path().join("letters");
    let t1 = db.file("one.txt", b"first {{ idea.id }}\n");
    let args = letters_args("", &t1, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    db.run(&args);
    let before = files(&out);
    assert_eq!(before.len(), 3);
    let body = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    assert_eq!(body(&before[0]), "first 1\n");

    // Five ideas now: two letters would be new, three would overwrite:
    // none is written.
    db.run(&["demo", "--count", "2", "--seed", "2"]);
    let t2 = db.file("two.txt", b"second {{ idea.id }}\n");
    let args = letters_args("", &t2, &out, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let err = db.fail(&args, 1);
    assert!(
        err.contains("already exists (and 2 more): give --force"),
        "{err}"
    );
    assert_eq!(files(&out), before, "no new letter either");
    assert_eq!(body(&before[1]), "first 2\n");

    let dry = letters_args("", &t2, &out, &["--force", "--dry-run"]);
    let dry: Vec<&str> = dry.iter().map(String::as_str).collect();
    let said = db.run(&dry);
    assert!(
        said.ends_with("would write 5 letters (dry run: nothing was written)\n"),
        "{said}"
    );
    assert_eq!(files(&out), before);

    let mut forced = args.clone();
    forced.push("--force");
    db.run(&forced);
    let after = files(&out);
    assert_eq!(after.len(), 5, "{after:?}");
    for f in &after {
        assert!(body(f).starts_with("second "), "{f}");
    }
    assert!(
        !after.iter().any(|f| f.starts_with('.')),
        "no temporary file left: {after:?}"
    );
}

#[test]
fn the_shipped_templates_write_letters() {
    let db = Db::new();
    db.run(&["demo", "--count", "40", "--seed", "3"]);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/letters");
    for (template, query) in [
        ("decline.txt", "stage:declined"),
        ("accept.txt", "stage:pilot"),
    ] {
        let out = db.dir.path().join(template);
        let args = letters_args(query, &root.join(template), &out, &[]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        db.run(&args);
        let written = files(&out);
        assert!(!written.is_empty(), "{template}");
        for f in written {
            let text = std::fs::read_to_string(out.join(&f)).unwrap();
            assert!(text.starts_with("2026-11-26\n\nDear "), "{f}: {text}");
            assert!(!text.contains("none"), "{f}: {text}");
            assert!(
                text.trim_end()
                    .ends_with(&text.lines().last().unwrap().to_string())
            );
        }
    }
}

#[test]
fn letters_name_the_decision_sector_and_reason_in_russian_when_asked() {
    let db = Db::new();
    let decided = db.file(
        "decided.csv",
        "title,stage,sector,reason\nСад на крыше,declined,ecology,budget\n".as_bytes(),
    );
    import(&db, &decided, &[]);
    let template = db.file(
        "decline.txt",
        b"{{ decision }}/{{ stage }} {{ idea.sector }}/{{ idea.sector_name }} [{{ reason_label }}]\n",
    );
    let out = db.dir.path().join("letters");
    let mut args = vec!["--lang".to_string(), "ru".to_string()];
    args.extend(letters_args("stage:declined", &template, &out, &[]));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    db.run(&args);
    let letter = std::fs::read_to_string(out.join("1-сад-на-крыше.txt")).unwrap();
    // Labels in Russian; the machine names stay English.
    assert_eq!(
        letter,
        "Отклонена/declined Экология/ecology [Бюджет неясен]\n"
    );
}
