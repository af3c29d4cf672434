import { handle } from '../api/define';
import { modelsContract } from '../../contract/models/models.contract';
import { listModels } from './models-list.repo';

/** The models grid: one page, sorted and filtered in SQL, searchable without diacritics. */
export const listModelsMethod = handle(modelsContract, 'models.list', (ctx, input) =>
  listModels(ctx.db, input, { typeId: input.typeId, unitId: input.unitId, status: input.status, activeOn: input.activeOn }),
);
