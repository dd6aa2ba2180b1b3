// From 2021 on, §六 says whether information-processing fees were charged — and must not
// say none were while （六）2 shows applications stopped over unpaid fee notices.
import { cellOf, tableById } from '../context';
import type { Rule } from '../rule';
import { readSentence, spanIn } from './prose';

// The words between may run over a line break; a line break counts as one character, CRLF or LF
// and with any blanks before it, so a file reads the same whatever its line ends hold.
const BETWEEN = String.raw`(?:[ \t\u3000]*\r?\n|[^。；]){0,12}`;
const MENTIONS_FEE = new RegExp(`信息处理费|收费|收取${BETWEEN}费|费用`);
const NONE_CHARGED = new RegExp(`(?:未|没有|无|不存在|未曾)${BETWEEN}(?:收取|收费|信息处理费)`);

export const feeReportRule: Rule = {
  code: 'fee-report',
  category: 'consistency',
  defaultSeverity: 'warning',
  summary: {
    zh: '自 2021 年度起，第六部分须说明是否收取信息处理费，且不能与第三部分（六）2 矛盾。',
    en: 'From 2021 on, section 6 states whether information-processing fees were charged, consistently with row （六）2 of section 3.',
  },
  basis: {
    zh: '国办公开办函〔2021〕30号：“其他需要报告的事项”中报告信息处理费的收取情况。',
    en: 'Notice 〔2021〕30: section 6 reports on information-processing fees.',
  },
  example: {
    text: '六、其他需要报告的事项\n无其他需要报告的事项。',
    finding: { zh: '第六部分未说明是否收取信息处理费。', en: 'Section 6 does not say whether information-processing fees were charged.' },
  },
  check({ parsed, spec, text, report }) {
    if (!spec.feeStatementRequired) return;
    const six = parsed.sections.find((s) => s.number === 6);
    if (!six) return;
    // Read as the other prose rules read it: invisible characters as deleted (`收\u200b费`),
    // lines wrapped at a page's width joined (`信息处⏎理费`).
    const read = readSentence(text, six.body.start, six.body.end, 'wraps');
    const body = read.text;
    if (!MENTIONS_FEE.test(body)) {
      report({
        span: six.heading.span,
        message: {
          zh: '第六部分未说明是否收取信息处理费（2021 年度起须报告）。',
          en: 'Section 6 does not say whether information-processing fees were charged (required from 2021 on).',
        },
      });
      return;
    }
    const none = NONE_CHARGED.exec(body);
    const unpaid = cellOf(tableById(parsed, 'application'), 'otherHandling2', 'total');
    if (none && unpaid?.value) {
      report({
        span: spanIn(read, none.index, none.index + none[0].length),
        message: {
          zh: `第六部分称未收取信息处理费，但第三部分（六）2 有 ${unpaid.value} 件申请因逾期未缴费而终止，说明发出过收费通知；请说明收费通知及收费情况。`,
          en: `Section 6 says no fees were charged, yet row （六）2 of section 3 shows ${unpaid.value} applications stopped over unpaid fee notices; state the notices issued and the fees charged.`,
        },
        related: [{ span: unpaid.span, message: { zh: '（六）2 逾期未缴费', en: 'row （六）2: fee not paid' } }],
      });
    }
  },
};
