//! A real headless Chromium, driven through ChromeDriver by fantoccini, with
//! axe-core injected into each page it checks.
//!
//! Prerequisites (the README's test command installs them): Debian's
//! `chromium` and `chromium-driver`, and `npm ci --prefix tests/browser`
//! for axe-core. A missing one fails the test with how to install it.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use tokio::process::{Child, Command};

/// The sizes every checked page is looked at: a laptop and a phone.
pub const DESKTOP: (u32, u32) = (1366, 768);
pub const PHONE: (u32, u32) = (390, 844);

fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    names
        .iter()
        .find_map(|name| std::env::split_paths(&path).map(|dir| dir.join(name)).find(|candidate| candidate.is_file()))
}

/// ChromeDriver on a free loopback port; stopped when dropped.
pub struct Driver {
    url: String,
    chromium: PathBuf,
    _process: Child,
    profiles: tempfile::TempDir,
}

impl Driver {
    pub async fn start() -> Driver {
        let driver = find_program(&["chromedriver"]).unwrap_or_else(|| {
            panic!("chromedriver is missing: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver), or run bash tests/run.sh, which does")
        });
        let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"]).unwrap_or_else(|| {
            panic!("chromium is missing: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver), or run bash tests/run.sh, which does")
        });
        let port = super::oidc::free_port();
        let process = Command::new(driver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        let status = format!("{url}/status");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(&status).send().await.is_ok_and(|r| r.status().is_success()) {
                let profiles = tempfile::tempdir().expect("a folder for browser profiles");
                return Driver { url, chromium, _process: process, profiles };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not answer on {status} within 10 s");
    }

    /// A browser of its own (its own profile, so its own cookies), at desktop size.
    pub async fn browser(&self, name: &str) -> Browser {
        let profile = self.profiles.path().join(name);
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": self.chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--hide-scrollbars",
                    format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={},{}", DESKTOP.0, DESKTOP.1),
                ],
            }),
        );
        // ChromeDriver speaks plain HTTP on loopback: no TLS connector.
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("chromium starts through chromedriver: {e}"));
        Browser { client, name: name.to_owned() }
    }
}

/// One person's browser.
pub struct Browser {
    pub client: Client,
    name: String,
}

/// Where a journey's screenshots go, for a reviewer to look at.
pub fn screenshot_dir() -> PathBuf {
    let dir = project_root().join("target").join("screenshots");
    std::fs::create_dir_all(&dir).expect("the screenshot folder");
    dir
}

fn axe_source() -> String {
    let path = project_root().join("tests/browser/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("{} is missing: run npm ci --prefix tests/browser (bash tests/run.sh does)", path.display())
    })
}

impl Browser {
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap_or_else(|e| panic!("{}: open {url}: {e}", self.name));
    }

    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        match self.client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(css)).await {
            Ok(element) => element,
            Err(e) => panic!("{}: no element {css} on {}: {e}", self.name, self.url().await),
        }
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.unwrap_or_else(|e| panic!("clear {css}: {e}"));
        field.send_keys(text).await.unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("{}: click {css}: {e}", self.name));
    }

    /// Clicks what sends a form or follows a link, and waits for the next page to load.
    pub async fn submit(&self, css: &str) {
        self.run("window.countersignOldPage = true; return null").await;
        self.click(css).await;
        for _ in 0..200 {
            let loaded = self
                .client
                .execute(
                    "return window.countersignOldPage === undefined && document.readyState === 'complete'",
                    Vec::new(),
                )
                .await;
            if matches!(loaded, Ok(Value::Bool(true))) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{}: no new page after clicking {css} on {}", self.name, self.url().await);
    }

    /// The state a step page shows in its badge (its key, from the badge's class).
    pub async fn step_state(&self) -> String {
        let class = self.find("h1 + p .badge").await.attr("class").await.ok().flatten().unwrap_or_default();
        class.split(' ').find_map(|c| c.strip_prefix("state-")).unwrap_or_default().to_owned()
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default()
    }

    pub async fn text(&self) -> String {
        self.find("body").await.text().await.unwrap_or_default()
    }

    pub async fn run(&self, script: &str) -> Value {
        self.client.execute(script, Vec::new()).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn resize(&self, (width, height): (u32, u32)) {
        self.client.set_window_size(width, height).await.expect("the window resizes");
        // The layout settles on the next frame.
        let _ = self
            .client
            .execute_async("requestAnimationFrame(() => requestAnimationFrame(() => arguments[0]()))", Vec::new())
            .await;
    }

    /// Checks the page as it is: axe-core finds no serious or critical WCAG 2.2 A/AA
    /// violation, nothing overflows a 390 px viewport outside a scrollable region that the
    /// keyboard can reach, and screenshots at both sizes land in `target/screenshots`.
    pub async fn check_page(&self, journey: &str, page: &str) {
        let url = self.url().await;
        let title = self.client.title().await.unwrap_or_default();
        for (size, label) in [(DESKTOP, "desktop"), (PHONE, "phone")] {
            // The whole page in one picture, for the reviewer: the window as tall as the page.
            self.resize(size).await;
            let height = self.run("return document.documentElement.scrollHeight").await.as_u64().unwrap_or(0);
            let height = u32::try_from(height).unwrap_or(size.1).clamp(size.1, 12_000);
            self.resize((size.0, height)).await;
            let png = self.client.screenshot().await.expect("a screenshot");
            std::fs::write(screenshot_dir().join(format!("{journey}-{page}-{label}.png")), png).expect("saved");
            self.resize(size).await;
            let violations = self.axe().await;
            assert!(
                violations.is_empty(),
                "{journey}/{page} ({label}, {url}, \"{title}\"): axe-core finds:\n{violations}"
            );
            if size == PHONE {
                let overflow = self.overflow().await;
                assert!(overflow.is_empty(), "{journey}/{page} ({url}) overflows 390 px:\n{overflow}");
            }
        }
        self.resize(DESKTOP).await;
    }

    /// The serious and critical WCAG violations axe-core finds on the page, one per line.
    pub async fn axe(&self) -> String {
        let loaded = self.run("return typeof window.axe === 'object'").await;
        if loaded != Value::Bool(true) {
            self.client.execute(&axe_source(), Vec::new()).await.expect("axe-core loads into the page");
        }
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[0];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + '\n    ' + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\n/g, ' ')).join('\n    '))))
                  .catch(e => done(['axe failed: ' + e]));"#,
                Vec::new(),
            )
            .await
            .expect("axe-core runs");
        result.as_array().map(|v| v.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n")).unwrap_or_default()
    }

    /// Elements that reach past the viewport's right edge, unless inside an element that
    /// scrolls sideways and takes the keyboard's focus.
    pub async fn overflow(&self) -> String {
        let found = self
            .run(
                r#"const width = document.documentElement.clientWidth;
                const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                    const s = getComputedStyle(p);
                    if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && p.tabIndex >= 0) return true;
                    if (s.overflowX === 'hidden' || s.overflowX === 'clip') return true;
                } return false; };
                const out = [];
                if (document.documentElement.scrollWidth > width + 1) out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
                for (const el of document.body.querySelectorAll('*')) {
                    const r = el.getBoundingClientRect();
                    if (r.width > 0 && r.right > width + 1 && !inScroller(el)) {
                        out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' ends at ' + Math.round(r.right) + ' px');
                    }
                    if (out.length > 10) break;
                }
                return out;"#,
            )
            .await;
        found.as_array().map(|v| v.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("\n")).unwrap_or_default()
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// The browser's cookies as a Cookie header: a download is fetched with them, as the
/// person's own request, since a headless browser keeps no download to read.
pub async fn cookie_header(browser: &Browser) -> String {
    browser
        .client
        .get_all_cookies()
        .await
        .expect("the browser's cookies")
        .iter()
        .map(|c| format!("{}={}", c.name(), c.value()))
        .collect::<Vec<_>>()
        .join("; ")
}
