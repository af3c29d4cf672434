import { z } from 'zod';
import { Indicator } from './report';

const SeriesPoint = z.object({ label: z.string(), value: z.number(), previous: z.number().optional() });

/** The overview (Tổng quan): this year's key figures with the change on last year, and chart series. */
export const Dashboard = z.object({
  year: z.number().int(),
  periodLabel: z.string(),
  previousLabel: z.string(),
  /** False when the comparison period holds no figure at all: the screen says "chưa có số liệu", not a change. */
  previousHasData: z.boolean(),
  keyFigures: z.array(Indicator),
  modelsByType: z.array(SeriesPoint),
  sessionsPerMonth: z.array(SeriesPoint),
  outcomesByYear: z.array(z.object({ year: z.string(), tips: z.number(), cases: z.number(), arrests: z.number() })),
  registrationRateByUnit: z.array(
    z.object({ unit: z.string(), registered: z.number(), recognised: z.number(), rate: z.number().nullable() }),
  ),
});
export type Dashboard = z.output<typeof Dashboard>;
