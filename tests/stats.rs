//! The statistics: the UI's view and `sprout stats` come from one function
//! and agree; `is:stale` and the Markdown report.

mod common;
use assert_cmd::Command;
use common::{Engine, Fresh, NOW, on_both_engines};
use sprout::tui::msg::{ListMsg, Msg, QueryMsg, ScreenMsg};

fn sprout(db: &std::path::Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("sprout")
        .unwrap()
        .env("SPROUT_DB", db)
        .env("SPROUT_NOW", NOW.rfc3339())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

on_both_engines!(the_ui_and_the_command_line_agree);
fn the_ui_and_the_command_line_agree(engine: Engine) {
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    sprout(&db, &["demo", "--count", "400", "--seed", "3"]);
    for query in ["", "region:tatar", "sector:health stage:new,review"] {
        let mut cli: serde_json::Value =
            serde_json::from_str(&sprout(&db, &["stats", query, "--format", "json"])).unwrap();
        // The decisions by reason are the command line's (and the board
        // pack's): they are read from the ideas, which the UI's statistics
        // of the rows it holds do not read. Every other figure must agree.
        let by_reason = cli.as_object_mut().unwrap().remove("reasons");
        assert!(by_reason.is_some_and(|r| r["declined"].is_array()));
        let store = sprout::store::Store::open(&db).unwrap();
        let mut app = common::app(&store, (120, 36));
        common::send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
        common::type_text(&mut app, &store, query);
        common::send(
            &mut app,
            &store,
            [
                Msg::Query(QueryMsg::AcceptQuery),
                Msg::Screen(ScreenMsg::ToggleStats),
            ],
        );
        let ui = serde_json::to_value(app.screen.stats().unwrap().0).unwrap();
        assert_eq!(ui, cli, "query {query:?}");
        assert!(cli["total"].as_u64().unwrap() > 0);
    }
}

on_both_engines!(stale_ideas_are_selected_and_counted);
fn stale_ideas_are_selected_and_counted(engine: Engine) {
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    sprout(&db, &["demo", "--count", "300", "--seed", "4"]);
    let stale: Vec<u64> = sprout(&db, &["list", "is:stale", "--format", "ids"])
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    let stats: serde_json::Value =
        serde_json::from_str(&sprout(&db, &["stats", "--format", "json"])).unwrap();
    let over: u64 = stats["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["over_stale_days"].as_u64().unwrap())
        .sum();
    assert_eq!(stale.len() as u64, over);
    assert!(!stale.is_empty());
    let fresh = sprout(&db, &["list", "!is:stale stage:new", "--format", "ids"]);
    assert!(!fresh.is_empty(), "some of the inbox is recent");
}

on_both_engines!(markdown_and_table_reports);
fn markdown_and_table_reports(engine: Engine) {
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    sprout(&db, &["demo", "--count", "50"]);
    let md = sprout(&db, &["stats", "--format", "markdown"]);
    assert!(md.starts_with("# Pipeline: 50 ideas\n"), "{md}");
    for section in [
        "## Sector",
        "## Funnel",
        "## Sector by stage",
        "## Waiting",
        "## Barrier",
        "## Top regions",
    ] {
        assert!(md.contains(section), "{section} missing");
    }
    assert!(md.contains("|---|---:|---:|"));
    let table = sprout(&db, &["stats"]);
    assert!(table.contains("Funnel: ideas now in each stage"), "{table}");
    assert!(table.contains("MEDIAN DAYS"));
}

fn stats_screen(app: &sprout::tui::app::App) -> Vec<String> {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    let b = t.backend().buffer();
    (0..b.area.height)
        .map(|y| (0..b.area.width).map(|x| b[(x, y)].symbol()).collect())
        .collect()
}

on_both_engines!(intake_per_week_is_in_the_view_and_every_report_format);
fn intake_per_week_is_in_the_view_and_every_report_format(engine: Engine) {
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    sprout(&db, &["demo", "--count", "300", "--seed", "5"]);
    let json: serde_json::Value =
        serde_json::from_str(&sprout(&db, &["stats", "--format", "json"])).unwrap();
    let weeks = json["intake"].as_array().unwrap();
    assert_eq!(weeks.len(), 12);
    // The last week is the one NOW (Thursday 2026-11-26) is in.
    assert_eq!(weeks[11]["week_start"], "2026-11-23");
    assert_eq!(weeks[0]["week_start"], "2026-09-07");
    // Each week counts the ideas created in it, as `list` reports them.
    let listed: serde_json::Value =
        serde_json::from_str(&sprout(&db, &["list", "--format", "json"])).unwrap();
    let created: Vec<String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["created"].as_str().unwrap()[..10].to_string())
        .collect();
    for (n, w) in weeks.iter().enumerate() {
        let start = w["week_start"].as_str().unwrap();
        let end = weeks.get(n + 1).map_or("2026-11-30".to_string(), |w| {
            w["week_start"].as_str().unwrap().to_string()
        });
        let expected = created
            .iter()
            .filter(|c| c.as_str() >= start && c.as_str() < end.as_str())
            .count();
        assert_eq!(
            w["count"].as_u64().unwrap() as usize,
            expected,
            "week of {start}"
        );
    }
    let total: u64 = weeks.iter().map(|w| w["count"].as_u64().unwrap()).sum();
    assert!(total > 0, "the demo has recent ideas");
    let table = sprout(&db, &["stats"]);
    assert!(table.contains("Intake: ideas received per week"), "{table}");
    assert!(table.contains("WEEK OF"), "{table}");
    assert!(table.contains("2026-11-23"), "{table}");
    let md = sprout(&db, &["stats", "--format", "markdown"]);
    assert!(md.contains("## Intake\n"), "{md}");
    assert!(md.contains("| WEEK OF | IDEAS |"), "{md}");
    // The view draws the same weeks as bars.
    let store = sprout::store::Store::open(&db).unwrap();
    let mut app = common::app(&store, (120, 36));
    common::send(&mut app, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
    let screen = stats_screen(&app).join("\n");
    assert!(screen.contains("Ideas received per week"), "{screen}");
    let last = weeks[11]["count"].as_u64().unwrap();
    let row = screen
        .lines()
        .find(|l| l.contains("2026-11-23"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains(&format!(" {last} ")), "{row}");
}

#[test]
fn stage_names_fit_the_sector_by_stage_columns_at_every_size() {
    let (_d, store) = common::store_with(common::ideas());
    for size in [(120, 36), (100, 30), (80, 24), (60, 20)] {
        let mut app = common::app(&store, size);
        common::send(&mut app, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
        // The table may be further down: scroll until its header shows.
        let mut header = None;
        for _ in 0..80 {
            header = stats_screen(&app)
                .into_iter()
                .find(|l| l.contains("new") && (l.contains("pilot") || l.contains("pilt")));
            if header.is_some() {
                break;
            }
            common::send(
                &mut app,
                &store,
                [Msg::List(ListMsg::Move(sprout::tui::msg::Step::Down))],
            );
        }
        let header = header.unwrap_or_else(|| panic!("{size:?}: no table header"));
        let words: Vec<&str> = header
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let full = [
            "new",
            "review",
            "incubation",
            "pilot",
            "scaling",
            "sustainable",
            "declined",
        ];
        let short = ["new", "revw", "incb", "pilt", "scal", "sust", "decl"];
        let table: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| *w != "new")
            .take(7)
            .collect();
        assert!(
            table == full || table == short,
            "{size:?}: stage names cut: {header}"
        );
    }
}

#[test]
fn the_view_shows_that_it_scrolls_and_stops_at_its_end() {
    let (_d, store) = common::store_with(common::ideas());
    let mut app = common::app(&store, (60, 20));
    common::send(&mut app, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
    let bottom = |app: &sprout::tui::app::App| {
        let screen = stats_screen(app);
        screen[screen.len() - 2].clone()
    };
    let first = bottom(&app);
    assert!(first.contains(" 1–16 of "), "{first}");
    assert!(first.contains("j/k PgDn scroll"), "{first}");
    let total: u16 = first
        .split(" of ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    common::send(
        &mut app,
        &store,
        [Msg::List(ListMsg::Move(sprout::tui::msg::Step::Bottom))],
    );
    assert_eq!(app.screen.stats().unwrap().1, total - 16);
    assert!(
        bottom(&app).contains(&format!(" {}–{total} of {total} ", total - 15)),
        "{}",
        bottom(&app)
    );
    assert!(
        stats_screen(&app)
            .iter()
            .any(|l| l.contains("Infrastructure")),
        "the last line shows"
    );
    // Up moves at once: the end did not leave it scrolled past the text.
    common::send(
        &mut app,
        &store,
        [Msg::List(ListMsg::Move(sprout::tui::msg::Step::Up))],
    );
    assert_eq!(app.screen.stats().unwrap().1, total - 17);
    common::send(
        &mut app,
        &store,
        [Msg::List(ListMsg::Move(sprout::tui::msg::Step::Top))],
    );
    assert_eq!(app.screen.stats().unwrap().1, 0);
    // Where everything fits, no indicator: at 120×50 (at 120×36 the
    // tables of why ideas were declined and accepted scroll into view).
    let mut wide = common::app(&store, (120, 50));
    common::send(&mut wide, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
    assert!(!bottom(&wide).contains(" of "), "{}", bottom(&wide));
}
