// Writes a plan out as text in one of the layouts met in practice (format.md, "Text layouts").
import type { TableLayout } from '../../server/src/engine/types';
import type { Block, ReportPlan } from './plan';
import type { Rng } from './prng';
import { fillerParagraph } from './prose';
import { tableGrid, type Grid } from './tables';

/** Cells of one row in the layout (no line break at the end). */
function writeRow(cells: string[], layout: TableLayout, rng: Rng, eol: string, width: number): string {
  switch (layout) {
    case 'tabs': {
      let end = cells.length;
      while (end > 1 && cells[end - 1] === '' && rng.chance(0.5)) end--;
      return cells.slice(0, end).join('\t');
    }
    case 'spaces':
      // PDF text: empty cells vanish, the rest are apart by runs of spaces.
      return cells
        .filter((c) => c !== '')
        .map((c, i) => (i === 0 ? '' : ' '.repeat(rng.int(2, 6))) + c)
        .join('');
    case 'cell-per-line':
      // Word table text: every cell on its own line, long labels sometimes broken.
      return cells.map((c) => '\t' + (c.length === 4 && !/\d/.test(c) && rng.chance(0.2) ? c.slice(0, 2) + eol + c.slice(2) : c)).join(eol);
    case 'markdown': {
      const padded = [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')];
      return `| ${padded.join(' | ')} |`;
    }
    case 'collapsed':
      return cells.join('');
  }
}

function writeGrid(grid: Grid, layout: TableLayout, rng: Rng, eol: string): string[] {
  const lines: string[] = [];
  if (grid.heading) lines.push(grid.heading);
  if (layout === 'markdown') {
    const width = Math.max(grid.flatHeader.length, ...grid.rows.map((r) => r.length));
    if (grid.note) lines.push(grid.note, '');
    lines.push(writeRow(grid.flatHeader, layout, rng, eol, width));
    lines.push(writeRow(Array<string>(width).fill('---'), layout, rng, eol, width));
    for (const row of grid.rows) lines.push(writeRow(row, layout, rng, eol, width));
    return lines;
  }
  const rows = [...grid.header, ...grid.rows].map((r) => writeRow(r, layout, rng, eol, r.length));
  if (layout === 'cell-per-line') return [...lines.map((l) => '\t' + l), ...rows.flatMap((r) => [r, ''])];
  return [...lines, ...rows];
}

function sectionTables(plan: ReportPlan, section: number) {
  return plan.tables.filter((t) => t.section === section);
}

/** The report text: title, six sections with their prose and tables. */
export function writeReport(plan: ReportPlan, rng: Rng): string {
  const { layout, eol } = plan;
  const markdown = layout === 'markdown';
  const lines: string[] = [];
  const gap = layout === 'cell-per-line' ? [] : [''];
  const block = (b: Block, level: number) => {
    if (b.kind === 'sub') lines.push((markdown ? '#'.repeat(level + 1) + ' ' : '') + b.text, ...gap);
    else lines.push(b.text, ...gap);
  };
  const tablesOf = (n: number) => {
    for (const spec of sectionTables(plan, n)) lines.push(...writeGrid(tableGrid(plan, spec), layout, rng, eol), ...gap);
  };
  for (const s of plan.sections) {
    if (s.heading) lines.push((markdown ? '#'.repeat(s.level) + ' ' : '') + s.heading, ...gap);
    for (const b of plan.prose.get(s.number) ?? []) block(b, s.level);
    tablesOf(s.number);
    if (s.number === plan.repeatTablesIn && plan.repeatTables > 0) {
      for (let i = 0; i < plan.repeatTables; i++) {
        for (let p = 0; p < 3; p++) lines.push(fillerParagraph(rng), ...gap);
        tablesOf(2);
      }
    }
  }
  const title = plan.titleLines.map((t) => (markdown ? '# ' : '') + t);
  let text: string;
  if (layout === 'collapsed') {
    // Web text: the title on one line, then the whole body on the next.
    text = title.join('') + eol + lines.filter((l) => l !== '').join('') + eol;
  } else {
    text = [...title, ...gap, ...lines].join(eol) + eol;
  }
  return (plan.bom ? '\ufeff' : '') + text;
}
