import { handle, methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { changesContract } from '../../contract/changes/changes.contract';

/** What other windows saved since the caller's cursor (api/change-feed.ts keeps the writes). */
const changesSince = handle(changesContract, 'changes.since', (ctx, { cursor }) =>
  ctx.env.changes ? ctx.env.changes.since(cursor) : { cursor: '', changes: [], reset: false },
);

/** The changes domain: the live feed every view follows (issue 10 item 3). */
export const changesDomain = defineContractDomain({
  name: 'changes',
  contract: changesContract,
  methods: methodMap(changesSince),
  migrations: [],
});
