// The critical path of one traced first visit (scripts/bench-first-visit.mjs --trace DIR):
// when each file was asked for and arrived, what the page's main thread did (its tasks,
// named by their largest part: parsing HTML, style and layout, script, the .wasm), the
// page's marks, and the main thread's time by kind up to the verdict.
//
//   node scripts/trace-first-visit.mjs DIR/this.json     prints the same for a saved trace
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Chromium trace categories the summary needs (few: tracing itself slows a page). */
export const CATEGORIES = ['devtools.timeline', 'v8.wasm', 'blink.user_timing', 'loading', 'v8.execute', 'toplevel'];

const KIND = [
  [/^(ParseHTML)$/, 'parse HTML'],
  [/^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|ParseAuthorStyleSheet)$/, 'style, layout, paint'],
  [/^wasm\.|^v8\.wasm/, '.wasm compile'],
  [/^(v8\.compileModule|v8\.compile|v8\.parseOnBackground)$/, 'script compile'],
  [/^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|EventDispatch|v8\.run|V8\.Execute|v8\.callFunction)$/, 'script run'],
  [/^(ResourceReceivedData|ResourceReceiveResponse|ResourceFinish|ResourceSendRequest)$/, 'network'],
];
const kindOf = (name) => KIND.find(([re]) => re.test(name))?.[1];

export function criticalPath(events) {
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const key = (e) => `${e.pid}:${e.tid}`;
  // The page's main thread: the renderer main thread that set the 'verdict' mark.
  const verdictMark = events.find((e) => e.name === 'verdict' && e.cat.includes('blink.user_timing'));
  const main = verdictMark ? key(verdictMark) : [...threads].find(([, n]) => n === 'CrRendererMain')?.[0];
  // Navigation to the page itself (not the blank document before it, nor an SVG image's own document).
  const nav = events.find((e) => e.name === 'navigationStart' && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''));
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const f = (x) => x.toFixed(0).padStart(5);
  const out = [];

  // Files: asked for (ResourceSendRequest) → finished (ResourceFinish), as the page saw them.
  const sent = new Map();
  for (const e of events) if (e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith('http')) sent.set(e.args.data.requestId, { url: e.args.data.url.replace(/^https?:\/\/[^/]+/, ''), start: ms(e.ts) });
  for (const e of events) if (e.name === 'ResourceFinish' && sent.has(e.args?.data?.requestId)) {
    const r = sent.get(e.args.data.requestId);
    r.end = e.args.data.finishTime ? (e.args.data.finishTime * 1e6 - t0) / 1000 : ms(e.ts);
    r.bytes = e.args.data.encodedDataLength;
  }
  out.push('  files (ms after navigation: asked → arrived, bytes over the wire)');
  for (const r of [...sent.values()].sort((a, b) => a.start - b.start)) out.push(`    ${f(r.start)} → ${r.end == null ? '    ?' : f(r.end)}  ${String(r.bytes ?? '').padStart(6)}  ${r.url.slice(0, 60)}`);

  // The main thread's tasks, each named by the kind of its largest part.
  const onMain = events.filter((e) => key(e) === main && e.ph === 'X' && e.ts >= t0).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const parts = onMain.filter((e) => kindOf(e.name));
  const end = verdictMark ? verdictMark.ts : Infinity;
  const byKind = {};
  const spans = [];
  let pi = 0;
  for (const t of tasks) {
    if (t.ts > end) break;
    const tEnd = t.ts + (t.dur ?? 0);
    const inside = {};
    while (pi < parts.length && parts[pi].ts < t.ts) pi++;
    for (let j = pi; j < parts.length && parts[j].ts < tEnd; j++) {
      const p = parts[j];
      // Top-level parts only (a Layout inside EvaluateScript counts once, as what ran it).
      const k = kindOf(p.name);
      const covered = parts.slice(pi, j).some((q) => q.ts <= p.ts && q.ts + (q.dur ?? 0) >= p.ts + (p.dur ?? 0) && q !== p);
      if (!covered) inside[k] = (inside[k] ?? 0) + (p.dur ?? 0);
    }
    const top = Object.entries(inside).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
    const dur = (t.dur ?? 0) / 1000;
    byKind[top] = (byKind[top] ?? 0) + dur;
    const last = spans.at(-1);
    if (last && last.kind === top && ms(t.ts) - last.end < 5) { last.end = ms(tEnd); last.busy += dur; } else spans.push({ kind: top, start: ms(t.ts), end: ms(tEnd), busy: dur });
  }
  out.push('  main thread (runs of tasks of one kind, 15 ms or more; busy ms)');
  for (const s of spans.filter((s) => s.busy >= 15)) out.push(`    ${f(s.start)} – ${f(s.end)}  ${f(s.busy)}  ${s.kind}`);
  const marks = ['firstContentfulPaint', 'domInteractive', 'domContentLoadedEventEnd', 'wasm-ready', 'engine-ready', 'verdict'];
  out.push(`  marks: ${marks.map((n) => { const e = events.filter((x) => x.name === n && key(x) === main && x.ts >= t0)[0]; return e ? `${n} ${ms(e.ts).toFixed(0)}` : null; }).filter(Boolean).join(', ')}`);
  const stream = events.find((e) => e.name === 'wasm.StartStreamingCompilation' && key(e) === main);
  if (stream) out.push(`  .wasm streaming compilation started at ${ms(stream.ts).toFixed(0)} ms`);
  out.push(`  main thread busy until the verdict: ${Object.entries(byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')} ms`);
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(criticalPath(JSON.parse(readFileSync(process.argv[2], 'utf8')).traceEvents));
}
