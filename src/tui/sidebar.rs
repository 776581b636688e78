//! The filter sidebar's model: facet values with counts and ticks. Ticks
//! are read from the parsed query, so the query bar is the one truth.

use crate::domain::text::fold;
use crate::domain::{Barrier, Named, OrgKind, Sector, Stage, View};
use crate::query::{Facets, Query, Term, TextField};

/// A line of the sidebar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SidebarItem {
    Header(&'static str),
    /// A saved view: choosing it puts its query in the bar.
    View {
        name: String,
        query: String,
        /// How many ideas it shows (`None`: not counted yet, or its query
        /// does not parse).
        count: Option<usize>,
        /// Whether the current query is this view's.
        active: bool,
    },
    Value {
        /// The query field it filters (`sector`, `region`, …).
        field: &'static str,
        /// The value as written in the query.
        value: String,
        label: String,
        count: usize,
        checked: bool,
    },
}

impl SidebarItem {
    /// Whether the cursor can rest on it (a value or a view).
    pub fn is_value(&self) -> bool {
        !matches!(self, SidebarItem::Header(_))
    }
}

fn ticked<T: Named + PartialEq>(query: &Query, pick: impl Fn(&Term) -> Option<&Vec<T>>) -> Vec<T> {
    query
        .terms
        .iter()
        .filter_map(&pick)
        .flatten()
        .copied()
        .collect()
}

fn ticked_texts(query: &Query, field: TextField) -> Vec<String> {
    query
        .terms
        .iter()
        .filter_map(|t| match t {
            Term::Text(f, values) if *f == field => Some(values.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn named_group<T: Named + PartialEq>(
    out: &mut Vec<SidebarItem>,
    title: &'static str,
    field: &'static str,
    counts: &[usize],
    checked: &[T],
) {
    out.push(SidebarItem::Header(title));
    for (v, &count) in T::ALL.iter().zip(counts) {
        out.push(SidebarItem::Value {
            field,
            value: v.name().to_string(),
            label: v.label().to_string(),
            count,
            checked: checked.contains(v),
        });
    }
}

fn text_group(
    out: &mut Vec<SidebarItem>,
    title: &'static str,
    field: &'static str,
    top: &[(String, usize)],
    checked: &[String],
) {
    out.push(SidebarItem::Header(title));
    let mut shown: Vec<(String, usize)> = top.to_vec();
    // A ticked value stays listed (with 0) so that it can be unticked.
    for c in checked {
        if !shown.iter().any(|(v, _)| fold(v) == *c) {
            shown.push((c.clone(), 0));
        }
    }
    for (v, count) in shown {
        out.push(SidebarItem::Value {
            field,
            checked: checked.contains(&fold(&v)),
            label: v.clone(),
            value: v,
            count,
        });
    }
}

/// The sidebar for these facet counts, views and this query.
pub fn items(
    f: &Facets,
    q: &Query,
    views: &[View],
    view_counts: &[Option<usize>],
) -> Vec<SidebarItem> {
    let mut out = Vec::new();
    if !views.is_empty() {
        out.push(SidebarItem::Header("Views"));
        for (n, v) in views.iter().enumerate() {
            out.push(SidebarItem::View {
                name: v.name.clone(),
                query: v.query.clone(),
                count: view_counts.get(n).copied().flatten(),
                active: Query::parse(&v.query).is_ok_and(|vq| vq == *q),
            });
        }
    }
    let sectors = ticked::<Sector>(q, |t| {
        if let Term::Sector(v) = t {
            Some(v)
        } else {
            None
        }
    });
    let stages = ticked::<Stage>(q, |t| {
        if let Term::Stage(v) = t {
            Some(v)
        } else {
            None
        }
    });
    let orgs = ticked::<OrgKind>(q, |t| if let Term::Org(v) = t { Some(v) } else { None });
    let barriers = ticked::<Barrier>(q, |t| {
        if let Term::Barrier(v) = t {
            Some(v)
        } else {
            None
        }
    });
    named_group(&mut out, "Sector", "sector", &f.sectors, &sectors);
    named_group(&mut out, "Stage", "stage", &f.stages, &stages);
    named_group(&mut out, "Organisation", "org", &f.orgs, &orgs);
    named_group(&mut out, "Barrier", "barrier", &f.barriers, &barriers);
    text_group(
        &mut out,
        "Region",
        "region",
        &f.regions,
        &ticked_texts(q, TextField::Region),
    );
    text_group(
        &mut out,
        "Tag",
        "tag",
        &f.tags,
        &ticked_texts(q, TextField::Tag),
    );
    out
}

/// Whether two query texts mean the same query.
pub fn same_query(a: &str, b: &str) -> bool {
    matches!((Query::parse(a), Query::parse(b)), (Ok(x), Ok(y)) if x == y)
}

/// Whether two values of `field` are the same value: names by what they
/// parse to (`edu` is `education`), free text by folded equality.
pub fn same_value(field: &str, a: &str, b: &str) -> bool {
    fn named<T: Named + PartialEq>(a: &str, b: &str) -> bool {
        let parse = crate::query::vocabulary_value::<T>;
        matches!((parse(a), parse(b)), (Ok(x), Ok(y)) if x == y)
    }
    match field {
        "sector" => named::<Sector>(a, b),
        "stage" => named::<Stage>(a, b),
        "org" => named::<OrgKind>(a, b),
        "barrier" => named::<Barrier>(a, b),
        _ => fold(a.trim()) == fold(b.trim()),
    }
}
