// The country view's timeline: engagements per month or year as a bar chart
// (Chart.js, only the pieces a bar chart needs). Bars inside the date filter
// are drawn solid, the others pale; a click on a bar picks its period.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

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
