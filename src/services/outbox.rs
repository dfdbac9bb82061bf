//! Sending what the portal announces outside itself: webhook posts (Teams or
//! Slack incoming webhooks, or anything that takes JSON) and e-mail over
//! SMTP. Deliveries are written with the change that causes them; this
//! worker sends them, retrying with backoff. A failure is logged and shown to
//! administrators, and never blocks a sign-off.

use std::sync::Arc;
use std::time::Duration;

use crate::db::Pool;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::{Digest, Sha256};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::db;
use crate::db::workflow::{Channel, DeliveryRow};

/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i64 = 8;

/// Seconds to wait after the `attempts`-th failure: 2, 4, 8 … at most ten minutes.
pub fn backoff_seconds(attempts: i64) -> i64 {
    2i64.saturating_pow(attempts.clamp(1, 20) as u32).min(600)
}

/// Where announcements go; each is optional.
#[derive(Debug, Clone, Default)]
pub struct OutboxConfig {
    pub webhook_url: Option<String>,
    /// `smtp://host:port` (plain), `smtp://host:587?tls=required` (STARTTLS) or `smtps://user:password@host`.
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
}

impl OutboxConfig {
    pub fn is_empty(&self) -> bool {
        self.webhook_url.is_none() && self.smtp_url.is_none()
    }
}

/// Checks an e-mail address; the message says what is wrong.
pub fn check_address(address: &str) -> Result<(), String> {
    address.parse::<Mailbox>().map(|_| ()).map_err(|e| format!("\"{address}\" is not an e-mail address ({e})"))
}

struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Starts the worker; `wake` makes it look for work at once.
pub fn spawn(pool: Pool, config: OutboxConfig, wake: Arc<Notify>) -> JoinHandle<()> {
    tokio::spawn(async move {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|error| tracing::error!(%error, "outbox: cannot build an HTTP client; no webhook will be sent"))
            .ok();
        let mailer = config.smtp_url.as_deref().and_then(|url| {
            let from = config.mail_from.as_deref().unwrap_or("countersign@localhost").parse::<Mailbox>();
            match (AsyncSmtpTransport::<Tokio1Executor>::from_url(url), from) {
                (Ok(builder), Ok(from)) => {
                    Some(Mailer { transport: builder.timeout(Some(Duration::from_secs(15))).build(), from })
                }
                (Err(error), _) => {
                    tracing::error!(%error, "outbox: the SMTP URL is not usable; no e-mail will be sent");
                    None
                }
                (_, Err(error)) => {
                    tracing::error!(%error, "outbox: the sender address is not usable; no e-mail will be sent");
                    None
                }
            }
        });
        loop {
            if let (Some(url), Some(client)) = (&config.webhook_url, &client)
                && let Err(error) = deliver(&pool, Channel::Webhook, |row| post(client, url, row)).await
            {
                tracing::error!(%error, "outbox: cannot read the webhook deliveries");
            }
            if let Some(mailer) = &mailer
                && let Err(error) = deliver(&pool, Channel::Email, |row| mail(mailer, row)).await
            {
                tracing::error!(%error, "outbox: cannot read the e-mail deliveries");
            }
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(Duration::from_secs(2)) => {}
            }
        }
    })
}

/// The same at every attempt of one delivery and different for every other, of this portal or
/// another: a send whose answer was lost is tried again, and the receiver drops the repeat by it.
/// Derived rather than stored, from what no two deliveries share: the row's id, when it was
/// written, to whom and what.
pub fn delivery_key(row: &DeliveryRow) -> String {
    let mut hash = Sha256::new();
    for part in [row.id.to_string().as_bytes(), row.created_at.to_string().as_bytes(), row.to_address.as_bytes()] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    hash.update(row.payload.as_bytes());
    hex::encode(&hash.finalize()[..16])
}

async fn post(client: &reqwest::Client, url: &str, row: DeliveryRow) -> Result<(), String> {
    // The header of the IETF httpapi draft, whose value is a structured-field string.
    let key = format!("\"{}\"", delivery_key(&row));
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .body(row.payload)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if response.status().is_success() { Ok(()) } else { Err(format!("the webhook answered {}", response.status())) }
}

async fn mail(mailer: &Mailer, row: DeliveryRow) -> Result<(), String> {
    let to: Mailbox = row.to_address.parse().map_err(|e| format!("bad address {}: {e}", row.to_address))?;
    // One Message-ID for every attempt, so that a message sent twice (its answer lost) is one to
    // the mail systems that drop repeats.
    let message_id = format!("<{}@{}>", delivery_key(&row), mailer.from.email.domain());
    let message = Message::builder()
        .message_id(Some(message_id))
        .from(mailer.from.clone())
        .to(to)
        .subject(row.subject)
        .body(row.payload)
        .map_err(|e| e.to_string())?;
    mailer.transport.send(message).await.map(|_| ()).map_err(|e| format!("SMTP: {e}"))
}

async fn deliver<F, Fut>(pool: &Pool, channel: Channel, send: F) -> Result<(), sqlx::Error>
where
    F: Fn(DeliveryRow) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    // Up to 20 a round, each claimed as it is sent.
    for _ in 0..20 {
        let Some(delivery) = db::workflow::claim_next(pool, channel).await? else { break };
        let (id, attempts) = (delivery.id, delivery.attempts + 1);
        // A send ends well within its lease, so no other worker can claim it meanwhile.
        let within = Duration::from_secs((db::workflow::DELIVERY_LEASE_SECONDS * 3 / 4) as u64);
        let result = tokio::time::timeout(within, send(delivery))
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {} seconds", within.as_secs())));
        let mut conn = pool.acquire().await?;
        match result {
            Ok(()) => db::workflow::delivered(&mut conn, channel, id).await?,
            Err(error) => {
                let next = (attempts < MAX_ATTEMPTS).then(|| db::now() + backoff_seconds(attempts));
                tracing::warn!(?channel, delivery = id, attempts, %error, gave_up = next.is_none(), "delivery failed");
                db::workflow::delivery_failed(&mut conn, channel, id, &error, next).await?;
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

    #[test]
    fn a_delivery_keeps_its_key_and_no_other_delivery_has_it() {
        let row = |id, created_at, to: &str, payload: &str| crate::db::workflow::DeliveryRow {
            id,
            payload: payload.to_owned(),
            to_address: to.to_owned(),
            subject: String::new(),
            attempts: 0,
            last_error: String::new(),
            delivered_at: None,
            failed_at: None,
            created_at,
        };
        let first = super::delivery_key(&row(1, 100, "", "{}"));
        let mut retried = row(1, 100, "", "{}");
        (retried.attempts, retried.last_error) = (3, "the webhook answered 500".to_owned());
        assert_eq!(super::delivery_key(&retried), first, "attempts and errors do not change it");
        assert_eq!(first.len(), 32);
        // The id and time written apart from each other: 1 and 1100 is not 11 and 100.
        for other in [row(2, 100, "", "{}"), row(1, 101, "", "{}"), row(11, 0, "", "{}"), row(1, 100, "a@b.c", "{}")] {
            assert_ne!(super::delivery_key(&other), first);
        }
        assert_ne!(super::delivery_key(&row(1, 1100, "", "")), super::delivery_key(&row(11, 100, "", "")));
    }

    #[test]
    fn addresses_are_checked() {
        assert!(super::check_address("mei@contoso.com").is_ok());
        assert!(super::check_address("mei").is_err());
        assert!(super::check_address("a@b.com\r\nBcc: x@y.com").is_err());
    }
}
