import type { Contract } from '../../contract/method-spec';
import type { Migration } from '../db/migrations';
import type { AnyMethod, Implemented } from './define';

/**
 * One domain of the core as the app composes it: its API methods and its schema steps, declared once in
 * the domain's index.ts. app/domains.ts lists the domains once; methods, migrations and the contract
 * types all derive from that list.
 */
export interface Domain<M extends Readonly<Record<string, AnyMethod>> = Readonly<Record<string, AnyMethod>>> {
  name: string;
  methods: M;
  migrations: readonly Migration[];
}

/**
 * Declares a domain whose methods implement a contract of src-main/contract: the compiler requires a
 * handler for every method of the contract and nothing else, and so does this check at load.
 */
export function defineContractDomain<const C extends Contract>(domain: {
  name: string;
  contract: C;
  methods: Implemented<C>;
  migrations: readonly Migration[];
}): Domain<Implemented<C>> {
  const declared = Object.keys(domain.contract).sort().join();
  const handled = Object.keys(domain.methods).sort().join();
  if (declared !== handled) throw new Error(`Domain ${domain.name}: handlers (${handled}) differ from its contract (${declared})`);
  return { name: domain.name, methods: domain.methods, migrations: domain.migrations };
}
