import { lazy } from 'react';

/** The metrics charts, fetched the first time they are shown (keeps the chart library out of the main bundle). */
export const MonthChart = lazy(() => import('./metrics-charts').then((m) => ({ default: m.MonthChart })));
export const CategoryChart = lazy(() => import('./metrics-charts').then((m) => ({ default: m.CategoryChart })));
