//! A sled batch that counts the bytes it will write, so that a write is
//! refused before it starts when the disk has no room for it (see
//! `space.rs`). Every writer builds its changes into one.

/// A sled batch that counts the bytes it will write.
#[derive(Default)]
pub(super) struct Batch {
    pub(super) inner: sled::Batch,
    pub(super) bytes: u64,
}

impl Batch {
    pub fn insert<K: Into<sled::IVec>, V: Into<sled::IVec>>(&mut self, key: K, value: V) {
        let (key, value) = (key.into(), value.into());
        self.bytes += (key.len() + value.len()) as u64;
        self.inner.insert(key, value);
    }

    pub fn remove<K: Into<sled::IVec>>(&mut self, key: K) {
        let key = key.into();
        self.bytes += key.len() as u64;
        self.inner.remove(key);
    }
}
