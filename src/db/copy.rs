//! Copying a whole portal from one database into another, table by table
//! (`countersign migrate-db`): the rows as they are, ids and sequence numbers
//! included, so that the trail's hashes and proofs stay the same.

use sqlx::{Row, ValueRef};

use super::Conn;

/// A table to copy and the columns both databases give it.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    /// Each column with its type in the target ('bigint', 'text', 'bytea' …).
    pub columns: Vec<(String, String)>,
}

/// The portal's tables in the source, parents before the tables that refer
/// to them, without the engines' and the migrator's own.
pub async fn tables(source: &mut Conn) -> Result<Vec<String>, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '_sqlx_%' ORDER BY name",
    )
    .fetch_all(&mut *source)
    .await?;
    let mut parents = Vec::new();
    for name in &names {
        let refers: Vec<String> = sqlx::query_scalar("SELECT \"table\" FROM pragma_foreign_key_list($1)")
            .bind(name)
            .fetch_all(&mut *source)
            .await?;
        parents.push((name.clone(), refers));
    }
    // Kahn's order: a table once every table it refers to is placed.
    let mut ordered: Vec<String> = Vec::new();
    while ordered.len() < parents.len() {
        let next = parents
            .iter()
            .find(|(name, refers)| !ordered.contains(name) && refers.iter().all(|r| r == name || ordered.contains(r)));
        match next {
            Some((name, _)) => ordered.push(name.clone()),
            None => return Err(sqlx::Error::Protocol("the tables refer to each other in a cycle".to_owned())),
        }
    }
    Ok(ordered)
}

/// The columns of `table` in the source, each with its type in the target;
/// a column one has and the other lacks is an error that names it.
pub async fn columns(source: &mut Conn, target: &mut Conn, table: &str) -> Result<Table, sqlx::Error> {
    let from: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info($1) ORDER BY cid").bind(table).fetch_all(source).await?;
    let to: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(target)
    .await?;
    let names: Vec<&String> = to.iter().map(|(name, _)| name).collect();
    plain_name(table)?;
    for name in &from {
        plain_name(name)?;
    }
    if names.is_empty() {
        return Err(sqlx::Error::Protocol(format!("the target has no table {table}")));
    }
    if from.iter().collect::<Vec<_>>() != names {
        return Err(sqlx::Error::Protocol(format!(
            "the table {table} has the columns {from:?} in the source and {names:?} in the target"
        )));
    }
    Ok(Table { name: table.to_owned(), columns: to })
}

/// Table and column names as the portal's schema spells them; a copy builds
/// statements from the source file's names, so anything else is refused.
fn plain_name(name: &str) -> Result<&str, sqlx::Error> {
    let plain = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if plain {
        Ok(name)
    } else {
        Err(sqlx::Error::Protocol(format!(
            "the source has a table or column named {name:?}, which the portal's schema has not"
        )))
    }
}

/// Whether the target holds no row the portal wrote (its one seed row aside).
pub async fn is_empty(target: &mut Conn, tables: &[String]) -> Result<Option<String>, sqlx::Error> {
    for table in tables.iter().filter(|t| t.as_str() != "audit_tree_size") {
        let table = plain_name(table)?;
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut *target).await?;
        if rows > 0 {
            return Ok(Some(table.to_owned()));
        }
    }
    Ok(None)
}

/// A value read from the source, as the target's column takes it.
enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

/// Copies every row of `table` from a SQLite source into PostgreSQL, in
/// rowid order (sequence order for the trail), a batch a statement. Returns how many.
pub async fn copy_table(source: &mut Conn, target: &mut Conn, table: &Table) -> Result<u64, sqlx::Error> {
    if table.name == "audit_tree_size" {
        // The target's migration wrote the seed row; the source's replaces it.
        sqlx::query("DELETE FROM audit_tree_size").execute(&mut *target).await?;
    }
    let names: Vec<&str> = table.columns.iter().map(|(name, _)| name.as_str()).collect();
    let select =
        format!("SELECT rowid, {} FROM {} WHERE rowid > $1 ORDER BY rowid LIMIT $2", names.join(", "), table.name);
    // PostgreSQL takes at most 65535 values and 1 GB a statement: a table
    // with files in it (evidence, up to a few MB a row) goes a few rows at a time.
    let has_files = table.columns.iter().any(|(_, kind)| kind == "bytea") && table.name != "audit_tree";
    let batch = if has_files { 32 } else { (30_000 / names.len().max(1)).max(1) as i64 };
    let (mut after, mut copied) = (i64::MIN, 0u64);
    loop {
        let rows = sqlx::query(&select).bind(after).bind(batch).fetch_all(&mut *source).await?;
        let Some(last) = rows.last() else { return Ok(copied) };
        after = last.try_get::<i64, _>(0)?;
        let mut values = Vec::with_capacity(rows.len() * names.len());
        for row in &rows {
            for (i, (column, kind)) in table.columns.iter().enumerate() {
                values.push(read(row, i + 1, kind).map_err(|error| {
                    sqlx::Error::Protocol(format!(
                        "{}, row {}, column {column}: the value does not fit a {kind} column ({error})",
                        table.name,
                        row.try_get::<i64, _>(0).unwrap_or_default()
                    ))
                })?);
            }
        }
        let width = names.len();
        let insert = format!(
            "INSERT INTO {} ({}) VALUES {}",
            table.name,
            names.join(", "),
            super::value_rows(rows.len(), width)
        );
        let mut query = sqlx::query(&insert);
        for value in values {
            query = match value {
                Value::Int(v) => query.bind(v),
                Value::Text(v) => query.bind(v),
                Value::Bytes(v) => query.bind(v),
            };
        }
        query.execute(&mut *target).await?;
        copied += rows.len() as u64;
    }
}

fn read(row: &sqlx::any::AnyRow, index: usize, kind: &str) -> Result<Value, sqlx::Error> {
    let null = row.try_get_raw(index)?.is_null();
    Ok(match kind {
        "bigint" | "integer" | "smallint" => Value::Int(if null { None } else { Some(row.try_get::<i64, _>(index)?) }),
        "bytea" => Value::Bytes(if null { None } else { Some(row.try_get::<Vec<u8>, _>(index)?) }),
        _ => Value::Text(if null {
            None
        } else {
            // SQLite keeps what it is given: a number in a text column is its text.
            match row.try_get::<String, _>(index) {
                Ok(text) => Some(text),
                Err(_) => Some(row.try_get::<i64, _>(index)?.to_string()),
            }
        }),
    })
}

/// Moves each identity column's counter past the largest id copied, so the
/// next row the portal writes gets a new one.
pub async fn advance_identities(target: &mut Conn) -> Result<(), sqlx::Error> {
    let identities: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns
         WHERE table_schema = current_schema() AND is_identity = 'YES'",
    )
    .fetch_all(&mut *target)
    .await?;
    for (table, column) in identities {
        let (table, column) = (plain_name(&table)?, plain_name(&column)?);
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE(MAX({column}), 0) + 1, false)
             FROM {table}"
        ))
        .execute(&mut *target)
        .await?;
    }
    Ok(())
}
