import { decisionLabel, type Decision, type Recipient } from '../../contract/commendations/commendation';
import type { DecisionDocument } from '../../contract/commendations/decision-document';
import type { ReportHeader } from '../../contract/reports/report-header';
import type { ReportTable } from '../../contract/reports/report';
import { formatVnDate } from '../../shared/vn-date';
import { formatVnNumber } from '../../shared/vn-number';
import { cashAmount } from './decision-document.rules';

/** What a decision prints, as plain text blocks the DOCX and PDF writers lay out alike. */
export interface DecisionText {
  header: ReportHeader;
  /** "Về việc tặng Giấy khen …", under "QUYẾT ĐỊNH". */
  subject: string;
  /** The issuer's title line, e.g. "GIÁM ĐỐC CÔNG AN TỈNH HẢI DƯƠNG". */
  issuerLine: string;
  /** Căn cứ lines and the "Xét đề nghị …" line, in order. */
  preamble: string[];
  /** "Điều 1." … each with its body. */
  articles: { label: string; text: string }[];
  listTitle: string;
  listSubtitle: string;
  /** Collectives first, then individuals, each group under its heading row. */
  list: ReportTable;
  collectives: number;
  individuals: number;
}

const vnd = (n: number) => `${formatVnNumber(n, 0)} đồng`;
const coef = (n: number) => formatVnNumber(n);

function whom(collectives: number, individuals: number): string {
  const parts = [collectives ? `${collectives} tập thể` : '', individuals ? `${individuals} cá nhân` : ''].filter(Boolean);
  return parts.join(' và ') || '0 cá nhân';
}

function cashArticle(doc: DecisionDocument, collectives: number, individuals: number): string | null {
  const perCollective = cashAmount(doc.collectiveCoefficient, doc.baseSalary);
  const perIndividual = cashAmount(doc.individualCoefficient, doc.baseSalary);
  const parts: string[] = [];
  if (collectives && perCollective)
    parts.push(`mỗi tập thể ${coef(doc.collectiveCoefficient)} lần mức lương cơ sở, bằng ${vnd(perCollective)}`);
  if (individuals && perIndividual)
    parts.push(`mỗi cá nhân ${coef(doc.individualCoefficient)} lần mức lương cơ sở, bằng ${vnd(perIndividual)}`);
  if (!parts.length) return null;
  const total = collectives * perCollective + individuals * perIndividual;
  return (
    `Tiền thưởng kèm theo (mức lương cơ sở ${vnd(doc.baseSalary)}): ${parts.join('; ')}. ` +
    `Tổng số tiền thưởng: ${vnd(total)}, chi từ Quỹ thi đua, khen thưởng theo quy định.`
  );
}

/** The attached list: STT, name, birth year (as text, never a number) and position/unit; collectives first. */
function recipientList(recipients: readonly Recipient[]): ReportTable {
  const collectives = recipients.filter((r) => r.kind === 'collective');
  const individuals = recipients.filter((r) => r.kind === 'individual');
  const rows: ReportTable['rows'] = [];
  const group = (roman: string, title: string, items: Recipient[]) => {
    if (!items.length) return;
    rows.push({ kind: 'item', level: 0, cells: [roman, title, null, null] });
    items.forEach((r, i) => {
      const where = [r.position, r.unitName].filter(Boolean).join(', ');
      rows.push({ kind: 'unit', level: 0, cells: [String(i + 1), r.name, r.birthYear === null ? '' : String(r.birthYear), where] });
    });
  };
  group('I', `TẬP THỂ (${collectives.length})`, collectives);
  group(collectives.length ? 'II' : 'I', `CÁ NHÂN (${individuals.length})`, individuals);
  const col = (code: string, header: string) => ({ code, header, group: null, kind: 'text' as const });
  return {
    title: 'DANH SÁCH',
    columns: [col('A', 'STT'), col('B', 'Tên tập thể, họ và tên cá nhân'), col('C', 'Năm sinh'), col('D', 'Chức vụ, đơn vị')],
    rows,
  };
}

/** The decision's document text from the decision, its recipients (in list order) and its document parts. */
export function decisionText(d: Decision, recipients: readonly Recipient[], doc: DecisionDocument): DecisionText {
  const collectives = recipients.filter((r) => r.kind === 'collective').length;
  const individuals = recipients.length - collectives;
  const subject = d.subject.trim() ? d.subject.trim() : `Về việc tặng ${d.awardFormName}`;
  const cash = cashArticle(doc, collectives, individuals);
  const articles = [
    `Tặng ${d.awardFormName} cho ${whom(collectives, individuals)} có tên trong danh sách kèm theo, đã có thành tích xuất sắc trong ${doc.achievement.replace(/[.;]+$/, '')}.`,
    ...(cash ? [cash] : []),
    `Quyết định có hiệu lực kể từ ngày ký. ${doc.executors.replace(/[.;]+$/, '')} chịu trách nhiệm thi hành Quyết định này.`,
  ];
  return {
    header: {
      parentBody: doc.parentBody,
      issuingBody: doc.issuingBody,
      number: d.number,
      symbol: d.symbol,
      place: d.place,
      issuedOn: d.signedOn,
      subject,
      recipients: doc.recipients,
      signingForm: doc.signingForm,
      onBehalfOf: doc.onBehalfOf,
      signerTitle: d.signerTitle,
      signerName: d.signerName,
    },
    subject: /^về việc/i.test(subject) ? subject : `Về việc ${subject}`,
    issuerLine: (d.issuerLine || d.authorityName).toUpperCase(),
    preamble: [...doc.legalBases.map((b) => `${b.replace(/[.;,]+$/, '')};`), `Xét đề nghị của ${doc.proposer.replace(/[.;,]+$/, '')},`],
    articles: articles.map((text, i) => ({ label: `Điều ${i + 1}.`, text })),
    listTitle: `DANH SÁCH ${collectives ? 'TẬP THỂ, ' : ''}CÁ NHÂN ĐƯỢC TẶNG ${d.awardFormName.toUpperCase()}`,
    listSubtitle: `(Kèm theo Quyết định số ${decisionLabel(d)} ngày ${formatVnDate(d.signedOn)} của ${(d.issuerLine || d.authorityName).trim()})`,
    list: recipientList(recipients),
    collectives,
    individuals,
  };
}
