import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { auditContract } from '../../contract/audit/audit.contract';
import { exportAuditXlsx, listAudit } from './audit.api';
import { auditBulkCreatesMigration, auditLogMigration } from './audit.schema';

/** The audit domain (nhật ký thao tác): the trail's reads; its writes come from every call (audit-trail.ts). */
export const auditDomain = defineContractDomain({
  name: 'audit',
  contract: auditContract,
  methods: methodMap(listAudit, exportAuditXlsx),
  migrations: [auditLogMigration, auditBulkCreatesMigration],
});

export { AuditTrail, bulkCreates, bulkDeletes, logEvent, whoOf } from './audit-trail';
