/**
 * The signing forms of Nghị định 30/2020 printed above the signer's title: KT. (a deputy signs for the
 * head), TL. and TUQ. (signed on the head's order or authority), TM. (on behalf of a collective body),
 * Q. (acting head). '' is the head signing in person. Shared by the contract and the header form.
 */
export const SIGNING_FORMS = ['', 'KT.', 'TL.', 'TUQ.', 'TM.', 'Q.'] as const;
export type SigningFormCode = (typeof SIGNING_FORMS)[number];
