//! The strict JSON reader: one value, no trailing text, numbers that read exactly.
use crate::input::Value;

/// Nesting deeper than this is refused by the parser here, and cut at the boundary (an
/// object this deep is read as `Unsupported`: src/wasm_input.js, which says 64 itself, and
/// the youth module's walk): no input or policy file needs it, and it bounds the recursion.
pub const MAX_DEPTH: usize = 64;

/// Parses JSON text into a `Value`. Used for the built-in policy data (written by
/// build.rs). Strict: one value, no trailing text; numbers must be whole or have at
/// most 15 significant digits, so that they read exactly.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
        #[cfg(feature = "full")]
        views: None,
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing text"));
    }
    Ok(v)
}

/// Parses an entry point's input as src/wasm_input.js writes it at the Wasm boundary:
/// JSON (from its numbers only the short forms, at most 15 digits) with three marks for
/// what JSON cannot hold — `!` a value read as `Unsupported`, `#` and 16 hex digits a
/// number by its bits, `@` the next typed array, which `views` gives. Whole API only (the
/// youth module keeps the walk, see src/wasm.rs).
#[cfg(feature = "full")]
pub fn parse_input(text: &str, views: &mut dyn FnMut() -> Value) -> Result<Value, String> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        i: 0,
        views: Some(views),
    };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.err("trailing text"));
    }
    Ok(v)
}

struct Parser<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    /// Set for an input's text: its marks are read, `@` through this.
    #[cfg(feature = "full")]
    views: Option<&'a mut dyn FnMut() -> Value>,
}

impl Parser<'_> {
    fn err(&self, what: &str) -> String {
        format!("{what} at byte {}", self.i)
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        let ok = self.s[self.i..].starts_with(lit.as_bytes());
        if ok {
            self.i += lit.len();
        }
        ok
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.eat("}") {
                    return Ok(Value::Object(fields));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(":") {
                        return Err(self.err("expected ':'"));
                    }
                    fields.push((k, self.value(depth + 1)?));
                    self.ws();
                    if self.eat("}") {
                        return Ok(Value::Object(fields));
                    }
                    if !self.eat(",") {
                        return Err(self.err("expected ',' or '}'"));
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat("]") {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat("]") {
                        return Ok(Value::Array(items));
                    }
                    if !self.eat(",") {
                        return Err(self.err("expected ',' or ']'"));
                    }
                }
            }
            Some(b'"') => self.string().map(Value::String),
            _ if self.eat("null") => Ok(Value::Null),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            #[cfg(feature = "full")]
            Some(b'!') if self.views.is_some() => {
                self.i += 1;
                Ok(Value::Unsupported)
            }
            #[cfg(feature = "full")]
            Some(b'#') if self.views.is_some() => {
                self.i += 1;
                let mut bits = 0u64;
                for _ in 0..4 {
                    bits = bits << 16 | u64::from(self.hex4()?);
                }
                Ok(Value::Number(f64::from_bits(bits)))
            }
            #[cfg(feature = "full")]
            Some(b'@') => match self.views.as_mut() {
                Some(views) => {
                    self.i += 1;
                    Ok(views())
                }
                None => Err(self.err("expected a value")),
            },
            _ => self.number(),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        if !self.eat("\"") {
            return Err(self.err("expected a string"));
        }
        let mut out = String::new();
        loop {
            let start = self.i;
            // Whole API: a string without escapes (nearly every one in an input) found in
            // one scan and copied in one allocation of its size.
            #[cfg(feature = "full")]
            {
                self.i += self.s[start..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                    .unwrap_or(self.s.len() - start);
                if out.is_empty() && self.s.get(self.i) == Some(&b'"') {
                    self.i += 1;
                    return Ok(self.text[start..self.i - 1].to_owned());
                }
            }
            while self.i < self.s.len()
                && self.s[self.i] != b'"'
                && self.s[self.i] != b'\\'
                && self.s[self.i] >= 0x20
            {
                self.i += 1;
            }
            // The run starts and stops at ASCII bytes (or the end) of a &str: whole UTF-8,
            // sliced without a second validation.
            out.push_str(&self.text[start..self.i]);
            match self.s.get(self.i) {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self
                        .s
                        .get(self.i)
                        .copied()
                        .ok_or_else(|| self.err("unfinished escape"))?;
                    self.i += 1;
                    out.push(match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) && self.eat("\\u") {
                                let lo = self.hex4()?;
                                0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.err("bad \\u escape"))?
                        }
                        _ => return Err(self.err("bad escape")),
                    });
                }
                _ => return Err(self.err("unfinished string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .s
            .get(self.i..self.i + 4)
            .ok_or_else(|| self.err("bad \\u escape"))?;
        let mut n = 0;
        for d in digits {
            n = n * 16
                + char::from(*d)
                    .to_digit(16)
                    .ok_or_else(|| self.err("bad \\u escape"))?;
        }
        self.i += 4;
        Ok(n)
    }

    /// `-?digits(.digits)?` with at most 15 significant digits: the digits as a whole
    /// number and a power of ten up to 10^22, both exact in an f64, so one division
    /// gives the correctly rounded value.
    fn number(&mut self) -> Result<Value, String> {
        let neg = self.eat("-");
        if !self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            return Err(self.err("expected a value"));
        }
        let (mut mantissa, mut digits, mut scale) = (0u64, 0u32, 0i32);
        let mut seen_point = false;
        let start = self.i;
        while let Some(&c) = self.s.get(self.i) {
            match c {
                b'0'..=b'9' => {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    if mantissa > 0 {
                        digits += 1;
                    }
                    if seen_point {
                        scale += 1;
                    }
                    if digits > 15 {
                        return Err(self.err("number with more than 15 significant digits"));
                    }
                }
                b'.' if !seen_point => seen_point = true,
                b'e' | b'E' => return Err(self.err("exponents are not used in policy data")),
                _ => break,
            }
            self.i += 1;
        }
        if self.i == start || self.s[self.i - 1] == b'.' {
            return Err(self.err("expected a value"));
        }
        if scale > 22 {
            return Err(self.err("number with more than 22 decimal places"));
        }
        let n = mantissa as f64 / 10f64.powi(scale);
        Ok(Value::Number(if neg { -n } else { n }))
    }
}
