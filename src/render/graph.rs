//! The dependency picture of a plan: steps placed in columns by depth (a
//! step stands right of everything it waits for), arrows between them.

use crate::plan::Plan;

pub const NODE_WIDTH: i64 = 190;
pub const NODE_HEIGHT: i64 = 30;
const COLUMN_GAP: i64 = 50;
const ROW_GAP: i64 = 12;
const MARGIN: i64 = 10;

#[derive(Debug, Clone)]
pub struct Node {
    pub key: String,
    pub x: i64,
    pub y: i64,
}

#[derive(Debug, Clone)]
pub struct Layout {
    pub width: i64,
    pub height: i64,
    pub nodes: Vec<Node>,
    /// SVG path data, one per dependency.
    pub edges: Vec<String>,
}

pub fn layout(plan: &Plan) -> Layout {
    // Plan order puts dependencies first, so one pass finds each depth.
    let mut depth: Vec<(String, usize)> = Vec::with_capacity(plan.steps.len());
    for step in &plan.steps {
        let d = step
            .depends_on
            .iter()
            .filter_map(|dep| depth.iter().find(|(k, _)| k == dep).map(|(_, d)| d + 1))
            .max()
            .unwrap_or(0);
        depth.push((step.key.clone(), d));
    }
    let columns = depth.iter().map(|(_, d)| d + 1).max().unwrap_or(0);
    let mut rows_used = vec![0i64; columns];
    let nodes: Vec<Node> = depth
        .iter()
        .map(|(key, d)| {
            let row = rows_used[*d];
            rows_used[*d] += 1;
            Node {
                key: key.clone(),
                x: MARGIN + *d as i64 * (NODE_WIDTH + COLUMN_GAP),
                y: MARGIN + row * (NODE_HEIGHT + ROW_GAP),
            }
        })
        .collect();
    let position = |key: &str| nodes.iter().find(|n| n.key == key);
    let mut edges = Vec::new();
    for step in &plan.steps {
        let Some(to) = position(&step.key) else { continue };
        for dep in &step.depends_on {
            let Some(from) = position(dep) else { continue };
            let (x1, y1) = (from.x + NODE_WIDTH, from.y + NODE_HEIGHT / 2);
            let (x2, y2) = (to.x, to.y + NODE_HEIGHT / 2);
            let bend = (x2 - x1) / 2;
            edges.push(format!("M {x1} {y1} C {} {y1}, {} {y2}, {x2} {y2}", x1 + bend, x2 - bend));
        }
    }
    let tallest = rows_used.iter().copied().max().unwrap_or(0);
    Layout {
        width: 2 * MARGIN + columns as i64 * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP.min(columns as i64 * COLUMN_GAP),
        height: 2 * MARGIN + tallest * (NODE_HEIGHT + ROW_GAP),
        nodes,
        edges,
    }
}
