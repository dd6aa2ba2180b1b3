// User-facing words of the language services, in both languages.
import type { Locale } from '../types';

export interface Bilingual {
  zh: string;
  en: string;
}

export function say(locale: Locale | undefined, text: Bilingual): string {
  return locale === 'en' ? text.en : text.zh;
}

export const messages = {
  findings: (n: number): Bilingual => ({ zh: n === 0 ? '无问题' : `${n} 处问题`, en: n === 1 ? '1 finding' : `${n} findings` }),
  arithmeticClean: { zh: '勾稽关系：全部相符', en: 'Arithmetic: all consistent' },
  arithmeticMismatches: (n: number): Bilingual => ({ zh: `勾稽关系：${n} 处不符`, en: `Arithmetic: ${n} mismatch${n === 1 ? '' : 'es'}` }),
  requiredHere: { zh: '格式要求', en: 'Required here' },
  formula: { zh: '勾稽关系', en: 'Identity' },
  sizeLimit: (size: number, limit: number): Bilingual => ({
    zh: `文档过大（${mb(size)} MB，上限 ${mb(limit)} MB），已跳过检查。可调整设置 ogiReport.maxFileSize。`,
    en: `Document too large (${mb(size)} MB, limit ${mb(limit)} MB): checks were skipped. See the setting ogiReport.maxFileSize.`,
  }),
  canonicalTable: (name: string): Bilingual => ({ zh: `将“${name}”改写为规范表格`, en: `Rewrite “${name}” as a canonical table` }),
  fixAll: { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },
  skeleton: (year: number): Bilingual => ({ zh: `${year} 年度报告框架（2021 格式）`, en: `Report skeleton for ${year} (2021 format)` }),
  skeletonDetail: { zh: '标题、六个部分和全部统计表（数值为 0）', en: 'Title, the six sections and every table (values 0)' },
  missingRow: { zh: '缺少的行', en: 'Missing row' },
  agencyPlaceholder: { zh: '单位名称', en: 'Agency' },
};

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
