import { lazy } from 'react';

/** The risk charts, fetched the first time one is shown. */
export const HistoryChart = lazy(() => import('./charts').then((m) => ({ default: m.HistoryChart })));
export const LevelDonut = lazy(() => import('./charts').then((m) => ({ default: m.LevelDonut })));
