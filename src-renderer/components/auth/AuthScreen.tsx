import type { JSX } from 'solid-js';

/** The frame of the screens shown before the app: the app's name, a title, the form. */
export function AuthScreen(props: { title: string; children: JSX.Element }) {
  return (
    <main class="auth-screen" id="main">
      <section class="auth-card" aria-labelledby="auth-title">
        <div class="auth-brand">
          <span class="sidebar-emblem" aria-hidden="true">
            ★
          </span>
          <span>Sổ phong trào "Toàn dân bảo vệ an ninh Tổ quốc"</span>
        </div>
        <h1 id="auth-title">{props.title}</h1>
        {props.children}
      </section>
    </main>
  );
}
