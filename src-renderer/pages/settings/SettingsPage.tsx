/** Section "Cài đặt": not built yet, so it shows only its title (no invented data). */
export default function SettingsPage() {
  return (
    <section class="page">
      <h1>Cài đặt</h1>
    </section>
  );
}
