import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { annexMethod } from './annex.api';
import { certificatesMigration } from './certificates.schema';
import { markPrintedMethod, preflightMethod, progressMethod, renderMethod, resultMethod, startMethod } from './print.api';
import {
  calibrationMethod,
  clearEmblemMethod,
  emblemMethod,
  layoutsMethod,
  setEmblemMethod,
  setOffsetsMethod,
} from './settings.api';

/** API methods of this domain. */
export const certificatesMethods = methodMap(
  preflightMethod,
  renderMethod,
  startMethod,
  progressMethod,
  resultMethod,
  markPrintedMethod,
  annexMethod,
  layoutsMethod,
  setOffsetsMethod,
  calibrationMethod,
  setEmblemMethod,
  emblemMethod,
  clearEmblemMethod,
);

/** Schema steps of this domain. */
export const certificatesMigrations: Migration[] = [certificatesMigration];
