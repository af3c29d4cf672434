/** Section "Mô hình": not built yet, so it shows only its title (no invented data). */
export default function ModelsPage() {
  return (
    <section class="page">
      <h1>Mô hình</h1>
    </section>
  );
}
