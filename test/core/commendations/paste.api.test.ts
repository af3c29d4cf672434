import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/app/open-core';
import { callOk, clerk, makeTestCore } from '../../fixtures/core';
import { FORM, createDecision, person, seedReferences, type DecisionOut } from './fixtures';
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n');

describe('commendations.pasteRecipients', () => {
  let core: Core;
  let decision: DecisionOut;
  beforeEach(async () => {
    core = await makeTestCore();
    seedReferences(core);
    decision = await createDecision(core);
  });
  afterEach(() => core.close());

  const names = async () => (await callOk(core, 'commendations.listRecipients', { decisionId: decision.id })).rows;

  it('reads a proposal list with its header row, saves valid rows and returns invalid ones with reasons', async () => {
    const text = tsv([
      ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Thành tích'],
      ['1', 'Nguyễn Thị Ánh Tuyết'.normalize('NFD'), 'Nữ', '1978', 'Trưởng thôn', 'Xã An Bình', 'Có thành tích xuất sắc'],
      ['2', 'Trần Văn Hùng', 'Nam', '12/05/1965', 'Tổ trưởng', 'Xã An Bình', 'Phát hiện, tố giác tội phạm'],
      ['3', 'Lê Văn Sai', 'Không rõ', '19x5', '', 'Xã An Bình', 'Thành tích'],
      ['4', '', 'Nam', '1970', '', 'Xã An Bình', 'Thành tích'],
      ['5', 'Phạm Thị Thiếu', 'Nữ', '1980', '', 'Xã An Bình', ''],
    ]);
    const out = await callOk(core, 'commendations.pasteRecipients', { decisionId: decision.id, text });
    expect(out.saved).toBe(2);
    expect(out.rejected).toEqual([
      {
        line: 3,
        name: '',
        reasons: ['Giới tính "Không rõ" không hiểu được (ghi Nam hoặc Nữ).', 'Năm sinh "19x5" không hợp lệ (ghi 4 chữ số, ví dụ 1975).'],
      },
      { line: 4, name: '', reasons: ['Thiếu họ tên hoặc tên tập thể.'] },
      { line: 5, name: 'Phạm Thị Thiếu', reasons: ['Nhập thành tích.'] },
    ]);
    const rows = await names();
    expect(rows.map((r) => [r.name, r.birthYear])).toEqual([
      ['Nguyễn Thị Ánh Tuyết', 1978],
      ['Trần Văn Hùng', 1965],
    ]);
  });

  it('reads a list without header (STT first), collectives by their empty person columns, and quoted multi-line cells', async () => {
    const text =
      '1\tCông an xã An Bình\t\t\t\tXã An Bình\t"Đạt danh hiệu\nĐơn vị quyết thắng"\n2\tHoàng Văn Nam\tNam\t1975\tCông an viên\tXã An Bình\tXuất sắc\n';
    const out = await callOk(core, 'commendations.pasteRecipients', { decisionId: decision.id, text });
    expect(out).toMatchObject({ saved: 2, rejected: [] });
    const rows = await names();
    expect(rows.map((r) => r.kind)).toEqual(['collective', 'individual']);
  });

  it('does not take a data row with words like "ANTT" or "thành tích" for a header', async () => {
    const text = tsv([
      ['1', 'Nguyễn Văn An', 'Nam', '1950', 'Tổ viên tổ bảo vệ ANTT', 'Thôn 1', 'Đã có thành tích xuất sắc'],
      ['2', 'Lê Thị Hà', 'Nữ', '1962', 'Tổ viên', 'Thôn 2', 'Thành tích tốt'],
    ]);
    const out = await callOk(core, 'commendations.pasteRecipients', { decisionId: decision.id, text });
    expect(out).toMatchObject({ saved: 2, rejected: [] });
    expect((await names()).map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Hà']);
  });

  it('warns about pasted rows already commended with the same form this year', async () => {
    await callOk(core, 'commendations.addRecipient', { ...person(), decisionId: decision.id });
    const second = await createDecision(core, { number: '2' });
    const text = tsv([['Nguyen Thi Anh Tuyet', 'Nữ', '1978', '', 'Xã An Bình', 'Xuất sắc']]);
    const out = await callOk(core, 'commendations.pasteRecipients', { decisionId: second.id, text });
    expect(out.warnings).toEqual([expect.objectContaining({ line: 1, code: 'SAME_FORM_SAME_YEAR' })]);
  });

  it('rejects collectives pasted into a Kỷ niệm chương decision and empty input', async () => {
    const medal = await createDecision(core, { number: '9', awardFormId: FORM.medal });
    const out = await callOk(core, 'commendations.pasteRecipients', {
      decisionId: medal.id,
      text: 'Tổ ANTT thôn Đông\t\t\t\tXã An Bình\tTốt',
    });
    expect(out.rejected[0]?.reasons).toContain('Kỷ niệm chương chỉ tặng cá nhân, không tặng tập thể.');
    const empty = await core.dispatch('commendations.pasteRecipients', { decisionId: decision.id, text: '\n\t\n' }, clerk);
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknownId = '5b0c1b3e-7f3c-4a52-9d0e-2a1b3c4d5e6f';
    const noDecision = await core.dispatch('commendations.pasteRecipients', { decisionId: unknownId, text: 'A' }, clerk);
    expect(noDecision.ok ? '' : noDecision.error.code).toBe('NOT_FOUND');
    const notAnId = await core.dispatch('commendations.pasteRecipients', { decisionId: 'nope', text: 'A' }, clerk);
    expect(notAnId.ok ? '' : notAnId.error.code).toBe('VALIDATION');
  });
});
