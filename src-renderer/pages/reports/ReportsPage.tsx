import { createEffect, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import FormDraftOffer from '../../components/form/FormDraftOffer';
import OriginSelect from '../../components/form/OriginSelect';
import PageDraftList from '../../components/form/PageDraftList';
import type { PageDraft } from '../../lib/dialog-draft';
import { loadLatestYear } from '../../stores/latestYear';
import { fromFields, headerFieldsOf } from './header-form';
import { fieldsOfPeriod, periodEnd, toPeriod, type PeriodFields } from './period-form';
import { createReportHeaderDrafts } from './report-header-draft';
import ReportHeaderForm from './ReportHeaderForm';
import ReportTableView from './ReportTableView';
import { noDataColumns } from './no-data';
import { createReportsStore, type ExportKind, type ReportRequest } from './reportsStore';
import './ReportsPage.css';

const THIS_YEAR = new Date().getFullYear();

/** After the report's title, whose records alone it counts when narrowed to one office. */
const originNote = (origin: { name: string } | null) => (origin ? ` – số liệu của ${origin.name}` : '');

/**
 * Section "Báo cáo": choose a period and scope, see the figures and narrative, fill in the header and
 * signature, export XLSX, PDF and DOCX.
 */
export default function ReportsPage() {
  const store = createReportsStore();
  const [fields, setFields] = createStore<PeriodFields>({ kind: 'year', year: THIS_YEAR, quarter: 1, from: '', to: '' });
  const [scopeId, setScopeId] = createSignal('');
  const [origin, setOrigin] = createSignal('');
  const [formError, setFormError] = createSignal('');
  // The request the shown report was built from: exports and the header belong to it.
  const [built, setBuilt] = createSignal<ReportRequest | null>(null);

  // The year opens on the latest one with data, unless the clerk has typed one meanwhile.
  let yearTyped = false;
  void loadLatestYear().then((year) => {
    if (!yearTyped) setFields('year', year);
  });
  createEffect(() => void store.loadScopes(periodEnd({ ...fields })));
  const headerDrafts = createReportHeaderDrafts(() => store.state.header, built);

  function request(): ReportRequest | null {
    const period = toPeriod({ ...fields });
    if (typeof period === 'string') {
      setFormError(period);
      return null;
    }
    setFormError('');
    return { period, ...(scopeId() ? { unitId: scopeId() } : {}), ...(origin() ? { origin: origin() } : {}) };
  }
  /** Builds the report the form asks for. */
  const build = () => {
    const req = request();
    if (!req) return;
    setBuilt(req);
    void store.build(req);
  };
  const exportFile = (kind: ExportKind) => {
    const req = built();
    const form = headerDrafts.form();
    const h = fromFields(headerFieldsOf(form?.values() ?? {}));
    if (typeof h === 'string') return setFormError(h);
    setFormError('');
    // Saved with the export: the typed header is no longer a draft.
    if (req)
      void store.exportFile(kind, req, h).then((saved) => {
        if (saved && form) void form.draft.savedAs(form.values());
      });
  };
  /** Builds a kept draft's report again, its header on the kept values. */
  const reopen = (d: PageDraft) => {
    const target = headerDrafts.reopen(d);
    if (!target) return;
    yearTyped = true;
    setFields(fieldsOfPeriod(target.period));
    setScopeId(target.unitId ?? '');
    setOrigin(target.origin ?? '');
    build();
  };
  const busy = (kind: ExportKind, label: string) => (store.state.busy === kind ? `Đang xuất ${label}…` : `Xuất ${label}`);

  return (
    <section class="page reports">
      <h1>Báo cáo</h1>
      <PageDraftList drafts={headerDrafts.list} describe={(d) => headerDrafts.describe(d, store.state.scopes)} onReopen={reopen} />
      <form class="panel report-form" onSubmit={(e) => (e.preventDefault(), build())}>
        <div class="field">
          <label for="r-kind">Kỳ báo cáo</label>
          <select id="r-kind" value={fields.kind} onChange={(e) => setFields('kind', e.currentTarget.value as PeriodFields['kind'])}>
            <option value="year">Cả năm</option>
            <option value="half">6 tháng đầu năm</option>
            <option value="quarter">Quý</option>
            <option value="range">Khoảng ngày</option>
          </select>
        </div>
        <Show when={fields.kind !== 'range'}>
          <div class="field">
            <label for="r-year">Năm</label>
            <input
              id="r-year"
              type="number"
              min="1990"
              max="2100"
              value={fields.year}
              onChange={(e) => {
                yearTyped = true;
                setFields('year', Number(e.currentTarget.value));
              }}
            />
          </div>
        </Show>
        <Show when={fields.kind === 'quarter'}>
          <div class="field">
            <label for="r-quarter">Quý</label>
            <select id="r-quarter" value={fields.quarter} onChange={(e) => setFields('quarter', Number(e.currentTarget.value))}>
              <For each={[1, 2, 3, 4]}>{(q) => <option value={q}>Quý {['I', 'II', 'III', 'IV'][q - 1]}</option>}</For>
            </select>
          </div>
        </Show>
        <Show when={fields.kind === 'range'}>
          <div class="field">
            <label for="r-from">Từ ngày</label>
            <input id="r-from" placeholder="dd/mm/yyyy" value={fields.from} onInput={(e) => setFields('from', e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="r-to">Đến ngày</label>
            <input id="r-to" placeholder="dd/mm/yyyy" value={fields.to} onInput={(e) => setFields('to', e.currentTarget.value)} />
          </div>
        </Show>
        <div class="field">
          <label for="r-scope">Phạm vi</label>
          <select id="r-scope" value={scopeId()} onChange={(e) => setScopeId(e.currentTarget.value)}>
            <For each={store.state.scopes}>
              {(s) => <option value={s.level === 0 ? '' : s.id}>{s.level === 0 ? `Toàn tỉnh (${s.name})` : `— ${s.name}`}</option>}
            </For>
          </select>
        </div>
        <OriginSelect id="r-origin" value={origin()} onChange={setOrigin} />
        <button class="btn btn-primary" type="submit" disabled={store.state.busy !== ''}>
          {store.state.busy === 'build' ? 'Đang lập…' : 'Lập báo cáo'}
        </button>
      </form>
      <Show when={formError()}>
        <p class="notice notice-error">{formError()}</p>
      </Show>
      <Show when={store.state.error}>{(e) => <p class="notice notice-error">{e().message}</p>}</Show>
      <Show when={store.state.report}>
        {(report) => (
          <>
            <div class="panel">
              <h2>
                {report().period.label} – {report().scope.name}
                {originNote(report().origin)}
              </h2>
              <div class="narrative" data-testid="narrative">
                <For each={report().narrative}>{(p) => <p>{p}</p>}</For>
              </div>
              <Show when={headerDrafts.form()}>
                {(form) => (
                  <>
                    <FormDraftOffer draft={form().draft} onRestore={(v) => form().restore(v)} />
                    <ReportHeaderForm
                      fields={headerFieldsOf(form().values())}
                      setField={(field, value) => form().set({ [field]: value })}
                      saved={store.state.headerSaved}
                    />
                  </>
                )}
              </Show>
              <div class="toolbar export-bar">
                <button class="btn" type="button" disabled={store.state.busy !== ''} onClick={() => exportFile('xlsx')}>
                  {busy('xlsx', 'Excel')}
                </button>
                <button class="btn" type="button" disabled={store.state.busy !== ''} onClick={() => exportFile('pdf')}>
                  {busy('pdf', 'PDF')}
                </button>
                <button class="btn" type="button" disabled={store.state.busy !== ''} onClick={() => exportFile('docx')}>
                  {busy('docx', 'Word')}
                </button>
                <Show when={store.state.exported}>
                  <span class="notice-ok" role="status">
                    Đã xuất {store.state.exported}
                  </span>
                </Show>
              </div>
            </div>
            <Show when={!report().hasData}>
              <p class="notice" data-testid="report-no-data">
                {report().period.label} – {report().scope.name}: chưa có số liệu.
              </p>
            </Show>
            <Show when={report().hasData && !report().previousHasData}>
              <p class="notice" data-testid="report-no-comparison">
                {report().previous.label}: chưa có số liệu để so sánh.
              </p>
            </Show>
            {/* A comparison year without data: its column and the change say so rather than showing zeros. */}
            <ReportTableView table={report().indicatorTable} testId="indicator-table" noDataColumns={noDataColumns(report())} />
            <ReportTableView table={report().unitTable} testId="unit-table" />
          </>
        )}
      </Show>
    </section>
  );
}
