import type { JSX } from 'solid-js';

/** The fields of an account being created, as typed. */
export interface AccountFieldValues {
  username: string;
  displayName: string;
  password: string;
  repeat: string;
}

/** Props of the account fields: values, where typing goes, and what differs between the two forms. */
export interface AccountFieldsProps {
  /** Prefix of the inputs' ids ('setup' on the first run, 'new' in Tài khoản). */
  idPrefix: string;
  values: AccountFieldValues;
  onInput: (key: keyof AccountFieldValues, value: string) => void;
  /**
   * The person typing is the account's owner (the first administrator): the browser may offer their
   * name. An administrator creating someone else's account gets no autofill of their own details.
   */
  ownAccount: boolean;
  passwordHint: string;
  /** Fields shown between the name and the password (the role, in Tài khoản). */
  children?: JSX.Element;
}

/**
 * Username, full name and a password typed twice: the first-run administrator and "Thêm tài khoản"
 * ask the same things, checked by the same `accountProblem` before the core checks them again.
 */
export function AccountFields(props: AccountFieldsProps) {
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const typed = (key: keyof AccountFieldValues) => (e: InputEvent & { currentTarget: HTMLInputElement }) =>
    props.onInput(key, e.currentTarget.value);
  return (
    <>
      <div class="field">
        <label for={id('username')}>Tên đăng nhập</label>
        <input
          id={id('username')}
          autocomplete={props.ownAccount ? 'username' : 'off'}
          value={props.values.username}
          onInput={typed('username')}
        />
      </div>
      <div class="field">
        <label for={id('name')}>Họ và tên</label>
        <input
          id={id('name')}
          autocomplete={props.ownAccount ? 'name' : 'off'}
          value={props.values.displayName}
          onInput={typed('displayName')}
        />
      </div>
      {props.children}
      <div class="field">
        <label for={id('password')}>Mật khẩu</label>
        <input
          id={id('password')}
          type="password"
          autocomplete="new-password"
          aria-describedby={id('password-hint')}
          value={props.values.password}
          onInput={typed('password')}
        />
        <span id={id('password-hint')} class="field-hint">
          {props.passwordHint}
        </span>
      </div>
      <div class="field">
        <label for={id('repeat')}>Nhập lại mật khẩu</label>
        <input id={id('repeat')} type="password" autocomplete="new-password" value={props.values.repeat} onInput={typed('repeat')} />
      </div>
    </>
  );
}
