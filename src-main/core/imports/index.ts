import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { importsContract } from '../../contract/imports/imports.contract';
import { applyImport, previewImport } from './imports.api';
import { lastImportMethod, undoImport } from './import-undo.api';
import { templateMethod } from './import-template.api';
import { importsMigration } from './imports.schema';

/** The imports domain: Excel import of every record kind (preview, apply, undo, template). */
export const importsDomain = defineContractDomain({
  name: 'imports',
  contract: importsContract,
  methods: methodMap(previewImport, applyImport, undoImport, lastImportMethod, templateMethod),
  migrations: [importsMigration],
});
