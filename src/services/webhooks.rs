//! Delivering webhook posts (Teams or Slack incoming webhooks, or anything
//! that takes JSON). Deliveries are written with the change that causes them;
//! this worker sends them, retrying with backoff. A failure is logged and
//! shown to administrators, and never blocks a sign-off.

use std::sync::Arc;
use std::time::Duration;

use sqlx::SqlitePool;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::db;

/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i64 = 8;

/// Seconds to wait after the `attempts`-th failure: 2, 4, 8 … at most ten minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    2i64.saturating_pow(attempts.clamp(1, 20) as u32).min(600)
}

/// Starts the worker; `wake` makes it look for work at once.
pub fn spawn(pool: SqlitePool, url: String, wake: Arc<Notify>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let client = match reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
        {
            Ok(client) => client,
            Err(error) => {
                tracing::error!(%error, "webhooks: cannot build an HTTP client; no webhook will be sent");
                return;
            }
        };
        loop {
            if let Err(error) = deliver_due(&pool, &client, &url).await {
                tracing::error!(%error, "webhooks: cannot read the deliveries");
            }
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(Duration::from_secs(2)) => {}
            }
        }
    })
}

async fn deliver_due(pool: &SqlitePool, client: &reqwest::Client, url: &str) -> Result<(), sqlx::Error> {
    let due = {
        let mut conn = pool.acquire().await?;
        db::workflow::due_deliveries(&mut conn).await?
    };
    for delivery in due {
        let result = client
            .post(url)
            .header("content-type", "application/json")
            .body(delivery.payload.clone())
            .send()
            .await
            .map_err(|e| e.to_string())
            .and_then(|r| {
                if r.status().is_success() { Ok(()) } else { Err(format!("the webhook answered {}", r.status())) }
            });
        let mut conn = pool.acquire().await?;
        match result {
            Ok(()) => db::workflow::delivered(&mut conn, delivery.id).await?,
            Err(error) => {
                let attempts = delivery.attempts + 1;
                let next = (attempts < MAX_ATTEMPTS).then(|| db::now() + backoff_seconds(attempts));
                tracing::warn!(delivery = delivery.id, attempts, %error, gave_up = next.is_none(), "webhook delivery failed");
                db::workflow::delivery_failed(&mut conn, delivery.id, &error, next).await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_stops_growing() {
        assert_eq!(super::backoff_seconds(1), 2);
        assert_eq!(super::backoff_seconds(3), 8);
        assert_eq!(super::backoff_seconds(12), 600);
    }
}
