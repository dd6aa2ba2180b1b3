// Narrative text of a report. Every figure the checker compares with a table (applications
// received, penalties, licences, reviews, lawsuits, carried forward) is read from the values.
import { overviewTopics } from '../../server/src/engine/format';
import type { SectionNumber } from '../../server/src/engine/types';
import type { Block, ReportPlan } from './plan';
import type { Rng } from './prng';
import { valueText } from './values';

const openings = ['坚持以人民为中心的发展思想', '认真贯彻落实《中华人民共和国政府信息公开条例》', '紧紧围绕中心工作', '在上级部门的坚强领导下', '持续深化政务公开'];
const actions = [
  '加强政策解读，提升公开质量和实效',
  '规范信息发布流程，严格执行“三审三校”制度',
  '聚焦群众关切，及时回应社会热点',
  '完善工作机制，明确责任分工',
  '加强业务培训，提升工作人员专业能力',
  '推进基层政务公开标准化规范化建设',
  '优化政府网站栏目设置，方便群众查询',
  '强化保密审查，确保公开信息安全',
  '畅通意见反馈渠道，主动接受社会监督',
  '动态调整主动公开目录，做到应公开尽公开',
];
const problems = ['公开内容的深度和广度还需拓展', '政策解读形式较为单一', '信息更新的及时性有待提高', '工作人员业务能力仍需加强', '基层政务公开规范化水平不高'];
const improvements = ['加大重点领域信息公开力度', '丰富图文、视频等解读形式', '建立信息更新提醒机制', '定期组织业务培训和交流', '加强对基层的指导和督促'];

function sentence(rng: Rng, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(rng.pick(actions));
  return parts.join('，') + '。';
}

/** A paragraph without figures the checker reads: growth material for the scaling bench. */
export function fillerParagraph(rng: Rng): string {
  return [sentence(rng, rng.int(2, 4)), sentence(rng, rng.int(2, 4)), sentence(rng, rng.int(1, 3))].join('');
}

const total = (plan: ReportPlan, table: string, row: string, column: string) => Number(valueText(plan.values.get(table), row, column));

/** The application table's total column: the target of its row totals. */
function totalColumn(plan: ReportPlan): string {
  const t = plan.spec.tables.find((x) => x.id === 'application')!;
  return t.sums.find((s) => s.rule === 'row-total')!.target.column;
}

/** Prose of all six sections, consistent with the values of the plan. */
export function writeProse(plan: ReportPlan, rng: Rng): Map<SectionNumber, Block[]> {
  const { year, agency } = plan;
  const tc = totalColumn(plan);
  const received = total(plan, 'application', 'received', tc);
  const carriedForward = total(plan, 'application', 'carriedForward', tc);
  const penalty = total(plan, 'article20-6', 'penalty', 'decisions');
  const licensing = total(plan, 'article20-5', 'licensing', 'decisions');
  const review = plan.spec.tables.find((t) => t.id === 'review')!;
  const groupTotals = review.sums.filter((s) => s.rule === 'group-total').map((s) => total(plan, 'review', s.target.row, s.target.column));
  const reviews = groupTotals[0] ?? 0;
  const lawsuits = groupTotals.slice(1).reduce((a, b) => a + b, 0);
  const portal = rng.int(10, 900);
  const media = rng.int(0, 400);

  const topicProse: string[] = [
    `全年主动公开政府信息${portal + media}条，其中门户网站${portal}条、政务新媒体${media}条。${sentence(rng, 2)}` +
      (rng.chance(0.5) ? `全年作出行政处罚${penalty}起，办理行政许可${licensing}项，相关信息均按规定公开。` : ''),
    (received === 0 ? '本年度未收到政府信息公开申请。' : `全年共收到政府信息公开申请${received}件，均在法定期限内答复。`) +
      (carriedForward > 0 ? `另有${carriedForward}件结转至下一年度办理。` : '') +
      (reviews === 0 && lawsuits === 0
        ? '未发生因政府信息公开引起的行政复议、行政诉讼。'
        : `因政府信息公开引起行政复议${reviews}件、行政诉讼${lawsuits}件。`),
    sentence(rng, 3),
    sentence(rng, 3),
    sentence(rng, 2),
  ];
  const one: Block[] = [
    {
      kind: 'para',
      text: `${year}年，${agency}${rng.pick(openings)}，${sentence(rng, 2)}本报告所列数据统计期限为${year}年1月1日至${year}年12月31日。`,
    },
  ];
  // Agencies word the sub-headings freely: `（一）主动公开`, `…情况`, `…方面`, `…：`.
  const suffix = rng.pick(['', '', '情况', '方面', '：']);
  overviewTopics.forEach((topic, i) => {
    one.push({ kind: 'sub', text: `（${'一二三四五'[i]}）${topic}${suffix}` });
    one.push({ kind: 'para', text: topicProse[i] ?? sentence(rng, 2) });
  });
  for (let i = 0; i < plan.extraParagraphs; i++) one.push({ kind: 'para', text: fillerParagraph(rng) });

  const five: Block[] = [
    { kind: 'sub', text: '（一）存在的主要问题' },
    { kind: 'para', text: `一是${rng.pick(problems)}；二是${rng.pick(problems)}。` },
    { kind: 'sub', text: '（二）改进情况' },
    { kind: 'para', text: `下一步，将${rng.pick(improvements)}，${rng.pick(improvements)}。` },
  ];
  const unpaid = total(plan, 'application', 'otherHandling2', tc);
  const six: Block[] = [];
  if (plan.spec.feeStatementRequired) {
    six.push({
      kind: 'para',
      text: unpaid > 0 ? `本年度依法发出信息处理费收费通知${unpaid}件，收取信息处理费0元。` : '本年度未收取信息处理费。',
    });
  } else six.push({ kind: 'para', text: '无其他需要报告的事项。' });
  return new Map<SectionNumber, Block[]>([
    [1, one],
    [2, []],
    [3, []],
    [4, []],
    [5, five],
    [6, six],
  ]);
}
