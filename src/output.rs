//! Money in answers: the one rounding rule, amounts and decimals as strings. With the
//! basis pieces re-exported, `use crate::output::*` gives an answer module every piece
//! it writes (money, messages, citations).
pub use crate::basis::{Basis, Cited, DocRef, Msg};
use crate::json::ToJson;
use rust_decimal::{Decimal, RoundingStrategy};

/// The one rounding rule: every amount is rounded to the fen (0.01 yuan), half away
/// from zero (四舍五入), where it is computed per intern and month; totals add rounded lines.
pub fn round_money(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// An amount of yuan, written as a decimal string with two places ("1400.00").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub Decimal);

impl Money {
    pub fn new(d: Decimal) -> Money {
        Money(round_money(d))
    }
}

impl ToJson for Money {
    #[cfg(not(feature = "full"))]
    fn write_json(&self, out: &mut String) {
        crate::json::string(out, &round_money(self.0).to_string())
    }
    /// Written digit by digit (the whole API's fast writer; the youth module stays small).
    #[cfg(feature = "full")]
    fn write_json(&self, out: &mut String) {
        out.push('"');
        crate::json::decimal(out, &round_money(self.0));
        out.push('"');
    }
}

/// A decimal written as a string, as given (percentages, shares).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub Decimal);

impl ToJson for Num {
    #[cfg(not(feature = "full"))]
    fn write_json(&self, out: &mut String) {
        crate::json::string(out, &self.0.normalize().to_string())
    }
    #[cfg(feature = "full")]
    fn write_json(&self, out: &mut String) {
        out.push('"');
        crate::json::decimal(out, &self.0.normalize());
        out.push('"');
    }
}

impl crate::json::ts::TsType for Money {
    fn ts(out: &mut String) {
        out.push_str("MoneyString")
    }
}

impl crate::json::ts::TsType for Num {
    fn ts(out: &mut String) {
        out.push_str("DecimalString")
    }
}
