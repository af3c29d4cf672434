// Report periods are pure and shared with the renderer (its period fields); the report modules keep importing them from here.
export { PeriodInput, ResolvedPeriod } from '../../shared/period.schema';
export { periodInSentence, periodWithDates, previousYearPeriod, resolvePeriod, yearEarlier } from '../../shared/period';
