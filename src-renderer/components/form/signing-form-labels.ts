/** How each signing form reads in a form's choice (thể thức ký), for the report header and the decision document. */
export const SIGNING_FORM_LABELS: Readonly<Record<string, string>> = {
  '': 'Ký trực tiếp',
  'KT.': 'KT. (ký thay)',
  'TL.': 'TL. (thừa lệnh)',
  'TUQ.': 'TUQ. (thừa ủy quyền)',
  'TM.': 'TM. (thay mặt tập thể)',
  'Q.': 'Q. (quyền)',
};
