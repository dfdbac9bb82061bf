//! Acting on steps as the pages offer it, and a deployment with the people to work it.

use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};

use super::{TestApp, text};

/// The hidden fields of the action form for `kind` on a step page.
/// The hidden fields of the action form for `kind` on a step page: the CSRF
/// token, the step's version, the form's one-time id and the content hash.
pub fn form_fields(page: &str, kind: &str) -> Option<(String, String, String, String)> {
    let start = page.find(&format!("name=\"kind\" value=\"{kind}\""))?;
    let form_start = page[..start].rfind("<form")?;
    let form = &page[form_start..];
    let value = |name: &str| {
        let marker = format!("name=\"{name}\" value=\"");
        form.find(&marker).map(|i| form[i + marker.len()..].chars().take_while(|c| *c != '"').collect::<String>())
    };
    Some((value("csrf")?, value("version")?, value("nonce")?, value("content_sha256")?))
}

pub struct Step<'a> {
    pub app: &'a TestApp,
    pub id: i64,
    pub key: &'a str,
}

impl Step<'_> {
    pub fn path(&self) -> String {
        format!("/deployments/{}/steps/{}", self.id, self.key)
    }

    pub async fn page(&self, client: &Client) -> String {
        text(self.app.get(client, &self.path()).await).await
    }

    /// Takes an action as the page offers it: fails if the page offers no such form.
    pub async fn act(&self, client: &Client, kind: &str, extra: &[(&str, &str)]) -> reqwest::Response {
        let page = self.page(client).await;
        let (csrf, version, nonce, content) =
            form_fields(&page, kind).unwrap_or_else(|| panic!("no {kind} form on {}", self.path()));
        self.post(client, &csrf, kind, &version, &nonce, &content, extra, None).await
    }

    #[allow(clippy::too_many_arguments)]
    pub async fn post(
        &self,
        client: &Client,
        csrf: &str,
        kind: &str,
        version: &str,
        nonce: &str,
        content_sha256: &str,
        extra: &[(&str, &str)],
        file: Option<(&str, Vec<u8>)>,
    ) -> reqwest::Response {
        let mut form = Form::new()
            .text("csrf", csrf.to_owned())
            .text("kind", kind.to_owned())
            .text("version", version.to_owned())
            .text("nonce", nonce.to_owned())
            .text("content_sha256", content_sha256.to_owned());
        for (name, value) in extra {
            form = form.text((*name).to_owned(), (*value).to_owned());
        }
        if let Some((name, bytes)) = file {
            form = form.part("evidence_file", Part::bytes(bytes).file_name(name.to_owned()));
        }
        client
            .post(self.app.url(&format!("{}/act", self.path())))
            .multipart(form)
            .send()
            .await
            .expect("the server answers")
    }

    pub async fn state(&self, client: &Client) -> String {
        let page = self.page(client).await;
        let marker = "<span class=\"badge state-";
        page.find(marker)
            .map(|i| page[i + marker.len()..].chars().take_while(|c| *c != '"').collect())
            .unwrap_or_default()
    }

    pub async fn sign_and_countersign(&self, signer: &Client, countersigner: &Client) {
        assert_eq!(
            self.act(signer, "sign", &[("note", "done")]).await.status(),
            StatusCode::SEE_OTHER,
            "sign {}",
            self.key
        );
        assert_eq!(
            self.act(countersigner, "countersign", &[]).await.status(),
            StatusCode::SEE_OTHER,
            "countersign {}",
            self.key
        );
    }
}

/// A deployment and the people to work it.
pub struct Team {
    pub app: TestApp,
    pub id: i64,
    pub coordinator: Client,
    pub org1: Client,
    pub org2: Client,
}

pub async fn team() -> Team {
    team_with(TestApp::spawn().await, &[]).await
}

pub async fn team_with(app: TestApp, rules: &[(&str, &str)]) -> Team {
    let admin = app.admin().await;
    let coordinator = app.login("coord", &app.create_user(&admin, "coord", &["coordinator"]).await).await;
    let org1 = app.login("org1", &app.create_user(&admin, "org1", &["exchange-org-admins"]).await).await;
    let org2 = app.login("org2", &app.create_user(&admin, "org2", &["exchange-org-admins"]).await).await;
    let id = app.create_deployment(&coordinator, rules).await;
    Team { app, id, coordinator, org1, org2 }
}

pub async fn user(app: &TestApp, name: &str, roles: &[&str]) -> Client {
    let admin = app.admin().await;
    app.login(name, &app.create_user(&admin, name, roles).await).await
}

impl Team {
    /// Changes one parameter through the parameters form, as a coordinator does.
    pub async fn set_parameter(&self, field: &str, value: &str) {
        let path = format!("/deployments/{}/parameters", self.id);
        let page = text(self.app.get(&self.coordinator, &path).await).await;
        let marker = "name=\"version\" value=\"";
        let start = page.find(marker).expect("the form carries the deployment's version") + marker.len();
        let version: String = page[start..].chars().take_while(|c| *c != '"').collect();
        let answers =
            text(self.app.get(&self.coordinator, &format!("/deployments/{}/answers.toml", self.id)).await).await;
        let mut fields: Vec<(String, String)> = countersign::answers::form::from_toml(&answers).into_iter().collect();
        for (key, old) in &mut fields {
            if key == field {
                *old = value.to_owned();
            }
        }
        fields.push(("version".into(), version));
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let response = self.app.post_form(&self.coordinator, &path, &path, &pairs).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{field} = {value}: {}", text(response).await);
    }
}

/// Walks deployment `id` to complete, step by step in plan order: whoever
/// is offered the sign form signs, the other countersigns. Returns the
/// number of steps and how many handoffs the deployment page showed.
pub async fn walk_to_complete(app: &TestApp, id: i64, exchange: &Client, lync: &Client) -> (usize, usize) {
    let plan_page = text(app.get(exchange, &format!("/deployments/{id}")).await).await;
    // Plan order puts every step after the steps it depends on.
    let keys: Vec<String> = plan_page
        .match_indices(&format!("/deployments/{id}/steps/"))
        .map(|(i, m)| plan_page[i + m.len()..].chars().take_while(|c| *c != '"').collect::<String>())
        .collect();
    let mut ordered: Vec<(usize, String)> = Vec::new();
    for key in keys {
        if ordered.iter().any(|(_, k)| *k == key) {
            continue;
        }
        let page = text(app.get(exchange, &format!("/deployments/{id}/steps/{key}")).await).await;
        let number: usize = page
            .split("<h1>")
            .nth(1)
            .and_then(|h| h.split('.').next())
            .and_then(|n| n.trim().parse().ok())
            .expect("a step number");
        ordered.push((number, key));
    }
    ordered.sort();
    let mut handoffs_seen = 0;
    for (_, key) in &ordered {
        let step = Step { app, id, key };
        let page = step.page(exchange).await;
        let (signer, countersigner) =
            if form_fields(&page, "sign").is_some() { (exchange, lync) } else { (lync, exchange) };
        step.sign_and_countersign(signer, countersigner).await;
        let deployment = text(app.get(exchange, &format!("/deployments/{id}")).await).await;
        handoffs_seen = deployment.matches(" handed to <strong>").count();
    }
    (ordered.len(), handoffs_seen)
}

/// The audit key's verifier key, as the audit page shows it to an auditor.
pub async fn verifier_key_shown(app: &TestApp, auditor: &Client) -> String {
    let page = text(app.get(auditor, "/audit").await).await;
    page.split("<pre>")
        .filter_map(|p| p.split("</pre>").next())
        .find(|p| p.contains("/countersign-audit+"))
        .expect("the verifier key on the audit page")
        .trim()
        .to_owned()
}
