import { handle } from '../api/define';
import { importsContract } from '../../contract/imports/imports.contract';
import { importTarget } from './import-targets';
import { importTemplate } from './import-template';

const FILE_NAMES = {
  models: 'mau-nhap-mo-hinh.xlsx',
  sessions: 'mau-nhap-tuyen-truyen.xlsx',
  outcomes: 'mau-nhap-ket-qua.xlsx',
  registrations: 'mau-nhap-dang-ky.xlsx',
  recipients: 'mau-nhap-khen-thuong.xlsx',
} as const;

/** The Excel template of a kind, generated from its column map and the current catalogues. */
export const templateMethod = handle(importsContract, 'imports.template', async (ctx, { kind }) => {
  // The catalogues are read before the first await, inside the call's transaction.
  const pending = importTemplate(ctx.db, importTarget(kind));
  return { base64: (await pending).toString('base64'), fileName: FILE_NAMES[kind] };
});
