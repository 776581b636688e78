use super::*;

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: Modifiers::CONTROL,
    }
}

#[test]
fn keys_parse_as_the_config_file_writes_them() {
    assert_eq!(Key::parse("j"), Ok(Key::plain('j')));
    assert_eq!(Key::parse("G"), Ok(Key::plain('G')));
    assert_eq!(Key::parse("Ctrl-D"), Ok(ctrl('d')));
    assert_eq!(Key::parse("c-x"), Ok(ctrl('x')));
    assert_eq!(Key::parse("pgdn"), Ok(Key::code(KeyCode::PageDown)));
    assert_eq!(Key::parse("↑"), Ok(Key::code(KeyCode::Up)));
    assert_eq!(Key::parse("F5"), Ok(Key::code(KeyCode::F(5))));
    assert_eq!(Key::parse("Space"), Ok(Key::plain(' ')));
    assert!(
        Key::parse("Dwn")
            .unwrap_err()
            .to_string()
            .contains("'Dwn' is not a key")
    );
    assert_eq!(
        Seq::parse("g g"),
        Ok(Seq(vec![Key::plain('g'), Key::plain('g')]))
    );
    assert!(Seq::parse("a b c").is_err());
    assert!(Seq::parse(" ").is_err());
}

#[test]
fn shift_is_part_of_a_character_but_not_of_a_named_key() {
    let g = Key::plain('G');
    assert!(g.matches(KeyCode::Char('G'), Modifiers::SHIFT));
    assert!(g.matches(KeyCode::Char('G'), Modifiers::NONE));
    assert!(!g.matches(KeyCode::Char('G'), Modifiers::CONTROL));
    let enter = Key::code(KeyCode::Enter);
    assert!(!enter.matches(KeyCode::Enter, Modifiers::SHIFT));
    let back_tab = Key::code(KeyCode::BackTab);
    assert!(back_tab.matches(KeyCode::BackTab, Modifiers::SHIFT));
}

#[test]
fn only_one_key_with_ctrl_or_a_named_key_binds_where_text_is_typed() {
    let ok = |t: &str| Seq::parse(t).unwrap().bindable_in_text();
    assert!(ok("Ctrl-u"));
    assert!(ok("F2"));
    assert!(!ok("x"));
    assert!(!ok("Ctrl-g Ctrl-g"));
}
