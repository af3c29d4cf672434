/** Section "Đơn vị": not built yet, so it shows only its title (no invented data). */
export default function UnitsPage() {
  return (
    <section class="page">
      <h1>Đơn vị</h1>
    </section>
  );
}
