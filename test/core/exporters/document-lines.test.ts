import { describe, expect, it } from 'vitest';
import { numberLine, recipientLines, signatureTitleLines } from '../../../src-main/core/exporters/document-lines';
import { defaultIssuedOn } from '../../../src-main/core/reports/report-header.rules';

describe('the lines of a document header and signature', () => {
  it('writes "Số: 15/BC-PV05", or leaves room for a number not yet registered', () => {
    expect(numberLine({ number: '15', symbol: 'BC-PV05' })).toBe('Số: 15/BC-PV05');
    expect(numberLine({ number: '', symbol: 'BC-PV05' })).toMatch(/^Số: \s{6}\/BC-PV05$/);
  });

  it('prints the signing form above the signer in capitals: KT., TL., TM. over the title, Q. alone', () => {
    const signer = { onBehalfOf: 'Giám đốc', signerTitle: 'Phó Giám đốc' };
    expect(signatureTitleLines({ ...signer, signingForm: '' })).toEqual(['PHÓ GIÁM ĐỐC']);
    expect(signatureTitleLines({ ...signer, signingForm: 'KT.' })).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureTitleLines({ ...signer, signingForm: 'TL.', signerTitle: 'Trưởng phòng Tham mưu' })).toEqual([
      'TL. GIÁM ĐỐC',
      'TRƯỞNG PHÒNG THAM MƯU',
    ]);
    expect(signatureTitleLines({ signingForm: 'TM.', onBehalfOf: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
    expect(signatureTitleLines({ signingForm: 'Q.', onBehalfOf: 'Giám đốc', signerTitle: 'Phó Giám đốc' })).toEqual(['Q. GIÁM ĐỐC']);
  });

  it('ends each recipient with ";" and the last with "."', () => {
    expect(recipientLines(['Bộ Công an (V05)', 'Lưu: VT.'])).toEqual(['- Bộ Công an (V05);', '- Lưu: VT.']);
  });

  it('dates a report today by default, but never before its period ends', () => {
    expect(defaultIssuedOn({ to: '2017-12-31' }, '2026-12-01')).toBe('2026-12-01');
    expect(defaultIssuedOn({ to: '2026-12-31' }, '2026-12-01')).toBe('2026-12-31');
  });
});
