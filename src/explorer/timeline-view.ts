import type { Timeline } from './api.js';

/** Statements per month as stacked bars (plain SVG), one colour per speaker or topic. */

const PALETTE = ['#2f6db3', '#d9730d', '#2e8b57', '#b03a7a', '#7a5cc4', '#8c6d1f', '#9aa7b5'];
const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

export function showTimeline(box: HTMLElement, timeline: Timeline, subject: string, split: 'SPEAKER' | 'TOPIC'): void {
  if (timeline.months.length === 0) {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: `No dated statements ${split === 'SPEAKER' ? `about ${subject}` : `by ${subject}`} match.` }));
    return;
  }
  const [width, height, left, bottom, top] = [Math.max(320, box.clientWidth || 900), 190, 30, 22, 8];
  const totals = timeline.months.map((_, index) => timeline.series.reduce((sum, series) => sum + series.counts[index], 0));
  const max = Math.max(1, ...totals);
  // Bars no wider than a thumb: a single month is a bar, not a wall.
  const slot = Math.min(56, (width - left) / timeline.months.length);
  const scale = (height - bottom - top) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Statements per month ${split === 'SPEAKER' ? `about ${subject}, by speaker` : `by ${subject}, by topic`}: ${timeline.months.map((month, index) => `${month}: ${totals[index]}`).join(', ')}` });
  chart.append(svg('line', { x1: left, x2: width, y1: height - bottom, y2: height - bottom, stroke: '#c3cad2' }));
  chart.append(Object.assign(svg('text', { x: left - 4, y: top + 10, 'text-anchor': 'end', class: 'axis' }), { textContent: String(max) }));
  const labelEvery = Math.ceil(timeline.months.length / 12);
  timeline.months.forEach((month, index) => {
    let y = height - bottom;
    timeline.series.forEach((series, seriesIndex) => {
      const count = series.counts[index];
      if (!count) return;
      const barHeight = count * scale;
      y -= barHeight;
      const bar = svg('rect', { x: left + index * slot + slot * 0.15, y, width: Math.max(1, slot * 0.7), height: barHeight, fill: PALETTE[series.entity ? seriesIndex % (PALETTE.length - 1) : PALETTE.length - 1] });
      bar.append(Object.assign(svg('title', {}), { textContent: `${month}: ${count} · ${series.entity?.name ?? 'others'}` }));
      chart.append(bar);
    });
    if (index % labelEvery === 0) chart.append(Object.assign(svg('text', { x: left + index * slot + slot / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }), { textContent: month }));
  });
  const legend = document.createElement('ul');
  legend.className = 'timeline-legend';
  timeline.series.forEach((series, seriesIndex) => {
    const li = document.createElement('li');
    const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
    swatch.style.background = PALETTE[series.entity ? seriesIndex % (PALETTE.length - 1) : PALETTE.length - 1];
    li.append(swatch, `${series.entity?.name ?? (split === 'TOPIC' ? 'others / no topic' : 'others')} (${series.total})`);
    legend.append(li);
  });
  const notes: string[] = [];
  if (timeline.undated) notes.push(`${timeline.undated} undated left out`);
  if (timeline.statementsRead < timeline.statementsMatched) notes.push(`latest ${timeline.statementsRead} of ${timeline.statementsMatched} statements`);
  if (notes.length) legend.append(Object.assign(document.createElement('li'), { className: 'hint', textContent: notes.join(' · ') }));
  box.replaceChildren(chart, legend);
}
