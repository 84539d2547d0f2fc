/**
 * The charts of the HTML report as inline SVG strings: bars per period and a funnel plot. Plain
 * markup, no script and no external resource, so the file opens anywhere, offline, and prints.
 */
import { percentText, type Lang } from '../registry/index.js';
import { funnelLimits } from './funnel.js';
import { word } from './words.js';

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Bars, one per bucket; a bucket without a value gets a dash instead of a bar (never a zero bar). */
export function barsSvg(points: { key: string; value: number | null; label: string }[], o: { max?: number } = {}): string {
  const w = 34;
  const h = 60;
  const width = Math.max(1, points.length) * w;
  const max = o.max ?? Math.max(1e-9, ...points.map((p) => p.value ?? 0));
  const bars = points
    .map((p, i) => {
      const x = i * w + 4;
      const title = `<title>${esc(`${p.key}: ${p.label}`)}</title>`;
      if (p.value === null) return `<g>${title}<text x="${x + 13}" y="${h - 4}" font-size="10" text-anchor="middle">—</text></g>`;
      const bh = Math.max(1, (p.value / max) * (h - 14));
      return `<g>${title}<rect class="bar" x="${x}" y="${(h - bh).toFixed(1)}" width="${w - 8}" height="${bh.toFixed(1)}"/></g>`;
    })
    .join('');
  const labels = points
    .map((p, i) => `<text x="${i * w + w / 2}" y="${h + 11}" font-size="8" text-anchor="middle">${esc(p.key.slice(2))}</text>`)
    .join('');
  return `<svg class="bars" role="img" width="${width}" height="${h + 14}" viewBox="0 0 ${width} ${h + 14}">${bars}${labels}</svg>`;
}

/**
 * A funnel plot of one rate: each operator's rate against its number of cases, the lab's rate
 * as a line, and the 95 % and 99.8 % binomial limits around it.
 */
export function funnelSvg(
  title: string,
  lab: number,
  points: { label: string; n: number; rate: number; flagged: boolean }[],
  lang: Lang,
): string {
  const W = 360;
  const H = 200;
  const left = 40;
  const bottom = 24;
  const maxN = Math.max(10, ...points.map((p) => p.n)) * 1.1;
  const curves = [...Array(60).keys()].map((i) => Math.max(1, Math.round(((i + 1) / 60) * maxN)));
  const limits = curves.map((n) => ({ n, ...funnelLimits(n, lab) }));
  const maxY = Math.min(1, Math.max(lab * 2, ...points.map((p) => p.rate), ...limits.slice(2).map((l) => l.upper998)) * 1.1 + 0.01);
  const x = (n: number) => left + (n / maxN) * (W - left - 10);
  const y = (r: number) => H - bottom - (r / maxY) * (H - bottom - 10);
  const path = (key: 'lower95' | 'upper95' | 'lower998' | 'upper998') =>
    `M${limits.map((l) => `${x(l.n).toFixed(1)},${y(Math.min(maxY, l[key])).toFixed(1)}`).join('L')}`;
  const dots = points
    .map(
      (p) =>
        `<g><title>${esc(word(lang, 'funnel.point', { operator: p.label, rate: percentText(p.rate, lang), n: p.n }) + (p.flagged ? word(lang, 'funnel.flagged') : ''))}</title>` +
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.rate).toFixed(1)}" r="4" class="${p.flagged ? 'flag' : 'dot'}"/></g>`,
    )
    .join('');
  const ticks = [0, maxY / 2, maxY]
    .map((t) => `<text x="${left - 4}" y="${y(t) + 3}" font-size="9" text-anchor="end">${(t * 100).toFixed(0)} %</text>`)
    .join('');
  return (
    `<svg class="funnel" role="img" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<title>${esc(title)}</title>` +
    `<line x1="${left}" y1="${H - bottom}" x2="${W - 10}" y2="${H - bottom}" class="axis"/>` +
    `<line x1="${left}" y1="10" x2="${left}" y2="${H - bottom}" class="axis"/>${ticks}` +
    `<text x="${W - 10}" y="${H - 6}" font-size="9" text-anchor="end">cases</text>` +
    [0.25, 0.5, 0.75]
      .map((f) => Math.round(f * maxN))
      .map((n) => `<text x="${x(n).toFixed(1)}" y="${H - bottom + 11}" font-size="9" text-anchor="middle">${n}</text>`)
      .join('') +
    `<line x1="${left}" y1="${y(lab).toFixed(1)}" x2="${W - 10}" y2="${y(lab).toFixed(1)}" class="lab"/>` +
    `<path d="${path('upper95')}" class="l95"/><path d="${path('lower95')}" class="l95"/>` +
    `<path d="${path('upper998')}" class="l998"/><path d="${path('lower998')}" class="l998"/>${dots}</svg>`
  );
}
