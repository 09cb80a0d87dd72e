import { lazy } from 'react';

/** The ageing chart, fetched the first time it is shown (keeps the chart library out of the main bundle). */
export const AgeingChart = lazy(() => import('./ageing-chart').then((m) => ({ default: m.AgeingChart })));
