// Batch estimates from a spreadsheet, in the browser only: read .xlsx (Excel, WPS) or
// .csv (UTF-8 or GBK), turn the rows into interns, report every bad row with its row
// number, column and reason, export the result as .xlsx or .csv, and make templates.
// Loaded by the employer page on demand (never by the youth page). ZIP: fflate (MIT), vendored.
import { unzipSync, zipSync, strToU8, strFromU8 } from './vendor/fflate.mjs';

export const COLUMNS = [
  ['name', '姓名'], ['startDate', '见习开始日期'], ['months', '约定见习月数'], ['outcome', '结果'],
  ['outcomeDate', '结果日期'], ['contractMonths', '劳动合同月数'], ['socialInsurance', '是否缴纳社保'], ['tier', '最低工资类别'],
];
/** The first cells of the export's month table: an import stops there, so that an export
 *  read back in is the same list of interns (and not its months as rows with errors). */
const MONTH_TABLE = ['月份', '期间'];

export const OUTCOMES = { 见习中: 'inProgress', 期满未留用: 'completed', 期满留用: 'retained', 提前离开: 'leftEarly', 提前留用: 'hiredEarly' };
const OUTCOME_LABEL = Object.fromEntries(Object.entries(OUTCOMES).map(([k, v]) => [v, k]));

/** UTF-8 if the bytes are valid UTF-8, else GBK (what Chinese Excel writes). */
export function decodeText(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// ---- Reading .xlsx. Workbooks come from Excel, WPS, LibreOffice and from exporters
// built on Microsoft's Open XML SDK, which prefix every tag (<x:row>, <x:c>, <x:t>):
// tags are matched by their local name. A scanner rather than DOMParser: 10,000 rows
// parse in a fraction of the time.

const XML_TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;

const unescapeXml = (t) => (t.includes('&') ? t.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e) =>
  ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))) : t);

/** Calls open(name, attrs) and close(name) for each element (prefix dropped; an empty
 *  element gives both) and text(string) for character data, unescaped. */
function scanXml(xml, { open = () => {}, close = () => {}, text = () => {} }) {
  const re = new RegExp(XML_TOKEN);
  for (let m; (m = re.exec(xml));) {
    if (m[6] !== undefined) text(unescapeXml(m[6]));
    else if (m[1] !== undefined) text(m[1]);
    else if (m[3] !== undefined) {
      if (m[2]) close(m[3]);
      else {
        open(m[3], m[4]);
        if (m[5]) close(m[3]);
      }
    }
  }
}

const attrPatterns = new Map();
/** The value of an attribute by its exact (qualified) name, unescaped; a pattern such as
 *  '[\\w.-]+:id' matches r:id whatever prefix the writer gave the relationships namespace. */
function attr(attrs, name) {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

const colIndex = (ref) => [...ref.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Day `serial` of a workbook as "YYYY-MM-DD". In the 1900 system day 1 is 1900-01-01 and,
 *  as in Lotus 1-2-3, day 60 is a 29 February 1900 that never was (shown as such, so the
 *  engine refuses it with the column named); in the 1904 system day 0 is 1904-01-01. */
export function excelSerialDate(serial, date1904 = false) {
  let days = Math.floor(Number(serial));
  if (!Number.isFinite(days) || days < (date1904 ? 0 : 1) || days > 2958465) return null; // up to 9999-12-31
  if (date1904) days += 1462;
  else if (days === 60) return '1900-02-29';
  else if (days < 60) days += 1;
  return new Date(Date.UTC(1899, 11, 30) + days * 86400000).toISOString().slice(0, 10);
}

// Built-in number formats that show a date: 14–17 and 22 everywhere, and in the Chinese
// (and other East Asian) locales 27–31, 36, 50–54, 57, 58 (年/月/日 forms).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);
/** A format code shows a date if, outside quoted text, escaped characters and [..]
 *  sections (colours, locales, elapsed time), it has a year or a day. */
const isDateCode = (code) => /[yd]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));

/** The package's parts by name (OPC part names are case-insensitive), and the names. */
function packageParts(bytes) {
  const files = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
  const byLower = new Map(Object.keys(files).map((n) => [n.toLowerCase(), n]));
  const part = (name) => {
    const bytesOf = files[name] ?? files[byLower.get(name.toLowerCase())];
    return bytesOf ? strFromU8(bytesOf) : undefined;
  };
  part.names = Object.keys(files);
  return part;
}

/** A relationship target relative to the folder of the part that names it. */
function resolveTarget(partName, target) {
  let t = target;
  try { t = decodeURIComponent(target); } catch { /* keep it as written */ }
  const parts = t.startsWith('/') ? [] : partName.split('/').slice(0, -1);
  for (const p of t.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** Id → { type, part } from the relationships of `partName` (e.g. xl/_rels/workbook.xml.rels). */
function relationships(part, partName) {
  const slash = partName.lastIndexOf('/') + 1;
  const xml = part(`${partName.slice(0, slash)}_rels/${partName.slice(slash)}.rels`);
  const rels = new Map();
  if (xml) scanXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || attr(attrs, 'TargetMode') === 'External') return;
      const target = attr(attrs, 'Target');
      if (target) rels.set(attr(attrs, 'Id'), { type: attr(attrs, 'Type') ?? '', part: resolveTarget(partName, target) });
    },
  });
  return rels;
}

const ofType = (rel, kind) => rel.type.endsWith(`/${kind}`); // transitional and strict OOXML alike

/** The workbook part, its sheets in tab order, its date system, and where its worksheets,
 *  shared strings and styles are. */
function readWorkbook(part) {
  const officeDocument = [...relationships(part, '').values()].find((r) => ofType(r, 'officeDocument'));
  const name = officeDocument?.part ?? 'xl/workbook.xml';
  const xml = part(name);
  const sheets = [];
  let date1904 = false;
  if (xml) scanXml(xml, {
    open(tag, attrs) {
      if (tag === 'sheet') sheets.push({ name: attr(attrs, 'name'), state: attr(attrs, 'state') ?? 'visible', id: attr(attrs, '[\\w.-]+:id') });
      else if (tag === 'workbookPr') date1904 = ['1', 'true'].includes(attr(attrs, 'date1904'));
    },
  });
  const rels = relationships(part, name);
  const related = (kind, fallback) => [...rels.values()].find((r) => ofType(r, kind))?.part ?? fallback;
  return {
    sheets: sheets.map((s) => ({ ...s, rel: rels.get(s.id) })),
    date1904,
    sharedStrings: related('sharedStrings', 'xl/sharedStrings.xml'),
    styles: related('styles', 'xl/styles.xml'),
  };
}

/** The worksheet to read: the first tab a person sees (hidden sheets and chart sheets are
 *  passed over). A file without a usable workbook.xml: the lowest-numbered worksheet. */
function firstSheetPart(part, workbook) {
  const worksheets = workbook.sheets.filter((s) => s.rel && ofType(s.rel, 'worksheet') && part(s.rel.part) !== undefined);
  const chosen = worksheets.find((s) => s.state === 'visible') ?? worksheets[0];
  if (chosen) return chosen.rel.part;
  const number = (n) => Number(n.match(/^xl\/worksheets\/sheet(\d+)\.xml$/i)?.[1] ?? NaN);
  return part.names.filter((n) => number(n) >= 0).sort((a, b) => number(a) - number(b))[0];
}

/** Rich text as it reads: the text of every <t>, leaving out phonetic guides (<rPh>). */
function richTextReader() {
  let depthRPh = 0;
  let inT = false;
  let out = '';
  return {
    open(name) { if (name === 'rPh') depthRPh++; else if (name === 't') inT = true; },
    close(name) { if (name === 'rPh') depthRPh--; else if (name === 't') inT = false; },
    text(s) { if (inT && depthRPh === 0) out += s; },
    take() { const s = out; out = ''; return s; },
  };
}

function readSharedStrings(xml) {
  const strings = [];
  if (!xml) return strings;
  const rich = richTextReader();
  scanXml(xml, {
    open(name) { if (name === 'si') rich.take(); else rich.open(name); },
    close(name) { if (name === 'si') strings.push(rich.take()); else rich.close(name); },
    text: rich.text,
  });
  return strings;
}

/** Which cell styles (the `s` of a cell: an index into cellXfs) show a date. */
function readDateStyles(xml) {
  const codes = new Map();
  const dateStyles = new Set();
  if (!xml) return dateStyles;
  let inCellXfs = false;
  let xf = 0;
  scanXml(xml, {
    open(name, attrs) {
      if (name === 'numFmt') codes.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(attrs, 'numFmtId') ?? 0);
        if (codes.has(id) ? isDateCode(codes.get(id)) : DATE_FORMAT_IDS.has(id)) dateStyles.add(xf);
        xf++;
      }
    },
    close(name) { if (name === 'cellXfs') inCellXfs = false; },
  });
  return dateStyles;
}

/** The first worksheet of an .xlsx as rows of strings: numbers as written in the file,
 *  dates (date-formatted numbers) as "YYYY-MM-DD", booleans as TRUE/FALSE; row i of the
 *  result is sheet row i + 1. */
export function parseXlsx(bytes) {
  const part = packageParts(bytes);
  const workbook = readWorkbook(part);
  const sheetName = firstSheetPart(part, workbook);
  if (!sheetName) throw new Error('no worksheet');
  const shared = readSharedStrings(part(workbook.sharedStrings));
  const dateStyles = readDateStyles(part(workbook.styles));
  const rows = [];
  const rich = richTextReader();
  let inSheetData = false;
  let nextRow = 0; // a row without a number follows the one before it
  let row = null; // { n, cells }
  let cell = null; // { col, type, style, v, text, inV, inIs }
  const cellValue = (c) => {
    switch (c.type) {
      case 's': return shared[Number(c.v)] ?? '';
      case 'inlineStr': return c.text;
      case 'b': return c.v.trim() === '1' ? 'TRUE' : c.v.trim() === '0' ? 'FALSE' : c.v;
      case 'd': return /^\d{4}-\d\d-\d\d/.test(c.v.trim()) ? c.v.trim().slice(0, 10) : c.v;
      case 'str': case 'e': return c.v;
      default: return dateStyles.has(c.style) && c.v.trim() !== '' ? excelSerialDate(c.v, workbook.date1904) ?? c.v.trim() : c.v.trim();
    }
  };
  scanXml(part(sheetName), {
    open(name, attrs) {
      if (name === 'sheetData') inSheetData = true;
      else if (!inSheetData) return;
      else if (name === 'row') {
        const r = Number(attr(attrs, 'r'));
        row = { n: Number.isInteger(r) && r > 0 ? r - 1 : nextRow, cells: [] };
        nextRow = row.n + 1;
      } else if (name === 'c' && row) {
        const ref = attr(attrs, 'r')?.match(/^[A-Za-z]+/)?.[0];
        cell = { col: ref ? colIndex(ref) : row.cells.length, type: attr(attrs, 't') ?? 'n', style: Number(attr(attrs, 's') ?? 0), v: '', text: '', inV: false, inIs: false };
        row.cells[cell.col] ??= ''; // keeps positions for cells without a reference
      } else if (cell) {
        if (name === 'v') cell.inV = true;
        else if (name === 'is') { cell.inIs = true; rich.take(); } else if (cell.inIs) rich.open(name);
      }
    },
    close(name) {
      if (name === 'sheetData') inSheetData = false;
      else if (!inSheetData) return;
      else if (name === 'row' && row) {
        if (row.cells.some((v) => v !== '')) rows[row.n] = Array.from(row.cells, (v) => v ?? '');
        row = null;
      } else if (name === 'c' && cell && row) {
        row.cells[cell.col] = cellValue(cell);
        cell = null;
      } else if (cell) {
        if (name === 'v') cell.inV = false;
        else if (name === 'is') { cell.inIs = false; cell.text = rich.take(); } else if (cell.inIs) rich.close(name);
      }
    },
    text(s) {
      if (cell?.inV) cell.v += s;
      else if (cell?.inIs) rich.text(s);
    },
  });
  return Array.from(rows, (x) => x ?? []);
}

/** "2023/7/1", "2023.07.01", "2023-7-1" or an Excel date serial → "YYYY-MM-DD"; anything else unchanged. */
export function normaliseDate(v) {
  const s = String(v).trim();
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (/^\d{5}(\.0+)?$/.test(s)) return excelSerialDate(s); // a date cell read as a plain number
  return s;
}

/** Sheet rows → interns for the engine, and which sheet row each came from. */
export function toInterns(rows) {
  const header = (rows[0] ?? []).map((h) => String(h).trim());
  const at = Object.fromEntries(COLUMNS.map(([id, zh]) => [id, header.findIndex((h) => h === zh || h === id)]));
  const problems = [];
  if (Object.values(at).every((i) => i < 0)) problems.push({ row: 1, column: '', reason: `第一行应为表头：${COLUMNS.map((c) => c[1]).join('、')}`, reasonEn: `Row 1 must be the header: ${COLUMNS.map((c) => c[0]).join(', ')}` });
  const interns = [];
  const rowOf = [];
  const body = rows.slice(1);
  // An export of this page read back in: its interns end where its month table begins.
  const end = body.findIndex((cells) => MONTH_TABLE.every((h, i) => String(cells[i] ?? '').trim() === h));
  (end < 0 ? body : body.slice(0, end)).forEach((cells, k) => {
    if (!cells.some((c) => String(c).trim() !== '')) return; // an empty line, not a row
    const it = {};
    for (const [id] of COLUMNS) {
      const raw = at[id] >= 0 ? String(cells[at[id]] ?? '').trim() : '';
      if (raw === '') continue;
      if (id === 'startDate' || id === 'outcomeDate') it[id] = normaliseDate(raw);
      else if (id === 'months' || id === 'contractMonths' || id === 'tier') it[id] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
      else if (id === 'outcome') it[id] = OUTCOMES[raw] ?? raw;
      else if (id === 'socialInsurance') it[id] = ['是', 'true', '1', 'TRUE', 'yes'].includes(raw) ? true : ['否', 'false', '0', 'FALSE', 'no'].includes(raw) ? false : raw;
      else it[id] = raw;
    }
    interns.push(it);
    rowOf.push(k + 2);
  });
  return { interns, rowOf, problems };
}

/** Every error of each rejected row, not only the first the engine stops at: the row is
 *  tried again without each field found wrong, until it passes or what is left depends
 *  on what was taken out (an outcome's date on the outcome; dates inside the internship
 *  on its start and length). `estimate` is the engine's estimateSubsidy. */
export function allRowErrors(estimate, input, rejected) {
  const found = rejected.map((r) => [r]);
  const name = (r) => r.field.replace(/^internList\[\d+\]\.?/, '');
  let open = rejected.map((r, k) => ({ k, it: { ...input.internList[r.index] }, moved: false }));
  for (let round = 0; round < COLUMNS.length && open.length; round++) {
    open = open.filter((o) => {
      const f = name(found[o.k].at(-1));
      if (!f || f === 'outcome' || !(f in o.it)) return false;
      delete o.it[f];
      o.moved ||= f === 'startDate' || f === 'months';
      return true;
    });
    if (!open.length) break;
    let again;
    try { again = estimate({ ...input, internList: open.map((o) => o.it), skipInvalidRows: true }).rejectedRows; } catch { break; }
    const bad = new Map(again.map((x) => [x.index, x]));
    open = open.filter((o, i) => {
      const x = bad.get(i);
      if (!x || x.code === 'MISSING_FIELD' || (x.code === 'INCONSISTENT' && o.moved)) return false;
      // The same field wrong again with the row's own value gone (the page's setting, e.g. a
      // tier with no minimum wage on a start date too early): the cause is elsewhere, said once.
      if (found[o.k].some((y) => y.field.replace(/^internList\[\d+\]/, '') === x.field.replace(/^internList\[\d+\]/, ''))) return false;
      found[o.k].push({ ...x, index: rejected[o.k].index });
      return true;
    });
  }
  return found.flat();
}

/** The engine's rejected rows as sheet row, column header and reason; the reason names
 *  each column as the sheet does, not by the engine's field path. */
export function rowProblems(rejected, rowOf, interns = []) {
  const column = (field) => (COLUMNS.find(([id]) => id === field) ?? [null, ''])[1];
  return rejected.map((r) => {
    const field = r.field.replace(/^internList\[\d+\]\.?/, '');
    // What the sheet may hold, in its own words: the outcomes as the template writes them
    // (not the engine's names), yes or no (not “a boolean”), and the cell's text (not “a string”).
    const cell = interns[r.index]?.[field];
    const sheetWords = (m, en) => {
      let out = field === 'outcome' ? m.replace(/\b(inProgress|completed|retained|leftEarly|hiredEarly)\b/g, (v) => (en ? `${OUTCOME_LABEL[v]} (${v})` : OUTCOME_LABEL[v])) : m;
      if (r.code === 'WRONG_TYPE') {
        out = en ? out.replace(/must be a boolean( \(true or false\))?/, 'must be 是 or 否 (yes or no)') : out.replace(/应为布尔值(（true 或 false）)?/, '应为“是”或“否”');
        if (typeof cell === 'string') out = en ? out.replace(/got a string\./, `got “${cell}”.`) : out.replace(/收到的是字符串。/, `收到“${cell}”。`);
      }
      return out;
    };
    const say = (m, en) => sheetWords(m, en).replace(/“internList\[\d+\]\.?(\w*)”/g, (all, f) => (column(f) ? (en ? `“${column(f)}” (${f})` : `“${column(f)}”列`) : all));
    return { row: rowOf[r.index], column: column(field), reason: say(r.message), reasonEn: say(r.messageEn, true) };
  });
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cellRef = (c, r) => `${c >= 26 ? String.fromCharCode(64 + Math.floor(c / 26)) : ''}${String.fromCharCode(65 + (c % 26))}${r}`;

/** A minimal .xlsx workbook (one sheet; numbers as numbers, the rest as inline strings). */
export function xlsx(rows, sheet = 'Sheet1') {
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => {
    const ref = cellRef(c, r + 1);
    return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v ?? '')}</t></is></c>`;
  }).join('')}</row>`).join('');
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date('2000-01-01T00:00:00Z') });
}

/** CSV with a BOM, so that Excel opens the Chinese text as UTF-8. */
export function csv(rows) {
  const q = (v) => (/[",\r\n]/.test(String(v ?? '')) ? `"${String(v).replace(/"/g, '""')}"` : String(v ?? ''));
  return `\ufeff${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

export const TEMPLATE = [
  COLUMNS.map((c) => c[1]),
  ['张三', '2023-07-01', 6, '期满留用', '', '', '', 1],
  ['李四', '2023-07-01', 6, '提前留用', '2023-10-01', 12, '是', 1],
];

const dayBefore = (d) => new Date(Date.parse(`${d}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);

/** The retention rate as the page says it: both readings where they count differently, and
 *  the verdict against the threshold (met, not met, not settled, or the readings part). */
function retentionLine(rr) {
  const readings = rr.readings ?? [];
  const alike = readings.every((x) => x.numerator === readings[0].numerator && x.denominator === readings[0].denominator);
  const figures = alike ? `${rr.numerator}/${rr.denominator} = ${rr.percent}%`
    : readings.map((x, i) => `算法${'一二三'[i] ?? i + 1} ${x.numerator}/${x.denominator} = ${x.percent}%`).join('；');
  if (!rr.thresholdPercent) return figures;
  const verdict = rr.meetsThreshold === true ? '达标' : rr.meetsThreshold === false ? '未达标'
    : rr.readingsDisagree ? '两种算法结论不同，待当地人社部门认定' : '尚未确定（仍有人员在见习中）';
  return `${figures}（门槛 ${rr.thresholdPercent}%：${verdict}）`;
}

/** The result as sheet rows: one row per intern, then the month table and the totals.
 *  Each intern row carries the import's own columns as the engine used them (the page's
 *  setting where the row left a cell blank), so that the export imports again to the same
 *  estimate; then what was computed. An intern who left or was hired early on D ends on
 *  D − 1, not on the agreed end; the difference is left blank where retention is not met,
 *  and marked where it is not settled. `input` is what the engine was given; `problems`
 *  (rowProblems) the rows left out, listed after the totals. */
export function resultRows(r, rowOf, input = {}, problems = []) {
  const paid = r.raisedApplies !== false;
  const diffHead = r.raisedApplies === null ? '差额（如留用率达标）' : '差额';
  const out = [['行号', ...COLUMNS.map((c) => c[1]), '约定结束', '见习结束（实际）', '补贴月数', '基础补贴', diffHead, '剩余期限补贴']];
  for (const it of r.interns) {
    const given = input.internList?.[it.index] ?? {};
    const dated = ['leftEarly', 'hiredEarly'].includes(it.outcome) && /^\d{4}-\d\d-\d\d$/.test(given.outcomeDate ?? '');
    const hired = it.outcome === 'hiredEarly';
    const insured = hired && given.socialInsurance === true ? '是' : hired && given.socialInsurance === false ? '否' : '';
    out.push([rowOf[it.index], it.name ?? '', it.startDate, given.months ?? input.months ?? '', OUTCOME_LABEL[it.outcome] ?? it.outcome, dated ? given.outcomeDate : '',
      hired ? given.contractMonths ?? '' : '', insured, given.tier ?? input.tier ?? '',
      it.endDate, dated ? dayBefore(given.outcomeDate) : it.endDate, Number(it.internMonths), it.base ?? '', paid ? it.difference ?? '' : '', it.remainingPeriod ?? '']);
  }
  out.push([], [...MONTH_TABLE, '最低工资', '在岗人数', '人月', '基础补贴（按月申领）', r.raisedApplies === null ? '差额（如达标，见习结束后一次性）' : '差额（见习结束后一次性）']);
  for (const m of r.months) out.push([m.month, `${m.from}–${m.to}`, m.minimumWage ?? '', m.interns, Number(m.internMonths), m.amount ?? '', paid ? m.difference ?? '' : '']);
  const difference = r.raisedApplies === true ? r.retentionDifference : r.raisedApplies === false ? '0.00（留用率未达标）' : r.potentialDifference != null ? `${r.potentialDifference}（如留用率达标）` : '待定';
  out.push([], ['基础补贴合计', r.baseTotal ?? '待定'], ['留用率', retentionLine(r.retentionRate)], ['一次性差额', difference], ['剩余期限补贴', r.remainingPeriodTotal ?? '待定'], ['合计', r.total ?? '待定']);
  // The rows left out, as the page lists them: the file says what its totals do not count.
  if (problems.length) out.push([], [`未计入的行（${new Set(problems.map((p) => p.row)).size} 行）`], ['行号', '列', '原因'], ...problems.map((p) => [p.row, p.column, p.reason]));
  return out;
}
