import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { draftsContract } from '../../contract/drafts/drafts.contract';
import { discardDraft, draftCounts, listPageDrafts, saveDraft } from './drafts.api';
import { draftsMigration } from './drafts.schema';

/** The drafts domain: unsaved rows of every page, kept by the core so nothing typed is lost (issue 10 item 1). */
export const draftsDomain = defineContractDomain({
  name: 'drafts',
  contract: draftsContract,
  methods: methodMap(listPageDrafts, saveDraft, discardDraft, draftCounts),
  migrations: [draftsMigration],
});
