// Roles are part of the contract (the renderer hides what a role cannot do); the core re-exports them.
export { ROLES, roleAllows, type Caller, type MethodRole, type Role } from '../../contract/roles';
