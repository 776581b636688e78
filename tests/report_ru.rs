//! `sprout report` in the reader's language (issue 20): the board pack's
//! headings, table heads, captions and labels in Russian with `--lang
//! ru`, default reasons and criteria by their Russian labels, and the
//! English pack as it was.

mod cli_support;
use cli_support::*;
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: scraper::ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

on_both_engines!(the_pack_speaks_russian_when_asked_and_english_stays);
fn the_pack_speaks_russian_when_asked_and_english_stays(engine: Engine) {
    let db = Db::on(engine);
    let csv = db.file(
        "decided.csv",
        "title,stage,sector,reason\n\
         Water points,declined,health,budget\n\
         Reading club,pilot,education,strong-fit\n"
            .as_bytes(),
    );
    import(&db, &csv, &[]);
    let md = db.run(&["--lang", "ru", "report"]);
    for heading in [
        "# Материалы для совета\n",
        "## Короткий список\n",
        "## Воронка стадий\n",
        "## Секторы\n",
        "## Почему идеи отклонены\n",
    ] {
        assert!(md.contains(heading), "{heading} not in {md}");
    }
    // Stages and default reasons by their Russian labels.
    assert!(md.contains("| Отклонена (Бюджет неясен) |"), "{md}");
    assert!(md.contains("| Бюджет неясен | 1 |"), "{md}");
    // The tables' heads and the summary in Russian too.
    assert!(
        md.contains("| Место | Идея | Сектор | Стадия | Сумма, ₽ | Оценка | Разброс | Отзывы |"),
        "{md}"
    );
    assert!(md.contains("| Стадия | Сейчас | Дошли |"), "{md}");
    assert!(md.contains("\n2 идеи · с оценкой: 0 · спорных: 0"), "{md}");
    let out = db.dir.path().join("ru.html");
    db.run(&["--lang", "ru", "report", "-o", out.to_str().unwrap()]);
    let html = std::fs::read_to_string(&out).unwrap();
    let doc = Html::parse_document(&html);
    let h1: Vec<String> = doc.select(&sel("h1")).map(text).collect();
    assert_eq!(h1, ["Материалы для совета"]);
    let heads: Vec<String> = doc.select(&sel("table.shortlist th")).map(text).collect();
    assert_eq!(
        heads,
        [
            "Место",
            "Идея",
            "Сектор",
            "Стадия",
            "Сумма, ₽",
            "Оценка",
            "Разброс",
            "Отзывы"
        ]
    );
    let captions: Vec<String> = doc.select(&sel("figcaption")).map(text).collect();
    assert_eq!(
        captions,
        [
            "Воронка стадий",
            "Идеи по секторам",
            "Общие оценки, по полбалла"
        ]
    );
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(
        html.contains("2 идеи, сначала с лучшей общей оценкой"),
        "{html}"
    );
    assert!(
        doc.select(&sel("#sector-by-stage td"))
            .map(text)
            .any(|t| t == "Здравоохранение и соцзащита"),
        "{html}"
    );
    // The default reasons and criteria read in Russian where they are listed.
    let reasons = db.run(&["--lang", "ru", "reasons"]);
    assert!(reasons.contains("Бюджет неясен"), "{reasons}");
    let rubric = db.run(&["--lang", "ru", "rubric"]);
    assert!(rubric.contains("Отвечает реальной потребности"), "{rubric}");
    assert!(db.run(&["reasons"]).contains("Budget unclear"));
    // English as it was.
    let md = db.run(&["--lang", "en", "report"]);
    assert!(md.starts_with("# Board pack\n"), "{md}");
    assert!(
        md.contains("| Rank | Idea | Sector | Stage | Amount, ₽ | Score | Spread | Reviews |"),
        "{md}"
    );
    assert!(
        md.contains("2 ideas · 0 scored · 0 contested · 1 declined"),
        "{md}"
    );
    assert!(
        md.contains("| Stage | Now | Reached |\n|---|---:|---:|\n| new |"),
        "{md}"
    );
    assert!(md.contains("## Why ideas were declined\n"), "{md}");
    assert!(md.contains("| Declined (Budget unclear) |"), "{md}");
}
