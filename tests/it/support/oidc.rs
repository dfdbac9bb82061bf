//! A real OpenID provider on 127.0.0.1 for the single sign-on tests: the npm
//! package `oidc-provider` (certified by the OpenID Foundation), run by
//! `tests/oidc/provider.mjs` with its own login and consent pages. It stops
//! when dropped (its stdin closes).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, ChildStdin, Command};

pub const CLIENT_ID: &str = "countersign";
/// Characters that need encoding in HTTP Basic authentication, on purpose.
pub const CLIENT_SECRET: &str = "test-secret:with/reserved+chars";

pub struct TestProvider {
    pub issuer: String,
    /// The people it knows, re-read at every sign-in: rewrite it to change their groups.
    pub accounts: PathBuf,
    _child: Child,
    _stdin: ChildStdin,
}

/// How the provider is started.
pub struct ProviderSetup<'a> {
    /// 0 picks a free port.
    pub port: u16,
    pub accounts: &'a Path,
    /// The portal's public URL: its callback and sign-out page are registered.
    pub portal: &'a str,
    /// Signs ID tokens with a key other than the one it publishes.
    pub rogue: bool,
    /// Signs ID tokens with the client secret (HS256) instead of its key pair.
    pub shared_secret_tokens: bool,
}

fn provider_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc")
}

impl TestProvider {
    /// Starts the provider. A launch that has not said its issuer within 30 s is killed and
    /// started again, twice at most: once in a whole CI run a launch sat silent for a minute on an
    /// idle machine while it takes 0.6 s otherwise. What the stalled launch logged is printed, and
    /// a provider that exits or stalls three times fails the test with its log.
    pub async fn start(setup: ProviderSetup<'_>) -> TestProvider {
        let dir = provider_dir();
        assert!(
            dir.join("node_modules/oidc-provider").is_dir(),
            "the test identity provider's packages are missing: run `npm ci --prefix tests/oidc` \
             (bash tests/run.sh does it; Node.js 20 or later and npm are needed)"
        );
        // Its warnings about development mode would bury the test output: they go to a file beside the accounts.
        let log = setup.accounts.with_extension("provider.log");
        let mut attempt = 1;
        loop {
            match launch(&dir, &setup, &log).await {
                Ok(provider) => return provider,
                Err(stalled) if attempt < 3 => {
                    eprintln!("the test identity provider, launch {attempt}: {stalled}; again")
                }
                Err(stalled) => panic!("the test identity provider did not start in three launches: {stalled}"),
            }
            attempt += 1;
        }
    }

    /// Sets the people the provider knows: (sub, groups); each is named after their sub.
    pub fn set_accounts(&self, people: &[(&str, &[&str])]) {
        write_accounts(&self.accounts, people);
    }
}

/// One launch of the provider: it, or what its log says when it stalled.
async fn launch(dir: &Path, setup: &ProviderSetup<'_>, log: &Path) -> Result<TestProvider, String> {
    let stderr = std::fs::File::create(log).expect("the provider's log file");
    let mut child = Command::new("node")
        .arg(dir.join("provider.mjs"))
        .env("OIDC_PORT", setup.port.to_string())
        .env("OIDC_CLIENT_ID", CLIENT_ID)
        .env("OIDC_CLIENT_SECRET", CLIENT_SECRET)
        .env("OIDC_REDIRECT_URI", format!("{}/login/sso/callback", setup.portal))
        .env("OIDC_POST_LOGOUT_REDIRECT_URI", format!("{}/login", setup.portal))
        .env("OIDC_ACCOUNTS", setup.accounts)
        .env("OIDC_ROGUE", if setup.rogue { "1" } else { "0" })
        .env("OIDC_ID_TOKEN_ALG", if setup.shared_secret_tokens { "HS256" } else { "RS256" })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot run node for the test identity provider ({e}): install Node.js 20 or later")
        });
    let stdin = child.stdin.take().expect("the provider's stdin");
    let stdout = child.stdout.take().expect("the provider's stdout");
    let mut lines = BufReader::new(stdout).lines();
    let logged = || std::fs::read_to_string(log).unwrap_or_default();
    let line = match tokio::time::timeout(Duration::from_secs(30), lines.next_line()).await {
        Ok(Ok(Some(line))) => line,
        Ok(Ok(None)) => {
            return Err(format!("it exited before it listened ({:?}), logging:\n{}", child.wait().await, logged()));
        }
        Ok(Err(error)) => return Err(format!("its stdout did not read ({error}), logging:\n{}", logged())),
        Err(_) => {
            let state = child.try_wait();
            let _ = child.kill().await;
            return Err(format!("silent for 30 s (exit status so far: {state:?}), logging:\n{}", logged()));
        }
    };
    let issuer = line.strip_prefix("issuer ").unwrap_or_else(|| panic!("unexpected first line: {line}")).to_owned();
    Ok(TestProvider { issuer, accounts: setup.accounts.to_path_buf(), _child: child, _stdin: stdin })
}

pub fn write_accounts(path: &Path, people: &[(&str, &[&str])]) {
    let mut accounts = serde_json::Map::new();
    for (sub, groups) in people {
        accounts.insert(
            (*sub).to_owned(),
            serde_json::json!({
                "name": format!("{} Example", sub),
                "preferred_username": sub,
                "email": format!("{sub}@contoso.test"),
                "groups": groups,
            }),
        );
    }
    std::fs::write(path, serde_json::Value::Object(accounts).to_string()).expect("the accounts file is written");
}

/// A free port on 127.0.0.1, for a server that must know its address before it starts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}
