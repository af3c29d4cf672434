/**
 * The dated line of an official document (dòng địa danh, ngày tháng): "Bắc Ninh, ngày 05 tháng 02 năm 2026".
 * Decree 30/2020/NĐ-CP writes a leading zero for days below 10 and for months below 3 (January and
 * February), so "tháng 01", "tháng 02" but "tháng 3".
 */
export function datedLine(placeName: string, isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  const place = placeName.trim();
  return `${place ? `${place}, ` : ''}ngày ${dd} tháng ${mm} năm ${year}`;
}
