// Reports on 2021 and later use the 2021 tables; reports on 2019 and 2020 the 2019 ones.
import { formats, versionForYear } from '../../format';
import type { Rule } from '../rule';

export const formatVersionRule: Rule = {
  code: 'format-version',
  category: 'structure',
  defaultSeverity: 'warning',
  summary: {
    zh: '2021 年度及以后的报告用 2021 版格式，2019、2020 年度用 2019 版格式。',
    en: 'Reports on 2021 and later use the 2021 format; on 2019 and 2020 the 2019 format.',
  },
  basis: { zh: '国办公开办函〔2021〕30号；国办公开办函〔2019〕60号。', en: 'Notices 〔2021〕30 and 〔2019〕60.' },
  example: {
    text: '…2025年政府信息公开工作年度报告 … 本年新制作数量 …',
    finding: {
      zh: '2025 年度报告应使用 2021 版格式（国办公开办函〔2021〕30号），但表格是 2019 版。',
      en: 'A report on 2025 must use the 2021 format, but its tables follow the 2019 format.',
    },
  },
  check({ parsed, report }) {
    const expected = versionForYear(parsed.year);
    const actual = parsed.tablesVersion;
    if (!expected || !actual || expected === actual) return;
    const section = parsed.sections.find((s) => s.number === 2) ?? parsed.sections.find((s) => s.number === 3);
    const table = parsed.tables[0];
    report({
      span: table?.heading?.span ?? section?.heading.span ?? parsed.title?.span ?? { start: 0, end: 0 },
      message: {
        zh: `${parsed.year} 年度报告应使用 ${expected} 版格式（${formats[expected].notice}），但表格是 ${actual} 版（${formats[actual].notice}）。`,
        en: `A report on ${parsed.year} must use the ${expected} format (${formats[expected].notice}), but its tables follow the ${actual} format.`,
      },
    });
  },
};
