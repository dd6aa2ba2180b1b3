// The --help text, zh-CN with an English translation.
import type { Locale } from '../engine';

const zh = `用法：ogi-report check [选项] <文件|目录>…

检查《政府信息公开工作年度报告》文本。目录会递归查找 .txt 和 .md 文件
（跳过 node_modules 和以点开头的目录）。

选项：
  --format text|json|sarif      输出格式（默认 text）
  --locale zh-CN|en             提示语言（默认 zh-CN，不读取 LANG）
  --fix                         就地应用首选修复，保留编码与换行符
  --jobs N                      并行检查的线程数（默认为 CPU 数；1 表示不用工作线程）
  --rule 代码=级别|off           调整规则级别（error|warning|information|hint）或关闭，可重复
  --format-version auto|2019|2021  按哪一版格式检查（默认 auto，按年份判断）
  -h, --help                    显示本帮助
  -v, --version                 显示版本

读取：UTF-8（可带 BOM）、带 BOM 的 UTF-16 LE/BE、GBK/GB18030 自动识别。
二进制或无法识别编码的文件会在标准错误输出说明并跳过（退出码 2）。

退出码：0 没有错误级别的问题；1 有错误级别的问题；2 用法错误或有文件无法读取/写入
（其余文件照常检查；2 优先于 1）。`;

const en = `Usage: ogi-report check [options] <file|dir>...

Checks Open Government Information annual reports. Directories are searched
recursively for .txt and .md files (skipping node_modules and dot-directories).

Options:
  --format text|json|sarif      output format (default text)
  --locale zh-CN|en             message language (default zh-CN; LANG is not read)
  --fix                         apply the preferred fixes in place, keeping encoding and line endings
  --jobs N                      number of threads (default: CPU count; 1 = no worker threads)
  --rule code=severity|off      set a rule's severity (error|warning|information|hint) or turn it off; repeatable
  --format-version auto|2019|2021  format version to check against (default auto, from the year)
  -h, --help                    show this help
  -v, --version                 show the version

Reading: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and GBK/GB18030 are detected.
Binary or undecodable files are reported on stderr and skipped (exit code 2).

Exit codes: 0 no error-severity finding; 1 some error-severity finding; 2 usage error or
a file that could not be read or written (the other files are still checked; 2 wins over 1).`;

export function helpText(locale: Locale): string {
  return locale === 'en' ? en : zh;
}
