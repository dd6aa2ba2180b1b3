// User-facing text of the CLI, zh-CN first with English translations.
// Findings themselves are localized by the engine; these are the CLI's own words.
import type { Locale } from '../engine';

type Params = Record<string, string | number>;
type Template = string | ((p: Params) => string);

const zh = {
  usageError: (p) => `用法错误：${p.detail}\n运行 ogi-report --help 查看用法。`,
  unknownOption: (p) => `未知选项 ${p.option}`,
  missingValue: (p) => `选项 ${p.option} 缺少取值`,
  badValue: (p) => `选项 ${p.option} 的取值“${p.value}”无效，可选：${p.allowed}`,
  badJobs: (p) => `--jobs 须为正整数，收到“${p.value}”`,
  badRule: (p) => `--rule 的取值应为 规则代码=error|warning|information|hint|off，收到“${p.value}”`,
  unknownRule: (p) => `未知的规则代码“${p.code}”`,
  unknownCommand: (p) => `未知命令“${p.command}”（目前只有 check）`,
  noCommand: () => '缺少命令',
  noInputs: () => '缺少要检查的文件或目录',
  notFound: (p) => `${p.path}：文件或目录不存在`,
  unreadableDir: (p) => `${p.path}：无法读取目录（${p.detail}）`,
  unreadable: (p) => `${p.path}：无法读取文件（${p.detail}）`,
  binary: (p) => `${p.path}：不是文本文件（含二进制内容），已跳过`,
  undecodable: (p) => `${p.path}：无法识别文件编码（既不是 UTF-8、UTF-16 也不是 GBK/GB18030），已跳过`,
  readOnly: (p) => `${p.path}：文件只读，未写入修复`,
  writeFailed: (p) => `${p.path}：写入修复失败，原文件保持不变（${p.detail}）`,
  lossy: (p) => `${p.path}：该 GB18030 文件无法按原样重新编码，为免改动原文，未写入修复`,
  internal: (p) => `${p.path}：检查时出现内部错误（${p.detail}）`,
  summary: (p) => {
    const parts = [`${p.errors} 处错误`, `${p.warnings} 处警告`];
    if (Number(p.infos) > 0) parts.push(`${p.infos} 处提示`);
    let line = `${p.files} 个文件：${parts.join('，')}`;
    if (Number(p.fixed) > 0) line += `；已修复 ${p.fixed} 个文件`;
    return line;
  },
} satisfies Record<string, Template>;

export type MessageId = keyof typeof zh;

const plural = (n: string | number, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;

const en: Record<MessageId, Template> = {
  usageError: (p) => `Usage error: ${p.detail}\nRun ogi-report --help for usage.`,
  unknownOption: (p) => `unknown option ${p.option}`,
  missingValue: (p) => `option ${p.option} needs a value`,
  badValue: (p) => `invalid value "${p.value}" for ${p.option}; allowed: ${p.allowed}`,
  badJobs: (p) => `--jobs needs a positive integer, got "${p.value}"`,
  badRule: (p) => `--rule expects code=error|warning|information|hint|off, got "${p.value}"`,
  unknownRule: (p) => `unknown rule code "${p.code}"`,
  unknownCommand: (p) => `unknown command "${p.command}" (only check exists)`,
  noCommand: () => 'missing command',
  noInputs: () => 'no file or directory to check',
  notFound: (p) => `${p.path}: no such file or directory`,
  unreadableDir: (p) => `${p.path}: cannot read directory (${p.detail})`,
  unreadable: (p) => `${p.path}: cannot read file (${p.detail})`,
  binary: (p) => `${p.path}: not a text file (binary content), skipped`,
  undecodable: (p) => `${p.path}: unknown encoding (not UTF-8, UTF-16 or GBK/GB18030), skipped`,
  readOnly: (p) => `${p.path}: file is read-only, fixes not written`,
  writeFailed: (p) => `${p.path}: writing the fixes failed, the original file is unchanged (${p.detail})`,
  lossy: (p) => `${p.path}: this GB18030 file cannot be re-encoded byte for byte, so fixes were not written`,
  internal: (p) => `${p.path}: internal error while checking (${p.detail})`,
  summary: (p) => {
    const parts = [plural(p.errors, 'error', 'errors'), plural(p.warnings, 'warning', 'warnings')];
    if (Number(p.infos) > 0) parts.push(plural(p.infos, 'hint', 'hints'));
    let line = `${plural(p.files, 'file', 'files')}: ${parts.join(', ')}`;
    if (Number(p.fixed) > 0) line += `; fixed ${plural(p.fixed, 'file', 'files')}`;
    return line;
  },
};

export function message(locale: Locale, id: MessageId, params: Params = {}): string {
  const table: Record<MessageId, Template> = locale === 'en' ? en : zh;
  const template = table[id];
  return typeof template === 'function' ? template(params) : template;
}
