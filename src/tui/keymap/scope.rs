//! Which keys apply now. Key lookup, the status-line hints and the keys a
//! popup's title or question names are all read through one [`Scope`], so
//! what a popup says and what its keys do cannot differ.

use super::Binding;
use super::Context;
use super::Keymap;

/// The contexts, most specific first, and, where a popup takes only some
/// of its context's actions (a yes/no question, a one-line prompt), those
/// actions.
#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    pub contexts: Vec<Context>,
    pub actions: Option<&'static [&'static str]>,
}

impl Scope {
    pub fn of(contexts: Vec<Context>) -> Scope {
        Scope {
            contexts,
            actions: None,
        }
    }

    /// Only these actions of one context.
    pub fn only(context: Context, actions: &'static [&'static str]) -> Scope {
        Scope {
            contexts: vec![context],
            actions: Some(actions),
        }
    }

    fn admits(&self, b: &Binding) -> bool {
        self.actions.is_none_or(|a| a.contains(&b.action))
    }
}

impl Keymap {
    /// The bindings of `context` that `scope` lets through, in table order.
    pub(super) fn in_scope<'a>(
        &'a self,
        scope: &'a Scope,
        context: Context,
    ) -> impl Iterator<Item = &'a Binding> + 'a {
        self.bindings()
            .iter()
            .filter(move |b| b.context == context && scope.admits(b))
    }

    /// The hints of a scope as one line, `Enter save · Esc cancel`, for a
    /// popup's title or its question.
    pub fn hint_line(&self, scope: &Scope) -> String {
        self.hints_in(scope)
            .into_iter()
            .map(|(key, what)| format!("{key} {what}"))
            .collect::<Vec<_>>()
            .join(" · ")
    }
}
