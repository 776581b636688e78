//! The board pack (issue 18, point 7): what a panel meets with, from the
//! ideas a query selected, as one self-contained HTML page or as Markdown.
//! [`Pack::of`] gathers it; [`html::render`] and [`markdown::render`]
//! write it. No I/O here: `sprout report` reads the store and writes
//! the file.

mod escape;
pub mod html;
pub mod markdown;
mod pack;
mod svg;
mod words;

pub use pack::{
    COMBINE, Entry, Pack, ReasonCount, ReviewLine, SCORE_BINS, combined, reason_key, reason_label,
    score_bin,
};
