//! Triage mode: one new idea at a time, whole, with the keys that classify
//! it, and a summary at the end of the queue.

use super::super::app::App;
use super::super::keymap::Context;
use super::super::msg::{ChangeMsg, Msg, TriageMsg};
use super::super::theme;
use super::super::triage::Triage;
use super::detail::lines as idea_lines;
use crate::domain::{Named, Sector, Stage};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn render(app: &App, t: &Triage, frame: &mut Frame, area: Rect) {
    let title = if t.done() {
        " Triage · end of the queue ".to_string()
    } else {
        format!(" Triage · {} ", t.counter())
    };
    let block = Block::bordered()
        .title(title)
        .border_style(theme::border(true));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if t.done() {
        let mut text: Vec<Line> = vec![Line::styled(t.headline(), theme::title()), Line::default()];
        text.extend(t.summary().into_iter().map(Line::from));
        text.push(Line::default());
        text.push(Line::styled(
            app.keymap.fill(
                "{triage.leave} goes back to the list; {triage.back} steps back to the last idea.",
            ),
            theme::dim(),
        ));
        frame.render_widget(
            Paragraph::new(Text::from(text)).wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let [body, keys] = Layout::vertical([Constraint::Min(0), Constraint::Length(3)]).areas(inner);
    if let Some(idea) = app.detail.as_ref().filter(|d| Some(d.id) == t.current()) {
        let p = Paragraph::new(Text::from(idea_lines(idea, &app.date_format)))
            .wrap(Wrap { trim: false })
            .scroll((app.detail_scroll, 0));
        frame.render_widget(p, body);
    }
    let current = app.detail.as_ref().filter(|d| Some(d.id) == t.current());
    // The keys as bound now, which the config file may have changed.
    let key = |msg: &Msg| {
        app.keymap
            .key_for(Context::Triage, msg)
            .unwrap_or_else(|| "—".into())
    };
    let mut sectors = vec![Span::styled("sector ", theme::label())];
    for s in Sector::ALL {
        let on = current.is_some_and(|i| i.sector == *s);
        let style = if on {
            theme::sector(*s).patch(theme::selected(true))
        } else {
            theme::sector(*s)
        };
        sectors.push(Span::styled(
            key(&Msg::Change(ChangeMsg::SetSector(*s))),
            theme::key(),
        ));
        sectors.push(Span::styled(format!(" {} ", s.name()), style));
        sectors.push(Span::raw(" "));
    }
    let mut stages = vec![Span::styled("stage  ", theme::label())];
    for s in Stage::ALL.iter().filter(|s| **s != Stage::New) {
        stages.push(Span::styled(
            key(&Msg::Change(ChangeMsg::SetStage(*s))),
            theme::key(),
        ));
        stages.push(Span::styled(format!(" {} ", s.name()), theme::stage(*s)));
        stages.push(Span::raw(" "));
    }
    let others = Line::from(vec![
        Span::styled(key(&Msg::Triage(TriageMsg::TriageSkip)), theme::key()),
        Span::raw(" skip  "),
        Span::styled(key(&Msg::Change(ChangeMsg::AddNote)), theme::key()),
        Span::raw(" note  "),
        Span::styled(key(&Msg::Triage(TriageMsg::TriageBack)), theme::key()),
        Span::raw(" back  "),
        Span::styled(key(&Msg::Triage(TriageMsg::LeaveTriage)), theme::key()),
        Span::raw(" leave"),
    ]);
    let text = Text::from(vec![Line::from(sectors), Line::from(stages), others]);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), keys);
}
