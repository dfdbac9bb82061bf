//! The OpenID provider, through the `openidconnect` crate: discovery (retried
//! until it succeeds), the authorization URL with PKCE, the code exchange and
//! the ID token's checks, and the provider's own sign-out.

use std::str::FromStr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreResponseType, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationFlow, AuthorizationCode, Client, ClientId, CsrfToken, EmptyExtraTokenFields,
    EndSessionUrl, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken, IdTokenFields, IssuerUrl, LogoutRequest,
    Nonce, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl, Scope,
    StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use serde::{Deserialize, Serialize};

use super::{Claims, Failure, SsoConfig};

/// Where the provider sends people back, under the portal's public URL.
pub const CALLBACK_PATH: &str = "/login/sso/callback";
/// Where the provider's sign-out sends people back.
pub const AFTER_LOGOUT_PATH: &str = "/login";

/// The claims beyond the standard ones, kept as they came.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OtherClaims {
    #[serde(flatten)]
    pub claims: serde_json::Map<String, serde_json::Value>,
}

impl AdditionalClaims for OtherClaims {}

type TokenFields = IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type Tokens = StandardTokenResponse<TokenFields, CoreTokenType>;
type ProviderIdToken =
    IdToken<OtherClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;
type OidcClient = Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    Tokens,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// What discovery found.
struct Discovered {
    client: OidcClient,
    /// The provider's ID token algorithms that use a key pair: a token signed
    /// with the client secret (HS256…) is refused, since anyone holding the
    /// secret could make one.
    asymmetric_algs: Vec<CoreJwsSigningAlgorithm>,
    end_session: Option<EndSessionUrl>,
    at: Instant,
}

/// A sign-in sent to the provider: the URL to send the browser to, and what
/// the callback must match, kept server-side.
pub struct Started {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// A sign-in the provider completed: the checked claims, and the ID token for the sign-out.
pub struct Finished {
    pub claims: Claims,
    pub id_token: String,
}

// Written by hand so that no log line can carry the verifier or the token.
impl std::fmt::Debug for Started {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Started").field("url", &self.url).finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Finished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Finished").field("subject", &self.claims.subject).finish_non_exhaustive()
    }
}

/// The longest ID token sent back as the sign-out's `id_token_hint`.
const MAX_HINT_BYTES: usize = 4096;

/// After a signature failure, discovery (and with it the provider's keys) is
/// fetched again at most this often: the provider may have rotated its keys.
const KEYS_REFRESHED_AFTER: Duration = Duration::from_secs(60);

pub struct Provider {
    pub config: SsoConfig,
    issuer: IssuerUrl,
    redirect: RedirectUrl,
    after_logout: PostLogoutRedirectUrl,
    /// Follows no redirects: a provider's answer is taken as given, never chased elsewhere.
    http: reqwest::Client,
    discovered: RwLock<Option<Arc<Discovered>>>,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("issuer", &self.config.issuer).field("ready", &self.is_ready()).finish()
    }
}

impl Provider {
    /// The provider for `config`, answering to `public_url` (never to a request's Host header).
    pub fn new(config: SsoConfig, public_url: &str) -> Result<Provider, String> {
        let issuer = IssuerUrl::new(config.issuer.clone())
            .map_err(|e| format!("--oidc-issuer: \"{}\" is not a URL: {e}", config.issuer))?;
        let base = public_url.trim_end_matches('/');
        let redirect = RedirectUrl::new(format!("{base}{CALLBACK_PATH}"))
            .map_err(|e| format!("--public-url: \"{public_url}\" does not make a redirect URL: {e}"))?;
        let after_logout = PostLogoutRedirectUrl::new(format!("{base}{AFTER_LOGOUT_PATH}"))
            .map_err(|e| format!("--public-url: \"{public_url}\" does not make a sign-out URL: {e}"))?;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("cannot build the HTTP client for the identity provider: {e}"))?;
        Ok(Provider { config, issuer, redirect, after_logout, http, discovered: RwLock::new(None) })
    }

    /// The provider's origin (`https://login.example.com`), for the pages' form-action.
    pub fn origin(&self) -> Option<String> {
        let origin = self.issuer.url().origin();
        origin.is_tuple().then(|| origin.ascii_serialization())
    }

    /// The redirect URL to register at the provider.
    pub fn redirect_url(&self) -> &str {
        self.redirect.as_str()
    }

    fn is_ready(&self) -> bool {
        self.current().is_some()
    }

    fn current(&self) -> Option<Arc<Discovered>> {
        self.discovered.read().ok().and_then(|d| d.clone())
    }

    /// Reads the provider's discovery document and keys once.
    pub async fn discover(&self) -> Result<(), String> {
        let metadata = ProviderMetadataWithLogout::discover_async(self.issuer.clone(), &self.http)
            .await
            .map_err(|e| error_chain(&e))?;
        let end_session = metadata.additional_metadata().end_session_endpoint.clone();
        let asymmetric_algs = metadata
            .id_token_signing_alg_values_supported()
            .iter()
            .filter(|alg| !openidconnect::JwsSigningAlgorithm::uses_shared_secret(*alg))
            .cloned()
            .collect();
        let secret = self.config.client_secret.as_ref().map(|s| openidconnect::ClientSecret::new(s.0.clone()));
        let client = OidcClient::from_provider_metadata(metadata, ClientId::new(self.config.client_id.clone()), secret)
            .set_redirect_uri(self.redirect.clone());
        let discovered = Arc::new(Discovered { client, asymmetric_algs, end_session, at: Instant::now() });
        if let Ok(mut slot) = self.discovered.write() {
            *slot = Some(discovered);
        }
        Ok(())
    }

    /// Discovers in the background, retrying with backoff (half a second,
    /// doubling, at most 30 s) until it succeeds; password sign-in works meanwhile.
    pub fn spawn_discovery(self: Arc<Self>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(async move {
            let mut wait = Duration::from_millis(500);
            loop {
                match self.discover().await {
                    Ok(()) => {
                        tracing::info!(issuer = %self.config.issuer, redirect_url = %self.redirect.as_str(),
                            "the identity provider answered: sign-in with {} is on", self.config.name);
                        return;
                    }
                    Err(error) => {
                        tracing::warn!(issuer = %self.config.issuer, %error, retry_in_seconds = wait.as_secs_f32(),
                            "cannot read the identity provider's discovery document; password sign-in works meanwhile");
                        tokio::time::sleep(wait).await;
                        wait = (wait * 2).min(Duration::from_secs(30));
                    }
                }
            }
        })
    }

    /// Begins a sign-in: the authorization code flow with PKCE (S256), a fresh state and nonce.
    pub fn start(&self) -> Result<Started, Failure> {
        let discovered = self.current().ok_or(Failure::ProviderUnreachable)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = discovered.client.authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        );
        for scope in &self.config.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        if let Some(resource) = &self.config.resource {
            request = request.add_extra_param("resource", resource.clone());
        }
        let (url, state, nonce) = request.set_pkce_challenge(challenge).url();
        Ok(Started {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Whether a callback's `iss` parameter (RFC 9207), when sent, names this
    /// provider: compared exactly, as the RFC asks.
    pub fn is_issuer(&self, iss: &str) -> bool {
        iss == self.issuer.as_str()
    }

    /// Exchanges the code and checks the ID token (signature, issuer,
    /// audience, expiry, nonce: all the crate's checks, none switched off).
    /// The detail of a failure goes to the log.
    pub async fn finish(&self, code: &str, nonce: &str, pkce_verifier: &str) -> Result<Finished, Failure> {
        let discovered = self.current().ok_or(Failure::ProviderUnreachable)?;
        let exchange = discovered.client.exchange_code(AuthorizationCode::new(code.to_owned())).map_err(|e| {
            tracing::warn!(error = %error_chain(&e), "the identity provider has no token endpoint");
            Failure::TokenExchange
        })?;
        let tokens = exchange
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %error_chain(&e), "the identity provider's token endpoint refused the code");
                Failure::TokenExchange
            })?;
        let Some(id_token) = tokens.id_token() else {
            tracing::warn!("the identity provider answered without an ID token");
            return Err(Failure::TokenInvalid);
        };
        let nonce = Nonce::new(nonce.to_owned());
        let claims = match check(&discovered, id_token, &nonce) {
            Err(openidconnect::ClaimsVerificationError::SignatureVerification(_))
                if discovered.at.elapsed() > KEYS_REFRESHED_AFTER =>
            {
                // Perhaps new keys: read them once more, then judge again.
                match self.discover().await {
                    Ok(()) => match self.current() {
                        Some(again) => check(&again, id_token, &nonce),
                        None => return Err(Failure::ProviderUnreachable),
                    },
                    Err(error) => {
                        tracing::warn!(%error, "cannot read the identity provider's keys again");
                        return Err(Failure::TokenInvalid);
                    }
                }
            }
            checked => checked,
        }
        .map_err(|e| {
            tracing::warn!(error = %error_chain(&e), "the ID token failed its checks");
            Failure::TokenInvalid
        })?;
        Ok(Finished { claims, id_token: id_token.to_string() })
    }

    /// The provider's sign-out URL for a session it signed in, when it has one
    /// (RP-initiated logout).
    pub fn logout_url(&self, id_token: &str) -> Option<String> {
        let end_session = self.current()?.end_session.clone()?;
        let mut request = LogoutRequest::from(end_session)
            .set_client_id(ClientId::new(self.config.client_id.clone()))
            .set_post_logout_redirect_uri(self.after_logout.clone());
        // A token with hundreds of groups would make a Location header that
        // proxies refuse; the client id and the return URL suffice then.
        if let Some(token) = ProviderIdToken::from_str(id_token).ok().filter(|_| id_token.len() <= MAX_HINT_BYTES) {
            request = request.set_id_token_hint(&token);
        }
        Some(request.http_get_url().to_string())
    }
}

/// The crate's checks of an ID token, and its claims as Countersign reads them.
fn check(
    discovered: &Discovered,
    id_token: &ProviderIdToken,
    nonce: &Nonce,
) -> Result<Claims, openidconnect::ClaimsVerificationError> {
    let verifier = discovered.client.id_token_verifier().set_allowed_algs(discovered.asymmetric_algs.clone());
    let verified = id_token.claims(&verifier, nonce)?;
    Ok(Claims {
        subject: verified.subject().as_str().to_owned(),
        preferred_username: verified.preferred_username().map(|u| u.as_str().to_owned()),
        email: verified.email().map(|e| e.as_str().to_owned()),
        name: verified.name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned()),
        other: verified.additional_claims().claims.clone(),
    })
}

/// An error with its causes, for the log.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}
