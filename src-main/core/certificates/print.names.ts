import { awardFormKind, decisionLabel, type AwardFormKind, type Decision } from '../commendations';
import { foldForSearch } from '../text/fold';

const FORM_SLUG: Record<Exclude<AwardFormKind, 'other'>, string> = {
  emulation_flag: 'co-thi-dua',
  certificate_of_merit: 'bang-khen',
  letter_of_praise: 'giay-khen',
  commemorative_medal: 'ky-niem-chuong',
};

/** The award form as a file-name word: "giay-khen", or an office's own form name folded ("huy-hieu"). */
function formSlug(d: Pick<Decision, 'awardFormCode' | 'awardFormName'>): string {
  const kind = awardFormKind(d.awardFormCode, d.awardFormName);
  if (kind !== 'other') return FORM_SLUG[kind];
  return (
    foldForSearch(d.awardFormName)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'khen-thuong'
  );
}

/**
 * The PDF's file name says which form it holds (a clerk files Giấy khen and Bằng khen apart) and, for
 * pre-printed stock, that it only fits the phôi: "giay-khen-QD-125-QĐ-CAT.pdf", "bang-khen-in-phoi-QD-….pdf".
 */
export function certificateFileName(
  d: Pick<Decision, 'number' | 'symbol' | 'awardFormCode' | 'awardFormName'>,
  mode: 'full' | 'overlay',
): string {
  const safe = decisionLabel(d).replace(/[^\p{L}\p{N}-]+/gu, '-');
  return `${formSlug(d)}${mode === 'overlay' ? '-in-phoi' : ''}-QD-${safe}.pdf`;
}
