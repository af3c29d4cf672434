import { registrationKind } from '../../src-main/contract/registrations/registration.kind';
import { recordSource } from './record-source';

/** Safety registrations (đăng ký "An toàn về ANTT"), one per unit and year, for the grid. */
export const registrationsSource = recordSource(registrationKind);
