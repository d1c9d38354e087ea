//! Reading the Cookie header and writing Set-Cookie values with safe attributes.
use axum::http::HeaderMap;

pub const SESSION: &str = "sid";
pub const CSRF: &str = "csrf";
pub const FLASH: &str = "flash";

/// The value of one cookie from the request headers.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure when asked.
pub fn set(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        c.push_str("; Secure");
    }
    c
}

/// A Set-Cookie value that removes the cookie.
pub fn clear(name: &str) -> String {
    format!("{name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// Adds `Secure` to every Set-Cookie of a response that lacks it (an https site sends no
/// cookie in the clear, whichever handler wrote it).
pub fn make_secure(headers: &mut HeaderMap) {
    use axum::http::header::SET_COOKIE;
    use axum::http::HeaderValue;
    if !headers
        .get_all(SET_COOKIE)
        .iter()
        .any(|v| !is_secure(v.as_bytes()))
    {
        return;
    }
    let all: Vec<HeaderValue> = headers.get_all(SET_COOKIE).iter().cloned().collect();
    headers.remove(SET_COOKIE);
    for v in all {
        let v = if is_secure(v.as_bytes()) {
            v
        } else {
            let mut bytes = v.as_bytes().to_vec();
            bytes.extend_from_slice(b"; Secure");
            HeaderValue::from_bytes(&bytes).unwrap_or(v)
        };
        headers.append(SET_COOKIE, v);
    }
}

fn is_secure(cookie: &[u8]) -> bool {
    cookie
        .split(|b| *b == b';')
        .any(|attr| attr.trim_ascii().eq_ignore_ascii_case(b"secure"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cookie_becomes_secure_once() {
        let mut h = HeaderMap::new();
        let sc = axum::http::header::SET_COOKIE;
        h.append(
            sc.clone(),
            set(FLASH, "x", Some(60), false).parse().unwrap(),
        );
        h.append(sc.clone(), set(SESSION, "y", None, true).parse().unwrap());
        h.append(sc.clone(), clear(CSRF).parse().unwrap());
        make_secure(&mut h);
        let all: Vec<_> = h.get_all(sc).iter().map(|v| v.to_str().unwrap()).collect();
        assert_eq!(all.len(), 3);
        for c in all {
            assert_eq!(c.matches("Secure").count(), 1, "{c}");
        }
    }
}
