import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { certificatesContract } from '../../contract/certificates/certificates.contract';
import { annexMethod } from './annex.api';
import { certificatesMigration } from './certificates.schema';
import {
  decisionLayoutMethod,
  layoutFieldsMethod,
  layoutPreviewMethod,
  saveLayoutFieldsMethod,
  setDecisionLayoutMethod,
} from './layout-editor.api';
import { layoutEditorMigration } from './layout-editor.schema';
import { markPrintedMethod, preflightMethod, progressMethod, renderMethod, resultMethod, startMethod } from './print.api';
import { calibrationMethod, clearEmblemMethod, emblemMethod, layoutsMethod, setEmblemMethod, setOffsetsMethod } from './settings.api';

const methods = methodMap(
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
  layoutFieldsMethod,
  saveLayoutFieldsMethod,
  layoutPreviewMethod,
  decisionLayoutMethod,
  setDecisionLayoutMethod,
);

/** The certificates domain: its API methods and schema steps. */
export const certificatesDomain = defineContractDomain({
  name: 'certificates',
  contract: certificatesContract,
  methods,
  migrations: [certificatesMigration, layoutEditorMigration],
});
