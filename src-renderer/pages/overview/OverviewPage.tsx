import { createSignal, For, onMount, Show } from 'solid-js';
import Chart from '../../components/chart/Chart';
import OriginSelect from '../../components/form/OriginSelect';
import { formatNumber } from '../../lib/format';
import { modelsByTypeOption, outcomesByYearOption, registrationRateOption, sessionsPerMonthOption } from './overview-charts';
import { createOverviewStore, type Dashboard } from './overviewStore';
import FirstStartGuide from './FirstStartGuide';
import { loadFirstStart, needsGuide, type FirstStartStep } from './first-start';
import './OverviewPage.css';

type KeyFigure = Dashboard['keyFigures'][number];

/** The change on last year; with nothing recorded in the comparison period there is no change to show. */
function change(k: KeyFigure, previousHasData: boolean): string {
  if (!previousHasData) return 'cùng kỳ chưa có số liệu';
  if (k.change === 0) return 'bằng cùng kỳ';
  const sign = k.change > 0 ? '▲ +' : '▼ −';
  return `${sign}${formatNumber(Math.abs(k.change))}${k.unit === '%' ? ' điểm %' : ''} so với cùng kỳ`;
}

/** The figure; a "recognised/registered" ratio with nothing registered ("0/0") has no data yet. */
function shownValue(k: KeyFigure): string {
  if (k.ratio !== undefined) return /^0\/0$/.test(k.ratio) ? 'chưa có số liệu' : k.ratio;
  return `${formatNumber(k.value)}${k.unit === '%' ? '%' : ''}`;
}

/** Section "Tổng quan": the first-start guide of a new office, this year's key figures beside last year, and the charts. */
export default function OverviewPage() {
  const store = createOverviewStore();
  // A new office sees the first-start steps instead of an error about figures it cannot have yet.
  const [steps, setSteps] = createSignal<FirstStartStep[] | null>(null);
  const guide = () => {
    const s = steps();
    return s !== null && needsGuide(s) ? s : null;
  };
  onMount(() => {
    void store.load();
    void loadFirstStart().then(setSteps);
  });
  const d = () => store.state.data;
  const [origin, setOrigin] = createSignal('');
  const showOrigin = (value: string) => {
    setOrigin(value);
    void store.load(d()?.year, value);
  };
  return (
    <section class="page overview">
      <h1>Tổng quan</h1>
      <div class="toolbar">
        <label for="ov-year">Năm</label>
        <input
          id="ov-year"
          class="year-input"
          type="number"
          min="1990"
          max="2100"
          value={d()?.year ?? new Date().getFullYear()}
          onChange={(e) => void store.load(Number(e.currentTarget.value), origin())}
        />
        <OriginSelect id="ov-origin" value={origin()} onChange={showOrigin} inline />
      </div>
      <Show when={guide()}>{(s) => <FirstStartGuide steps={s()} />}</Show>
      <Show when={!guide() && store.state.error}>{(e) => <p class="notice notice-error">{e().message}</p>}</Show>
      <Show when={d()} fallback={<p class="muted">{store.state.loading ? 'Đang tải số liệu…' : ''}</p>}>
        {(data) => (
          <>
            <p class="muted">
              {data().periodLabel} so với {data().previousLabel.toLowerCase()}
            </p>
            <ul class="key-figures" data-testid="key-figures">
              <For each={data().keyFigures}>
                {(k) => (
                  <li class="key-figure" data-key={k.key}>
                    <span class="key-label">{k.ratio ? `${k.label} / đăng ký` : k.label}</span>
                    <strong class="key-value num">{shownValue(k)}</strong>
                    <span
                      classList={{
                        'key-change': true,
                        up: data().previousHasData && k.change > 0,
                        down: data().previousHasData && k.change < 0,
                      }}
                    >
                      {change(k, data().previousHasData)}
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <div class="chart-grid">
              <div class="panel">
                <h2>Mô hình theo loại</h2>
                <Chart
                  option={modelsByTypeOption(data())}
                  height={300}
                  label="Số mô hình hiện có theo loại, năm nay và cùng kỳ"
                  testId="chart-models"
                />
              </div>
              <div class="panel">
                <h2>Buổi tuyên truyền theo tháng</h2>
                <Chart option={sessionsPerMonthOption(data())} height={300} label="Số buổi tuyên truyền theo tháng" />
              </div>
              <div class="panel">
                <h2>Tin báo, vụ án, đối tượng qua các năm</h2>
                <Chart
                  option={outcomesByYearOption(data())}
                  height={300}
                  label="Tin báo, vụ án khám phá và đối tượng bắt giữ qua các năm"
                />
              </div>
              <div class="panel">
                <h2>Tỷ lệ khu dân cư được công nhận theo đơn vị</h2>
                <Chart
                  option={registrationRateOption(data())}
                  height={Math.max(220, 40 + data().registrationRateByUnit.length * 26)}
                  label="Tỷ lệ khu dân cư đạt chuẩn An toàn về ANTT theo đơn vị"
                />
              </div>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
