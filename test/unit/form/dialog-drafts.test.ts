import { describe, expect, it } from 'vitest';
import {
  describeUnitDraft,
  requestOfDraft,
  unitDialogDraftKey,
  unitDialogOpened,
} from '../../../src-renderer/pages/units/unit-dialog-drafts';
import {
  describeModelDraft,
  modelDialogDraftKey,
  modelDialogOpened,
  requestOfModelDraft,
} from '../../../src-renderer/pages/models/model-dialog-drafts';
import { DraftCell } from '../../../src-main/contract/drafts/drafts.contract';
import { key } from '../../../src-main/shared/input.schema';

const ID = '0b9c1d4e-8f1a-4c3b-9a7e-2f5d6c7b8a90';
const at = '2026-12-02T06:00:00.000Z';

describe('drafts of the unit and model dialogs (issue 10 item 1)', () => {
  it('keys a draft per unit and action, in what the drafts contract accepts', () => {
    const retire = unitDialogDraftKey({ mode: 'retire', id: ID });
    const merge = unitDialogDraftKey({ mode: 'merge', id: ID });
    expect(retire).not.toBe(merge);
    const draftKey = key('Mã bản nháp', 80);
    for (const k of [retire, merge, modelDialogDraftKey({ id: ID })]) expect(draftKey.safeParse(k).success).toBe(true);
  });

  it('reopens a listed draft on its kept values, against the version they were typed over', () => {
    const opened = unitDialogOpened({ mode: 'merge', id: ID, name: 'Xã Tân Hưng', version: 4 });
    const values = { ...opened, date: '30/06/2025', successorId: 'x', successorName: 'Xã An Bình' };
    const d = { key: unitDialogDraftKey({ mode: 'merge', id: ID }), values, updatedAt: at };
    expect(requestOfDraft(d)).toEqual({ mode: 'merge', id: ID, name: 'Xã Tân Hưng', version: 4, kept: values });
    expect(describeUnitDraft(d)).toBe('Sáp nhập: Xã Tân Hưng');
    // Every value kept is a cell the contract takes back.
    for (const [column, text] of Object.entries(values)) expect(DraftCell.safeParse({ column, value: text, text }).success).toBe(true);
  });

  it('a unit shown without a version reopens without one; a key another page made is not a request', () => {
    const values = unitDialogOpened({ mode: 'retire', id: ID, name: 'Xã Đặng Lễ' });
    expect(values.recordVersion).toBe('');
    expect(requestOfDraft({ key: `retire.${ID}`, values, updatedAt: at })?.version).toBeUndefined();
    expect(requestOfDraft({ key: `rename.${ID}`, values, updatedAt: at })).toBeNull();
    expect(requestOfDraft({ key: 'retire', values, updatedAt: at })).toBeNull();
    expect(requestOfDraft({ key: `retire.${ID}`, values: { ...values, recordVersion: '-1' }, updatedAt: at })?.version).toBeUndefined();
  });

  it('the model status dialog: opened as "Tạm ngừng" with an empty date, listed by the model name', () => {
    const opened = modelDialogOpened({ id: ID, name: 'Tổ tự quản số 1', version: 2 });
    expect(opened).toMatchObject({ status: 'suspended', date: '', note: '', recordVersion: '2' });
    const d = { key: modelDialogDraftKey({ id: ID }), values: { ...opened, date: '1/1/20' }, updatedAt: at };
    expect(requestOfModelDraft(d)).toMatchObject({ id: ID, name: 'Tổ tự quản số 1', version: 2 });
    expect(describeModelDraft(d)).toBe('Đổi trạng thái: Tổ tự quản số 1');
    expect(requestOfModelDraft({ ...d, key: `merge.${ID}` })).toBeNull();
  });
});
