import type { Page, Route } from 'playwright-core';

/**
 * The accounts side of the core (auth.*, users.*), faked in the test process and served to the page by
 * intercepting its `/api/auth.*` and `/api/users.*` calls: the renderer's screens are tested in web mode
 * before the core's accounts (another branch of issue 12) are in this build. Every other call goes to
 * the real web-mode server, unless `expireSession()` makes the next one answer UNAUTHORIZED as an
 * expired session would.
 */
export interface FakeUser {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'clerk' | 'viewer';
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const PASSWORD = 'mat-khau-rat-dai';
const NOW = '2026-12-02T03:00:00.000Z';

export class FakeAccounts {
  readonly users: FakeUser[] = [];
  readonly passwords = new Map<string, string>();
  signedIn: FakeUser | null = null;
  /** Names of the calls refused UNAUTHORIZED because the session had expired. */
  readonly refused: string[] = [];
  private expired = false;
  private next = 1;

  constructor(private readonly idleMinutes = 30) {}

  add(username: string, role: FakeUser['role'], displayName = username): FakeUser {
    const n = this.next++;
    const u: FakeUser = {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      username,
      displayName,
      role,
      disabled: false,
      lockedUntil: null,
      createdAt: NOW,
      updatedAt: NOW,
      version: 1,
    };
    this.users.push(u);
    this.passwords.set(u.id, PASSWORD);
    return u;
  }

  expireSession(): void {
    this.expired = true;
  }

  async install(page: Page): Promise<void> {
    await page.route(/\/api\/(auth|users)\.[A-Za-z]+$/, (route) => this.answer(route));
    await page.route(/\/api\/(?!auth\.|users\.)[A-Za-z.]+$/, (route) => {
      if (!this.expired) return route.continue();
      this.refused.push(new URL(route.request().url()).pathname);
      return fulfil(route, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.' } });
    });
  }

  private answer(route: Route): Promise<void> {
    const name = new URL(route.request().url()).pathname.replace('/api/', '');
    const input: Record<string, unknown> = route.request().postDataJSON() ?? {};
    return fulfil(route, this.run(name, input));
  }

  private run(name: string, input: Record<string, unknown>): unknown {
    const me = this.signedIn;
    switch (name) {
      case 'auth.me':
        return ok({ user: me, owner: false, needsSetup: this.users.length === 0, idleMinutes: this.idleMinutes });
      case 'auth.setup':
        if (this.users.length > 0) return refuse('FORBIDDEN', 'Đã có tài khoản.');
        return this.signIn(this.add(String(input.username), 'admin', String(input.displayName)), String(input.password));
      case 'auth.login':
        return this.login(String(input.username), String(input.password));
      case 'auth.logout':
        this.signedIn = null;
        return ok({});
      default:
        return this.usersMethod(name, input);
    }
  }

  private login(username: string, password: string): unknown {
    const u = this.users.find((x) => x.username === username);
    if (!u || u.disabled || this.passwords.get(u.id) !== password) {
      return refuse('UNAUTHORIZED', 'Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khoá.');
    }
    return this.signIn(u, password);
  }

  private signIn(u: FakeUser, password: string): unknown {
    this.passwords.set(u.id, password);
    this.signedIn = u;
    this.expired = false;
    return ok({ user: u, expiresAt: '2026-12-02T12:00:00.000Z' });
  }

  private usersMethod(name: string, input: Record<string, unknown>): unknown {
    if (!this.signedIn || this.expired) return refuse('UNAUTHORIZED', 'Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.');
    if (this.signedIn.role !== 'admin') return refuse('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
    if (name === 'users.list') return ok({ users: this.users });
    if (name === 'users.create') {
      if (this.users.some((u) => u.username === input.username))
        return refuse('VALIDATION', `Tên đăng nhập ${String(input.username)} đã có.`);
      const u = this.add(String(input.username), input.role as FakeUser['role'], String(input.displayName));
      this.passwords.set(u.id, String(input.password));
      return ok(u);
    }
    const u = this.users.find((x) => x.id === input.id);
    if (!u) return refuse('NOT_FOUND', 'Không có tài khoản này.');
    if (name === 'users.update') Object.assign(u, { displayName: input.displayName ?? u.displayName, role: input.role ?? u.role });
    if (name === 'users.resetPassword') this.passwords.set(u.id, String(input.password));
    if (name === 'users.disable') u.disabled = input.disabled === true;
    u.version += 1;
    return ok(u);
  }
}

export { PASSWORD as FAKE_PASSWORD };

const ok = (data: unknown) => ({ ok: true, data });
const refuse = (code: string, message: string) => ({ ok: false, error: { code, message } });

function fulfil(route: Route, body: unknown): Promise<void> {
  return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
}
