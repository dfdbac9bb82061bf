//! The stylesheet, the script and the icon, compiled in so that the binary
//! runs from any folder. Pages link them by a version (a hash of their
//! content), so a browser keeps a file as long as it likes and fetches the
//! new one the moment a release changes it, even while replicas of two
//! releases answer behind one load balancer.

use std::sync::LazyLock;

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::web::AppError;

struct Asset {
    name: &'static str,
    body: &'static str,
    content_type: &'static str,
    version: String,
}

static ASSETS: LazyLock<[Asset; 3]> = LazyLock::new(|| {
    let asset = |name, body: &'static str, content_type| Asset {
        name,
        body,
        content_type,
        version: hex::encode(&Sha256::digest(body.as_bytes())[..8]),
    };
    [
        asset("style.css", include_str!("../../../static/style.css"), "text/css; charset=utf-8"),
        asset("app.js", include_str!("../../../static/app.js"), "text/javascript; charset=utf-8"),
        asset("favicon.svg", include_str!("../../../static/favicon.svg"), "image/svg+xml"),
    ]
});

fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|asset| asset.name == name)
}

/// Where a page links `name`: its address with this release's version of it.
pub fn link(name: &str) -> String {
    match find(name) {
        Some(asset) => format!("/static/{}?v={}", asset.name, asset.version),
        None => format!("/static/{name}"),
    }
}

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

pub async fn serve(Path(file): Path<String>, Query(asked): Query<Version>) -> Response {
    match find(&file) {
        Some(asset) => respond(asset, asked.v.as_deref()),
        None => AppError::NotFound(format!("/static/{file}")).into_response(),
    }
}

/// `/favicon.ico`, which browsers ask for by that name.
pub async fn favicon() -> Response {
    match find("favicon.svg") {
        Some(asset) => respond(asset, None),
        None => AppError::NotFound("/favicon.ico".to_owned()).into_response(),
    }
}

fn respond(asset: &Asset, asked: Option<&str>) -> Response {
    // Kept for good only under the address of its own content. Another version is asked for by a
    // page from another release (the load balancer chose this replica): it gets what this replica
    // has, never to be kept under that address.
    let caching =
        if asked == Some(asset.version.as_str()) { "public, max-age=31536000, immutable" } else { "no-cache" };
    ([(header::CONTENT_TYPE, asset.content_type), (header::CACHE_CONTROL, caching)], asset.body).into_response()
}
