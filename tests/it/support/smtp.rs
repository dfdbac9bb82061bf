//! An SMTP sink on 127.0.0.1 for the e-mail tests: RFC 5321's minimal server
//! (EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT), which
//! hands each message to the test and stops when dropped.
//!
//! Written here rather than taken from a crate or Python: the Rust SMTP
//! servers on crates.io serve until the process ends, and Python's `smtpd`
//! is gone from Python 3.12. This one is the real protocol over a real
//! socket; lettre, the portal's real client, talks to it as to any server.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

pub struct SmtpSink {
    pub port: u16,
    messages: mpsc::UnboundedReceiver<String>,
    task: JoinHandle<()>,
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free loopback port");
        let port = listener.local_addr().expect("its address").port();
        let (sender, messages) = mpsc::unbounded_channel();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let sender = sender.clone();
                tokio::spawn(async move {
                    let (reader, mut writer) = stream.into_split();
                    let mut lines = BufReader::new(reader).lines();
                    let _ = writer.write_all(b"220 countersign-test ESMTP\r\n").await;
                    let mut message = String::new();
                    let mut in_data = false;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                let _ = sender.send(std::mem::take(&mut message));
                                let _ = writer.write_all(b"250 OK: queued\r\n").await;
                            } else {
                                message.push_str(line.strip_prefix('.').unwrap_or(&line));
                                message.push('\n');
                            }
                            continue;
                        }
                        let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" => b"250-countersign-test\r\n250 8BITMIME\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 End data with <CR><LF>.<CR><LF>\r\n"
                            }
                            "QUIT" => {
                                let _ = writer.write_all(b"221 Bye\r\n").await;
                                return;
                            }
                            "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                            _ => b"502 Command not implemented\r\n",
                        };
                        if writer.write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        SmtpSink { port, messages, task }
    }

    /// The next message received: its headers and body, as sent.
    pub async fn next_message(&mut self) -> String {
        tokio::time::timeout(Duration::from_secs(20), self.messages.recv())
            .await
            .expect("an e-mail within 20 s")
            .expect("the sink is running")
    }
}
