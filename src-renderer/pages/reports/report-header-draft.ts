import { createMemo, untrack, type Accessor } from 'solid-js';
import { resolvePeriod } from '../../../src-main/shared/period';
import { createDraftedValues, createPageDrafts, type DraftedValues, type PageDraft, type PageDrafts } from '../../lib/dialog-draft';
import { toFields, type ReportHeader } from './header-form';
import { REPORT_HEADER_DRAFTS, reportDraftKey, reportOfDraftKey, type ReportDraftTarget } from './report-draft-key';
import type { ReportRequest, ScopeOption } from './reportsStore';
import { originOffices } from '../../stores/originColumn';

/** The reports page's header drafts: the shown report's form, and the page's list of kept ones. */
export interface ReportHeaderDrafts {
  /** The shown report's header as typed, kept while it differs from the saved (or prefilled) one. */
  form: Accessor<DraftedValues | null>;
  list: PageDrafts;
  /** Marks a kept draft to open on its values when its report is built; answers that report. */
  reopen(d: PageDraft): ReportDraftTarget | null;
  /** "Phần đầu báo cáo Năm 2017 – Phường Đồng Tâm" (and whose records, if filtered), for the page's list. */
  describe(d: PageDraft, scopes: readonly ScopeOption[]): string;
}

/**
 * Keeps the report header form as a draft in the core (issue 10 item 1), one per period and scope: a
 * page switch or a reload keeps what was typed, offered back when that report is built again or
 * reopened from the page's list. Made again for each header the core answers (`header`), for the
 * request it was built from (`built`).
 */
export function createReportHeaderDrafts(header: Accessor<ReportHeader | null>, built: Accessor<ReportRequest | null>): ReportHeaderDrafts {
  // Not a signal: choosing a draft to reopen must not itself make a form; the next header takes it.
  let reopened: PageDraft | null = null;
  // Made inside the memo so that the previous report's draft stops (sends what is pending) when the next one comes.
  const form = createMemo(() => {
    const h = header();
    const req = untrack(built);
    if (!h || !req) return null;
    const key = reportDraftKey(req);
    const kept = reopened;
    reopened = null;
    return createDraftedValues(
      REPORT_HEADER_DRAFTS,
      key,
      untrack(() => toFields(h)),
      kept?.key === key ? kept.values : undefined,
    );
  });
  return {
    form,
    list: createPageDrafts(REPORT_HEADER_DRAFTS),
    reopen(d) {
      reopened = d;
      return reportOfDraftKey(d.key);
    },
    describe(d, scopes) {
      const target = reportOfDraftKey(d.key);
      if (!target) return 'Phần đầu một báo cáo';
      const label = resolvePeriod(target.period)?.label ?? '';
      const scope = target.unitId ? (scopes.find((s) => s.id === target.unitId)?.name ?? 'một đơn vị') : 'toàn tỉnh';
      return `Phần đầu báo cáo ${label} – ${scope}${originNote(target.origin)}`;
    },
  };
}

/** Whose records a kept draft's report counts, when it was filtered to one office's (named once the offices are loaded). */
function originNote(origin: string | undefined): string {
  if (!origin) return '';
  const office = originOffices().find((o) => o.value === origin)?.label ?? origin;
  return origin === 'own' ? ' (số liệu của đơn vị mình)' : ` (số liệu do ${office} gửi)`;
}
