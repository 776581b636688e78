//! Where each pane goes for the current size: three panes side by side from
//! 120 columns, the detail under the list below that, only the list under
//! 60 columns. The view and mouse handling both use it.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Widths at which the layout changes.
pub const WIDE: u16 = 120;
pub const NARROW: u16 = 60;
const SIDEBAR_WIDTH: u16 = 30;
const SIDEBAR_NARROW: u16 = 24;

/// The screen areas of the current layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub query: Rect,
    pub sidebar: Option<Rect>,
    pub list: Rect,
    pub detail: Option<Rect>,
    pub status: Rect,
}

impl Areas {
    /// The areas for a screen of `size`, with the detail full screen or
    /// the sidebar shown as asked.
    pub fn compute(size: (u16, u16), full_detail: bool, sidebar_visible: bool) -> Areas {
        let (w, h) = size;
        let screen = Rect::new(0, 0, w, h);
        let [query, body, status] = Layout::vertical([
            Constraint::Length(if h >= 3 { 1 } else { 0 }),
            Constraint::Min(0),
            Constraint::Length(if h >= 2 { 1 } else { 0 }),
        ])
        .areas(screen);
        if full_detail {
            return Areas {
                query,
                sidebar: None,
                list: Rect::default(),
                detail: Some(body),
                status,
            };
        }
        let show_sidebar = sidebar_visible && w >= NARROW;
        let (sidebar, rest) = if show_sidebar {
            let [s, r] = Layout::horizontal([
                Constraint::Length(if w >= 100 {
                    SIDEBAR_WIDTH
                } else {
                    SIDEBAR_NARROW
                }),
                Constraint::Min(0),
            ])
            .areas(body);
            (Some(s), r)
        } else {
            (None, body)
        };
        let (list, detail) = if w >= WIDE {
            // The detail beside the list is a preview (Enter opens the idea
            // full screen): a third, so that titles keep their width.
            let [l, d] = Layout::horizontal([Constraint::Fill(2), Constraint::Fill(1)]).areas(rest);
            (l, Some(d))
        } else if w >= NARROW {
            let [l, d] = Layout::new(
                Direction::Vertical,
                [Constraint::Percentage(55), Constraint::Percentage(45)],
            )
            .areas(rest);
            (l, Some(d))
        } else {
            (rest, None)
        };
        Areas {
            query,
            sidebar,
            list,
            detail,
            status,
        }
    }

    /// Rows of the list that show ideas (inside the border, below the header).
    pub fn list_rows(&self) -> Rect {
        let inner = inner(self.list);
        Rect {
            y: inner.y + 1.min(inner.height),
            height: inner.height.saturating_sub(1),
            ..inner
        }
    }

    pub fn sidebar_rows(&self) -> Option<Rect> {
        self.sidebar.map(inner)
    }
}

/// The inside of a bordered block.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1).min(r.right()),
        y: r.y.saturating_add(1).min(r.bottom()),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Whether a cell is inside a rectangle.
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.right() && y >= r.y && y < r.bottom()
}
