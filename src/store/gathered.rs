//! A large write on an engine whose one commit is already all or nothing
//! however large (see [`super::LargeWrite`]).

use super::engine::Engine;
use super::{LargeWrite, Result, Writes};
use crate::domain::Idea;

/// For an engine whose one commit is already all or nothing however large
/// (PostgreSQL: one transaction): the chunks are gathered and committed
/// together at the end. Memory grows with the write here; only the
/// engines that write as they go keep it bounded.
pub(super) struct Gathered<'a> {
    pub(super) engine: &'a dyn Engine,
    pub(super) all: Option<Writes>,
}

impl LargeWrite for Gathered<'_> {
    fn write(&mut self, chunk: Writes) -> Result<()> {
        match &mut self.all {
            Some(all) => all.absorb(chunk),
            None => self.all = Some(chunk),
        }
        Ok(())
    }

    fn pending(&self, id: u64) -> Option<&Idea> {
        self.all.as_ref()?.puts.get(&id).map(|(idea, _)| idea)
    }

    fn keeps_pending(&self) -> bool {
        true
    }

    fn finish(mut self: Box<Self>, last: Writes) -> Result<()> {
        self.write(last)?;
        match self.all.take() {
            Some(all) => self.engine.commit_large(all, &|_| {}),
            None => Ok(()),
        }
    }
}
