import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { usersContract } from '../../contract/users/users.contract';
import { createUser, disableUser, listUsersMethod, resetPassword, updateUserMethod } from './users.api';
import { usersMigration } from './users.schema';

/** Accounts (tài khoản): an administrator creates, edits, disables them and resets their passwords. */
export const usersDomain = defineContractDomain({
  name: 'users',
  contract: usersContract,
  methods: methodMap(listUsersMethod, createUser, updateUserMethod, resetPassword, disableUser),
  migrations: [usersMigration],
});

export type { UserRecord } from './user';
export { userView } from './user-view';
export { countUsers, insertUser, passwordOf, userById, userByUsername } from './users.repo';
