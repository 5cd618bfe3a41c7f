// The country view's timeline: engagements per month or year as a bar chart
// (Chart.js, only the pieces a bar chart needs). Bars inside the date filter
// are drawn solid, the others pale; a click on a bar picks its period.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const IN = '#c75d00';
const OUT = '#ecc9ad';

/**
 * Draws buckets [{period, meetingCount}] on the canvas; inRange[i] says
 * whether bar i is inside the filter, onPick(i) is called when bar i is
 * clicked. Returns a destroy function. The chart is kept on the canvas as
 * canvas.chart, for the browser tests to find the bars.
 */
export function drawTimeline(canvas, buckets, { inRange = [], onPick } = {}) {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: buckets.map((b) => b.period),
      datasets: [{
        label: 'engagements',
        data: buckets.map((b) => b.meetingCount),
        backgroundColor: buckets.map((_, i) => (inRange[i] === false ? OUT : IN)),
      }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      // A click anywhere in a bar's column picks it, not only on the bar.
      interaction: { mode: 'index', intersect: false },
      onClick: (_evt, elements) => {
        if (elements.length && onPick) onPick(elements[0].index);
      },
      onHover: (evt, elements) => {
        evt.native.target.style.cursor = elements.length && onPick ? 'pointer' : 'default';
      },
    },
  });
  canvas.chart = chart;
  return () => chart.destroy();
}

// One colour per partner of the partners chart, told apart in print too.
const SERIES = ['#1f5fa8', '#c75d00', '#2e7d32', '#7b3fa0', '#b0003a', '#00838f', '#6d4c41', '#546e7a'];

/**
 * Partners over time: [{country, buckets: [{period, meetingCount}]}] as
 * stacked bars per period, one colour per partner. The periods are every
 * one any partner has, in order. Kept on the canvas as canvas.chart.
 */
export function drawPartnerSeries(canvas, series) {
  const periods = [...new Set(series.flatMap((s) => s.buckets.map((b) => b.period)))].sort();
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: periods,
      datasets: series.map((s, i) => {
        const n = new Map(s.buckets.map((b) => [b.period, b.meetingCount]));
        return {
          label: s.country.name || s.country.code,
          data: periods.map((p) => n.get(p) || 0),
          backgroundColor: SERIES[i % SERIES.length],
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: true, position: 'bottom', labels: { boxWidth: 12 } } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  canvas.chart = chart;
  return () => chart.destroy();
}
