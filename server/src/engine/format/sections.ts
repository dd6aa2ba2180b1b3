// The six sections, common to both format versions.
import type { SectionSpec } from './spec';

export const sections: SectionSpec[] = [
  {
    number: 1,
    heading: '一、总体情况',
    variants: [],
    requires: {
      zh: '概述本年度工作，通常分为（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）政府信息公开平台建设、（五）监督保障五个方面。',
      en: 'An overview of the year, usually in five parts: proactive disclosure, disclosure on request, information management, disclosure platforms, supervision.',
    },
  },
  {
    number: 2,
    heading: '二、主动公开政府信息情况',
    variants: [],
    requires: {
      zh: '《条例》第二十条第（一）、（五）、（六）、（八）项的四张统计表。',
      en: 'The four tables of article 20, items (1), (5), (6) and (8) of the Regulations.',
    },
  },
  {
    number: 3,
    heading: '三、收到和处理政府信息公开申请情况',
    variants: [],
    requires: {
      zh: '申请办理情况统计表：本年新收、上年结转、办理结果、结转下年度，按申请人类型分列。',
      en: 'The application table: received, carried over, outcomes and carried forward, by type of applicant.',
    },
  },
  {
    number: 4,
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    variants: ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', '四、因政府信息公开申请行政复议、提起行政诉讼的情况'],
    requires: {
      zh: '行政复议、行政诉讼（未经复议直接起诉、复议后起诉）各五列：结果维持、结果纠正、其他结果、尚未审结、总计。',
      en: 'Administrative review and litigation (direct, after review), five columns each: upheld, corrected, other, pending, total.',
    },
  },
  {
    number: 5,
    heading: '五、存在的主要问题及改进情况',
    variants: ['五、政府信息公开工作存在的主要问题及改进情况'],
    requires: {
      zh: '说明存在的主要问题和改进情况。',
      en: 'The main problems and the improvements made.',
    },
  },
  {
    number: 6,
    heading: '六、其他需要报告的事项',
    variants: [],
    requires: {
      zh: '其他需要报告的事项；自 2021 年度起须说明是否收取信息处理费。',
      en: 'Other matters; from 2021 on it must say whether information-processing fees were charged.',
    },
  },
];

/** The fixed wording that ends every title: `<agency><year>年政府信息公开工作年度报告`. */
export const titleWording = '政府信息公开工作年度报告';

/** §一's five topics, as the official sub-headings. */
export const overviewTopics = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'];
