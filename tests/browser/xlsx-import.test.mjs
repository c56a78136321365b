// The .xlsx reader (www/batch.js) on workbooks as spreadsheet programs write them: two
// saved by LibreOffice Calc (tests/fixtures/xlsx/, see the README there), and three built
// here after the way Excel, WPS and Open XML SDK exporters write theirs: the first tab
// named in workbook.xml (not the lowest-numbered sheet file), hidden sheets passed over,
// prefixed tags, shared and inline strings, rich text with phonetic guides, dates as serial
// numbers (1900 and 1904 systems, the 1900 leap-year bug) and as text. Each file is read
// in Chromium by the real module, row by row, then imported through the employer page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { launch, watchedPage } from './browser.mjs';
import full from '../js/load.mjs';
import { toInterns } from '../../www/batch.js';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const HEAD = ['姓名', '见习开始日期', '约定见习月数', '结果', '结果日期', '劳动合同月数', '是否缴纳社保', '最低工资类别'];

const zip = (parts) => zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
const relsXml = (list) => `${DECL}<Relationships xmlns="${PKG_RELS}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${DOC_RELS}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
const contentTypes = (sheets) => `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/xl/worksheets/${s}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`;
const officeDocument = relsXml([['rId1', 'officeDocument', 'xl/workbook.xml']]);

/** Shared strings as Chinese Excel writes them: each item ends with a phoneticPr. */
function sharedStrings(items) {
  const si = items.map((s) => `<si>${s.startsWith('<') ? s : `<t>${s}</t>`}<phoneticPr fontId="1" type="noConversion"/></si>`);
  return `${DECL}<sst xmlns="${MAIN}" count="${items.length + 3}" uniqueCount="${items.length}">${si.join('')}</sst>`;
}

// ---------------------------------------------------------------- Excel
// The list is the first tab but the second sheet file: the workbook began with a sheet
// of notes (sheet1.xml) and the list was added and moved in front of it. Dates as serial
// numbers under a built-in date format (14), a custom 年月日 format (176) and a Chinese
// built-in one (31), with a time of day; a time format (20) that is not a date; a date
// typed as text with spaces; rich text with a pinyin guide; a formula's cached string;
// a boolean; styled empty cells and an empty row; a value beyond the header.
const EXCEL_STRINGS = [...HEAD,
  '<r><rPr><b/><sz val="11"/><rFont val="等线"/><charset val="134"/></rPr><t>欧阳</t></r><r><rPr><sz val="11"/><rFont val="等线"/><charset val="134"/></rPr><t>娜娜</t></r><rPh sb="0" eb="2"><t>ōuyáng nàna</t></rPh>',
  '期满留用', '提前留用', '<t xml:space="preserve"> 2023/7/15 </t>', '张&amp;三 &#x4E2D;', '闰日', '李四', '备注', '填表说明：每行一人'];
function excel({ date1904 = false } = {}) {
  const day = (serial) => (date1904 ? serial - 1462 : serial);
  const s = (i) => `t="s"><v>${i}</v>`;
  const rows = [
    `<row r="1" spans="1:8" x14ac:dyDescent="0.25">${HEAD.map((_, i) => `<c r="${'ABCDEFGH'[i]}1" ${s(i)}</c>`).join('')}</row>`,
    `<row r="2" spans="1:8" x14ac:dyDescent="0.25"><c r="A2" ${s(8)}</c><c r="B2" s="1"><v>${day(45108)}</v></c><c r="C2" s="4"><v>6</v></c><c r="D2" ${s(10)}</c><c r="E2" s="2"><v>${day(45200)}</v></c><c r="F2"><v>12</v></c><c r="G2" t="b"><v>1</v></c><c r="H2"><v>1</v></c></row>`,
    `<row r="3" spans="1:8" x14ac:dyDescent="0.25"><c r="A3" ${s(12)}</c><c r="B3" ${s(11)}</c><c r="C3"><v>3</v></c><c r="D3" t="str"><f>IF(C3&lt;6,"期满未留用","")</f><v>期满未留用</v></c><c r="H3"><v>1</v></c></row>`,
    '<row r="4" spans="1:8" x14ac:dyDescent="0.25"><c r="A4" s="1"/><c r="B4" s="1"/></row>',
    '<row r="5" ht="14.25" x14ac:dyDescent="0.25"/>',
    `<row r="6" spans="1:8" x14ac:dyDescent="0.25"><c r="A6" ${s(13)}</c><c r="B6" s="3"><v>60</v></c><c r="C6"><v>6</v></c><c r="D6" ${s(9)}</c><c r="H6"><v>1</v></c></row>`,
    `<row r="7" spans="1:10" x14ac:dyDescent="0.25"><c r="A7" ${s(14)}</c><c r="B7" s="3"><v>${day(45108)}.5</v></c><c r="C7"><v>6</v></c><c r="D7" ${s(9)}</c><c r="H7" s="5"><v>1</v></c><c r="J7" ${s(15)}</c></row>`,
  ];
  const sheet = (data) => `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:J7"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.25"/><sheetData>${data}</sheetData><phoneticPr fontId="1" type="noConversion"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const xf = (numFmtId) => `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>`;
  return zip({
    '[Content_Types].xml': contentTypes(['sheet1.xml', 'sheet2.xml']),
    '_rels/.rels': officeDocument,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr ${date1904 ? 'date1904="1" ' : ''}defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="19420" windowHeight="10420"/></bookViews><sheets><sheet name="见习人员" sheetId="2" r:id="rId2"/><sheet name="填表说明" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels': relsXml([['rId3', 'theme', 'theme/theme1.xml'], ['rId2', 'worksheet', 'worksheets/sheet2.xml'], ['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId5', 'sharedStrings', 'sharedStrings.xml'], ['rId4', 'styles', 'styles.xml']]),
    'xl/sharedStrings.xml': sharedStrings(EXCEL_STRINGS),
    // cellStyleXfs comes first and has a date format of its own: only cellXfs counts.
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts><fonts count="1"><font><sz val="11"/><name val="等线"/><charset val="134"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6">${[0, 14, 176, 31, 2, 20].map(xf).join('')}</cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    'xl/worksheets/sheet1.xml': sheet(`<row r="1"><c r="A1" t="s"><v>16</v></c></row>`),
    'xl/worksheets/sheet2.xml': sheet(rows.join('')),
  });
}
const excelRows = (date1904) => [
  HEAD,
  ['欧阳娜娜', '2023-07-01', '6', '提前留用', '2023-10-01', '12', 'TRUE', '1'],
  ['张&三 中', ' 2023/7/15 ', '3', '期满未留用', '', '', '', '1'],
  [],
  [],
  // Day 60 of the 1900 system is 29 February 1900, which Excel shows and no calendar has.
  ['闰日', date1904 ? '1904-03-01' : '1900-02-29', '6', '期满留用', '', '', '', '1'],
  ['李四', '2023-07-01', '6', '期满留用', '', '', '', '1', '', '备注'],
];

// ---------------------------------------------------------------- WPS
// A hidden first sheet of drop-down choices (sheet1.xml), then the list (sheet3.xml),
// then an empty sheet (sheet2.xml); dates under the custom format yyyy/m/d;@ and as
// text "2023.7.1"; shared strings without phonetic data; 是/否 as text.
function wps() {
  const s = (i) => `t="s"><v>${i}</v>`;
  const strings = [...HEAD, '孙七', '期满留用', '周八', '2023.7.1', '提前留用', '是', '吴九', '期满未留用'];
  const row = (r, cells) => `<row r="${r}" spans="1:8">${cells.map(([c, body]) => `<c r="${c}${r}" ${body}</c>`).join('')}</row>`;
  const data = [
    row(1, HEAD.map((_, i) => ['ABCDEFGH'[i], s(i)])),
    row(2, [['A', s(8)], ['B', 's="1"><v>45108</v>'], ['C', '><v>6</v>'], ['D', s(9)], ['H', '><v>1</v>']]),
    row(3, [['A', s(10)], ['B', s(11)], ['C', '><v>6</v>'], ['D', s(12)], ['E', 's="1"><v>45200</v>'], ['F', '><v>12</v>'], ['G', s(13)], ['H', '><v>1</v>']]),
    row(4, [['A', s(14)], ['B', 's="1"><v>45108</v>'], ['C', '><v>25</v>'], ['D', s(15)], ['H', '><v>1</v>']]),
  ].join('');
  const sheet = (body) => `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheetPr/><dimension ref="A1:H4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><sheetData>${body}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><headerFooter/></worksheet>`;
  return zip({
    '[Content_Types].xml': contentTypes(['sheet1.xml', 'sheet2.xml', 'sheet3.xml']),
    '_rels/.rels': officeDocument,
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews><sheets><sheet name="选项" sheetId="1" state="hidden" r:id="rId1"/><sheet name="见习人员" sheetId="3" r:id="rId3"/><sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="144525"/></workbook>`,
    'xl/_rels/workbook.xml.rels': relsXml([['rId3', 'worksheet', 'worksheets/sheet3.xml'], ['rId2', 'worksheet', 'worksheets/sheet2.xml'], ['rId1', 'worksheet', 'worksheets/sheet1.xml'], ['rId4', 'theme', 'theme/theme1.xml'], ['rId5', 'styles', 'styles.xml'], ['rId6', 'sharedStrings', 'sharedStrings.xml']]),
    'xl/sharedStrings.xml': `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': sheet(row(1, [['A', s(9)], ['B', s(15)]])),
    'xl/worksheets/sheet2.xml': sheet(''),
    'xl/worksheets/sheet3.xml': sheet(data),
  });
}
const wpsRows = [
  HEAD,
  ['孙七', '2023-07-01', '6', '期满留用', '', '', '', '1'],
  ['周八', '2023.7.1', '6', '提前留用', '2023-10-01', '12', '是', '1'],
  ['吴九', '2023-07-01', '25', '期满未留用', '', '', '', '1'],
];

// ---------------------------------------------------------------- Open XML SDK
// Every tag prefixed (x:), the relationships namespace under another prefix, generated
// relationship ids, an absolute target to a sheet part not named sheetN.xml, rows and
// some cells without a reference (both optional), inline strings (some as runs), a
// single-quoted attribute, a date cell (t="d"), a serial date
// with no style (read as the number; the importer takes a 5-digit number in a date
// column as a date serial), a boolean false.
function prefixed() {
  const str = (ref, text) => `<x:c${ref ? ` r="${ref}"` : ''} t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
  const data = [
    `<x:row>${HEAD.map((h) => str(null, h)).join('')}</x:row>`,
    `<x:row>${str('A2', '王五')}<x:c r='B2'><x:v>45108</x:v></x:c><x:c r="C2"><x:v>6</x:v></x:c>${str('D2', '期满留用')}<x:c r="H2"><x:v>1</x:v></x:c></x:row>`,
    `<x:row><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>赵</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>六</x:t></x:r></x:is></x:c>${str('B3', '2023年7月1日')}<x:c r="C3"><x:v>6</x:v></x:c>${str('D3', '提前留用')}<x:c r="E3" t="d"><x:v>2023-10-01T00:00:00</x:v></x:c><x:c r="F3"><x:v>12</x:v></x:c><x:c r="G3" t="b"><x:v>0</x:v></x:c><x:c r="H3"><x:v>1</x:v></x:c></x:row>`,
  ].join('');
  return zip({
    '[Content_Types].xml': `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': relsXml([['R2a9d0c6b1e3f4a57', 'officeDocument', '/xl/workbook.xml']]),
    'xl/workbook.xml': `${DECL}<x:workbook xmlns:x="${MAIN}" xmlns:d3p1="${DOC_RELS}"><x:sheets><x:sheet name="名单" sheetId="1" d3p1:id="Rf3c1a0b2d4e5f607"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': relsXml([['Rf3c1a0b2d4e5f607', 'worksheet', '/xl/worksheets/sheet.xml']]),
    'xl/worksheets/sheet.xml': `${DECL}<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${data}</x:sheetData></x:worksheet>`,
  });
}
const prefixedRows = [
  HEAD,
  ['王五', '45108', '6', '期满留用', '', '', '', '1'],
  ['赵六', '2023年7月1日', '6', '提前留用', '2023-10-01', '12', 'FALSE', '1'],
];

// ---------------------------------------------------------------- LibreOffice
const fixture = (name) => readFileSync(new URL(`../fixtures/xlsx/${name}`, import.meta.url));
// From libreoffice-csv.csv: Calc took ISO dates and 2023/7/1 as dates (serials under
// yyyy-mm-dd and m/d/yy formats) and left the impossible 2023-02-30 as text.
const libreCsvRows = [
  HEAD,
  ['张三', '2023-07-01', '6', '期满留用', '', '', '', '1'],
  ['李四', '2023-07-01', '6', '提前留用', '2023-10-01', '12', '是', '1'],
  ['王五, Jr.', '2023-07-15', '3', '期满未留用', '', '', '', '1'],
  ['赵六', '2023-02-30', '6', '期满留用', '', '', '', '1'],
];
// From libreoffice-tabs.fods: the first of three tabs; dates typed as dates and as
// text; TRUE a boolean; text in mixed scripts, which Calc writes as rich-text runs.
const libreTabsRows = [
  HEAD,
  ['欧阳娜娜', '2023-07-01', '6', '提前留用', '2023-10-01', '12', 'TRUE', '1'],
  [],
  ['A&B <实习>', '2023年7月1日', '6', '期满留用', '', '', '', '1'],
];

const WORKBOOKS = [
  // name, bytes, rows read, sheet rows the engine refuses (row, column, a word of the reason)
  ['libreoffice-csv.xlsx', fixture('libreoffice-csv.xlsx'), libreCsvRows, [['5', '见习开始日期', '2023-02-30']]],
  ['libreoffice-tabs.xlsx', fixture('libreoffice-tabs.xlsx'), libreTabsRows, []],
  ['excel.xlsx', excel(), excelRows(false), [['6', '见习开始日期', '1900-02-29']]],
  // 1904-03-01 is a date, before any minimum wage the data knows.
  ['excel-1904.xlsx', excel({ date1904: true }), excelRows(true), [['6', '最低工资类别', '1904-03-01']]],
  ['wps.xlsx', wps(), wpsRows, [['4', '约定见习月数', '1 到 24']]],
  ['openxml-sdk.xlsx', prefixed(), prefixedRows, []],
];

test('each workbook reads row by row as written (in Chromium, the page\'s own module)', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/employer.html`);
  const read = await page.evaluate(async (files) => {
    const b = await import('/www/batch.js');
    return files.map(([name, bytes]) => [name, b.parseXlsx(new Uint8Array(bytes))]);
  }, WORKBOOKS.map(([name, bytes]) => [name, [...bytes]]));
  for (const [i, [name, rows]] of read.entries()) assert.deepEqual(rows, WORKBOOKS[i][2], name);
  assert.deepEqual(problems, []);
  await context.close();
});

test('date serials: the 1900 system with its leap-year bug, the 1904 system', async () => {
  const { page, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/employer.html`);
  const dates = await page.evaluate(async () => {
    const { excelSerialDate, normaliseDate } = await import('/www/batch.js');
    return {
      d1900: [1, 59, 60, 61, 45108, 45108.75, 2958465].map((n) => excelSerialDate(n)),
      d1904: [0, 1, 43646].map((n) => excelSerialDate(n, true)),
      refused: [0, -1, 2958466, NaN].map((n) => excelSerialDate(n)),
      typed: ['45108', '2023/7/1', '2023.07.01', '2023年7月1日', '2023-7-1', '7/1/2023'].map(normaliseDate),
    };
  });
  assert.deepEqual(dates.d1900, ['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2023-07-01', '2023-07-01', '9999-12-31']);
  assert.deepEqual(dates.d1904, ['1904-01-01', '1904-01-02', '2023-07-01']);
  assert.deepEqual(dates.refused, [null, null, null, null]);
  assert.deepEqual(dates.typed, ['2023-07-01', '2023-07-01', '2023-07-01', '2023-07-01', '2023-07-01', '7/1/2023']);
  await context.close();
});

test('the workbook the page writes (export, template) reads back', async () => {
  const { page, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/employer.html`);
  const back = await page.evaluate(async () => {
    const b = await import('/www/batch.js');
    const rows = [['甲 & <乙>', 1400.5, ''], [], ['x']];
    return [b.parseXlsx(b.xlsx(b.TEMPLATE)), b.TEMPLATE.map((r) => r.map(String)), b.parseXlsx(b.xlsx(rows, '测算'))];
  });
  assert.deepEqual(back[0], back[1]);
  assert.deepEqual(back[2], [['甲 & <乙>', '1400.5', ''], [], ['x']]);
  await context.close();
});

for (const [name, bytes, rows, refused] of WORKBOOKS) {
  test(`imported through the employer page: ${name}`, async () => {
    const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
    await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=1&r=0`);
    await page.locator('#totals').waitFor();
    await page.locator('#batch summary').click();
    await page.setInputFiles('#file', { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    await page.waitForFunction(() => /已计算/.test(document.querySelector('#batch-status')?.textContent ?? ''), null, { timeout: 10000 });
    // What the engine answers for the rows as read, with the page's settings.
    const { interns } = toInterns(rows);
    const answer = full.estimateSubsidy({ province: 'henan', startDate: '2023-07-01', months: 6, tier: 1, internList: interns, skipInvalidRows: true });
    const ok = interns.length - refused.length;
    assert.ok(ok > 0);
    assert.equal(answer.rejectedRows.length, refused.length);
    assert.match(await page.locator('#batch-status').textContent(), new RegExp(`已计算 ${ok} 人，${refused.length} 行有错误`), name);
    const shown = refused.length ? await page.locator('#problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent))) : [];
    assert.deepEqual(shown.map((r) => r.slice(0, 2)), refused.map((r) => r.slice(0, 2)), name);
    for (const [i, [, , word]] of refused.entries()) assert.ok(shown[i][2].includes(word), `${name}: “${shown[i][2]}” names ${word}`);
    const yuan = (m) => `${Number(m).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;
    assert.equal((await page.locator('#baseTotal').textContent()).trim(), yuan(answer.baseTotal), name);
    assert.ok(Number(answer.baseTotal) >= ok * 1400, `${name}: every computed intern is paid`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
