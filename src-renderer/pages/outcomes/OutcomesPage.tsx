/** Section "Kết quả": not built yet, so it shows only its title (no invented data). */
export default function OutcomesPage() {
  return (
    <section class="page">
      <h1>Kết quả</h1>
    </section>
  );
}
