/** Section "Đăng ký an toàn": not built yet, so it shows only its title (no invented data). */
export default function RegistrationsPage() {
  return (
    <section class="page">
      <h1>Đăng ký an toàn</h1>
    </section>
  );
}
