//! Every message exists in every language, with the same arguments: a
//! message only one language has shows English in the other, and an
//! argument only one uses is lost (or shown as `{$name}`) in the other.

use super::lang::Lang;
use super::texts::source;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};

/// Each message's id and the variables it uses, of one language's file.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let text = source(lang);
    let resource = match parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("locales/{}.ftl does not parse: {errors:?}", lang.code()),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{id} twice in {}",
                lang.code()
            );
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "locales/{}.ftl lacks {missing:?}",
            lang.code()
        );
        assert!(
            extra.is_empty(),
            "only locales/{}.ftl has {extra:?}",
            lang.code()
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id],
                vars,
                "{id}: arguments differ in locales/{}.ftl",
                lang.code()
            );
        }
    }
}
