/**
 * The report as one self-contained HTML file for the quality meeting: inline CSS and SVG charts,
 * no script, no font, no image or link to fetch (a Content-Security-Policy says so to the
 * browser), so it opens offline, is safe to mail and prints as it shows.
 */
import { percentText, type Lang } from '../registry/index.js';
import type { Report } from './compute.js';
import { OPEN_AGES } from './data-quality.js';
import { ageText, detailText, mark, operatorLabel, SECTION_TITLE, sectionTitle, valueText } from './format.js';
import { indicatorById, INDICATORS, type Indicator, type Section } from './indicators.js';
import { barsSvg, esc, funnelSvg } from './svg.js';
import { word } from './words.js';

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
        const points = res.buckets.map((b) => ({ key: b.key, value: b.figure.value, label: valueText(ind, b.figure.value, lang) }));
        return `<tr><td><a href="#def-${esc(ind.id)}">${esc(ind.title[lang])}</a></td><td class="n">${esc(valueText(ind, res.overall.value, lang))}</td>
<td class="n muted">${esc(detailText(ind, res.overall, lang))}</td><td>${points.length ? barsSvg(points, ind.kind === 'rate' ? { max: 1 } : {}) : ''}</td></tr>`;
      })
      .join('\n');
    const head = [word(lang, 'indicator'), word(lang, 'overall'), word(lang, 'counted'), r.buckets.join(' · ')];
    return `<h2>${esc(sectionTitle(section, lang))}</h2><table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${rows}</table>`;
  });
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(word(lang, 'title'))} ${esc(r.period.from)} – ${esc(r.period.to)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(word(lang, 'title'))}${o.hospital ? ` · ${esc(o.hospital)}` : ''}</h1>
<p>${esc(word(lang, 'html.intro', { from: r.period.from, to: r.period.to, asOf: r.asOf, at: o.generatedAt }))}</p>
${sections.join('\n')}
${operatorsHtml(r, lang)}
${dataQualityHtml(r, lang)}
<h2>${esc(word(lang, 'definitions'))}</h2><dl>${INDICATORS.map((i) => definitionHtml(i, lang)).join('\n')}</dl>
</body></html>
`;
}

function definitionHtml(i: Indicator, lang: Lang): string {
  const part = (key: 'numerator' | 'denominator' | 'exclusions' | 'fields', text: string) => `${esc(word(lang, key))}: ${esc(text)}.`;
  return `<dt id="def-${esc(i.id)}">${esc(i.title[lang])}</dt><dd>${part('numerator', i.definition.numerator)} ${part('denominator', i.definition.denominator)}
${part('exclusions', i.definition.exclusions)} ${part('fields', i.fields.join(', '))}<br><span class="muted">${esc(word(lang, 'source'))}: ${esc(i.source)}</span></dd>`;
}

function operatorsHtml(r: Report, lang: Lang): string {
  const title = `<h2>${esc(word(lang, 'operators'))}</h2>`;
  if (!r.operators.length) return `${title}<p>${esc(word(lang, 'no.operators'))}</p>`;
  const ids = r.operators[0]!.rates.map((x) => x.id);
  const head = `<tr><th>${esc(word(lang, 'operator'))}</th><th>${esc(word(lang, 'stays'))}</th><th>${esc(word(lang, 'procedures'))}</th>${ids.map((id) => `<th>${esc(indicatorById(id)!.title[lang])}</th>`).join('')}</tr>`;
  const rows = r.operators
    .map(
      (o) =>
        `<tr${o.flagged ? ' class="flagged"' : ''}><td>${esc(operatorLabel(o))}</td><td class="n">${o.stays}</td><td class="n">${o.procedures}</td>${o.rates
          .map((x) => `<td class="n">${esc(valueText({ kind: 'rate', unit: '%' }, x.figure.value, lang) + mark(x.position))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const lab = `<tr><td>${esc(word(lang, 'lab'))}</td><td></td><td></td>${r.operators[0]!.rates.map((x) => `<td class="n">${esc(valueText({ kind: 'rate', unit: '%' }, x.lab, lang))}</td>`).join('')}</tr>`;
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
      return `<figure style="display:inline-block;margin:8px">${funnelSvg(indicatorById(id)!.title[lang], lab, points, lang)}<figcaption>${esc(indicatorById(id)!.title[lang])}</figcaption></figure>`;
    })
    .join('');
  return `${title}<table>${head}${rows}${lab}</table>
<p class="muted">${esc(word(lang, 'funnel.legend'))}. ${esc(word(lang, 'funnel.caution'))}</p>
${plots}`;
}

function dataQualityHtml(r: Report, lang: Lang): string {
  const q = r.dataQuality;
  const pct = (v: number | null) => (v === null ? '—' : percentText(v, lang));
  const open = OPEN_AGES.map((age) => `<td class="n">${q.open.find((x) => x.age === age)?.n ?? 0}</td>`).join('');
  const warnings = q.warnings.length
    ? `<table><tr><th>${esc(word(lang, 'field'))}</th><th>${esc(word(lang, 'rule'))}</th><th>${esc(word(lang, 'registrations'))}</th></tr>${q.warnings.map((w) => `<tr><td>${esc(w.field)}</td><td>${esc(w.code)}</td><td class="n">${w.n}</td></tr>`).join('')}</table>`
    : `<p>${esc(word(lang, 'none.period'))}</p>`;
  const median = q.timeliness.medianDays === null ? '—' : word(lang, 'days', { n: q.timeliness.medianDays });
  const lines = [
    word(lang, 'dq.timeliness', { median, share: pct(q.timeliness.share30), within: q.timeliness.within30, sent: q.timeliness.sent }),
    word(lang, 'dq.overdue', { n: q.followUpsOverdue.n, over90: q.followUpsOverdue.over90 }),
    word(lang, 'dq.deliveries', { failed: q.deliveries.failed, pending: q.deliveries.pendingOver48h }),
  ];
  return `<h2>${esc(word(lang, 'dq.title'))}</h2>
<table><tr><th>${esc(word(lang, 'dq.open'))}</th>${OPEN_AGES.map((a) => `<th>${esc(ageText(a, lang))}</th>`).join('')}</tr><tr><td></td>${open}</tr></table>
<p>${lines.map(esc).join('<br>\n')}</p>
<h3>${esc(word(lang, 'dq.warnings'))}</h3>${warnings}`;
}
