//! Text made safe for the pack's two formats: nothing a browser or a
//! Markdown renderer could take as markup, and no control, C1 or bidi
//! character (they are dropped even where the pack's own cleaning already
//! took them out, so no caller can forget).

use crate::domain::text::is_forbidden;

/// `s` as HTML text or an attribute value.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push('\n'),
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// `s` (lines kept) as HTML text with a `<br>` at each line break.
pub fn html_lines(s: &str) -> String {
    s.lines().map(html).collect::<Vec<_>>().join("<br>")
}

/// `s` as one cell of a Markdown table: markup characters escaped (a
/// renderer passes raw HTML through, so `<` must not stay `<`), line
/// breaks as `<br>`.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_quotes_and_steering_characters_do_not_survive() {
        let hostile = "<script>alert('x')</script> \"q\" & \u{202E}evil\u{1b}[31m\u{85}";
        let h = html(hostile);
        assert_eq!(
            h,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot; &amp; evil[31m"
        );
        let m = markdown("a|b <i>*x*</i>\nnext\u{2066}");
        assert_eq!(m, "a\\|b &lt;i&gt;\\*x\\*&lt;/i&gt;<br>next");
        assert_eq!(html_lines("one\n<two>"), "one<br>&lt;two&gt;");
    }
}
