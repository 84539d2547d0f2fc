/**
 * The report as one self-contained HTML file for the quality meeting: inline CSS and SVG charts,
 * no script, no font, no image or link to fetch (a Content-Security-Policy says so to the
 * browser), so it opens offline, is safe to mail and prints as it shows.
 */
import type { Lang } from '../registry/index.js';
import type { Report } from './compute.js';
import { OPEN_AGES } from './data-quality.js';
import { detailText, mark, operatorLabel, SECTION_TITLE, valueText } from './format.js';
import { indicatorById, INDICATORS, type Section } from './indicators.js';
import { barsSvg, esc, funnelSvg } from './svg.js';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#111;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:8px 0}td,th{padding:3px 8px;text-align:left;vertical-align:middle}
tr:nth-child(even){background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{fill:#3b6ea5}.axis{stroke:#333}.lab{stroke:#333;stroke-dasharray:4 3}.l95{fill:none;stroke:#c80}
.l998{fill:none;stroke:#c00}.dot{fill:#3b6ea5}.flag{fill:#c00}.muted{color:#555;font-size:12px}
.flagged{font-weight:bold;color:#c00}dt{font-weight:bold;margin-top:10px}dd{margin-left:16px}
@media print{h2{break-after:avoid}}`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function reportHtml(r: Report, o: { lang?: Lang; generatedAt: string; hospital?: string | undefined }): string {
  const lang = o.lang ?? 'en';
  const sections = (Object.keys(SECTION_TITLE) as Section[]).map((section) => {
    const rows = r.indicators
      .filter((res) => indicatorById(res.id)!.section === section)
      .map((res) => {
        const ind = indicatorById(res.id)!;
        const points = res.buckets.map((b) => ({ key: b.key, value: b.figure.value, label: valueText(ind, b.figure.value) }));
        return `<tr><td><a href="#def-${esc(ind.id)}">${esc(ind.title[lang])}</a></td><td class="n">${esc(valueText(ind, res.overall.value))}</td>
<td class="n muted">${esc(detailText(ind, res.overall))}</td><td>${points.length ? barsSvg(points, ind.kind === 'rate' ? { max: 1 } : {}) : ''}</td></tr>`;
      })
      .join('\n');
    return `<h2>${esc(SECTION_TITLE[section])}</h2><table><tr><th>indicator</th><th>period</th><th>counted</th><th>${esc(r.buckets.join(' · '))}</th></tr>${rows}</table>`;
  });
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ANGIO quality report ${esc(r.period.from)} – ${esc(r.period.to)}</title><style>${STYLE}</style></head>
<body>
<h1>ANGIO quality report${o.hospital ? ` · ${esc(o.hospital)}` : ''}</h1>
<p>Registrations admitted from ${esc(r.period.from)} to ${esc(r.period.to)} (whole months; follow-ups by consultation date), as of ${esc(r.asOf)}.
Open and Sent registrations count, Deleted ones never. A figure with nothing to divide is shown —. Made by angio on ${esc(o.generatedAt)}; nothing in this file was sent anywhere.</p>
${sections.join('\n')}
${operatorsHtml(r, lang)}
${dataQualityHtml(r)}
<h2>Definitions</h2><dl>${INDICATORS.map(
    (
      i,
    ) => `<dt id="def-${esc(i.id)}">${esc(i.title[lang])}</dt><dd>Numerator: ${esc(i.definition.numerator)}. Denominator: ${esc(i.definition.denominator)}.
Excluded: ${esc(i.definition.exclusions)}. Fields: ${esc(i.fields.join(', '))}.<br><span class="muted">Source: ${esc(i.source)}</span></dd>`,
  ).join('\n')}</dl>
</body></html>
`;
}

function operatorsHtml(r: Report, lang: Lang): string {
  if (!r.operators.length) return '<h2>Per first operator</h2><p>No PCI with a first operator in this period.</p>';
  const ids = r.operators[0]!.rates.map((x) => x.id);
  const head = `<tr><th>first operator</th><th>stays</th><th>procedures</th>${ids.map((id) => `<th>${esc(indicatorById(id)!.title[lang])}</th>`).join('')}</tr>`;
  const rows = r.operators
    .map(
      (o) =>
        `<tr${o.flagged ? ' class="flagged"' : ''}><td>${esc(operatorLabel(o))}</td><td class="n">${o.stays}</td><td class="n">${o.procedures}</td>${o.rates
          .map((x) => `<td class="n">${esc(valueText({ kind: 'rate', unit: '%' }, x.figure.value) + mark(x.position))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const lab = `<tr><td>the lab</td><td></td><td></td>${r.operators[0]!.rates.map((x) => `<td class="n">${esc(valueText({ kind: 'rate', unit: '%' }, x.lab))}</td>`).join('')}</tr>`;
  const plots = ids
    .map((id) => {
      const lab = r.operators[0]!.rates.find((x) => x.id === id)!.lab;
      if (lab === null) return '';
      const points = r.operators.flatMap((o) => {
        const x = o.rates.find((y) => y.id === id)!;
        return x.figure.value === null || !x.figure.denominator
          ? []
          : [
              {
                label: operatorLabel(o),
                n: x.figure.denominator,
                rate: x.figure.value,
                flagged: x.position === 'high' || x.position === 'low',
              },
            ];
      });
      return `<figure style="display:inline-block;margin:8px">${funnelSvg(indicatorById(id)!.title[lang], lab, points)}<figcaption>${esc(indicatorById(id)!.title[lang])}</figcaption></figure>`;
    })
    .join('');
  return `<h2>Per first operator</h2><table>${head}${rows}${lab}</table>
<p class="muted">▲/▼ outside the 99.8 % funnel limits (flagged), △/▽ between the 95 % (orange) and 99.8 % (red) limits: exact binomial limits around the lab's rate for each operator's number of cases. A mark is a reason to look, not a judgement: these rates are not adjusted for risk.</p>
${plots}`;
}

function dataQualityHtml(r: Report): string {
  const q = r.dataQuality;
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
  const open = OPEN_AGES.map((age) => `<td class="n">${q.open.find((x) => x.age === age)?.n ?? 0}</td>`).join('');
  const warnings = q.warnings.length
    ? `<table><tr><th>field</th><th>rule</th><th>registrations</th></tr>${q.warnings.map((w) => `<tr><td>${esc(w.field)}</td><td>${esc(w.code)}</td><td class="n">${w.n}</td></tr>`).join('')}</table>`
    : '<p>None in this period.</p>';
  return `<h2>Data quality</h2>
<table><tr><th>Open, days since discharge</th>${OPEN_AGES.map((a) => `<th>${esc(a)}</th>`).join('')}</tr><tr><td></td>${open}</tr></table>
<p>Discharge to sent: median ${q.timeliness.medianDays === null ? '—' : `${q.timeliness.medianDays} days`}; within 30 days ${pct(q.timeliness.share30)} (${q.timeliness.within30} of ${q.timeliness.sent}).<br>
Follow-ups overdue: ${q.followUpsOverdue.n} (more than 90 days: ${q.followUpsOverdue.over90}).<br>
Deliveries: ${q.deliveries.failed} failed, ${q.deliveries.pendingOver48h} pending for more than 48 hours.</p>
<h3>Our warnings most often sent despite</h3>${warnings}`;
}
