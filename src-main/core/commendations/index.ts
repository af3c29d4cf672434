import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import { commendationsMigration } from './commendations.schema';
import { commendationsSortKeysPart } from './commendations-sort-keys.schema';
import { commendationsMedalOverrideMigration } from './commendations-medal-override.schema';
import { commendationsReportIndexPart } from './commendations-figures.schema';
import { createDecisionMethod, deleteDecisionMethod, getDecisionMethod, listDecisionsMethod, updateDecisionMethod } from './decisions.api';
import {
  exportDecisionDocxMethod,
  exportDecisionPdfMethod,
  getDecisionDocumentMethod,
  saveDecisionDocumentMethod,
} from './decision-document.api';
import { decisionDocumentsMigration } from './decision-documents.schema';
import { commendationsOriginMigration } from './commendations-origin.schema';
import { pasteRecipientsMethod } from './paste.api';
import { addRecipientMethod, deleteRecipientMethod, listRecipientsMethod, updateRecipientMethod } from './recipients.api';
import { assignRegistryNumbersMethod, recipientHistoryMethod } from './registry.api';
import { moveRecipientMethod } from './recipient-order.api';
import { recordVersionPart } from '../db/record-version-step';

const methods = methodMap(
  listDecisionsMethod,
  getDecisionMethod,
  createDecisionMethod,
  updateDecisionMethod,
  deleteDecisionMethod,
  listRecipientsMethod,
  addRecipientMethod,
  updateRecipientMethod,
  deleteRecipientMethod,
  moveRecipientMethod,
  pasteRecipientsMethod,
  assignRegistryNumbersMethod,
  recipientHistoryMethod,
  getDecisionDocumentMethod,
  saveDecisionDocumentMethod,
  exportDecisionDocxMethod,
  exportDecisionPdfMethod,
);

/** The commendations domain: its API methods and schema steps. */
export const commendationsDomain = defineContractDomain({
  name: 'commendations',
  contract: commendationsContract,
  methods,
  migrations: [
    commendationsMigration,
    commendationsReportIndexPart,
    recordVersionPart('commendation_decisions'),
    recordVersionPart('commendation_recipients'),
    commendationsSortKeysPart,
    decisionDocumentsMigration,
    commendationsMedalOverrideMigration,
    commendationsOriginMigration,
  ],
});

// Read by the certificates domain, which prints these records.
export { decisionLabel, type Decision, type Recipient } from '../../contract/commendations/commendation';
export { awardFormKind, type AwardFormKind } from './commendation.rules';
export { requireDecision, requireOwnDecision } from './decision.checks';
// Read by the exporters, which lay the decision's document out.
export type { DecisionText } from './decision-text';
export { recipientsOfDecision, markPrinted } from './recipients.repo';
// Read by reports, which compose these figures.
export { commendationCounts, commendationDetails, type CommendationCountRow, type CommendationDetail } from './commendations-figures.repo';
// Read and written by exchange, which carries commendations in the province's package to the Ministry.
export { deleteDecisionRows, insertDecision, updateDecisionRow } from './decisions.repo';
export { deleteRecipientRow, insertRecipient, updateRecipientRow } from './recipients.repo';
export { deleteDecisionDocument, readDecisionDocument, writeDecisionDocument } from './decision-documents.repo';
