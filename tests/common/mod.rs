//! Fixed data and helpers shared by the UI tests.
#![allow(dead_code)]

#[path = "../engines/mod.rs"]
mod engines;
pub use engines::*;

use sprout::domain::{Barrier, Edit, Idea, OrgKind, Sector, Stage, Timestamp};
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::msg::Msg;
use sprout::tui::update::start;
use sprout::tui::{carry_out, dispatch};

/// 2026-11-26T12:00:00Z: the fixed "now" of every UI test.
pub const NOW: Timestamp = Timestamp(1_795_694_400);

/// Ideas in several scripts, with notes, history and hostile text.
pub fn ideas() -> Vec<Idea> {
    let day = 86_400;
    let mk = |title: &str, days_ago: i64, f: &dyn Fn(&mut Idea)| {
        let mut i = Idea::new(title.into(), Timestamp(NOW.0 - days_ago * day));
        f(&mut i);
        i
    };
    vec![
        mk(
            "Clean water points for villages along the Volga",
            40,
            &|i| {
                i.sector = Sector::Ecology;
                i.region = "Tatarstan".into();
                i.proposer = "Living Water (Nonprofit)".into();
                i.org_kind = OrgKind::Nonprofit;
                i.tags.insert("water".into());
                i.barriers.insert(Barrier::Funding);
                i.amount = Some(1_500_000);
                i.summary = "Boreholes and filters for six villages.\n\tPhase one:\tsurvey.\nPhase two: build.".into();
                i.apply(&Edit::Stage(Stage::Review), Timestamp(NOW.0 - 30 * day));
                i.apply(
                    &Edit::Note("Site visit planned.".into()),
                    Timestamp(NOW.0 - 29 * day),
                );
            },
        ),
        mk(
            "Поиск работы для молодёжи",
            20,
            &|i| {
                i.sector = Sector::Employment;
                i.region = "Пермский край".into();
                i.summary = "Наставники помогают найти первую работу.".into();
                i.tags.insert("youth".into());
            },
        ),
        mk("کارگاه آموزش زنان", 12, &|i| {
            i.sector = Sector::Education;
            i.region = "Moscow".into();
            i.summary = "متن فارسی برای آزمایش جهت راست به چپ".into();
        }),
        mk("老年人社区食堂 🍲 community kitchen", 8, &|i| {
            i.sector = Sector::Health;
            i.region = "Primorsky Krai".into();
            i.apply(&Edit::Stage(Stage::Pilot), Timestamp(NOW.0 - 2 * day));
            i.apply(&Edit::Score(Some(4)), Timestamp(NOW.0 - 2 * day));
        }),
        mk("Evil\u{1b}[2J title\u{7} with \u{202e}override", 5, &|i| {
            i.summary = "before\u{1b}]52;c;SGVsbG8=\u{7}after \u{9b}31m red".into();
            i.region = "Perm Krai".into();
        }),
        mk("Social taxi for wheelchair users", 3, &|i| {
            i.sector = Sector::Disparities;
            i.region = "Perm Krai".into();
            i.barriers.insert(Barrier::Regulation);
            i.apply(&Edit::Stage(Stage::Declined), Timestamp(NOW.0 - day));
        }),
    ]
}

/// A sled database holding `ideas`.
pub fn store_with(ideas: Vec<Idea>) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    put_all(&store, ideas);
    (dir, store)
}

/// A fresh database on `engine` holding `ideas`.
pub fn store_on(engine: Engine, ideas: Vec<Idea>) -> (Fresh, Store) {
    let fresh = Fresh::new(engine);
    let store = fresh.open();
    put_all(&store, ideas);
    (fresh, store)
}

/// Adds `ideas` with new ids, in one commit.
fn put_all(store: &Store, ideas: Vec<Idea>) {
    let mut w = store.begin().unwrap();
    for mut idea in ideas {
        // Cleaning happens at the entry points; store what they would.
        idea.title = sprout::domain::text::clean_line(&idea.title);
        idea.summary = sprout::domain::text::clean_multiline(&idea.summary);
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit(w).unwrap();
}

/// An app on the store, started as the runtime starts it.
pub fn app(store: &Store, size: (u16, u16)) -> App {
    let mut app = App::new(store.rows().unwrap(), NOW, size);
    app.views = std::sync::Arc::new(store.views().unwrap());
    app.reasons = std::sync::Arc::new(store.reasons().unwrap());
    app.panel = store.panel_settings().unwrap();
    app.me = store.actor();
    let effects = start(&mut app);
    carry_out(&mut app, store, effects, &mut no_editor);
    app
}

/// An editor that is never expected to run.
pub fn no_editor(_: &str) -> Result<String, String> {
    Err("no editor in this test".into())
}

pub fn send(app: &mut App, store: &Store, msgs: impl IntoIterator<Item = Msg>) {
    for m in msgs {
        dispatch(app, store, m, &mut no_editor);
    }
}

/// Types text, one key at a time, through the real key mapping.
pub fn type_text(app: &mut App, store: &Store, text: &str) {
    for c in text.chars() {
        press(
            app,
            store,
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::NONE,
        );
    }
}

/// Presses one key, through the real key mapping.
pub fn press(
    app: &mut App,
    store: &Store,
    code: crossterm::event::KeyCode,
    mods: crossterm::event::KeyModifiers,
) {
    let event = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(code, mods));
    if let Some(msg) = sprout::tui::message_for(app, event) {
        dispatch(app, store, msg, &mut no_editor);
    }
}

pub fn selected_title(app: &App) -> String {
    app.selected_row()
        .map(|r| r.title().to_string())
        .unwrap_or_default()
}

pub fn shown_ids(app: &App) -> Vec<u64> {
    app.hits
        .iter()
        .map(|h| app.catalog().row(h.index()).id)
        .collect()
}

/// The screen as text, then the style of every cell as a letter with a
/// legend, so a snapshot shows colours and attributes as well as words.
pub fn styled_screen(buffer: &ratatui::buffer::Buffer) -> String {
    use std::fmt::Write;
    let area = buffer.area;
    let mut styles: Vec<(
        ratatui::style::Color,
        ratatui::style::Color,
        ratatui::style::Modifier,
    )> = Vec::new();
    let letters: Vec<char> = ('a'..='z').chain('A'..='Z').chain('0'..='9').collect();
    let mut text = String::new();
    let mut grid = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            let cell = &buffer[(x, y)];
            text.push_str(cell.symbol());
            let style = (cell.fg, cell.bg, cell.modifier);
            let n = match styles.iter().position(|s| *s == style) {
                Some(n) => n,
                None => {
                    styles.push(style);
                    styles.len() - 1
                }
            };
            grid.push(letters.get(n).copied().unwrap_or('?'));
        }
        text.push('\n');
        grid.push('\n');
    }
    let mut legend = String::new();
    for (n, (fg, bg, m)) in styles.iter().enumerate() {
        let _ = writeln!(
            legend,
            "{} = fg {fg:?}, bg {bg:?}, {m:?}",
            letters.get(n).copied().unwrap_or('?')
        );
    }
    format!("{text}\n{grid}\n{legend}")
}

/// Says yes to the question a change to many ideas asks first.
pub fn answer_yes(app: &mut App, store: &Store) {
    assert!(
        matches!(
            app.overlays.dialog(),
            Some(sprout::tui::app::Dialog::Confirm { .. })
        ),
        "a change to {} ideas asks first",
        app.list.marked.len()
    );
    press(
        app,
        store,
        crossterm::event::KeyCode::Char('y'),
        crossterm::event::KeyModifiers::NONE,
    );
}

/// The screen, one string per row.
pub fn rows(app: &App) -> Vec<String> {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    let buffer = t.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}
