//! Range loops that assign to existing operands (`for a[f()], v = range x`): their left sides
//! are evaluated and assigned at each iteration, as the assignment statement Go rewrites the
//! loop into would (FnGen::range creates the loop; these are its per-iteration steps).

use super::func::{FnGen, LVal, Raise, Val, R};
use crate::check::types::*;
use crate::syntax::ast::*;

/// The left sides of a range loop that assigns (`for k, v = range x`) rather than declares.
pub(crate) struct RangeAssign<'e> {
    pub key: Option<&'e Expr>,
    pub value: Option<&'e Expr>,
}

impl FnGen<'_, '_> {
    /// The left sides of a `for k, v = range x` assignment, evaluated at the top of each
    /// iteration as Go evaluates an assignment's operands (`for a[f()] = range s` calls f once
    /// per iteration, and never when s is empty). With two left sides, their nil and bounds
    /// checks wait for the store (as in a tuple assignment); they are returned per side.
    pub(crate) fn range_lvals(
        &mut self,
        assign: &Option<RangeAssign>,
        key_lv: &mut LVal,
        val_lv: &mut LVal,
    ) -> R<[Vec<Raise>; 2]> {
        let mut checks: [Vec<Raise>; 2] = Default::default();
        let Some(RangeAssign { key, value }) = assign else {
            return Ok(checks);
        };
        let both = key.is_some() && value.is_some();
        for (i, (e, lv)) in [(key, key_lv), (value, val_lv)].into_iter().enumerate() {
            let Some(e) = e else { continue };
            if both {
                self.deferred_raises = Some(Vec::new());
            }
            let r = self.lval(e);
            checks[i] = self.deferred_raises.take().unwrap_or_default();
            *lv = r?;
        }
        Ok(checks)
    }

    /// Store iteration value `v` of type `t` into left side `side` (0 key, 1 value): assigned
    /// (converted to the left side's type, e.g. an interface) after that side's postponed
    /// checks, or written to the variable `:=` declared.
    pub(crate) fn range_store(
        &mut self,
        assign: &Option<RangeAssign>,
        side: usize,
        lv: &LVal,
        checks: &mut [Vec<Raise>; 2],
        v: Val,
        t: TypeId,
    ) -> R<()> {
        let v = match assign {
            Some(a) => {
                let Some(e) = (if side == 0 { a.key } else { a.value }) else {
                    return Ok(());
                };
                for (bad, rt, args) in std::mem::take(&mut checks[side]) {
                    self.raise_if(bad, rt, &args);
                }
                match self.ty_of(e) {
                    VOID => v,
                    lt => self.convert(v, t, lt)?,
                }
            }
            None => v,
        };
        self.store_lval(lv, &v);
        Ok(())
    }
}
