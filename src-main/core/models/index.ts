import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { modelsContract } from '../../contract/models/models.contract';
import { createModel, deleteModel, getModel, modelStatusHistory, setModelStatus, updateModelMethod } from './models.api';
import { listModelsMethod } from './models-list.api';
import { modelsMigration } from './models.schema';
import { modelsSortKeysPart } from './models-sort-keys.schema';
import { modelsReportIndexPart } from './models-figures.schema';
import { recordVersionPart } from '../db/record-version-step';

const methods = methodMap(listModelsMethod, getModel, createModel, updateModelMethod, deleteModel, setModelStatus, modelStatusHistory);

/** The models domain: its API methods and schema steps. */
export const modelsDomain = defineContractDomain({
  name: 'models',
  contract: modelsContract,
  methods,
  migrations: [modelsMigration, modelsReportIndexPart, recordVersionPart('security_models'), modelsSortKeysPart],
});

export { MODEL_STATUSES, MODEL_STATUS_LABELS, ModelStatus, ModelStatusEvent, SecurityModel } from '../../contract/models/security-model';
export { statusAt, type StatusPoint } from './security-model.rules';
export { deleteModelRow, findModel, insertModel, updateModel } from './models.repo';
export type { SecurityModelDraft } from './security-model-draft';
export {
  countModelsActiveAt,
  countModelsNewIn,
  modelActiveAtSql,
  modelNewInSql,
  type ModelCountByType,
  type ModelCountScope,
} from './models-report.repo';
export {
  dissolvedModelDetails,
  modelCounts,
  modelDetails,
  type DissolvedModelDetail,
  type ModelCountRow,
  type ModelDetail,
} from './models-figures.repo';
