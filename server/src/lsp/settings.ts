// The `ogiReport.*` settings, read from the client and normalised.
import type { FormatVersion, RuleSetting } from '../engine';

export interface Settings {
  /** Delay before a check after an edit, in ms (0: at once). */
  debounce: number;
  /** Check plain-text and Markdown files that look like a report. */
  detect: boolean;
  rules: Record<string, RuleSetting>;
  formatVersion: 'auto' | FormatVersion;
  /** Documents above this size (UTF-8 bytes) are not checked. */
  maxFileSize: number;
}

export const defaultSettings: Settings = {
  debounce: 150,
  detect: true,
  rules: {},
  formatVersion: 'auto',
  maxFileSize: 2 * 1024 * 1024,
};

const ruleSettings = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Whatever the client sends, a valid Settings comes out. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && ruleSettings.has(value)) rules[code] = value as RuleSetting;
    }
  }
  const formatVersion = r.formatVersion === '2019' || r.formatVersion === '2021' ? r.formatVersion : 'auto';
  return {
    debounce: num(r.debounce, defaultSettings.debounce),
    detect: typeof r.detect === 'boolean' ? r.detect : defaultSettings.detect,
    rules,
    formatVersion,
    maxFileSize: num(r.maxFileSize, defaultSettings.maxFileSize),
  };
}

/** UTF-8 size of a text, counting only as far as needed to compare with a limit. */
export function utf8SizeOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      size += 4;
      i++;
    } else size += 3;
  }
  return size > limit ? size : undefined;
}
