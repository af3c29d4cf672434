/**
 * `npm run bench` suite: propaganda sessions list on 1,000,000 records, through the dispatcher (role
 * check, zod, transaction, output parse included). Targets (issue 3 §5): first page < 50 ms, search
 * < 300 ms. Prints medians in ms and each as a ratio of its target; asserts nothing.
 */
import { resolve } from 'node:path';
import { openCore, type Core } from '../../src-main/core/app/open-core';
import { CLI_CREDENTIAL } from '../../src-main/contract/credential';
import { seededEntryId } from '../../src-main/core/catalogues';
import { foldForSearch } from '../../src-main/core/text/fold';
import { sortKey } from '../../src-main/core/text/sort-key';
import type { ApiInput } from '../../src-main/contract';

const ROWS = Number(process.env.RECORDS_BENCH_ROWS ?? 1_000_000);
const UNITS = 1_500;
/** Lists read as the owner principal: a session's one-row account lookup is not what this measures. */
const viewer = CLI_CREDENTIAL;
const NOW = '2026-01-01T00:00:00.000Z';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Ân',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thu', 'Ngọc', 'Hữu', 'Công', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
const SUBJECT = [
  'Phòng chống ma túy',
  'Phòng chống tội phạm',
  'Luật Cư trú',
  'An toàn giao thông',
  'Phòng cháy chữa cháy',
  'Bảo vệ an ninh Tổ quốc',
  'Phòng chống lừa đảo qua mạng',
  'Ký cam kết an toàn',
  'Quản lý vũ khí, vật liệu nổ',
  'Phòng chống tệ nạn xã hội',
];
const AUDIENCE = [
  'cho học sinh',
  'cho đoàn viên thanh niên',
  'tại khu dân cư',
  'cho công nhân',
  'cho hội viên phụ nữ',
  'cho người cao tuổi',
  'tại doanh nghiệp',
  'cho cựu chiến binh',
];
const PLACE = ['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung', 'An', 'Phú', 'Hòa', 'Tân', 'Đức'];

interface Figure {
  name: string;
  value: number;
  unit: string;
}

function presenters(): string[] {
  return FAMILY.flatMap((f) => MIDDLE.flatMap((m) => GIVEN.map((g) => `${f} ${m} ${g}`)));
}

function topics(): string[] {
  return SUBJECT.flatMap((s) => AUDIENCE.map((a) => `${s} ${a}`));
}

/** Units: one province, 100 communes, the rest residential areas under them; names repeat across communes. */
function seedUnits(core: Core): void {
  core.env.store.write((tx) => {
    const add = (id: string, name: string, kind: string, parent: string | null) =>
      tx.run(
        `INSERT INTO units (id, code, name, name_search, name_sort, kind, parent_id, valid_from, valid_until, created_at, updated_at)
         VALUES (?, NULL, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)`,
        [id, name, foldForSearch(name), sortKey(name), kind, parent, NOW, NOW],
      );
    add(unitId(0), 'Thành phố Hải Phòng', 'province', null);
    for (let c = 1; c <= 100; c += 1)
      add(unitId(c), `Xã ${PLACE[c % PLACE.length]} ${PLACE[(c * 5) % PLACE.length]} ${c}`, 'commune', unitId(0));
    for (let a = 101; a < UNITS; a += 1)
      add(unitId(a), `Thôn ${PLACE[a % PLACE.length]} ${PLACE[(a * 7) % PLACE.length]} ${a}`, 'residential_area', unitId(1 + (a % 100)));
  });
}

function unitId(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

/**
 * A million sessions in one transaction, generated inside SQLite from small vocabulary tables (sort
 * keys and folded text computed here, in app code, as the repo does), so seeding takes seconds and the
 * transaction records a handful of statements, not a million.
 */
function seedSessions(core: Core): void {
  const ps = presenters();
  const ts = topics();
  core.env.store.write((tx) => {
    tx.run('CREATE TEMP TABLE bench_presenter (k INTEGER PRIMARY KEY, name TEXT, sort TEXT, fold TEXT)');
    tx.run('CREATE TEMP TABLE bench_topic (k INTEGER PRIMARY KEY, name TEXT, sort TEXT, fold TEXT)');
    tx.run('CREATE TEMP TABLE bench_unit (k INTEGER PRIMARY KEY, id TEXT)');
    ps.forEach((p, k) => tx.run('INSERT INTO bench_presenter VALUES (?, ?, ?, ?)', [k, p, sortKey(p), foldForSearch(p)]));
    ts.forEach((t, k) => tx.run('INSERT INTO bench_topic VALUES (?, ?, ?, ?)', [k, t, sortKey(t), foldForSearch(t)]));
    for (let k = 0; k < UNITS - 1; k += 1) tx.run('INSERT INTO bench_unit VALUES (?, ?)', [k, unitId(k + 1)]);
    // Building each index once after the insert is several times faster than updating 7 indexes row by row.
    const indexes = tx.all<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'propaganda_sessions' AND sql IS NOT NULL",
    );
    for (const ix of indexes) tx.run(`DROP INDEX ${ix.name}`);
    tx.run(
      `INSERT INTO propaganda_sessions (seq, id, held_on, unit_id, venue_kind_id, form_id, topic, topic_sort, presenter, presenter_sort,
         attendees, households_committed, materials_distributed, model_id, note, created_at, updated_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       SELECT i, printf('%08x-0000-4000-8000-%012x', i, i), date('2016-01-01', '+' || (i * 7919 % 3650) || ' days'),
         u.id, ?, ?, t.name, t.sort, p.name, p.sort, i % 300, i % 40, i % 500, NULL, '', ?, ?
       FROM n JOIN bench_unit u ON u.k = i * 31 % ? JOIN bench_topic t ON t.k = i % ? JOIN bench_presenter p ON p.k = i * 13 % ?`,
      [
        ROWS,
        seededEntryId('venue_kind', 'KHU_DAN_CU'),
        seededEntryId('session_form', 'TUYEN_TRUYEN'),
        NOW,
        NOW,
        UNITS - 1,
        ts.length,
        ps.length,
      ],
    );
    tx.run(
      `INSERT INTO propaganda_sessions_fts (docid, topic, presenter, note, unit)
       SELECT s.seq, t.fold, p.fold, '', u.name_search FROM propaganda_sessions s JOIN units u ON u.id = s.unit_id
         JOIN bench_topic t ON t.k = s.seq % ? JOIN bench_presenter p ON p.k = s.seq * 13 % ?`,
      [ts.length, ps.length],
    );
    for (const ix of indexes) tx.run(ix.sql);
    tx.run('DROP TABLE bench_presenter');
    tx.run('DROP TABLE bench_topic');
    tx.run('DROP TABLE bench_unit');
  });
}

/** Median time in ms of `runs` dispatches of one list query (after one warm-up), and the row count. */
async function timeList(core: Core, input: ApiInput<'sessions.list'>, runs = 7): Promise<{ ms: number; total: number }> {
  let total = -1;
  const call = async () => {
    const r = await core.call('sessions.list', input, viewer);
    if (!r.ok) throw new Error(`sessions.list failed: ${r.error.message}`);
    total = r.data.total;
  };
  await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, total };
}

const CASES: readonly { name: string; input: object; target: number | null }[] = [
  { name: 'first page (newest first)', input: { limit: 100 }, target: 50 },
  { name: 'page at offset 500,000', input: { limit: 100, offset: 500_000 }, target: null },
  { name: 'sort by presenter (Vietnamese order)', input: { limit: 100, sort: [{ column: 'presenter', dir: 'asc' }] }, target: 50 },
  { name: 'sort by topic, descending', input: { limit: 100, sort: [{ column: 'topic', dir: 'desc' }] }, target: 50 },
  { name: 'sort by unit name', input: { limit: 100, sort: [{ column: 'unitName', dir: 'asc' }] }, target: null },
  { name: 'search "dang" (Đặng, 1 in 18)', input: { limit: 100, search: 'dang' }, target: 300 },
  { name: 'search "nguyen van an"', input: { limit: 100, search: 'nguyen van an' }, target: 300 },
  { name: 'search "lua dao mang" (topic)', input: { limit: 100, search: 'lua dao mang' }, target: 300 },
  { name: 'search "zzz" (no match)', input: { limit: 100, search: 'zzz' }, target: 300 },
  { name: 'search "thon tan 1234" (unit name)', input: { limit: 100, search: 'thon tan 1234' }, target: 300 },
  { name: 'search "dang" + year 2020', input: { limit: 100, search: 'dang', filters: { year: '2020' } }, target: 300 },
  { name: 'search "dang" + one commune', input: { limit: 100, search: 'dang', filters: { unitId: unitId(7) } }, target: 300 },
  { name: 'filter presenter "dinh cong"', input: { limit: 100, filters: { presenter: 'dinh cong' } }, target: 300 },
  { name: 'filter one commune subtree', input: { limit: 100, filters: { unitId: unitId(7) } }, target: 50 },
  {
    name: 'filter year 2020, sort by presenter',
    input: { limit: 100, filters: { year: '2020' }, sort: [{ column: 'presenter', dir: 'asc' }] },
    target: null,
  },
];

export default {
  name: 'records-list',
  async run(): Promise<Figure[]> {
    const core = await openCore({ dbPath: null, resourcesDir: resolve(__dirname, '../../resources') });
    const figures: Figure[] = [];
    try {
      const t0 = performance.now();
      seedUnits(core);
      seedSessions(core);
      figures.push({
        name: `seed ${ROWS.toLocaleString('en')} sessions (one transaction)`,
        value: Math.round(performance.now() - t0),
        unit: 'ms',
      });
      const baseline = await timeList(core, { limit: 1, filters: { year: '1999' } });
      figures.push({ name: 'baseline: dispatch of an empty list', value: round(baseline.ms), unit: 'ms' });
      for (const c of CASES) {
        const { ms, total } = await timeList(core, c.input);
        const ratio = c.target === null ? '' : ` (${(ms / c.target).toFixed(2)}× target ${c.target} ms)`;
        figures.push({ name: `sessions.list ${c.name}, ${total.toLocaleString('en')} rows${ratio}`, value: round(ms), unit: 'ms' });
      }
    } finally {
      core.close();
    }
    return figures;
  },
};

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// Runs alone with `npx tsx bench/suites/records-list.ts` (bench/run.ts imports it and calls run()).
if (require.main === module) {
  void (async () => {
    const { default: suite } = await import('./records-list');
    for (const f of await suite.run()) console.log(`${f.name}: ${f.value} ${f.unit}`);
  })();
}
