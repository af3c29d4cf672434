import type { NamedOrigin } from '../records/record-origin.repo';
import type { Indicator, ReportScope } from './report';
import type { ResolvedPeriod } from './period';
import { ratePercent, viChange, viNumber } from './vi-number';

/**
 * The opening of a report in Vietnamese (phần đánh giá chung), written from the same indicators as
 * the tables so the words and the figures cannot disagree.
 */
export function narrate(
  period: ResolvedPeriod,
  scope: ReportScope,
  indicators: readonly Indicator[],
  previousHasData = true,
  origin: NamedOrigin | null = null,
): string[] {
  const by = new Map(indicators.map((i) => [i.key, i]));
  const v = (key: string) => by.get(key)?.value ?? 0;
  const n = (key: string) => viNumber(v(key));
  const where = whoDid(scope, origin);
  const out: string[] = [];

  const types = indicators.filter((i) => i.key.startsWith('models.existing.') && i.value > 0);
  const typeList = types.map((t) => `${viNumber(t.value)} ${t.label.replace(/^Mô hình /, 'mô hình ')}`).join('; ');
  out.push(
    `${period.label}, ${where} đã xây dựng được ${n('models.new')} mô hình mới, nâng tổng số mô hình phòng ngừa, đấu tranh với tội phạm` +
      ` hiện có lên ${n('models.existing')} mô hình${typeList ? ` (gồm: ${typeList})` : ''}` +
      (v('models.dissolved') > 0 ? `; ${n('models.dissolved')} mô hình giải thể` : '') +
      '.',
  );
  const s = by.get('sessions');
  out.push(
    `Tổ chức ${n('sessions')} buổi tuyên truyền, nói chuyện chuyên đề tại cơ quan, doanh nghiệp, trường học và khu dân cư` +
      ` với ${n('sessions.attendees')} lượt người tham dự, số buổi ${sessionsChange(s, previousHasData)};` +
      ` ${n('sessions.households')} hộ gia đình ký cam kết đảm bảo an ninh, trật tự.`,
  );
  out.push(
    `Quần chúng nhân dân đã cung cấp ${n('outcomes.tips')} tin báo, tố giác, trong đó ${n('outcomes.valuable')} tin có giá trị;` +
      ` qua đó giúp lực lượng Công an điều tra, khám phá ${n('outcomes.cases')} vụ án, bắt giữ ${n('outcomes.arrests')} đối tượng.`,
  );
  const reg = (k: string, label: string) => {
    const registered = v(`registrations.${k}.registered`);
    const recognised = v(`registrations.${k}.recognised`);
    const rate = ratePercent(recognised, registered);
    return `${viNumber(recognised)}/${viNumber(registered)} ${label}${rate === null ? '' : ` (${viNumber(rate)}%)`}`;
  };
  out.push(
    `Có ${n('registrations.kdc.registered')} khu dân cư, ${n('registrations.commune.registered')} xã, phường, thị trấn và` +
      ` ${n('registrations.org.registered')} cơ quan, doanh nghiệp, nhà trường đăng ký xây dựng đạt tiêu chuẩn "An toàn về ANTT";` +
      ` được công nhận: ${reg('kdc', 'khu dân cư')}, ${reg('commune', 'xã, phường, thị trấn')}, ${reg('org', 'cơ quan, doanh nghiệp, nhà trường')}.`,
  );
  if (v('commendations') > 0) {
    out.push(`${n('commendations')} lượt tập thể, cá nhân có thành tích xuất sắc trong phong trào được khen thưởng.`);
  }
  return out;
}

/** The change in sessions on the year before; a year earlier without any figure has nothing to compare with. */
/**
 * Who the opening sentence is about: the whole province or the unit reported on, or, for a report narrowed
 * to one office's records, that office ("Công an huyện An đã xây dựng…", the unit in brackets when narrower).
 */
function whoDid(scope: ReportScope, origin: NamedOrigin | null): string {
  if (!origin) return scope.kind === 'province' ? 'toàn tỉnh' : scope.name;
  return scope.kind === 'province' ? origin.name : `${origin.name} (${scope.name})`;
}

function sessionsChange(s: Indicator | undefined, previousHasData: boolean): string {
  if (!previousHasData) return 'cùng kỳ chưa có số liệu để so sánh';
  return s ? viChange(s.value, s.previous) : 'bằng cùng kỳ';
}
