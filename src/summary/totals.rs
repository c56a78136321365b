//! The plan's totals per calendar month and per group (city), by category: the grid the
//! units are added into and the rows made from it.
use super::answer::{Amounts, Cell, GroupOut, Known, MonthOut};
use super::input::Plan;
use super::month_text;
use std::collections::BTreeMap;

pub(super) fn cell_at(
    grid: &mut BTreeMap<i32, Vec<Cell>>,
    m: i32,
    groups: usize,
    g: usize,
) -> &mut Cell {
    &mut grid
        .entry(m)
        .or_insert_with(|| vec![Cell::default(); groups])[g]
}

/// The month rows: each month's amounts for the plan and per group.
pub(super) fn months(grid: BTreeMap<i32, Vec<Cell>>, known: Known) -> Vec<MonthOut> {
    grid.into_iter()
        .map(|(m, cells)| {
            let mut all = Cell::default();
            for c in &cells {
                all.add(c);
            }
            MonthOut {
                month: month_text(m),
                amounts: Amounts { cell: all, known },
                groups: cells
                    .into_iter()
                    .map(|cell| Amounts { cell, known })
                    .collect(),
            }
        })
        .collect()
}

/// The group rows: counts (units, interns, retained, meeting, open) and amounts.
pub(super) fn groups(
    plan: &Plan,
    group_cells: &[Cell],
    group_counts: &[[u32; 5]],
    known: Known,
) -> Vec<GroupOut> {
    plan.groups
        .iter()
        .enumerate()
        .map(|(g, name)| GroupOut {
            name: name.clone(),
            units: group_counts[g][0],
            interns: group_counts[g][1],
            retained: group_counts[g][2],
            units_meeting: group_counts[g][3],
            units_open: group_counts[g][4],
            amounts: Amounts {
                cell: group_cells[g],
                known,
            },
        })
        .collect()
}
