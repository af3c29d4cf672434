/** Section "Tổng quan": not built yet, so it shows only its title (no invented data). */
export default function OverviewPage() {
  return (
    <section class="page">
      <h1>Tổng quan</h1>
    </section>
  );
}
