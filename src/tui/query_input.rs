//! The query bar's text turned into the query the results are for.

use super::app::App;
use super::msg::Effect;
use crate::query::Query;

/// The query bar changed: parse it, and search if it means something new.
pub fn query_changed(app: &mut App) -> Vec<Effect> {
    let text = app.query.text();
    match Query::parse(&text) {
        Ok(q) => {
            app.query.error = None;
            app.query.hint = crate::query::glued_term(&text);
            if q != app.query.parsed {
                app.query.parsed = q;
                app.from_top = true;
                return vec![app.search()];
            }
        }
        Err(e) => {
            app.query.error = Some(e.to_string());
            app.query.hint = None;
        }
    }
    Vec::new()
}
