import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { exchangeContract } from '../../contract/exchange/exchange.contract';
import { exchangeMigrations } from './exchange.schema';
import { addOffice, getOffice, listOffices, setOffice } from './office.api';
import { exportPackage, importPackage, listImports, undoLastImport } from './package.api';

/** Exchange between offices: the office's identity and keys, trusted offices, signed packages (140–149, 165). */
export const exchangeDomain = defineContractDomain({
  name: 'exchange',
  contract: exchangeContract,
  methods: methodMap(getOffice, setOffice, listOffices, addOffice, exportPackage, importPackage, undoLastImport, listImports),
  migrations: exchangeMigrations,
});
