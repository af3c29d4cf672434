import type { Core } from '../../../src-main/core/app/open-core';
import { seededEntryId } from '../../../src-main/core/catalogues';
import type { SecurityModel } from '../../../src-main/core/models';
import { callOk, clerk } from '../../fixtures/core';

export const GONG = seededEntryId('model_type', 'TIENG_KENG');
export const CLAN = seededEntryId('model_type', 'DONG_HO_HIEU_HOC');
export const POLICE = seededEntryId('host_organisation', 'CONG_AN');

/** Creates a model through the dispatcher as a clerk; `fields` override a valid default. */
export function aModel(core: Core, unitId: string, fields: Record<string, unknown> = {}): Promise<SecurityModel> {
  return callOk(
    core,
    'models.create',
    { typeId: GONG, name: 'Tiếng kẻng an ninh thôn Đặng Xá', unitId, foundedOn: '2017-03-15', ...fields },
    clerk,
  );
}
