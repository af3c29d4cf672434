import { createEffect, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { periodEnd, toPeriod, type PeriodFields } from './period-form';
import ReportTableView from './ReportTableView';
import { createReportsStore, type ReportRequest } from './reportsStore';
import './ReportsPage.css';

const THIS_YEAR = new Date().getFullYear();

/** Section "Báo cáo": choose a period and scope, see the figures and narrative, export XLSX and PDF. */
export default function ReportsPage() {
  const store = createReportsStore();
  const [fields, setFields] = createStore<PeriodFields>({ kind: 'year', year: THIS_YEAR, quarter: 1, from: '', to: '' });
  const [scopeId, setScopeId] = createSignal('');
  const [signer, setSigner] = createStore({ title: 'Trưởng phòng', name: '' });
  const [formError, setFormError] = createSignal('');

  createEffect(() => void store.loadScopes(periodEnd({ ...fields })));

  function request(): ReportRequest | null {
    const period = toPeriod({ ...fields });
    if (typeof period === 'string') {
      setFormError(period);
      return null;
    }
    setFormError('');
    return scopeId() ? { period, unitId: scopeId() } : { period };
  }
  const build = () => {
    const req = request();
    if (req) void store.build(req);
  };
  const exportFile = (kind: 'xlsx' | 'pdf') => {
    const req = request();
    if (req) void store.exportFile(kind, { ...req, signerTitle: signer.title, signerName: signer.name });
  };

  return (
    <section class="page reports">
      <h1>Báo cáo</h1>
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
              onChange={(e) => setFields('year', Number(e.currentTarget.value))}
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
              </h2>
              <div class="narrative" data-testid="narrative">
                <For each={report().narrative}>{(p) => <p>{p}</p>}</For>
              </div>
              <div class="toolbar export-bar">
                <input aria-label="Chức vụ người ký" value={signer.title} onInput={(e) => setSigner('title', e.currentTarget.value)} />
                <input
                  aria-label="Họ tên người ký"
                  placeholder="Họ tên người ký"
                  value={signer.name}
                  onInput={(e) => setSigner('name', e.currentTarget.value)}
                />
                <button class="btn" type="button" disabled={store.state.busy !== ''} onClick={() => exportFile('xlsx')}>
                  {store.state.busy === 'xlsx' ? 'Đang xuất Excel…' : 'Xuất Excel'}
                </button>
                <button class="btn" type="button" disabled={store.state.busy !== ''} onClick={() => exportFile('pdf')}>
                  {store.state.busy === 'pdf' ? 'Đang xuất PDF…' : 'Xuất PDF'}
                </button>
                <Show when={store.state.exported}>
                  <span class="notice-ok" role="status">
                    Đã xuất {store.state.exported}
                  </span>
                </Show>
              </div>
            </div>
            <ReportTableView table={report().indicatorTable} testId="indicator-table" />
            <ReportTableView table={report().unitTable} testId="unit-table" />
          </>
        )}
      </Show>
    </section>
  );
}
