import { applyEdits, checkText, nonOverlappingFixes, preferredFixes } from '/work/main/server/src/engine';
import { syntheticReport } from '/work/main/test/support/reports';
let t = syntheticReport({ layout: 'tabs' });
t = t.replace('本年制发件数', '[bookmark: _GoBack]本年度发件数');
t = t.replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政法复议、行政诉讼情况');
t = t.replace('五、存在的主要问题及改进情况', '');
t = t.replace('政府信息公开工作年度报告', '政府信息公开 公开工作年度报告');
for (let round = 0; round < 3; round++) {
  const d = checkText(t).diagnostics;
  console.log('round', round, d.map((x) => x.code + ':' + x.message.slice(0, 40) + (x.fixes.some(f=>f.preferred)?'*':'')));
  const fixes = nonOverlappingFixes(t, preferredFixes(d));
  t = applyEdits(t, fixes.flatMap((f) => f.edits));
}
