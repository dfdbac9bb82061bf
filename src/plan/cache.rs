//! Plans of recently read deployments, so that a page does not plan its
//! deployment again on every request. A plan is a pure function of the
//! catalog and the answers text, so the cache is keyed by the SHA-256 of the
//! text and never needs invalidating: changed answers are another key. With
//! the plan is kept what pages work out from it alone.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex};

use lru::LruCache;

use super::Plan;
use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::params::FieldError;

/// How many plans are kept. One takes about 200 KB with its layout; the
/// working set is the active deployments people have open, not the history.
pub const CAPACITY: usize = 64;

/// A plan with what is derived from it alone.
#[derive(Debug)]
pub struct PlanEntry {
    pub answers: Answers,
    pub plan: Plan,
    /// The dependency graph as drawn.
    pub layout: crate::render::graph::Layout,
    /// The deployment roles its steps need (who may read it).
    pub roles: Vec<crate::roles::Role>,
}

pub type Planned = Arc<PlanEntry>;

/// The key of an answers text.
pub fn key_of(text: &str) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes()).into()
}

#[derive(Debug, Clone)]
pub struct PlanCache {
    plans: Arc<Mutex<LruCache<PlanKey, Planned>>>,
}

/// The SHA-256 of the answers text, and the language of the plan's prose.
type PlanKey = ([u8; 32], Lang);

impl Default for PlanCache {
    fn default() -> Self {
        PlanCache::with_capacity(CAPACITY)
    }
}

impl PlanCache {
    pub fn with_capacity(capacity: usize) -> PlanCache {
        let capacity = NonZeroUsize::new(capacity).unwrap_or(NonZeroUsize::MIN);
        PlanCache { plans: Arc::new(Mutex::new(LruCache::new(capacity))) }
    }

    /// The plan of `text`, planned now unless it was recently.
    pub fn plan(&self, catalog: &Catalog, text: &str) -> Result<Planned, Vec<FieldError>> {
        self.plan_in(catalog, text, Lang::En)
    }

    /// The plan of `text` with its prose in `lang`.
    pub fn plan_in(&self, catalog: &Catalog, text: &str, lang: Lang) -> Result<Planned, Vec<FieldError>> {
        let key = key_of(text);
        if let Some(found) = self.get_in(&key, lang) {
            return Ok(found);
        }
        if lang != Lang::En {
            let english = self.plan_in(catalog, text, Lang::En)?;
            return Ok(self.localized(catalog, &key, &english, lang));
        }
        // Planned outside the lock: a miss does not hold up the hits. The
        // English plan is built in English; its errors are the reader's.
        match crate::i18n::sync_scope(Lang::En, || super::from_answers_text(catalog, text)) {
            Ok((answers, plan)) => Ok(self.keep(key, answers, plan)),
            Err(english) if crate::i18n::current() == Lang::En => Err(english),
            // Planned again only for the errors' words: the text plans in no language.
            Err(english) => Err(super::from_answers_text(catalog, text).err().unwrap_or(english)),
        }
    }

    /// The plan of the text whose key is `key` in `lang`, if it was kept.
    pub fn get_in(&self, key: &[u8; 32], lang: Lang) -> Option<Planned> {
        // A poisoned lock only means another thread panicked mid-lookup; the cache holds no invariant.
        self.plans.lock().unwrap_or_else(|p| p.into_inner()).get(&(*key, lang)).cloned()
    }

    /// [`PlanCache::get_in`], putting a kept English plan into `lang` when needed.
    pub fn planned_in(&self, catalog: &Catalog, key: &[u8; 32], lang: Lang) -> Option<Planned> {
        if let Some(found) = self.get_in(key, lang) {
            return Some(found);
        }
        let english = self.get_in(key, Lang::En)?;
        Some(self.localized(catalog, key, &english, lang))
    }

    fn localized(&self, catalog: &Catalog, key: &[u8; 32], english: &PlanEntry, lang: Lang) -> Planned {
        let mut plan = english.plan.clone();
        super::localize::localize(&mut plan, catalog, &english.answers, lang);
        self.keep(*key, english.answers.clone(), plan)
    }

    fn keep(&self, key: [u8; 32], answers: Answers, plan: Plan) -> Planned {
        let layout = crate::render::graph::layout(&plan);
        let roles = plan.roles();
        let lang = plan.lang;
        let planned = Arc::new(PlanEntry { answers, plan, layout, roles });
        self.plans.lock().unwrap_or_else(|p| p.into_inner()).put((key, lang), planned.clone());
        planned
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.plans.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_planned_once_and_the_oldest_plan_goes_first() {
        let catalog = crate::catalog::builtin().expect("the catalog");
        let cache = PlanCache::with_capacity(2);
        let text = crate::answers::example_toml();
        let first = cache.plan(&catalog, &text).expect("plans");
        let again = cache.plan(&catalog, &text).expect("plans");
        assert!(Arc::ptr_eq(&first, &again), "the second read is the cached plan");
        let renamed = |name: &str| text.replacen("name = ", &format!("name = \"{name}\" #"), 1);
        let other = cache.plan(&catalog, &renamed("Second")).expect("plans");
        assert_eq!(other.plan.deployment, "Second", "another text is another plan");
        assert!(cache.get_in(&key_of(&renamed("Second")), Lang::En).is_some(), "found by the key of its text");
        cache.plan(&catalog, &renamed("Third")).expect("plans");
        assert_eq!(cache.len(), 2);
        assert!(!Arc::ptr_eq(&first, &cache.plan(&catalog, &text).expect("plans")), "the oldest was let go");
        assert!(cache.plan(&catalog, "not toml [").is_err(), "errors are returned, not kept");
        assert_eq!(cache.len(), 2);
    }
}
