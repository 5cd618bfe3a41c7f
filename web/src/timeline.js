// The country view's timeline: engagements per month or year as a bar chart
// (Chart.js, only the pieces a bar chart needs).
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Draws buckets [{period, meetingCount}] on the canvas; returns a destroy function. */
export function drawTimeline(canvas, buckets) {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: buckets.map((b) => b.period),
      datasets: [{ label: 'engagements', data: buckets.map((b) => b.meetingCount), backgroundColor: '#c75d00' }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  return () => chart.destroy();
}
