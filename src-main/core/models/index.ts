import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { createModel, deleteModel, getModel, modelStatusHistory, setModelStatus, updateModelMethod } from './models.api';
import { listModelsMethod } from './models-list.api';
import { modelsMigration } from './models.schema';
import { modelsReportIndexPart } from './models-figures.schema';

/** API methods of this domain. */
export const modelsMethods = methodMap(listModelsMethod, getModel, createModel, updateModelMethod, deleteModel, setModelStatus, modelStatusHistory);

/** Schema steps of this domain. */
export const modelsMigrations: Migration[] = [modelsMigration, modelsReportIndexPart];

export { MODEL_STATUSES, MODEL_STATUS_LABELS, ModelStatus, ModelStatusEvent, SecurityModel } from './security-model';
export { statusAt, type StatusPoint } from './security-model.rules';
export { findModel } from './models.repo';
export {
  countModelsActiveAt,
  countModelsNewIn,
  modelActiveAtSql,
  modelNewInSql,
  type ModelCountByType,
  type ModelCountScope,
} from './models-report.repo';
export { modelCounts, modelDetails, type ModelCountRow, type ModelDetail } from './models-figures.repo';
