//! Which screen is up and what is drawn over it: one [`Screen`] for the
//! body, and a stack of [`Overlay`]s above it. The top of the stack takes
//! the keys (see [`super::input::contexts`]) and is drawn last; closing it
//! shows what was under it again.

use super::dialog::Dialog;
use super::form::Form;
use super::prompt::Prompt;
use super::review_pane::ReviewPane;
use super::triage::Triage;
use crate::stats::Figures;

/// What the body of the screen shows. Each is entered from the browsing
/// panes and leaves back to them, so one value says it all.
#[derive(Default)]
pub enum Screen {
    /// The sidebar, the list and the detail pane.
    #[default]
    Browse,
    /// The selected idea, full screen (`Enter`; `Esc` closes it).
    FullDetail,
    /// Walking the new ideas one at a time.
    Triage(Triage),
    /// The figures of the current results, and how far they are scrolled.
    Stats { figures: Figures, scroll: u16 },
}

impl Screen {
    pub fn is_browse(&self) -> bool {
        matches!(self, Screen::Browse)
    }

    pub fn is_full_detail(&self) -> bool {
        matches!(self, Screen::FullDetail)
    }

    pub fn triage(&self) -> Option<&Triage> {
        match self {
            Screen::Triage(t) => Some(t),
            _ => None,
        }
    }

    pub fn triage_mut(&mut self) -> Option<&mut Triage> {
        match self {
            Screen::Triage(t) => Some(t),
            _ => None,
        }
    }

    /// Leaves triage for the panes, handing back the session.
    pub fn take_triage(&mut self) -> Option<Triage> {
        match std::mem::take(self) {
            Screen::Triage(t) => Some(t),
            other => {
                *self = other;
                None
            }
        }
    }

    /// The statistics and their scroll, when they are up.
    pub fn stats(&self) -> Option<(&Figures, u16)> {
        match self {
            Screen::Stats { figures, scroll } => Some((figures, *scroll)),
            _ => None,
        }
    }

    pub fn stats_mut(&mut self) -> Option<(&Figures, &mut u16)> {
        match self {
            Screen::Stats { figures, scroll } => Some((figures, scroll)),
            _ => None,
        }
    }
}

/// Something drawn over the screen that takes the keys while it is up.
pub enum Overlay {
    /// Every key, scrolled this far.
    Help(u16),
    /// A one-line (or note) prompt. Boxed, as is the form: both are large
    /// beside the rest.
    Prompt(Box<Prompt>),
    /// The form for a new or an edited idea.
    Form(Box<Form>),
    /// A question or a notice.
    Dialog(Dialog),
    /// The review pane for an idea.
    Review(Box<ReviewPane>),
}

/// The overlays up, bottom first.
#[derive(Default)]
pub struct Overlays(Vec<Overlay>);

/// What the topmost overlay `$variant` of `$stack` holds, by the
/// reference `$iter` gives.
macro_rules! topmost {
    ($stack:expr, $iter:ident, $variant:ident) => {
        $stack.0.$iter().rev().find_map(|o| match o {
            Overlay::$variant(x) => Some(x),
            _ => None,
        })
    };
}

impl Overlays {
    /// The overlay that takes the keys.
    pub fn top(&self) -> Option<&Overlay> {
        self.0.last()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Bottom first: the order they are drawn in.
    pub fn iter(&self) -> impl Iterator<Item = &Overlay> {
        self.0.iter()
    }

    /// Opens `overlay` over everything up.
    pub fn push(&mut self, overlay: Overlay) {
        self.0.push(overlay);
    }

    /// Closes the topmost overlay that `is` picks, handing it back.
    fn take_where(&mut self, is: fn(&Overlay) -> bool) -> Option<Overlay> {
        let at = self.0.iter().rposition(is)?;
        Some(self.0.remove(at))
    }

    /// A notice or summary is on top: any key closes it.
    pub fn any_key_closes(&self) -> bool {
        matches!(self.top(), Some(Overlay::Dialog(d)) if d.any_key_closes())
    }

    /// How far help is scrolled, when it is up.
    pub fn help(&self) -> Option<u16> {
        topmost!(self, iter, Help).copied()
    }

    pub fn help_mut(&mut self) -> Option<&mut u16> {
        topmost!(self, iter_mut, Help)
    }

    /// Opens help at its top, or closes it when it is up.
    pub fn toggle_help(&mut self) {
        if !self.close_help() {
            self.push(Overlay::Help(0));
        }
    }

    /// Closes help; false when it was not up.
    pub fn close_help(&mut self) -> bool {
        self.take_where(|o| matches!(o, Overlay::Help(_))).is_some()
    }

    pub fn prompt(&self) -> Option<&Prompt> {
        topmost!(self, iter, Prompt).map(|p| &**p)
    }

    pub fn prompt_mut(&mut self) -> Option<&mut Prompt> {
        topmost!(self, iter_mut, Prompt).map(|p| &mut **p)
    }

    pub fn take_prompt(&mut self) -> Option<Prompt> {
        match self.take_where(|o| matches!(o, Overlay::Prompt(_)))? {
            Overlay::Prompt(p) => Some(*p),
            _ => None,
        }
    }

    pub fn form(&self) -> Option<&Form> {
        topmost!(self, iter, Form).map(|f| &**f)
    }

    pub fn form_mut(&mut self) -> Option<&mut Form> {
        topmost!(self, iter_mut, Form).map(|f| &mut **f)
    }

    pub fn take_form(&mut self) -> Option<Form> {
        match self.take_where(|o| matches!(o, Overlay::Form(_)))? {
            Overlay::Form(f) => Some(*f),
            _ => None,
        }
    }

    pub fn review(&self) -> Option<&ReviewPane> {
        topmost!(self, iter, Review).map(|r| &**r)
    }

    pub fn review_mut(&mut self) -> Option<&mut ReviewPane> {
        topmost!(self, iter_mut, Review).map(|r| &mut **r)
    }

    pub fn take_review(&mut self) -> Option<ReviewPane> {
        match self.take_where(|o| matches!(o, Overlay::Review(_)))? {
            Overlay::Review(r) => Some(*r),
            _ => None,
        }
    }

    pub fn dialog(&self) -> Option<&Dialog> {
        topmost!(self, iter, Dialog)
    }

    pub fn take_dialog(&mut self) -> Option<Dialog> {
        match self.take_where(|o| matches!(o, Overlay::Dialog(_)))? {
            Overlay::Dialog(d) => Some(d),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Dialog, Overlay, Overlays};

    fn notice(title: &str) -> Overlay {
        Overlay::Dialog(Dialog::Notice {
            title: title.into(),
            lines: Vec::new(),
        })
    }

    #[test]
    fn the_last_opened_is_on_top_and_closing_it_shows_the_one_below() {
        let mut up = Overlays::default();
        up.push(notice("first"));
        up.toggle_help();
        assert!(matches!(up.top(), Some(Overlay::Help(0))));
        assert!(!up.any_key_closes(), "help takes the keys, not the notice");
        up.toggle_help();
        assert!(up.any_key_closes());
        up.push(notice("second"));
        let taken = up.take_dialog();
        assert!(matches!(taken, Some(Dialog::Notice { title, .. }) if title == "second"));
        assert!(matches!(up.dialog(), Some(Dialog::Notice { title, .. }) if title == "first"));
        assert!(up.take_dialog().is_some() && up.is_empty());
    }
}
