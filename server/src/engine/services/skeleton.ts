// The whole report skeleton for a year (2021 format): every heading and table with the
// official labels, values 0 — as plain text and as an LSP snippet.
import { titleWording } from '../format/sections';
import { renderReport } from '../render/report';

export function skeletonText(year: number, agency: string): string {
  return renderReport({ agency, year, version: '2021', layout: 'tabs' });
}

/** The skeleton with tab stops on the agency and the year. */
export function skeletonSnippet(year: number, agencyPlaceholder: string): string {
  const marker = '\u0000AGENCY\u0000';
  const text = skeletonText(year, marker);
  const escaped = escapeSnippet(text);
  const title = escapeSnippet(`${marker}${year}年${titleWording}`);
  return escaped.replace(title, `\${1:${escapeSnippet(agencyPlaceholder)}}\${2:${year}}年${escapeSnippet(titleWording)}`).replace(marker, '');
}

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
