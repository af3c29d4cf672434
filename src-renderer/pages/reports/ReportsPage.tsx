/** Section "Báo cáo": not built yet, so it shows only its title (no invented data). */
export default function ReportsPage() {
  return (
    <section class="page">
      <h1>Báo cáo</h1>
    </section>
  );
}
