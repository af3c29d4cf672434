/** The office's clock: Vietnam has one time zone and no daylight saving. */
const OFFICE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as the office reads it: dd/mm/yyyy hh:mm, Vietnam time. */
export function officeDateTime(iso: string): string {
  const parts = Object.fromEntries(OFFICE_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
