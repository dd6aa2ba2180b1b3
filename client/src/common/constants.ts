// Identifiers shared by the client modules: the language, the settings section, the sources.
export const LANGUAGE_ID = 'ogi-report';
/** Client id: vscode-languageclient reads `<id>.trace.server` from it. */
export const CLIENT_ID = 'ogiReport';
export const CONFIG_SECTION = 'ogiReport';
/** `source` of the server's diagnostics (and of the workspace check's). */
export const DIAGNOSTIC_SOURCE = 'ogi-report';
/** Languages the server may check when their text looks like a report (setting ogiReport.detect). */
export const DETECTED_LANGUAGES = ['plaintext', 'markdown'];
export const FIX_ALL_KIND = 'source.fixAll.ogi-report';
export const CANONICAL_TABLE_KIND = 'refactor.rewrite.ogi-report.canonicalTable';
/** Context key: the active editor holds a report (for menus on plain-text and Markdown reports). */
export const ACTIVE_IS_REPORT = 'ogiReport.activeIsReport';
